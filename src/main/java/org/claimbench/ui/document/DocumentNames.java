package org.claimbench.ui.document;

import java.util.List;

import javafx.scene.control.ListCell;

import org.claimbench.domain.Document;

/**
 * How the document list names a document. A pleading in an amendment chain says where it stands: the newest is the
 * operative one, each older one is superseded (and stays readable, set in grey).
 */
final class DocumentNames {

    private DocumentNames() {
    }

    /** "First Amended Complaint · operative", "Complaint · superseded by FAC", or the title alone. */
    static String label(Document d, List<Document> all) {
        Document newer = all.stream().filter(o -> d.id() == (o.supersedesId() == null ? -1 : o.supersedesId())).findFirst().orElse(null);
        if (newer != null) {
            return d.title() + " \u00b7 superseded by " + newer.citeName();
        }
        if (d.supersedesId() != null && all.stream().anyMatch(o -> o.id() == d.supersedesId())) {
            return d.title() + " \u00b7 operative";
        }
        return d.title();
    }

    /** Whether another document of the list amends {@code d}. */
    static boolean superseded(Document d, List<Document> all) {
        return all.stream().anyMatch(o -> o.supersedesId() != null && o.supersedesId() == d.id());
    }

    /** A row of the document list, naming its document as {@link #label} does. */
    static final class Cell extends ListCell<Document> {
        private final List<Document> all;

        Cell(List<Document> all) {
            this.all = all;
        }

        @Override
        protected void updateItem(Document d, boolean empty) {
            super.updateItem(d, empty);
            setText(empty || d == null ? null : label(d, all));
            getStyleClass().remove("superseded-document");
            if (!empty && d != null && superseded(d, all)) {
                getStyleClass().add("superseded-document");
            }
        }
    }
}
