package org.claimbench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The case store: a {@link Database} migrated by Flyway on open. Repositories read and write domain records;
 * {@link #transaction} groups several writes into one. The embedded H2 file in the data folder is the default.
 */
public final class Store implements AutoCloseable {

    /** Flyway script locations of the embedded store: plain DDL (also read by code generation) and H2-only scripts. */
    public static final String[] MIGRATIONS = H2Database.MIGRATIONS.toArray(String[]::new);
    public static final String DATABASE_NAME = H2Database.FILE_NAME;

    static {
        // jOOQ prints a banner and a tip on first use unless told not to.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    /** The data folders of the stores this process has open (another process is kept out by H2's file lock). */
    private static final java.util.Set<Path> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Database database;
    private final Path openDir;
    private final DSLContext dsl;
    private final Repositories repositories;
    private List<String> recovered = List.of();

    private Store(Database database) {
        this.database = database;
        this.openDir = database.folder();
        this.writes = openDir == null ? new WriteCount() : COUNTS.computeIfAbsent(openDir, d -> new WriteCount());
        migrate();
        if (openDir != null) {
            OPEN.add(openDir);
        }
        Versions versions = new Versions(database.user());
        this.dsl = DSL.using(new org.jooq.impl.DefaultConfiguration().set(new GuardedConnections(database)).set(database.dialect())
                .set(database.settings().withExecuteLogging(false))
                .set(new org.jooq.impl.DefaultExecuteListenerProvider(new ValueTooLong.Finder()),
                        new org.jooq.impl.DefaultExecuteListenerProvider(versions),
                        new org.jooq.impl.DefaultExecuteListenerProvider(new AccessRefusals()),
                        new org.jooq.impl.DefaultExecuteListenerProvider(new ConnectionLost.Finder(database.description())),
                        new org.jooq.impl.DefaultExecuteListenerProvider(writes))
                .set(new org.jooq.impl.DefaultTransactionListenerProvider(versions),
                        new org.jooq.impl.DefaultTransactionListenerProvider(writes)));
        dsl.configuration().data(Writes.STORE_NAME, database.description());
        this.repositories = new Repositories(dsl);
    }

    /**
     * Opens the store on {@code database}, migrating its schema to the newest first. If that fails, the database is
     * closed again and the failure is explained in the database's terms.
     */
    public static Store open(Database database) {
        try {
            return new Store(database);
        } catch (SchemaTooOld | SchemaTooNew e) {
            database.close();
            throw e; // says it all
        } catch (RuntimeException e) {
            database.close();
            throw database.explainOpenFailure(e);
        }
    }

    /** Opens (creating if needed) the store in {@code dataDir}. */
    public static Store open(Path dataDir) {
        return open(dataDir, null);
    }

    /** Opens the store in {@code dataDir}, with the password it is encrypted with (null for a plain store). */
    public static Store open(Path dataDir, char[] password) {
        try {
            Files.createDirectories(dataDir);
        } catch (Exception e) {
            throw new StoreException("Cannot create the data folder " + dataDir + ": " + e.getMessage()
                    + ". Choose another folder with --data-dir or CLAIMBENCH_HOME.", e);
        }
        List<String> recovered = StoreKey.recover(dataDir);
        Store store = open(H2Database.file(dataDir, password));
        store.recovered = recovered;
        return store;
    }

    /** A fresh private in-memory store, for tests and throw-away work. */
    public static Store inMemory() {
        return open(H2Database.memory());
    }

    /** The store is encrypted, and no password was given. */
    public static final class PasswordNeeded extends StoreException {
        public PasswordNeeded(Path dataDir) {
            super("The store in " + dataDir + " is encrypted. Enter its password.");
        }
    }

    /** Another ClaimBench process (a window or a command) has the store open; nothing was changed. */
    public static final class InUse extends StoreException {
        public InUse(Path dataDir, Throwable cause) {
            super("The store in " + dataDir + " is in use by another ClaimBench window or command. "
                    + "Close it, or use another folder with --data-dir.", cause);
        }
    }

    /** The password does not open the store; nothing was changed. */
    public static final class WrongPassword extends StoreException {
        public WrongPassword(Path dataDir, Throwable cause) {
            super("That password does not open the store in " + dataDir + ". Nothing was changed; try again.", cause);
        }
    }

    /** The newest migration's version. {@code SchemaAgreementTest} checks it against the scripts. */
    static final int SCHEMA_VERSION = 17;

    /** The schema a store has, as Flyway's history table tells it: the newest version applied (0: none yet), and whether a migration failed. */
    private record Schema(int version, boolean failed) {
    }

    /**
     * The store's schema, read from Flyway's history table. When it is the newest, Flyway need not be started at all,
     * which saves a good part of the time the store takes to open. Null when the history cannot be read here (Flyway
     * will look properly, and say what is wrong).
     */
    private Schema schema() {
        try (java.sql.Connection c = database.connect(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'flyway_schema_history'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return new Schema(0, false);
            }
            try (var history = st.executeQuery("SELECT MAX(CAST(\"version\" AS INT)), COUNT(*) FILTER (WHERE NOT \"success\") "
                    + "FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
                history.next();
                return new Schema(history.getInt(1), history.getInt(2) > 0);
            }
        } catch (java.sql.SQLException e) {
            String state = String.valueOf(e.getSQLState());
            // in use, a wrong password, no such database, no server: nothing Flyway could add to
            if (String.valueOf(e.getMessage()).contains("already in use") || state.startsWith("28") || state.startsWith("08")
                    || state.equals("3D000")) {
                throw new StoreException(e.getMessage(), e); // explained by the caller
            }
            return null;
        }
    }

    /**
     * Migrates to the newest schema; a store that has data and needs migrating is backed up first. A schema newer than
     * this ClaimBench's is refused ({@link SchemaTooNew}); so is an older one that this user may not migrate, on a server
     * where the tables belong to another role ({@link SchemaTooOld}). Either way nothing is changed.
     */
    private void migrate() {
        Schema found = schema();
        if (found != null && found.version() == SCHEMA_VERSION && !found.failed()) {
            return;
        }
        if (found != null && found.version() > SCHEMA_VERSION) {
            throw new SchemaTooNew(database.schemaTooNew(found.version(), SCHEMA_VERSION), found.version());
        }
        String owner;
        try (java.sql.Connection c = database.connect()) {
            owner = database.schemaOwnerIfNotMine(c);
        } catch (java.sql.SQLException e) {
            owner = null; // Flyway will say what is wrong
        }
        if (owner != null) {
            // a history this user cannot read looks empty, or cannot be read at all: its version is unknown here
            int at = found == null || found.version() == 0 ? -1 : found.version();
            throw new SchemaTooOld(database.schemaTooOld(at, SCHEMA_VERSION, owner), at);
        }
        Flyway flyway = Flyway.configure().dataSource(new Connections(database)).locations(database.migrationLocations().toArray(String[]::new))
                .load();
        var info = flyway.info();
        if (openDir != null && info.current() != null && info.pending().length > 0) {
            try (java.sql.Connection c = database.connect()) {
                Backups.backup(database::backup, c, openDir, "before-v" + info.pending()[info.pending().length - 1].getVersion(), false);
            } catch (java.sql.SQLException | java.io.IOException e) {
                throw new StoreException("The store needs updating, but it could not be backed up first (" + e.getMessage()
                        + "). Nothing was changed. Free some disk space and start again.", e);
            }
        }
        flyway.migrate();
    }

    /**
     * The store's schema is older than this ClaimBench needs, and this user may not bring it up to date: on a team
     * store, that is for the role that owns its tables. Nothing was changed.
     */
    public static final class SchemaTooOld extends StoreException {
        private final int found;

        SchemaTooOld(String message, int found) {
            super(message);
            this.found = found;
        }

        /** The schema version the store has; -1 when this user may not read it. */
        public int found() {
            return found;
        }
    }

    /** The store's schema is newer than this ClaimBench knows: a newer ClaimBench built it. Nothing was changed. */
    public static final class SchemaTooNew extends StoreException {
        private final int found;

        SchemaTooNew(String message, int found) {
            super(message);
            this.found = found;
        }

        /** The schema version the store has. */
        public int found() {
            return found;
        }
    }

    public Repositories repositories() {
        return repositories;
    }

    public CaseRepository cases() {
        return repositories.cases();
    }

    public DocumentRepository documents() {
        return repositories.documents();
    }

    public OutlineRepository outline() {
        return repositories.outline();
    }

    public PassageRepository passages() {
        return repositories.passages();
    }

    public EvidenceRepository evidence() {
        return repositories.evidence();
    }

    public RecognitionRepository recognition() {
        return repositories.recognition();
    }

    public FlagRepository flags() {
        return repositories.flags();
    }

    public CarryRepository carries() {
        return repositories.carries();
    }

    public AnswerRepository answers() {
        return repositories.answers();
    }

    public AnnotationPendingRepository pendingAnnotations() {
        return repositories.pendingAnnotations();
    }

    /** What was done in each case, by whom and when (kept by a team store's server). */
    public ActivityLog activity() {
        return new ActivityLog(dsl, database.description());
    }

    /** Who may see and change each case (enforced by the server on a team store). */
    public CaseMembers members() {
        return new CaseMembers(dsl, database.description());
    }

    /**
     * The threads that must never do store work: the window's event thread, which the window names here. A
     * connection asked for on such a thread is refused, so that the mistake shows at once (and in the tests).
     */
    private static volatile java.util.function.Predicate<Thread> forbidden = t -> false;

    public static void forbidWorkOn(java.util.function.Predicate<Thread> threads) {
        forbidden = java.util.Objects.requireNonNull(threads);
    }

    /** The pool's connections, refused on a forbidden thread. */
    private static final class GuardedConnections implements org.jooq.ConnectionProvider {
        private final Database database;

        GuardedConnections(Database database) {
            this.database = database;
        }

        @Override
        public java.sql.Connection acquire() {
            Thread t = Thread.currentThread();
            if (forbidden.test(t)) {
                throw new IllegalStateException("Store work was asked for on the thread " + t.getName()
                        + ", which must stay free for the window; it belongs on a worker.");
            }
            try {
                return database.connect();
            } catch (java.sql.SQLException e) {
                if (ConnectionLost.isLostLine(e)) {
                    throw new ConnectionLost(database.description(), false, e);
                }
                throw new org.jooq.exception.DataAccessException("Cannot get a connection to the store: " + e.getMessage(), e);
            }
        }

        @Override
        public void release(java.sql.Connection connection) {
            try {
                connection.close();
            } catch (java.sql.SQLException e) {
                throw new org.jooq.exception.DataAccessException("Cannot give a connection back to the store: " + e.getMessage(), e);
            }
        }
    }

    /** Runs {@code work} in one transaction: all its writes land, or none do. */
    public <T> T transaction(Function<Repositories, T> work) {
        boolean[] sent = {false}; // the work is done and the transaction goes to be committed: a failure now may have kept it
        try {
            return dsl.transactionResult(cfg -> {
                T result = work.apply(new Repositories(DSL.using(cfg)));
                sent[0] = true;
                return result;
            });
        } catch (org.jooq.exception.DataAccessException e) {
            Versions.of(dsl).forget();
            throw Writes.refused(dsl, e, sent[0]);
        } catch (RuntimeException e) {
            Versions.of(dsl).forget();
            throw e;
        }
    }

    /**
     * Runs {@code work} as an undo or a redo of an edit made through this store: each row it writes is written only as
     * this store's own last write left it, and one that someone else changed since is refused with a {@link StaleEdit}
     * naming who and when, even when the row was read again meanwhile. Rows this store never wrote are guarded as an
     * edit's are.
     */
    public void undoing(Runnable work) {
        Versions.of(dsl).undoing(() -> {
            work.run();
            return null;
        });
    }

    /** The raw query context, for the store's own package (and its tests). */
    DSLContext dsl() {
        return dsl;
    }

    /**
     * What this program may have written to the store: one count per statement that is not a read, and per transaction;
     * shared by every store this process opens on the same data folder.
     */
    private final WriteCount writes;
    private static final java.util.Map<Path, WriteCount> COUNTS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A count that moves with every write this program makes to the store (see {@link #seesEveryWrite}): the same count
     * before and after some reading means nothing was written meanwhile, by this program.
     */
    public long writes() {
        return writes.now();
    }

    /**
     * Runs {@code work} on this thread without counting its writes in {@link #writes}: for a write that changes nothing
     * a reader keeps but a row it reads every time (the time a case was last opened).
     */
    public void uncounted(Runnable work) {
        writes.uncounted(work);
    }

    /**
     * Whether every write to the store comes through this program, so that {@link #writes} stands for all of them: a
     * data folder on the laptop, which one program opens at a time, or memory; not a team store's server.
     */
    public boolean seesEveryWrite() {
        return database.exclusive();
    }

    /**
     * Tells {@code listener} of the cases other programs change in this store, until the handle is closed (or the store
     * is). Only a team store has other programs on it; the laptop's tells nothing.
     */
    public AutoCloseable watch(ChangeListener listener) {
        return database.watch(listener);
    }

    /** What was cleaned up on opening, left by an interrupted encryption (see {@link StoreKey#recover}); one sentence a line. */
    public List<String> recovered() {
        return recovered;
    }

    public String description() {
        return database.description();
    }

    /** The database the store runs on. */
    public Database database() {
        return database;
    }

    static boolean isOpenHere(Path dataDir) {
        return OPEN.contains(dataDir.toAbsolutePath().normalize());
    }

    /**
     * Closes the store. When this returns, everything committed is in the store's file and the file is synced to
     * the disk, so that a command may then say it is done.
     */
    @Override
    public void close() {
        if (openDir != null) {
            OPEN.remove(openDir);
        }
        database.close();
    }

    /** Flyway's view of the database: a data source whose connections come from the database's pool. */
    private static final class Connections implements javax.sql.DataSource {
        private final Database database;

        Connections(Database database) {
            this.database = database;
        }

        @Override
        public java.sql.Connection getConnection() throws java.sql.SQLException {
            return database.connect();
        }

        @Override
        public java.sql.Connection getConnection(String user, String password) throws java.sql.SQLException {
            return database.connect();
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {
            // no log of its own
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // the database's pool decides
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getLogger("org.claimbench.store");
        }

        @Override
        public <T> T unwrap(Class<T> type) throws java.sql.SQLException {
            throw new java.sql.SQLException("Not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
