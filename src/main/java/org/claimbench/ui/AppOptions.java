package org.claimbench.ui;

import java.nio.file.Path;
import java.util.List;

/** What the window was started with: {@code --data-dir DIR} and {@code --screenshot FILE.png}. */
public record AppOptions(String dataDir, Path screenshot) {

    public static AppOptions parse(List<String> args) {
        String dataDir = null;
        Path screenshot = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--data-dir") && i + 1 < args.size()) {
                dataDir = args.get(++i);
            } else if (a.startsWith("--data-dir=")) {
                dataDir = a.substring("--data-dir=".length());
            } else if (a.equals("--screenshot") && i + 1 < args.size()) {
                screenshot = Path.of(args.get(++i));
            }
        }
        return new AppOptions(dataDir, screenshot);
    }
}
