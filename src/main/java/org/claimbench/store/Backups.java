package org.claimbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies of the store in {@code DATA_DIR/backups}: made while it is open (H2's consistent online backup), before a
 * schema migration, and on a schedule; the newest {@link #KEEP} are kept. Restoring needs the store closed.
 */
public final class Backups {

    public static final int KEEP = 10;
    public static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private Backups() {
    }

    /** How a database writes a consistent copy of itself through a connection ({@link Database#backup}). */
    @FunctionalInterface
    interface Copier {
        void copy(Connection connection, Path target) throws SQLException;
    }

    public static Path folder(Path dataDir) {
        return dataDir.resolve(FOLDER);
    }

    /** Backs up an open store now; {@code reason} goes into the file name ("scheduled", "before-v3"…). */
    public static Path backup(Store store, Path dataDir, String reason) {
        try {
            return backup(store.database()::backup, store.dsl().configuration().connectionProvider().acquire(), dataDir, reason, true);
        } catch (SQLException | IOException e) {
            throw new StoreException("The backup could not be written to " + folder(dataDir) + ": " + e.getMessage()
                    + ". Check the free space on the disk.", e);
        }
    }

    static Path backup(Copier database, Connection c, Path dataDir, String reason, boolean close) throws SQLException, IOException {
        Files.createDirectories(folder(dataDir));
        String base = "claimbench-" + STAMP.format(Instant.now()) + "-" + reason;
        Path target = folder(dataDir).resolve(base + ".zip");
        for (int n = 2; Files.exists(target); n++) {
            target = folder(dataDir).resolve(base + "-" + n + ".zip");
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            database.copy(c, part);
        } finally {
            if (close) {
                c.close();
            }
        }
        Files.move(part, target);
        prune(dataDir);
        return target;
    }

    /** The backups, newest first. */
    public static List<Path> list(Path dataDir) {
        Path dir = folder(dataDir);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("claimbench-\\d{8}-\\d{6}-.*\\.zip"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Whether the newest backup is older than {@code age} (or there is none). */
    public static boolean due(Path dataDir, Duration age) {
        List<Path> all = list(dataDir);
        if (all.isEmpty()) {
            return true;
        }
        try {
            return Files.getLastModifiedTime(all.get(0)).toInstant().isBefore(Instant.now().minus(age));
        } catch (IOException e) {
            return true;
        }
    }

    private static void prune(Path dataDir) throws IOException {
        List<Path> all = list(dataDir);
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
    }

    /**
     * Replaces the store with a backup. The store must be closed (no window or command using it); the store as it was
     * is backed up first, so a restore can itself be undone by restoring that.
     */
    public static Path restore(Path dataDir, Path backup) {
        return restore(dataDir, backup, null);
    }

    /** Like {@link #restore(Path, Path)}, for an encrypted store: {@code password} opens it for the backup made first. */
    public static Path restore(Path dataDir, Path backup, char[] password) {
        if (!Files.isRegularFile(backup)) {
            throw new StoreException("There is no backup " + backup + ". `claimbench backups` lists them.");
        }
        if (Store.isOpenHere(dataDir)) {
            throw new StoreException("The store is open in ClaimBench. Close it, then restore.");
        }
        // unpack first, beside the store: a damaged backup is refused before anything is touched
        Path unpacked = unpack(dataDir, backup);
        try {
            check(unpacked, dataDir, backup, password);
        } catch (RuntimeException e) {
            deleteTree(unpacked);
            throw e;
        }
        Path db = dataDir.resolve(Store.DATABASE_NAME + ".mv.db");
        Path before = null;
        try {
            if (Files.exists(db)) {
                before = backupClosedStore(dataDir, password);
            }
            Files.move(unpacked.resolve(Store.DATABASE_NAME + ".mv.db"), db, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return before;
        } catch (IOException e) {
            throw new StoreException("The store could not be replaced (" + e.getMessage() + "). Nothing was changed.", e);
        } finally {
            deleteTree(unpacked);
        }
    }

    private static Path unpack(Path dataDir, Path backup) {
        Path unpacked;
        try {
            unpacked = Files.createTempDirectory(dataDir, "restore-");
        } catch (IOException e) {
            throw new StoreException("The backup cannot be unpacked in " + dataDir + " (" + e.getMessage()
                    + "). Check the free space on the disk. Nothing was changed.", e);
        }
        try {
            org.h2.tools.Restore.execute(backup.toString(), unpacked.toString(), Store.DATABASE_NAME);
            Path file = unpacked.resolve(Store.DATABASE_NAME + ".mv.db");
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                throw new StoreException("The file " + backup.getFileName() + " holds no ClaimBench store. Choose another backup; "
                        + "nothing was changed.");
            }
            return unpacked;
        } catch (RuntimeException | IOException e) {
            deleteTree(unpacked);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("The backup " + backup.getFileName() + " is damaged and cannot be restored (" + e.getMessage()
                    + "). Choose another backup; nothing was changed.", e);
        }
    }

    /** A connection to the store file in {@code folder}, encrypted as the store of {@code dataDir} is. */
    private static Connection connect(Path folder, String settings, Path dataDir, char[] password) throws SQLException {
        String url = "jdbc:h2:file:" + folder.resolve(Store.DATABASE_NAME).toAbsolutePath() + settings;
        String dbPassword = "";
        if (StoreKey.isEncrypted(dataDir)) {
            if (password == null) {
                throw new Store.PasswordNeeded(dataDir);
            }
            url += ";CIPHER=AES";
            dbPassword = new String(StoreKey.fileKey(dataDir, password)) + " ";
        }
        return DriverManager.getConnection(url, "sa", dbPassword);
    }

    /** Opens the unpacked copy and reads its cases: a backup that unpacks but cannot be read is refused too. */
    private static void check(Path unpacked, Path dataDir, Path backup, char[] password) {
        try (Connection c = connect(unpacked, ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", dataDir, password); var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM LEGAL_CASE")) {
            rs.next();
        } catch (SQLException e) {
            throw new StoreException("The backup " + backup.getFileName() + " cannot be read (" + e.getMessage()
                    + "). It may be damaged, or made with another password. Choose another backup; nothing was changed.", e);
        }
    }

    /** Backs up the closed store before it is replaced, and shuts it down. */
    private static Path backupClosedStore(Path dataDir, char[] password) {
        try (Connection c = connect(dataDir, ";IFEXISTS=TRUE;FILE_LOCK=FILE", dataDir, password)) {
            Path before = backup(H2Database::onlineBackup, c, dataDir, "before-restore", false);
            try (var s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
            return before;
        } catch (SQLException | IOException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("already in use") || m.contains("locked")) {
                throw new Store.InUse(dataDir, e);
            }
            throw new StoreException("The store could not be backed up before the restore, so it was left as it was: " + m, e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a leftover in a temporary folder harms nothing
                }
            });
        } catch (IOException ignored) {
            // the folder is already gone
        }
    }
}
