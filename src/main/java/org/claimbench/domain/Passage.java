package org.claimbench.domain;

import java.time.Instant;

/**
 * A highlighted stretch of a document. It keeps its exact quote with some context on each side,
 * so that it can be found again when the text changes. A passage over recognised text that the user corrected
 * after highlighting it ({@link AnchorState#CORRECTED}) keeps its quote as it was first read, so that its quote may
 * then differ from the text under its span.
 */
public record Passage(long id, long caseId, long documentId, int start, int end, String quote,
                      String prefix, String suffix, Long segmentId, PageLine first, PageLine last,
                      String label, String color, String note, AnchorState anchor, Instant created) {

    public Passage {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a passage needs a non-empty range, not " + start + ".." + end);
        }
        if (quote == null || anchor != AnchorState.CORRECTED && quote.length() != end - start) {
            throw new IllegalArgumentException("the quote must be exactly the text between start and end");
        }
    }

    public Passage withId(long newId) {
        return new Passage(newId, caseId, documentId, start, end, quote, prefix, suffix, segmentId, first, last,
                label, color, note, anchor, created);
    }
}
