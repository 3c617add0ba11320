package org.claimbench.ui;

import java.nio.file.Path;
import java.util.List;

/** What the window was started with: {@code --data-dir DIR}, {@code --screenshot FILE.png}, and a case file to open. */
public record AppOptions(String dataDir, Path screenshot, Path caseFile, boolean startupTiming) {

    public AppOptions(String dataDir, Path screenshot) {
        this(dataDir, screenshot, null, false);
    }

    public AppOptions(String dataDir, Path screenshot, Path caseFile) {
        this(dataDir, screenshot, caseFile, false);
    }

    public static AppOptions parse(List<String> args) {
        String dataDir = null;
        Path screenshot = null;
        Path caseFile = null;
        boolean timing = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--data-dir") && i + 1 < args.size()) {
                dataDir = args.get(++i);
            } else if (a.startsWith("--data-dir=")) {
                dataDir = a.substring("--data-dir=".length());
            } else if (a.equals("--screenshot") && i + 1 < args.size()) {
                screenshot = Path.of(args.get(++i));
            } else if (a.equals("--startup-timing")) {
                timing = true; // print the time to the first window, then quit (for docs/performance.md)
            } else if (a.toLowerCase(java.util.Locale.ROOT).endsWith(".claimcase")) {
                caseFile = Path.of(a);
            }
        }
        return new AppOptions(dataDir, screenshot, caseFile, timing);
    }
}
