package org.claimbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.claimbench.domain.LegalCase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path dir;

    @Test
    void aBackupOfTheOpenStoreRestoresWhatWasThere() {
        try (Store store = Store.open(dir)) {
            store.cases().create("Kept", null, null, null);
            assertTrue(Backups.due(dir, Duration.ofDays(1)));
            Path b = Backups.backup(store, dir, "manual");
            assertTrue(b.getFileName().toString().matches("claimbench-\\d{8}-\\d{6}-manual\\.zip"));
            assertFalse(Backups.due(dir, Duration.ofDays(1)));
            store.cases().create("Added after the backup", null, null, null);
        }
        Path backup = Backups.list(dir).get(0);
        Path before = Backups.restore(dir, backup);
        assertTrue(before.getFileName().toString().endsWith("-before-restore.zip"));
        try (Store store = Store.open(dir)) {
            assertEquals(List.of("Kept"), store.cases().list().stream().map(LegalCase::title).toList());
        }
        // the restore is itself undone by restoring the copy made before it
        Backups.restore(dir, before);
        try (Store store = Store.open(dir)) {
            assertEquals(2, store.cases().list().size());
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndTheStoreIsLeftAsItWas() throws Exception {
        Path good;
        try (Store store = Store.open(dir)) {
            store.cases().create("Kept", null, null, null);
            good = Backups.backup(store, dir, "manual");
            store.cases().create("Also kept", null, null, null);
        }
        byte[] bytes = java.nio.file.Files.readAllBytes(good);
        Path truncated = dir.resolve("truncated.zip");
        java.nio.file.Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path notZip = dir.resolve("notes.zip");
        java.nio.file.Files.writeString(notZip, "not a backup at all");
        for (Path bad : List.of(truncated, notZip)) {
            StoreException e = assertThrows(StoreException.class, () -> Backups.restore(dir, bad));
            assertTrue(e.getMessage().contains("nothing was changed"), e.getMessage());
            try (Store store = Store.open(dir)) {
                assertEquals(2, store.cases().list().size(), "the store is as it was");
            }
        }
        try (var left = java.nio.file.Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("restore-")), "no unpacked copy is left behind");
        }
    }

    @Test
    void onlyTheNewestTenAreKept() throws Exception {
        try (Store store = Store.open(dir)) {
            for (int i = 0; i < 12; i++) {
                Backups.backup(store, dir, "n" + i);
                Thread.sleep(1100); // one a second: the names carry the time to the second
            }
        }
        List<Path> all = Backups.list(dir);
        assertEquals(Backups.KEEP, all.size());
        assertTrue(all.get(0).getFileName().toString().endsWith("-n11.zip"));
    }

    @Test
    void restoringWhileTheStoreIsOpenIsRefused() {
        try (Store store = Store.open(dir)) {
            Path b = Backups.backup(store, dir, "manual");
            StoreException e = assertThrows(StoreException.class, () -> Backups.restore(dir, b));
            assertTrue(e.getMessage().contains("Close it"), e.getMessage());
            assertEquals(0, store.cases().list().size(), "the open store is untouched");
        }
    }

    @Test
    void aStoreIsBackedUpBeforeItsSchemaIsMigrated() {
        String url = "jdbc:h2:file:" + dir.resolve(Store.DATABASE_NAME).toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations(Store.MIGRATIONS).target("1").load().migrate();
        try (Store store = Store.open(dir)) {
            assertEquals(0, store.cases().list().size());
        }
        assertTrue(Backups.list(dir).stream().anyMatch(p -> p.getFileName().toString().endsWith("-before-v" + Store.SCHEMA_VERSION + ".zip")), Backups.list(dir).toString());
        try (Store store = Store.open(dir)) {
            assertEquals(1, Backups.list(dir).size(), "an up-to-date store is not backed up again on open");
        }
    }

    @Test
    void aStoreOfTheEarlierSchemaKeepsItsCasesAndGainsFlagDecisions() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve(Store.DATABASE_NAME).toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations(Store.MIGRATIONS).target("2").load().migrate();
        try (var c = java.sql.DriverManager.getConnection(url, "sa", ""); var st = c.createStatement()) {
            st.execute("INSERT INTO legal_case (title, created_at, updated_at) VALUES ('Kept', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }
        try (Store store = Store.open(dir)) {
            var kept = store.cases().list();
            assertEquals(List.of("Kept"), kept.stream().map(org.claimbench.domain.LegalCase::title).toList());
            assertEquals(List.of(), store.flags().forCase(kept.get(0).id()));
        }
        assertTrue(Backups.list(dir).stream().anyMatch(p -> p.getFileName().toString().endsWith("-before-v" + Store.SCHEMA_VERSION + ".zip")), Backups.list(dir).toString());
    }
}
