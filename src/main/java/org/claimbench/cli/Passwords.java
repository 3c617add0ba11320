package org.claimbench.cli;

import java.io.Console;
import java.util.Arrays;

/** A password for the command line: from {@code CLAIMBENCH_PASSWORD}, else asked for on the terminal without echo. */
final class Passwords {

    static final String ENV = "CLAIMBENCH_PASSWORD";

    private Passwords() {
    }

    static char[] get(String prompt, boolean twice) {
        String fromEnv = System.getenv(ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("A password is needed: set " + ENV + ", or run the command in a terminal.");
        }
        char[] first = console.readPassword("%s", prompt);
        if (twice) {
            char[] again = console.readPassword("Again: ");
            if (!Arrays.equals(first, again)) {
                throw new IllegalArgumentException("The two passwords differ. Nothing was written.");
            }
        }
        return first;
    }
}
