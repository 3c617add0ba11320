package org.claimbench.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the store lives: {@code --data-dir} if given, else {@code CLAIMBENCH_HOME}, else the operating
 * system's usual place for application data.
 */
public final class DataDirectory {

    public static final String ENV = "CLAIMBENCH_HOME";

    private DataDirectory() {
    }

    public static Path resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path resolve(String option, Map<String, String> env, String osName, String home) {
        if (option != null && !option.isBlank()) {
            return Path.of(option).toAbsolutePath();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return Path.of(appData != null ? appData : home, "ClaimBench");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "ClaimBench");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : Path.of(home, ".local", "share").toString(), "claimbench");
    }
}
