package org.claimbench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.claimbench.cli.ClaimBenchCli;
import org.claimbench.ui.ClaimBenchApp;

/**
 * The one entry point: a command (cases, demo, …) runs on the command line; anything else opens the window.
 * It does not extend Application, so the JavaFX runtime can come from the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (ClaimBenchCli.wantsCli(args)) {
            ClaimBenchCli.sendLogToDataFolder(args);
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            System.exit(ClaimBenchCli.run(args, out, err));
        }
        try {
            ClaimBenchApp.launchWindow(args);
        } catch (UnsupportedOperationException e) {
            System.err.println("claimbench: the window needs a display (" + e.getMessage() + "). "
                    + "On a machine without one, use the commands: claimbench --help");
            System.exit(ClaimBenchCli.FAILED);
        }
    }
}
