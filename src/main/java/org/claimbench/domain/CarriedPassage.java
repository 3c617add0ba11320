package org.claimbench.domain;

/**
 * A passage of an old version carried into the new one. For {@link CarryState#EXACT} and {@link CarryState#MOVED},
 * {@code quote} is the new text over {@code start..end} and is always the passage's own quote; for
 * {@link CarryState#CHANGED} it is the candidate's words and {@code similarity} how close they are (0 to 1); an
 * orphaned passage has no place ({@code start} and {@code end} are -1, {@code quote} null) and {@code similarity}
 * gives the best candidate it was refused. {@code segmentId} is the new segment where the place starts.
 */
public record CarriedPassage(long passageId, CarryState state, int oldStart, int oldEnd, int start, int end,
                             String quote, double similarity, Long segmentId) {

    public CarriedPassage {
        if (state == CarryState.ORPHANED ? start != -1 || end != -1 || quote != null
                : start < 0 || end <= start || quote == null || quote.length() != end - start) {
            throw new IllegalArgumentException(state + " passage with place " + start + ".." + end);
        }
        if ((state == CarryState.EXACT || state == CarryState.MOVED) && similarity != 1.0) {
            throw new IllegalArgumentException(state + " passage must have identical words");
        }
    }

    /** Whether the user has to look at the passage. */
    public boolean needsUser() {
        return state.needsUser();
    }
}
