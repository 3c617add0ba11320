package org.claimbench.ui.document;

import org.fxmisc.richtext.GenericStyledArea;

/**
 * Tells the text pane's view model what is selected, so that other rooms (the review queue's Re-select) can use the
 * selection without reaching into the pane.
 */
public final class TextSelection {

    private TextSelection() {
    }

    public static void report(GenericStyledArea<?, ?, ?> area, DocumentViewModel model) {
        area.selectionProperty().addListener((obs, was, sel) -> model.selectionChanged(sel.getStart(), sel.getEnd()));
        model.loadedDocumentProperty().addListener((obs, was, d) ->
                model.selectionChanged(area.getSelection().getStart(), area.getSelection().getEnd()));
    }
}
