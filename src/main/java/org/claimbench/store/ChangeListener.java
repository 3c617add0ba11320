package org.claimbench.store;

/**
 * Hears of changes other programs made to a store that several use (a team store): which case changed, and whether the
 * line to the server that brings that news is up. Called on a thread of the store's own, never the caller's.
 */
public interface ChangeListener {

    /** Another program (another user's window, a command) committed a change to case {@code caseId}. */
    void caseChanged(long caseId);

    /**
     * The line to the server went down ({@code up} false) or came back. While it is down no news arrives; once it is
     * back, any case may have changed meanwhile.
     */
    default void connection(boolean up) {
    }
}
