package org.claimbench.ui.document;

import javafx.application.Platform;

import org.claimbench.ui.common.TextAreas;
import org.claimbench.ui.session.CaseSession;

/**
 * Where the reader was in each document: the line at the top of the text pane, kept as the text scrolls, and
 * brought back when the document is shown again (after the case is opened again, or at the next start), unless
 * something else (a passage to show, a spot to go to) has moved the text meanwhile.
 */
public final class ReadingPlace {

    private final TextAreas areas;
    private final DocumentViewModel model;
    private final CaseSession session;
    /** The document whose place the scrolling now records; null while a document is being put on show. */
    private LoadedDocument recording;

    private ReadingPlace(TextAreas areas, DocumentViewModel model) {
        this.areas = areas;
        this.model = model;
        this.session = model.session();
    }

    public static void keep(TextAreas areas, DocumentViewModel model) {
        ReadingPlace place = new ReadingPlace(areas, model);
        model.loadedDocumentProperty().addListener((obs, was, d) -> place.shown(was, d));
        areas.each(area -> area.estimatedScrollYProperty().addListener((obs, was, y) -> {
            if (area == areas.onShow()) {
                place.scrolled();
            }
        }));
    }

    static String key(long caseId, long documentId) {
        return "case." + caseId + ".top." + documentId;
    }

    private void shown(LoadedDocument was, LoadedDocument d) {
        boolean again = was != null && d != null && was.view().document().id() == d.view().document().id();
        if (again) {
            return; // the same document read again keeps its place by itself
        }
        recording = null;
        if (d == null) {
            return;
        }
        String kept = session.settings().get(key(d.view().document().caseId(), d.view().document().id()), null);
        Platform.runLater(() -> { // once the text pane has shown it, and any passage or spot asked for has been gone to
            if (model.loadedDocumentProperty().get() != d) {
                return;
            }
            var area = areas.onShow();
            if (kept != null && area.getCaretPosition() == 0) {
                try {
                    int top = Integer.parseInt(kept);
                    if (top > 0 && top < area.getParagraphs().size()) {
                        area.showParagraphAtTop(top);
                    }
                } catch (NumberFormatException ignored) {
                    // a place that cannot be read is no place: the document opens at its start
                }
            }
            recording = d;
        });
    }

    private void scrolled() {
        LoadedDocument d = recording;
        var area = areas.onShow();
        if (d == null || model.loadedDocumentProperty().get() != d || area.getLength() == 0) {
            return;
        }
        int top = area.firstVisibleParToAllParIndex();
        session.settings().set(key(d.view().document().caseId(), d.view().document().id()), top == 0 ? null : Integer.toString(top));
    }
}
