package org.claimbench.ui.session;

import java.util.Optional;

/** The dialogs view models may open; tests replace it with a fake. */
public interface Dialogs {

    void error(String title, String message);

    /**
     * An unexpected failure: a short message, with the failure's details (its stack trace) a click away and a way to
     * open the folder of the log file, where it was written too.
     */
    default void failure(String title, String message, Throwable cause) {
        error(title, message);
    }

    Optional<String> askText(String title, String prompt, String initial);

    /**
     * Asks for a password; with {@code twice}, it must be typed twice and may be left empty (no password).
     * Empty Optional: cancelled.
     */
    Optional<char[]> askPassword(String title, String prompt, boolean twice);

    /** Offers several actions; returns the index of the one chosen, or -1 for Cancel. */
    int choose(String title, String message, String... actions);

    /** Tells the user something worth reading before going on (a list of what was left out), with one button, OK. */
    default void inform(String title, String message) {
        choose(title, message, "OK");
    }

    /** Asks a yes-or-no question; true for the action button. */
    boolean confirm(String title, String message, String action);
}
