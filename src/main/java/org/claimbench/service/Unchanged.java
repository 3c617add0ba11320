package org.claimbench.service;

/**
 * An edit refused because it would change nothing (the passage is already linked there; the correction reads as
 * the text does). Not a failure: the window says it in the status bar, and nothing was written.
 */
public final class Unchanged extends RuntimeException {

    public Unchanged(String message) {
        super(message, null, false, false);
    }
}
