package org.claimbench.store;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

/**
 * A shared team store on a PostgreSQL server (15 or newer), reached by a JDBC address such as
 * {@code jdbc:postgresql://server:5432/claimbench}, a user and a password. The schema is the store's own, built by the
 * same migrations as the embedded store's (see docs/formats.md for what differs).
 */
public final class PostgresDatabase implements Database {

    /** Plain DDL (shared, also read by code generation), then the scripts written for PostgreSQL alone. */
    static final List<String> MIGRATIONS = List.of("classpath:db/migration", "classpath:db/postgres");

    private final String url;
    private final String user;
    private final char[] password;
    private final String description;
    /**
     * The name this program's connections give the server ("ClaimBench" and a token of its own), by which the change
     * notices of its own writes are told from those of the others.
     */
    private final String applicationName = "ClaimBench " + Long.toHexString(new java.security.SecureRandom().nextLong());
    private final List<ChangeNotices> watches = new java.util.concurrent.CopyOnWriteArrayList<>();
    private HikariDataSource pool;
    private boolean closed;

    private PostgresDatabase(String url, String user, char[] password) {
        this.url = url;
        this.user = user;
        this.password = password == null ? new char[0] : password.clone();
        this.description = user + "@" + address(url);
    }

    /**
     * The database at {@code url} ({@code jdbc:postgresql://host[:port]/database}), as {@code user} with {@code password}.
     * Nothing is opened yet: the first connection reaches the server.
     */
    public static PostgresDatabase of(String url, String user, char[] password) {
        if (!isPostgresUrl(url)) {
            throw new StoreException("The address " + url + " is not one of a PostgreSQL database. It reads "
                    + "jdbc:postgresql://SERVER:5432/DATABASE.");
        }
        if (user == null || user.isBlank()) {
            throw new StoreException("The store on " + address(url) + " needs a user name: give it with --db-user.");
        }
        return new PostgresDatabase(url.strip(), user.strip(), password);
    }

    /** Whether {@code url} names a PostgreSQL database. */
    public static boolean isPostgresUrl(String url) {
        return url != null && url.strip().startsWith("jdbc:postgresql:");
    }

    /** "server:5432/database", without the address's parameters (which may carry secrets). */
    static String address(String url) {
        String rest = url.strip().substring("jdbc:postgresql:".length());
        int q = rest.indexOf('?');
        if (q >= 0) {
            rest = rest.substring(0, q);
        }
        return rest.startsWith("//") ? rest.substring(2) : rest;
    }

    private String host() {
        try {
            URI u = URI.create(url.strip().substring("jdbc:".length()));
            return u.getHost() == null ? "localhost" : u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
        } catch (IllegalArgumentException e) {
            return address(url);
        }
    }

    private String databaseName() {
        String a = address(url);
        int slash = a.indexOf('/');
        return slash < 0 ? user : a.substring(slash + 1);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String user() {
        return user;
    }

    /** Other users' windows and commands write to the same server. */
    @Override
    public boolean exclusive() {
        return false;
    }

    @Override
    public SQLDialect dialect() {
        return SQLDialect.POSTGRES;
    }

    /**
     * The generated classes carry H2's upper-case names; PostgreSQL folds unquoted names to lower case, so names are
     * written in lower case (and quoted, so that none is taken for a keyword).
     */
    @Override
    public Settings settings() {
        return new Settings().withRenderNameCase(RenderNameCase.LOWER);
    }

    @Override
    public List<String> migrationLocations() {
        return MIGRATIONS;
    }

    @Override
    public synchronized Connection connect() throws SQLException {
        if (closed) {
            throw new SQLException("The store on " + description + " is closed.", "08003");
        }
        if (pool == null) {
            pool = open();
        }
        return pool.getConnection();
    }

    private HikariDataSource open() throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(new String(password));
        config.setPoolName("claimbench " + description);
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(15_000);
        // the first connection is tried at once, so that a server that is down or a wrong password shows straight away
        config.setInitializationFailTimeout(1);
        config.addDataSourceProperty("ApplicationName", applicationName);
        config.addDataSourceProperty("connectTimeout", "10");
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof SQLException s) {
                    throw s;
                }
            }
            throw new SQLException(e.getMessage(), "08001", e);
        }
    }

    @Override
    public Path folder() {
        return null;
    }

    /**
     * Not made by ClaimBench: a consistent copy of a PostgreSQL database is made on the server's side, with its own
     * tools (pg_dump, or the server's backups), which a Java program cannot run for it. One case at a time can be kept
     * as a case file.
     */
    @Override
    public void backup(Connection connection, Path target) {
        throw new StoreException("The store on " + description + " is on a PostgreSQL server, and ClaimBench does not back it up: "
                + "ask whoever runs the server (pg_dump, or the server's own backups). A single case can be saved as a case file "
                + "with `claimbench export --case ID -o FILE`.");
    }

    @Override
    public StoreException explainOpenFailure(RuntimeException failure) {
        if (failure instanceof StoreException se && se.getCause() == null) {
            return se;
        }
        SQLException sql = null;
        for (Throwable t = failure; t != null && sql == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                sql = s;
            }
        }
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String words = sql == null ? String.valueOf(failure.getMessage()) : String.valueOf(sql.getMessage());
        if (state.equals("28P01") || words.contains("no password was provided") || words.contains("password is an empty string")) {
            return new LoginRefused(host(), user, password.length == 0, failure);
        }
        if (state.startsWith("08") || words.contains("Connection refused") || words.contains("connect timed out")
                || words.contains("UnknownHost")) {
            return new ServerUnreachable(description, host(), failure);
        }
        if (state.equals("28000")) {
            return new StoreException("The PostgreSQL server at " + host() + " does not let the user " + user + " in ("
                    + words + "). Ask whoever runs the server to allow it; nothing was changed.", failure);
        }
        if (state.equals("3D000")) {
            return new StoreException("There is no database " + databaseName() + " on the PostgreSQL server at " + host()
                    + ". Have it created (CREATE DATABASE " + databaseName() + "), or name another in --db-url; nothing was changed.",
                    failure);
        }
        if (state.equals("42501")) {
            return new StoreException("The user " + user + " may not build the store's tables in " + databaseName() + " on "
                    + host() + " (" + words + "). Ask whoever runs the server for the rights to create tables there.", failure);
        }
        return new StoreException("Cannot open the store on " + description + ": " + words, failure);
    }

    /**
     * The role that owns the store's tables (its Flyway history table), unless this user is it, a member of it, or a
     * superuser: only the owner may alter the tables, so only the owner migrates.
     */
    @Override
    public String schemaOwnerIfNotMine(Connection connection) throws SQLException {
        try (var st = connection.prepareStatement("SELECT t.tableowner, r.rolsuper OR pg_has_role(current_user, t.tableowner, 'MEMBER') "
                + "FROM pg_tables t, pg_roles r WHERE t.schemaname = current_schema() AND t.tablename = 'flyway_schema_history' "
                + "AND r.rolname = current_user"); var rs = st.executeQuery()) {
            return rs.next() && !rs.getBoolean(2) ? rs.getString(1) : null;
        }
    }

    @Override
    public String schemaTooNew(int found, int known) {
        return "The team store " + description + " has schema version " + found + ", and this ClaimBench knows versions up to "
                + known + ": it was upgraded for a newer ClaimBench. Update ClaimBench on this computer to open it; nothing was changed.";
    }

    @Override
    public String schemaTooOld(int found, int needed, String owner) {
        String upgrade = "claimbench cases --db-url jdbc:postgresql://" + address(url) + " --db-user " + owner;
        if (found < 0) {
            return "The team store " + description + " does not let " + user + " read which version its schema is at, and this "
                    + "ClaimBench needs version " + needed + ". Ask the administrator to add " + user + " to the team (claimbench team "
                    + "add-user) and, if the store is older, to upgrade it as the role that owns its tables (" + owner + "), with this "
                    + "ClaimBench: " + upgrade + ". Nothing was changed.";
        }
        return "The team store " + description + " has schema version " + found + ", and this ClaimBench needs version " + needed
                + ". An administrator must upgrade it, as the role that owns the store's tables (" + owner + "), with this "
                + "ClaimBench: " + upgrade + ". Then connect again; nothing was changed.";
    }

    /** The server turned the user away: a wrong password, or none given where one is needed. Asking for it again may help. */
    public static final class LoginRefused extends StoreException {
        public LoginRefused(String host, String user, boolean noPassword, Throwable cause) {
            super(noPassword ? "The PostgreSQL server at " + host + " asks for the password of " + user + ". Enter it (or keep it in "
                    + "CLAIMBENCH_DB_PASSWORD or the password file); nothing was changed."
                    : "The PostgreSQL server at " + host + " refused the user " + user + " with that password. Check the user name "
                    + "(--db-user) and the password (CLAIMBENCH_DB_PASSWORD, or the password file); nothing was changed.", cause);
        }
    }

    /** The server does not answer: it is down, or out of reach. */
    public static final class ServerUnreachable extends StoreException {
        public ServerUnreachable(String description, String host, Throwable cause) {
            super("The PostgreSQL server at " + host + " does not answer, so the store " + description + " cannot be opened. "
                    + "Check that the server is running and that this computer can reach it, then try again.", cause);
        }
    }

    /**
     * Listens for the server's change notices (db/postgres V16) on a connection of its own, as the same user, and tells
     * {@code listener} of the cases other programs change; those this program changes itself are left out.
     */
    @Override
    public synchronized AutoCloseable watch(ChangeListener listener) {
        if (closed) {
            throw new StoreException("The store on " + description + " is closed.");
        }
        ChangeNotices notices = new ChangeNotices(url, user, password, applicationName, listener);
        watches.add(notices);
        notices.start();
        return () -> {
            watches.remove(notices);
            notices.close();
        };
    }

    @Override
    public synchronized void close() {
        closed = true;
        watches.forEach(ChangeNotices::close);
        watches.clear();
        if (pool != null) {
            pool.close();
            pool = null;
        }
        java.util.Arrays.fill(password, '\0');
    }
}
