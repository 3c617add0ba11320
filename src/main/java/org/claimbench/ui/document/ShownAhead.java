package org.claimbench.ui.document;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text each of the last three cases showed, laid out with its marks, so that a case opened again shows its text at
 * once while the case is read; the text read then replaces it only where it changed. Used on the FX thread.
 */
final class ShownAhead {

    /** A text as the pane showed it, with the Answer's responses it was read with. */
    record Shown(LoadedDocument document, Object responses) {
    }

    private final Map<Long, Shown> last = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Shown> eldest) {
            return size() > 3;
        }
    };
    /** What was on show before a text was shown ahead of its case; null when none is shown ahead. */
    private Shown before;

    /** The text on show now, shown with {@code responses}: what its case shows when it is opened again. */
    void remember(LoadedDocument d, Object responses) {
        last.put(d.view().document().caseId(), new Shown(d, responses));
    }

    /**
     * What to show ahead of case {@code caseId} while it is read to open on {@code documentId} (null: the document it
     * opens on), given the case on show and the text on show now; null when there is nothing to show ahead: the case
     * was not shown lately, it opens on another document, or it is the one on show.
     */
    Shown ahead(long caseId, Long documentId, Long caseOnShow, LoadedDocument now, Object responsesNow) {
        Shown kept = last.get(caseId);
        if (kept == null || documentId != null && kept.document().view().document().id() != documentId
                || caseOnShow != null && caseOnShow == caseId || now != null && now.view().document().caseId() == caseId) {
            return null;
        }
        before = new Shown(now, responsesNow);
        return kept;
    }

    /** What was on show before the text shown ahead of a case, which is forgotten; null when nothing is shown ahead. */
    Shown takeBack() {
        Shown b = before;
        before = null;
        return b;
    }
}
