package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.claimbench.domain.LegalCase;
import org.claimbench.store.Database;
import org.claimbench.store.H2Database;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case read again when nothing was written since is taken from what was read last, with its row as it is now. */
class KeptCaseTest {

    @TempDir
    Path dir;

    @Test
    void a_case_opened_again_with_nothing_written_since_is_not_read_again_but_its_row_is() throws Exception {
        try (Store store = Store.open(dir)) {
            CaseService cases = Services.of(store, dir).cases();
            long demo = Services.of(store, dir).demo().install();
            long other = cases.create("Another case").id();
            CaseSnapshot first = cases.open(demo);
            cases.open(other);
            Thread.sleep(5); // the next open's time differs from the first's
            CaseSnapshot again = cases.open(demo);
            assertNotSame(first, again, "a new snapshot: the panes hear of it");
            assertSame(first.passages(), again.passages(), "the passages as read before");
            assertSame(first.outline(), again.outline());
            assertTrue(again.legalCase().opened().isAfter(first.legalCase().opened()), "the case's row as it is now");
            assertEquals(store.cases().find(demo).orElseThrow(), again.legalCase());
        }
    }

    @Test
    void any_write_since_makes_the_next_read_a_full_one_even_through_another_store_on_the_same_folder() throws Exception {
        try (Store store = Store.open(dir)) {
            Services services = Services.of(store, dir);
            CaseService cases = services.cases();
            long demo = services.demo().install();
            CaseSnapshot first = cases.open(demo);
            var p = first.passages().get(0);
            store.transaction(tx -> {
                tx.passages().delete(p.id());
                return null;
            });
            CaseSnapshot after = cases.open(demo);
            assertEquals(first.passages().size() - 1, after.passages().size(), "the deletion is seen");

            try (Store second = Store.open(dir)) { // the same database, opened again in this process
                second.cases().updateCaption(demo, "Renamed elsewhere", null, null, null);
                second.transaction(tx -> {
                    tx.passages().delete(after.passages().get(0).id());
                    return null;
                });
            }
            CaseSnapshot third = cases.snapshot(demo);
            assertEquals("Renamed elsewhere", third.legalCase().title());
            assertEquals(after.passages().size() - 1, third.passages().size(), "a write through the other store is counted too");

            store.cases().delete(demo);
            assertThrows(StoreException.class, () -> cases.open(demo), "a deleted case is not shown from memory");
        }
    }

    @Test
    void a_store_others_write_to_is_read_in_full_every_time() {
        H2Database memory = H2Database.memory();
        Database shared = new Database() { // as a team store's server: other programs write to it too
            @Override public boolean exclusive() { return false; }
            @Override public String description() { return memory.description(); }
            @Override public SQLDialect dialect() { return memory.dialect(); }
            @Override public List<String> migrationLocations() { return memory.migrationLocations(); }
            @Override public Connection connect() throws SQLException { return memory.connect(); }
            @Override public Path folder() { return null; }
            @Override public void backup(Connection c, Path target) throws SQLException { memory.backup(c, target); }
            @Override public void close() { memory.close(); }
        };
        try (Store store = Store.open(shared)) {
            assertTrue(!store.seesEveryWrite());
            CaseService cases = Services.of(store, null).cases();
            LegalCase c = cases.create("A case");
            CaseSnapshot first = cases.open(c.id());
            CaseSnapshot again = cases.open(c.id());
            assertNotSame(first.passages(), again.passages(), "read again: another program may have changed it");
        }
    }
}
