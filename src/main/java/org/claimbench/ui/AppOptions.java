package org.claimbench.ui;

import java.nio.file.Path;
import java.util.List;

/** What the window was started with: {@code --data-dir DIR}, {@code --screenshot FILE.png}, and a case file to open. */
public record AppOptions(String dataDir, Path screenshot, Path caseFile) {

    public AppOptions(String dataDir, Path screenshot) {
        this(dataDir, screenshot, null);
    }

    public static AppOptions parse(List<String> args) {
        String dataDir = null;
        Path screenshot = null;
        Path caseFile = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--data-dir") && i + 1 < args.size()) {
                dataDir = args.get(++i);
            } else if (a.startsWith("--data-dir=")) {
                dataDir = a.substring("--data-dir=".length());
            } else if (a.equals("--screenshot") && i + 1 < args.size()) {
                screenshot = Path.of(args.get(++i));
            } else if (a.toLowerCase(java.util.Locale.ROOT).endsWith(".claimcase")) {
                caseFile = Path.of(a);
            }
        }
        return new AppOptions(dataDir, screenshot, caseFile);
    }
}
