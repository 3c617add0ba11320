package org.claimbench.domain;

/** Where a highlighted passage of an old version lands in the new one. */
public enum CarryState {
    /** The same words in the paragraph that answers to its own, whose words did not change. */
    EXACT,
    /** The same words, found elsewhere or in an answering paragraph whose other words changed. */
    MOVED,
    /** Different words: the closest candidate near its paragraph, for the user to accept or reject. */
    CHANGED,
    /** Nothing close enough: the user places it or lets it go. */
    ORPHANED;

    /** Whether the user has to look at the passage before it is trusted again. */
    public boolean needsUser() {
        return this == CHANGED || this == ORPHANED;
    }
}
