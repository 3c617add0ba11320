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

    /** The property that tells the logging back-end where to write; set before the first logger is made. */
    static final String LOG_FILE_PROPERTY = "org.slf4j.simpleLogger.logFile";

    /**
     * Sends the log of ClaimBench and of its libraries (PDFBox's warnings about a damaged file, H2's, Flyway's) to
     * {@code fileName} in the data folder, so that it stays off the user's terminal and is there to send with a
     * report of a problem. Returns the file, or null when the folder cannot be written (the log then stays on the
     * error stream, as before). Only the first call of a process has an effect.
     */
    public static Path sendLogTo(Path dataDir, String fileName) {
        if (System.getProperty(LOG_FILE_PROPERTY) != null) {
            return Path.of(System.getProperty(LOG_FILE_PROPERTY));
        }
        try {
            java.nio.file.Files.createDirectories(dataDir);
            Path file = dataDir.resolve(fileName);
            if (java.nio.file.Files.exists(file) && !java.nio.file.Files.isWritable(file)) {
                return null;
            }
            System.setProperty(LOG_FILE_PROPERTY, file.toString());
            return file;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
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
