package org.claimbench.ui.evidence;

import org.claimbench.ui.common.Forms;
import org.claimbench.ui.common.Labels;

import java.util.List;
import java.util.Optional;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import org.claimbench.domain.ChecklistEntry;
import org.claimbench.domain.Citation;
import org.claimbench.domain.CitationKind;
import org.claimbench.domain.EvidenceBasis;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.EvidenceStatus;
import org.claimbench.domain.Passage;
import org.claimbench.domain.Weight;

/** Adds an evidence item to a checklist (as free text, from a passage of another document, or from a citation), or edits one. */
final class EvidenceDialog {

    /** What the dialog gives back: the item, and the entry's status, weight, tick and note. */
    record Result(EvidenceItem item, EvidenceStatus status, Weight weight, boolean checked, String note) {
    }

    private EvidenceDialog() {
    }

    static Optional<Result> add(Window owner, long caseId, String allegation, List<Passage> passages,
                                java.util.function.LongFunction<String> documentTitle, List<Citation> citations) {
        return show(owner, caseId, "Add evidence", allegation, null, null, passages, documentTitle, citations);
    }

    static Optional<Result> edit(Window owner, ChecklistRow row) {
        return show(owner, row.entry().caseId(), "Edit evidence", row.item().description(), row.entry(), row.item(), List.of(),
                id -> "", List.of());
    }

    private static Optional<Result> show(Window owner, long caseId, String title, String header, ChecklistEntry entry,
                                         EvidenceItem item, List<Passage> passages, java.util.function.LongFunction<String> documentTitle,
                                         List<Citation> citations) {
        Dialog<Result> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(header);

        ToggleGroup from = new ToggleGroup();
        RadioButton free = new RadioButton("Free text");
        RadioButton fromPassage = new RadioButton("A passage of another document");
        RadioButton fromCitation = new RadioButton("A citation in the complaint");
        free.setToggleGroup(from);
        fromPassage.setToggleGroup(from);
        fromCitation.setToggleGroup(from);
        free.setSelected(true);
        fromPassage.setDisable(passages.isEmpty());
        fromCitation.setDisable(citations.isEmpty());

        ComboBox<Passage> passage = new ComboBox<>();
        passage.setId("evidence-passage");
        passage.getItems().setAll(passages);
        passage.setCellFactory(l -> new PassageCell(documentTitle));
        passage.setButtonCell(new PassageCell(documentTitle));
        passage.setMaxWidth(Double.MAX_VALUE);
        passage.disableProperty().bind(fromPassage.selectedProperty().not());
        ComboBox<Citation> citation = new ComboBox<>();
        citation.setId("evidence-citation");
        citation.getItems().setAll(citations);
        citation.setMaxWidth(Double.MAX_VALUE);
        citation.setCellFactory(l -> new CitationCell());
        citation.setButtonCell(new CitationCell());
        citation.disableProperty().bind(fromCitation.selectedProperty().not());

        TextField description = new TextField(item == null ? "" : item.description());
        description.setId("evidence-description");
        description.setPrefColumnCount(40);
        ChoiceBox<EvidenceBasis> basis = Labels.choice("evidence-basis", EvidenceBasis.values(),
                item == null ? EvidenceBasis.DOCUMENT : item.basis(), EvidenceBasis::label);
        ChoiceBox<EvidenceStatus> status = Labels.choice("evidence-status", EvidenceStatus.values(),
                entry == null ? EvidenceStatus.NEEDED : entry.status(), EvidenceStatus::label);
        ChoiceBox<Weight> weight = Labels.choice("evidence-weight", Weight.values(), entry == null ? Weight.MODERATE : entry.weight(),
                Weight::label);
        TextField source = new TextField(item == null || item.potentialSource() == null ? "" : item.potentialSource());
        source.setId("evidence-source");
        source.setPromptText("Where it could come from: a subpoena, a witness, a public record…");
        TextArea note = Forms.area("evidence-note", entry == null ? null : entry.note());

        passage.valueProperty().addListener((o, a, p) -> {
            if (p != null) {
                String q = p.quote().replace('\n', ' ');
                description.setText(documentTitle.apply(p.documentId()) + ": \u201c" + (q.length() > 90 ? q.substring(0, 89) + "\u2026" : q) + "\u201d");
                basis.setValue(EvidenceBasis.DOCUMENT);
                status.setValue(EvidenceStatus.IN_HAND);
            }
        });
        citation.valueProperty().addListener((o, a, c) -> {
            if (c != null) {
                description.setText(c.text() + " \u2014 cited in complaint");
                basis.setValue(c.kind() == CitationKind.EXHIBIT ? EvidenceBasis.DOCUMENT : EvidenceBasis.PUBLIC_RECORD);
                status.setValue(c.kind() == CitationKind.EXHIBIT ? EvidenceStatus.EXHIBIT_ATTACHED : EvidenceStatus.CITED_IN_COMPLAINT);
            }
        });

        GridPane g = Forms.grid();
        int row = 0;
        if (entry == null) {
            g.addRow(row++, new Label("From"), new javafx.scene.layout.VBox(6, free, fromPassage, fromCitation));
            g.addRow(row++, new Label("Passage"), passage);
            g.addRow(row++, new Label("Citation"), citation);
        }
        g.addRow(row++, new Label("Description"), description);
        g.addRow(row++, new Label("Basis"), basis);
        g.addRow(row++, new Label("Status"), status);
        g.addRow(row++, new Label("Weight"), weight);
        g.addRow(row++, new Label("Potential source"), source);
        g.addRow(row, new Label("Note"), note);
        GridPane.setHgrow(description, Priority.ALWAYS);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(description.textProperty().isEmpty());
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            Passage p = fromPassage.isSelected() ? passage.getValue() : null;
            Citation c = fromCitation.isSelected() ? citation.getValue() : null;
            EvidenceItem result = new EvidenceItem(item == null ? 0 : item.id(), caseId, description.getText().strip(), basis.getValue(),
                    Forms.blankToNull(source.getText()),
                    p != null ? Long.valueOf(p.documentId()) : item == null ? null : item.sourceDocumentId(),
                    p != null ? Long.valueOf(p.id()) : item == null ? null : item.sourcePassageId(),
                    c != null ? c.text() : item == null ? null : item.citationText());
            return new Result(result, status.getValue(), weight.getValue(), entry != null && entry.checked(), Forms.blankToNull(note.getText()));
        });
        // focus can only be given once the dialog is on screen
        d.setOnShown(e -> javafx.application.Platform.runLater(description::requestFocus));
        return d.showAndWait();
    }

    private static final class PassageCell extends ListCell<Passage> {
        private final java.util.function.LongFunction<String> documentTitle;

        PassageCell(java.util.function.LongFunction<String> documentTitle) {
            this.documentTitle = documentTitle;
        }

        @Override
        protected void updateItem(Passage p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setText(null);
                return;
            }
            String q = p.quote().replace('\n', ' ');
            setText(documentTitle.apply(p.documentId()) + ": " + (q.length() > 80 ? q.substring(0, 79) + "\u2026" : q));
        }
    }

    private static final class CitationCell extends ListCell<Citation> {
        @Override
        protected void updateItem(Citation c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? null : c.text() + "  (" + Labels.lower(c.kind()) + ")");
        }
    }
}
