package org.claimbench.ui.document;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.text.Text;

import org.claimbench.domain.Document;

/**
 * The document picker as wide as the longest title of the case on show (within bounds), worked out again whenever
 * the list changes: a combo box left to itself keeps the width of the widest list it ever showed, so after the
 * demo case's long titles a case of short ones would inherit it.
 */
final class PickerWidth {

    static final double NARROWEST = 140;
    static final double WIDEST = 420;
    /** Room for the padding and the arrow beside the title. */
    static final double CHROME = 48;

    private PickerWidth() {
    }

    static void fit(ComboBox<Document> picker, ObservableList<Document> documents) {
        documents.addListener((ListChangeListener<Document>) c -> apply(picker, documents));
        apply(picker, documents);
    }

    private static void apply(ComboBox<Document> picker, ObservableList<Document> documents) {
        double widest = 0;
        for (Document d : documents) {
            Text t = new Text(DocumentNames.label(d, documents));
            t.setFont(javafx.scene.text.Font.getDefault());
            widest = Math.max(widest, t.getLayoutBounds().getWidth());
        }
        double width = Math.max(NARROWEST, Math.min(WIDEST, widest + CHROME));
        picker.setPrefWidth(width);
        picker.setMaxWidth(width);
    }
}
