package org.claimbench.domain;

import java.time.Instant;

/**
 * How one passage of an old version of a pleading ({@code fromDocumentId}) came into the version that amends it
 * ({@code toDocumentId}): the state the comparison found, the place it offered ({@code start..end} and its words,
 * {@code candidate}; -1, -1 and null when nothing was close enough), how alike the words were, and the decision. A
 * carried passage is a passage of its own on the new version, {@code carriedPassageId} (null once the user deletes
 * it); the old one stays.
 */
public record PassageCarry(long id, long caseId, long fromDocumentId, long toDocumentId, long passageId, CarryState state,
                           int start, int end, String candidate, double similarity, CarryDecision decision,
                           Long carriedPassageId, Instant decided) {

    public PassageCarry {
        if (state == null || decision == null) {
            throw new IllegalArgumentException("a carried passage has a state and a decision");
        }
        if (start == -1 ? end != -1 || candidate != null : start < 0 || end <= start || candidate == null) {
            throw new IllegalArgumentException("a candidate place is a non-empty range with its words, or none: " + start + ".." + end);
        }
        if (!decision.carried() && carriedPassageId != null) {
            throw new IllegalArgumentException("a passage " + decision + " has no carried passage, not " + carriedPassageId);
        }
    }

    /** Whether it still waits for the user. */
    public boolean pending() { return decision == CarryDecision.PENDING; }

    public PassageCarry decided(CarryDecision d, Long carried, Instant at) {
        return new PassageCarry(id, caseId, fromDocumentId, toDocumentId, passageId, state, start, end, candidate, similarity, d,
                carried, at);
    }
}
