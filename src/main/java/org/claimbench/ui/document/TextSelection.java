package org.claimbench.ui.document;

import org.claimbench.ui.common.TextAreas;

/**
 * Tells the text pane's view model what is selected, so that other rooms (the review queue's Re-select) can use the
 * selection without reaching into the pane.
 */
public final class TextSelection {

    private TextSelection() {
    }

    public static void report(TextAreas areas, DocumentViewModel model) {
        areas.each(area -> area.selectionProperty().addListener((obs, was, sel) -> {
            if (area == areas.onShow()) {
                model.selectionChanged(sel.getStart(), sel.getEnd());
            }
        }));
        model.loadedDocumentProperty().addListener((obs, was, d) ->
                model.selectionChanged(areas.onShow().getSelection().getStart(), areas.onShow().getSelection().getEnd()));
    }
}
