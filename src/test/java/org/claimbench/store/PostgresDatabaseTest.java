package org.claimbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.claimbench.domain.LegalCase;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on a real PostgreSQL server: migrated from nothing, and its failures to open said in plain words. */
class PostgresDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void an_empty_database_is_migrated_to_the_newest_schema_and_holds_cases() {
        try (Store store = Store.open(TestPostgres.emptyDatabase())) {
            assertEquals(SQLDialect.POSTGRES, store.database().dialect());
            assertEquals(String.valueOf(Store.SCHEMA_VERSION), store.dsl().fetchValue(
                    "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\"").toString());
            LegalCase c = store.cases().create("Harbor v. Tide", "Court", null, "notes");
            assertEquals(List.of(c), store.cases().list());
            assertNull(store.database().folder(), "a server's store keeps no files here");
        }
    }

    @Test
    void the_migrated_tables_and_columns_are_those_of_the_generated_classes() {
        try (Store store = TestPostgres.freshStore()) {
            java.util.Map<String, java.util.Map<String, Boolean>> live = new java.util.TreeMap<>();
            for (org.jooq.Table<?> t : store.dsl().meta().getTables()) {
                if ("public".equals(t.getSchema() == null ? null : t.getSchema().getName())
                        && !t.getName().equals("flyway_schema_history")) {
                    live.put(t.getName().toUpperCase(java.util.Locale.ROOT), columns(t));
                }
            }
            java.util.Map<String, java.util.Map<String, Boolean>> generated = new java.util.TreeMap<>();
            for (org.jooq.Table<?> t : org.claimbench.store.generated.DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                generated.put(t.getName(), columns(t));
            }
            assertEquals(generated, live, "tables, columns and which of them may be null");
        }
    }

    private static java.util.Map<String, Boolean> columns(org.jooq.Table<?> t) {
        java.util.Map<String, Boolean> m = new java.util.TreeMap<>();
        for (org.jooq.Field<?> f : t.fields()) {
            m.put(f.getName().toUpperCase(java.util.Locale.ROOT), f.getDataType().nullable());
        }
        return m;
    }

    @Test
    void a_database_that_is_already_current_opens_without_migrating_again() {
        PostgresDatabase db = TestPostgres.freshDatabase();
        try (Store store = Store.open(db)) {
            assertEquals(1, ((Number) store.dsl().fetchValue(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '" + Store.SCHEMA_VERSION + "'")).intValue());
            assertTrue(store.cases().list().isEmpty());
        }
    }

    @Test
    void the_description_names_user_server_and_database_but_no_parameters() {
        try (PostgresDatabase db = PostgresDatabase.of("jdbc:postgresql://db.example:5433/team?ssl=true&password=secret", "anna",
                "x".toCharArray())) {
            assertEquals("anna@db.example:5433/team", db.description());
            assertEquals(List.of("classpath:db/migration", "classpath:db/postgres"), db.migrationLocations());
        }
    }

    @Test
    void a_wrong_password_is_said_plainly() {
        String url = TestPostgres.freshUrl();
        StoreException e = assertThrows(PostgresDatabase.LoginRefused.class,
                () -> Store.open(PostgresDatabase.of(url, TestPostgres.USER, "not-the-password".toCharArray())));
        assertEquals("The PostgreSQL server at 127.0.0.1:" + TestPostgres.port() + " refused the user claimbench with that password. "
                + "Check the user name (--db-user) and the password (CLAIMBENCH_DB_PASSWORD, or the password file); nothing was changed.",
                e.getMessage());
    }

    @Test
    void no_password_where_one_is_needed_asks_for_it() {
        String url = TestPostgres.freshUrl();
        StoreException e = assertThrows(PostgresDatabase.LoginRefused.class,
                () -> Store.open(PostgresDatabase.of(url, TestPostgres.USER, null)));
        assertEquals("The PostgreSQL server at 127.0.0.1:" + TestPostgres.port() + " asks for the password of claimbench. Enter it (or "
                + "keep it in CLAIMBENCH_DB_PASSWORD or the password file); nothing was changed.", e.getMessage());
    }

    @Test
    void a_missing_database_is_named() {
        String url = "jdbc:postgresql://127.0.0.1:" + TestPostgres.port() + "/no_such_store";
        StoreException e = assertThrows(StoreException.class,
                () -> Store.open(PostgresDatabase.of(url, TestPostgres.USER, TestPostgres.PASSWORD.toCharArray())));
        assertEquals("There is no database no_such_store on the PostgreSQL server at 127.0.0.1:" + TestPostgres.port()
                + ". Have it created (CREATE DATABASE no_such_store), or name another in --db-url; nothing was changed.", e.getMessage());
    }

    @Test
    void a_server_that_does_not_answer_is_said_to_be_down() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closed + "/claimbench";
        StoreException e = assertThrows(PostgresDatabase.ServerUnreachable.class,
                () -> Store.open(PostgresDatabase.of(url, "anna", "pw".toCharArray())));
        assertTrue(e.getMessage().startsWith("The PostgreSQL server at 127.0.0.1:" + closed + " does not answer"), e.getMessage());
    }

    @Test
    void an_address_that_is_not_postgresql_is_refused_before_anything_is_tried() {
        StoreException e = assertThrows(StoreException.class, () -> PostgresDatabase.of("jdbc:h2:mem:x", "anna", null));
        assertTrue(e.getMessage().contains("jdbc:postgresql://SERVER:5432/DATABASE"), e.getMessage());
        assertThrows(StoreException.class, () -> PostgresDatabase.of("jdbc:postgresql://h/db", " ", null));
    }

    @Test
    void a_backup_is_left_to_the_server_and_says_so() {
        try (Store store = TestPostgres.freshStore()) {
            StoreException e = assertThrows(StoreException.class, () -> Backups.backup(store, dir, "manual"));
            assertTrue(e.getMessage().contains("ClaimBench does not back it up") && e.getMessage().contains("pg_dump"), e.getMessage());
        }
    }
}
