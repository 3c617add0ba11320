package org.claimbench.domain;

import java.time.Instant;

/**
 * The user's correction of recognised text: the span [{@code start}, {@code end}) of the document's current text
 * reads {@code replacement}, where recognition had read {@code original}. {@code confidence} is the recognition's
 * confidence in the word it replaced, when that word was marked uncertain (else null). The spans of corrections
 * made later are kept in step, so {@code start} always points into the current text.
 */
public record TextCorrection(long id, long documentId, int start, int end, String original, String replacement,
                             Float confidence, Instant created) {

    /** How much longer the text became. */
    public int delta() {
        return replacement.length() - original.length();
    }
}
