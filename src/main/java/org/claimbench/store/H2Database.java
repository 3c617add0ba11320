package org.claimbench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.SQLDialect;

/** The embedded H2 database: a file in the data folder (optionally encrypted), or a private one in memory. */
public final class H2Database implements Database {

    /** The H2 file's base name in the data folder ({@code claimbench.mv.db}). */
    public static final String FILE_NAME = "claimbench";
    /** Plain DDL (shared, also read by code generation), then the scripts written for H2 alone. */
    static final List<String> MIGRATIONS = List.of("classpath:db/migration", "classpath:db/h2");

    private final JdbcConnectionPool pool;
    private final Path folder;
    private final String description;

    private H2Database(String url, String password, Path folder, String description) {
        this.pool = JdbcConnectionPool.create(url, "sa", password);
        this.pool.setMaxConnections(8);
        this.folder = folder;
        this.description = description;
    }

    /**
     * The store's file in {@code dataDir}, created if need be; {@code password} opens an encrypted store and is
     * ignored for a plain one. Nothing is opened yet: the first connection opens the file.
     */
    public static H2Database file(Path dataDir, char[] password) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Path file = dir.resolve(FILE_NAME);
        // WRITE_DELAY=0: a commit reaches the file at once, so a crash loses no confirmed edit.
        String url = "jdbc:h2:file:" + file + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        String dbPassword = "";
        if (StoreKey.isEncrypted(dataDir)) {
            if (password == null || password.length == 0) {
                throw new Store.PasswordNeeded(dataDir);
            }
            // H2 takes "filePassword userPassword"; the file key is hex, so it has no space in it.
            // No trace file: H2's error trace would quote statements, and so stored text, in the clear.
            url += ";CIPHER=AES;TRACE_LEVEL_FILE=0";
            dbPassword = new String(StoreKey.fileKey(dataDir, password)) + " ";
        }
        return new H2Database(url, dbPassword, dir, dataDir.toString());
    }

    /** A fresh private database in memory, gone when closed: for tests and throw-away work. */
    public static H2Database memory() {
        return new H2Database("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "", null, "memory");
    }

    @Override
    public String description() {
        return description;
    }

    /** A data folder is locked by the one program that has it open; memory is private to it. */
    @Override
    public boolean exclusive() {
        return true;
    }

    @Override
    public SQLDialect dialect() {
        return SQLDialect.H2;
    }

    @Override
    public List<String> migrationLocations() {
        return MIGRATIONS;
    }

    @Override
    public Connection connect() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public Path folder() {
        return folder;
    }

    /** H2's online backup: a ZIP holding a consistent copy of the file, taken while others read and write. */
    @Override
    public void backup(Connection connection, Path target) throws SQLException {
        onlineBackup(connection, target);
    }

    static void onlineBackup(Connection connection, Path target) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("BACKUP TO ?")) {
            ps.setString(1, target.toString());
            ps.execute();
        }
    }

    @Override
    public StoreException explainOpenFailure(RuntimeException e) {
        if (folder == null) {
            return Database.super.explainOpenFailure(e);
        }
        Path dataDir = Path.of(description);
        String all = String.valueOf(e.getMessage()) + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
        if (StoreKey.isEncrypted(dataDir) && (all.contains("Wrong user name or password") || all.contains("Encryption error")
                || all.contains("File corrupted") || all.contains("28000"))) {
            return new Store.WrongPassword(dataDir, e);
        }
        if (all.contains("already in use") || all.contains("Database may be already in use") || all.contains("The file is locked")) {
            return new Store.InUse(dataDir, e);
        }
        return new StoreException("Cannot open the store in " + dataDir + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        pool.dispose();
        if (folder != null && !Store.isOpenHere(folder)) {
            sync(folder.resolve(FILE_NAME + ".mv.db"));
        }
    }

    /** Forces a file's written bytes to the disk (H2 writes a commit to the file, but leaves syncing to the system). */
    private static void sync(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try (java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            c.force(true);
        } catch (java.io.IOException | RuntimeException ignored) {
            // nothing more can be done here; the commit itself was written
        }
    }
}
