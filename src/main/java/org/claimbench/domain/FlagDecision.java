package org.claimbench.domain;

import java.time.Instant;

/**
 * The user's decision on one wording flag: the flag is named by its document, the span [start, end) of the words
 * that triggered it and its kind. {@code text} is those words.
 */
public record FlagDecision(long id, long caseId, long documentId, int start, int end, String kind, String text,
                           FlagVerdict verdict, String note, Instant decided) {

    /** The same flag, whoever decided it: document, span and kind. */
    public boolean sameFlag(long documentId, int start, int end, String kind) {
        return this.documentId == documentId && this.start == start && this.end == end && this.kind.equals(kind);
    }
}
