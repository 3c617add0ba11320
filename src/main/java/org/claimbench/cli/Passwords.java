package org.claimbench.cli;

import java.io.Console;
import java.util.Arrays;

/** A password for the command line: from {@code CLAIMBENCH_PASSWORD}, else asked for on the terminal without echo. */
final class Passwords {

    static final String ENV = "CLAIMBENCH_PASSWORD";

    /** Where a typed password comes from: the terminal, or a test's answers. {@code null} when the input has ended. */
    @FunctionalInterface
    interface Terminal {
        char[] readPassword(String prompt);
    }

    private Passwords() {
    }

    /** A password that exists already: asked for once. */
    static char[] get(String prompt) {
        return get(prompt, null, System.getenv(ENV), terminal());
    }

    /**
     * A new password, typed twice so that a slip of the finger does not lock the user out; {@code notDone} says, for
     * the message when the two differ, what was left undone ("The case file was not written.").
     */
    static char[] getNew(String prompt, String notDone) {
        return get(prompt, notDone, System.getenv(ENV), terminal());
    }

    private static Terminal terminal() {
        Console console = System.console();
        return console == null ? null : prompt -> console.readPassword("%s", prompt);
    }

    /** {@code notDone} null: asked once; else asked twice, and the two must agree. */
    static char[] get(String prompt, String notDone, String fromEnv, Terminal terminal) {
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        if (terminal == null) {
            throw new IllegalArgumentException("A password is needed: set " + ENV + ", or run the command in a terminal.");
        }
        char[] first = terminal.readPassword(prompt);
        if (first == null || first.length == 0) {
            throw new IllegalArgumentException("No password was typed." + (notDone == null ? "" : " " + notDone));
        }
        if (notDone != null) {
            char[] again = terminal.readPassword("The same password again: ");
            boolean same = Arrays.equals(first, again);
            if (again != null) {
                Arrays.fill(again, '\0');
            }
            if (!same) {
                Arrays.fill(first, '\0');
                throw new IllegalArgumentException("The two passwords you typed are not the same. " + notDone
                        + " Run the command again and type the same password twice.");
            }
        }
        return first;
    }
}
