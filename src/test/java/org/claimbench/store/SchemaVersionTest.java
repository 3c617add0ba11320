package org.claimbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose schema is not the one this ClaimBench builds: older, on a team store, with a user who may not upgrade
 * it (only the role that owns the tables may); or newer, built by a newer ClaimBench. Opening it says which versions,
 * and what to do; nothing is changed.
 */
class SchemaVersionTest {

    private static final String PASSWORD = "schema-test-password";
    private static final AtomicInteger USERS = new AtomicInteger();

    static int version(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, TestPostgres.USER, TestPostgres.PASSWORD); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\"")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static void execute(String url, String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, TestPostgres.USER, TestPostgres.PASSWORD); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    @Test
    void a_team_store_older_than_this_claimbench_is_refused_to_a_user_who_may_not_upgrade_it_and_upgraded_by_its_owner()
            throws SQLException {
        String url = TestPostgres.emptyUrl();
        int older = Store.SCHEMA_VERSION - 1;
        Flyway.configure().dataSource(url, TestPostgres.USER, TestPostgres.PASSWORD)
                .locations(PostgresDatabase.MIGRATIONS.toArray(String[]::new)).target(Integer.toString(older)).load().migrate();
        String ben = "sv_ben_" + ProcessHandle.current().pid() + "_" + USERS.incrementAndGet();
        String database = url.substring(url.lastIndexOf('/') + 1);
        execute(url, "CREATE ROLE " + ben + " LOGIN PASSWORD '" + PASSWORD + "'",
                "GRANT CONNECT ON DATABASE " + database + " TO " + ben,
                "GRANT SELECT ON \"flyway_schema_history\" TO " + ben);

        Store.SchemaTooOld refused = assertThrows(Store.SchemaTooOld.class,
                () -> Store.open(PostgresDatabase.of(url, ben, PASSWORD.toCharArray())));
        String address = url.substring("jdbc:postgresql://".length());
        assertEquals("The team store " + ben + "@" + address + " has schema version " + older + ", and this ClaimBench needs version "
                + Store.SCHEMA_VERSION + ". An administrator must upgrade it, as the role that owns the store's tables ("
                + TestPostgres.USER + "), with this ClaimBench: claimbench cases --db-url " + url + " --db-user " + TestPostgres.USER
                + ". Then connect again; nothing was changed.", refused.getMessage());
        assertEquals(older, refused.found());
        assertEquals(older, version(url), "nothing was changed");

        execute(url, "REVOKE SELECT ON \"flyway_schema_history\" FROM " + ben);
        Store.SchemaTooOld unread = assertThrows(Store.SchemaTooOld.class,
                () -> Store.open(PostgresDatabase.of(url, ben, PASSWORD.toCharArray())));
        assertEquals(-1, unread.found(), unread.getMessage());
        assertEquals(true, unread.getMessage().contains("does not let " + ben + " read which version its schema is at, and this "
                + "ClaimBench needs version " + Store.SCHEMA_VERSION), unread.getMessage());
        assertEquals(true, unread.getMessage().contains("--db-user " + TestPostgres.USER), unread.getMessage());
        assertEquals(older, version(url));

        // the administrator opens it once, as the owner: the store is upgraded, and the team may use it
        Store.open(PostgresDatabase.of(url, TestPostgres.USER, TestPostgres.PASSWORD.toCharArray())).close();
        assertEquals(Store.SCHEMA_VERSION, version(url));
        execute(url, "GRANT " + CaseMembers.TEAM_ROLE + " TO " + ben);
        try (Store s = Store.open(PostgresDatabase.of(url, ben, PASSWORD.toCharArray()))) {
            assertEquals(0, s.cases().list().size());
        }
    }

    @Test
    void a_team_store_newer_than_this_claimbench_says_to_update_claimbench() throws SQLException {
        String url = TestPostgres.freshUrl();
        int newer = Store.SCHEMA_VERSION + 1;
        execute(url, "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", "
                + "\"installed_by\", \"execution_time\", \"success\") SELECT MAX(\"installed_rank\") + 1, '" + newer + "', 'from a newer "
                + "ClaimBench', 'SQL', 'V" + newer + "__newer.sql', 'claimbench', 0, TRUE FROM \"flyway_schema_history\"");

        Store.SchemaTooNew refused = assertThrows(Store.SchemaTooNew.class,
                () -> Store.open(PostgresDatabase.of(url, TestPostgres.USER, TestPostgres.PASSWORD.toCharArray())));
        assertEquals("The team store " + TestPostgres.USER + "@" + url.substring("jdbc:postgresql://".length()) + " has schema version "
                + newer + ", and this ClaimBench knows versions up to " + Store.SCHEMA_VERSION + ": it was upgraded for a newer "
                + "ClaimBench. Update ClaimBench on this computer to open it; nothing was changed.", refused.getMessage());
        assertEquals(newer, version(url));
    }

    @Test
    void a_laptop_store_newer_than_this_claimbench_says_to_update_claimbench(@TempDir Path dir) throws SQLException {
        Store.open(dir).close();
        try (H2Database db = H2Database.file(dir, null); Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", "
                    + "\"installed_by\", \"execution_time\", \"success\") SELECT MAX(\"installed_rank\") + 1, '" + (Store.SCHEMA_VERSION + 1)
                    + "', 'from a newer ClaimBench', 'SQL', 'V99__newer.sql', 'me', 0, TRUE FROM \"flyway_schema_history\"");
        }
        Store.SchemaTooNew refused = assertThrows(Store.SchemaTooNew.class, () -> Store.open(dir));
        assertEquals(Store.SCHEMA_VERSION + 1, refused.found());
        assertEquals(true, refused.getMessage().endsWith("Update ClaimBench to open it; nothing was changed."), refused.getMessage());
        assertEquals(true, Files.isDirectory(dir));
    }
}
