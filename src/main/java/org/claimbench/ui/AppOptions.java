package org.claimbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the window was started with: {@code --data-dir DIR}, {@code --screenshot FILE.png}, a case file to open, and a
 * team store on a PostgreSQL server ({@code --db-url URL}, {@code --db-user USER}, or {@code CLAIMBENCH_DB_URL} and
 * {@code CLAIMBENCH_DB_USER}) instead of the embedded one.
 */
public record AppOptions(String dataDir, Path screenshot, Path caseFile, boolean startupTiming, String dbUrl, String dbUser) {

    public AppOptions(String dataDir, Path screenshot) {
        this(dataDir, screenshot, null, false);
    }

    public AppOptions(String dataDir, Path screenshot, Path caseFile) {
        this(dataDir, screenshot, caseFile, false);
    }

    public AppOptions(String dataDir, Path screenshot, Path caseFile, boolean startupTiming) {
        this(dataDir, screenshot, caseFile, startupTiming, null, null);
    }

    /** The same options on the team store at {@code url}, as {@code user}. */
    public AppOptions onServer(String url, String user) {
        return new AppOptions(dataDir, screenshot, caseFile, startupTiming, url, user);
    }

    /** The user name on the server: the one given, else the login name. */
    public String serverUser() {
        return dbUser == null || dbUser.isBlank() ? System.getProperty("user.name") : dbUser;
    }

    public static AppOptions parse(List<String> args) {
        return parse(args, System::getenv);
    }

    static AppOptions parse(List<String> args, UnaryOperator<String> env) {
        String dataDir = null;
        Path screenshot = null;
        Path caseFile = null;
        boolean timing = false;
        String dbUrl = blankToNull(env.apply("CLAIMBENCH_DB_URL"));
        String dbUser = blankToNull(env.apply("CLAIMBENCH_DB_USER"));
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--data-dir") && i + 1 < args.size()) {
                dataDir = args.get(++i);
            } else if (a.startsWith("--data-dir=")) {
                dataDir = a.substring("--data-dir=".length());
            } else if (a.equals("--db-url") && i + 1 < args.size()) {
                dbUrl = blankToNull(args.get(++i));
            } else if (a.startsWith("--db-url=")) {
                dbUrl = blankToNull(a.substring("--db-url=".length()));
            } else if (a.equals("--db-user") && i + 1 < args.size()) {
                dbUser = blankToNull(args.get(++i));
            } else if (a.startsWith("--db-user=")) {
                dbUser = blankToNull(a.substring("--db-user=".length()));
            } else if (a.equals("--screenshot") && i + 1 < args.size()) {
                screenshot = Path.of(args.get(++i));
            } else if (a.equals("--startup-timing")) {
                timing = true; // print the time to the first window, then quit (for docs/performance.md)
            } else if (a.toLowerCase(java.util.Locale.ROOT).endsWith(".claimcase")) {
                caseFile = Path.of(a);
            }
        }
        return new AppOptions(dataDir, screenshot, caseFile, timing, dbUrl, dbUser);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
