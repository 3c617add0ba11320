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
            roll(file, ROLL_BYTES, KEPT_LOGS);
            System.setProperty(LOG_FILE_PROPERTY, file.toString());
            return file;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A log file larger than this at start is set aside, and a new one begun: any log with something in it, since the
     * logging back-end starts its file afresh at each run and the last run's log is the one a report of a problem needs.
     */
    static final long ROLL_BYTES = 0;
    /** How many set-aside logs are kept: {@code claimbench.log.1} (the run before) to {@code .3}. */
    static final int KEPT_LOGS = 3;

    /**
     * Rolls a log file that has grown past {@code limit}: {@code name.1} becomes {@code name.2} and so on, the oldest
     * is dropped, and the file becomes {@code name.1}. A log is never cut in the middle of a run of the program.
     */
    static void roll(Path file, long limit, int kept) throws java.io.IOException {
        if (!java.nio.file.Files.isRegularFile(file) || java.nio.file.Files.size(file) <= limit) {
            return;
        }
        Path dir = file.getParent();
        String name = file.getFileName().toString();
        java.nio.file.Files.deleteIfExists(dir.resolve(name + "." + kept));
        for (int i = kept - 1; i >= 1; i--) {
            Path from = dir.resolve(name + "." + i);
            if (java.nio.file.Files.exists(from)) {
                java.nio.file.Files.move(from, dir.resolve(name + "." + (i + 1)), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        java.nio.file.Files.move(file, dir.resolve(name + ".1"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The folder the log is written to in this process, or null when it goes to the error stream. */
    public static Path logFolder() {
        String file = System.getProperty(LOG_FILE_PROPERTY);
        if (file == null || file.equals("System.err") || file.equals("System.out")) {
            return null;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        return parent;
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
