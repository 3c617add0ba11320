package org.claimbench.service;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the user left the window: the text's size, the panes' widths, the last folder a file was chosen in. Kept in
 * {@code settings.properties} in the data folder, read once at start (off the window's thread) and written back,
 * whole, on a thread of its own shortly after each change. A file that cannot be read is set aside for defaults:
 * settings are a convenience, never a reason not to start.
 */
public final class UserSettings implements AutoCloseable {

    public static final String FILE = "settings.properties";
    private static final Logger LOG = LoggerFactory.getLogger(UserSettings.class);

    private final Path file;
    private final Map<String, String> values = new TreeMap<>();
    private final ExecutorService writer;
    private boolean pending;

    private UserSettings(Path file) {
        this.file = file;
        this.writer = file == null ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "claimbench-settings");
            t.setDaemon(true);
            return t;
        });
    }

    /** The settings kept in {@code dataDir} (null: kept in memory only, for a store without a folder). */
    public static UserSettings load(Path dataDir) {
        UserSettings s = new UserSettings(dataDir == null ? null : dataDir.resolve(FILE));
        if (s.file != null && Files.isRegularFile(s.file)) {
            try {
                Properties p = new Properties();
                p.load(new StringReader(Files.readString(s.file, StandardCharsets.UTF_8)));
                p.stringPropertyNames().forEach(k -> s.values.put(k, p.getProperty(k)));
            } catch (IOException | RuntimeException e) {
                LOG.warn("The settings in {} could not be read; the defaults are used", s.file, e);
            }
        }
        return s;
    }

    public synchronized String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    public double getDouble(String key, double fallback) {
        try {
            return Double.parseDouble(get(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Sets a value (null removes it); the file is written soon after, once for a burst of changes. */
    public void set(String key, String value) {
        synchronized (this) {
            if (java.util.Objects.equals(values.get(key), value)) {
                return;
            }
            if (value == null) {
                values.remove(key);
            } else {
                values.put(key, value);
            }
            if (writer == null || pending) {
                return;
            }
            pending = true;
        }
        writer.execute(this::write);
    }

    public void setDouble(String key, double value) {
        set(key, Double.toString(value));
    }

    private void write() {
        try {
            Thread.sleep(200); // a divider dragged or a size stepped several times is written once
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Properties p = new Properties();
        synchronized (this) {
            pending = false;
            p.putAll(values);
        }
        try {
            StringWriter out = new StringWriter();
            p.store(out, "ClaimBench window settings");
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, "The window settings", out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The settings could not be written to {}", file, e);
        }
    }

    /** Writes what is still pending and stops the writer. */
    @Override
    public void close() {
        if (writer != null) {
            writer.shutdown();
            try {
                writer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
