package org.claimbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.claimbench.domain.LegalCase;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store runs on whatever {@link Database} it is given: another database is one class away. */
class DatabaseTest {

    @TempDir
    Path dir;

    /** A database that lends out H2's connections, but keeps its own description, folder and way of backing up. */
    static class Recording implements Database {
        final H2Database inner = H2Database.memory();
        final AtomicInteger connections = new AtomicInteger();
        final List<Path> backups = new ArrayList<>();
        final Path folder;
        boolean closed;

        Recording(Path folder) {
            this.folder = folder;
        }

        @Override
        public String description() {
            return "team server (test)";
        }

        @Override
        public SQLDialect dialect() {
            return SQLDialect.H2;
        }

        @Override
        public List<String> migrationLocations() {
            return inner.migrationLocations();
        }

        @Override
        public Connection connect() throws SQLException {
            connections.incrementAndGet();
            return inner.connect();
        }

        @Override
        public Path folder() {
            return folder;
        }

        @Override
        public void backup(Connection connection, Path target) throws SQLException {
            backups.add(target);
            try {
                Files.writeString(target, "copy");
            } catch (java.io.IOException e) {
                throw new SQLException(e);
            }
        }

        @Override
        public void close() {
            closed = true;
            inner.close();
        }
    }

    @Test
    void the_store_migrates_reads_writes_and_backs_up_through_the_database_it_is_given() {
        Recording db = new Recording(dir);
        try (Store store = Store.open(db)) {
            assertEquals("team server (test)", store.description());
            LegalCase c = store.cases().create("Harbor v. Tide", null, null, null);
            assertEquals(List.of("Harbor v. Tide"), store.cases().list().stream().map(LegalCase::title).toList());
            assertEquals(c, store.cases().find(c.id()).orElseThrow());
            assertTrue(db.connections.get() > 0, "every connection comes from the database");
            Path b = Backups.backup(store, dir, "manual");
            assertEquals(1, db.backups.size(), "the database's own way of copying itself is used");
            assertTrue(Files.isRegularFile(b));
        }
        assertTrue(db.closed, "closing the store closes its database");
    }

    @Test
    void a_database_that_fails_to_open_is_closed_and_explained_in_its_own_terms() {
        Recording db = new Recording(null) {
            @Override
            public Connection connect() throws SQLException {
                throw new SQLException("connection refused");
            }

            @Override
            public StoreException explainOpenFailure(RuntimeException failure) {
                return new StoreException("The team server does not answer. Check the network, then try again.", failure);
            }
        };
        StoreException e = assertThrows(StoreException.class, () -> Store.open(db));
        assertEquals("The team server does not answer. Check the network, then try again.", e.getMessage());
        assertTrue(db.closed);
    }

    @Test
    void the_embedded_database_is_h2_in_the_data_folder() {
        try (H2Database h2 = H2Database.file(dir, null)) {
            assertEquals(SQLDialect.H2, h2.dialect());
            assertEquals(dir.toAbsolutePath().normalize(), h2.folder());
            assertEquals(List.of("classpath:db/migration", "classpath:db/h2"), h2.migrationLocations());
        }
        try (H2Database memory = H2Database.memory()) {
            assertEquals(null, memory.folder());
            assertEquals("memory", memory.description());
        }
    }
}
