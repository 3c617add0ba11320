package org.claimbench.domain;

/** What became of a passage carried into an amended pleading: carried on its own, waiting for the user, or decided. */
public enum CarryDecision {
    /** Same words found: carried without asking. */
    AUTO,
    /** Changed or not found: waiting in the review queue. */
    PENDING,
    /** The user took the candidate the comparison offered. */
    CONFIRMED,
    /** The user chose the words in the new text. */
    RESELECTED,
    /** The user let the passage go: it stays on the old version only. */
    DROPPED;

    /** Whether the passage now has a place in the new version. */
    public boolean carried() {
        return this == AUTO || this == CONFIRMED || this == RESELECTED;
    }
}
