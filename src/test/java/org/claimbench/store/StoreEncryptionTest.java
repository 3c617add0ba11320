package org.claimbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreEncryptionTest {

    @TempDir
    Path dir;

    static final char[] PASSWORD = "a good long password".toCharArray();

    @Test
    void anEncryptedStoreOpensOnlyWithItsPasswordAndAWrongOneChangesNothing() throws Exception {
        try (Store s = Store.open(dir)) {
            s.cases().create("Confidential matter of Ms. Quill", null, null, null);
        }
        StoreKey.change(dir, null, PASSWORD);
        assertTrue(StoreKey.isEncrypted(dir));
        byte[] raw = Files.readAllBytes(dir.resolve(Store.DATABASE_NAME + ".mv.db"));
        assertFalse(new String(raw, StandardCharsets.ISO_8859_1).contains("Confidential matter"), "nothing readable on disk");
        assertTrue(Backups.list(dir).stream().anyMatch(p -> p.getFileName().toString().endsWith("-before-encrypt.zip")));

        assertThrows(Store.PasswordNeeded.class, () -> Store.open(dir));
        Store.WrongPassword wrong = assertThrows(Store.WrongPassword.class, () -> Store.open(dir, "not the password".toCharArray()));
        assertTrue(wrong.getMessage().contains("Nothing was changed"), wrong.getMessage());
        try (Store s = Store.open(dir, PASSWORD)) {
            assertEquals("Confidential matter of Ms. Quill", s.cases().list().get(0).title());
            s.cases().create("Second", null, null, null);
        }

        StoreKey.change(dir, PASSWORD, null);
        assertFalse(StoreKey.isEncrypted(dir));
        try (Store s = Store.open(dir)) {
            assertEquals(2, s.cases().list().size());
        }
    }

    @Test
    void anEncryptedStoreCanBeBackedUpAndRestored() throws Exception {
        try (Store s = Store.open(dir)) {
            s.cases().create("One", null, null, null);
        }
        StoreKey.change(dir, null, PASSWORD);
        Path backup;
        try (Store s = Store.open(dir, PASSWORD)) {
            backup = Backups.backup(s, dir, "manual");
            s.cases().create("Two", null, null, null);
        }
        assertThrows(Store.PasswordNeeded.class, () -> Backups.restore(dir, backup));
        Backups.restore(dir, backup, PASSWORD);
        try (Store s = Store.open(dir, PASSWORD)) {
            assertEquals(1, s.cases().list().size());
        }
    }

    /** Every file under {@code dir}, and every entry of every ZIP among them, searched for {@code text} in UTF-8. */
    static java.util.List<String> filesHolding(Path dir, String text) throws Exception {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        java.util.List<String> hits = new java.util.ArrayList<>();
        try (var all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(p);
                if (contains(bytes, needle)) {
                    hits.add(dir.relativize(p).toString());
                }
                if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
                    try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
                        for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                            if (contains(zip.readAllBytes(), needle)) {
                                hits.add(dir.relativize(p) + "!" + e.getName());
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static final String PARTY = "Philomena Quillfeather";

    /** A store with a case, its party's name in the title, and an older backup taken before any encryption. */
    void aStoreWithAnOlderBackup() {
        try (Store s = Store.open(dir)) {
            s.cases().create("Estate of " + PARTY, null, null, null);
            Backups.backup(s, dir, "manual");
        }
    }

    @Test
    void afterEncryptionNoFileInTheDataFolderHoldsTheCaseReadablyAndEveryBackupRestoresWithTheNewPassword() throws Exception {
        aStoreWithAnOlderBackup();
        // what a killed backup and a killed restore leave: copies of the store that are not backups
        Path unfinished = Backups.folder(dir).resolve("claimbench-20260101-000000-hourly.zip.part");
        Files.copy(Backups.list(dir).get(0), unfinished);
        Path unpacked = Files.createDirectory(dir.resolve("restore-1234"));
        Files.copy(dir.resolve(Store.DATABASE_NAME + ".mv.db"), unpacked.resolve(Store.DATABASE_NAME + ".mv.db"));
        assertFalse(filesHolding(dir, PARTY).isEmpty(), "the scan finds the name in a plain store");

        java.util.List<String> said = StoreKey.change(dir, null, PASSWORD);

        assertFalse(Files.exists(unfinished) || Files.exists(unpacked), said.toString());
        assertTrue(said.stream().anyMatch(l -> l.contains(unfinished.getFileName().toString()) && l.contains("removed")), said.toString());
        assertTrue(said.stream().anyMatch(l -> l.contains("restore-1234") && l.contains("removed")), said.toString());

        assertEquals(java.util.List.of(), filesHolding(dir, PARTY), "no file holds the party's name in readable form");
        assertEquals(2, Backups.list(dir).size(), "the older backup and the one made before encrypting are both kept");
        for (Path b : Backups.list(dir)) {
            assertTrue(said.stream().anyMatch(l -> l.contains(b.getFileName().toString()) && l.contains("encrypted")), said.toString());
        }
        for (Path b : Backups.list(dir)) {
            Backups.restore(dir, b, PASSWORD);
            try (Store s = Store.open(dir, PASSWORD)) {
                assertEquals("Estate of " + PARTY, s.cases().list().get(0).title());
            }
        }
        assertEquals(java.util.List.of(), filesHolding(dir, PARTY), "nor after restoring");
    }

    @Test
    void afterDecryptionEveryBackupRestoresWithoutAPassword() throws Exception {
        aStoreWithAnOlderBackup();
        StoreKey.change(dir, null, PASSWORD);
        java.util.List<String> said = StoreKey.change(dir, PASSWORD, null);
        assertEquals(3, Backups.list(dir).size());
        for (Path b : Backups.list(dir)) {
            assertTrue(said.stream().anyMatch(l -> l.contains(b.getFileName().toString()) && l.contains("decrypted")), said.toString());
            Backups.restore(dir, b);
            try (Store s = Store.open(dir)) {
                assertEquals("Estate of " + PARTY, s.cases().list().get(0).title());
            }
        }
    }

    @Test
    void anEncryptionKilledAtAnyStepIsCleanedUpOnTheNextOpenAndSaysSo() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        java.util.List<String> steps = java.util.List.of("work", "copied", "store-ready", "backup-0", "backup-1", "ready", "swapped", "marker");
        for (String stopAt : steps) {
            Path here = Files.createDirectory(dir.resolve(stopAt));
            try (Store s = Store.open(here)) {
                s.cases().create("Estate of " + PARTY, null, null, null);
                Backups.backup(s, here, "manual");
            }
            Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), EncryptWorker.class.getName(), here.toString(), stopAt)
                    .redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), stopAt);
            assertEquals(9, p.exitValue(), "the worker stopped at " + stopAt);

            boolean finishes = java.util.List.of("swapped", "marker").contains(stopAt);
            // what comes next is, by turns, a bare clean-up, an open of the store, or the command run again
            int next = steps.indexOf(stopAt) % 3;
            java.util.List<String> said;
            if (next == 0) {
                said = StoreKey.recover(here);
                assertEquals(finishes, StoreKey.isEncrypted(here), stopAt + ": " + said);
            } else if (next == 1 || finishes) {
                try (Store s = Store.open(here, PASSWORD)) {
                    said = s.recovered();
                }
                assertEquals(finishes, StoreKey.isEncrypted(here), stopAt + ": " + said);
            } else {
                said = StoreKey.change(here, null, PASSWORD);
                assertTrue(StoreKey.isEncrypted(here));
            }
            assertTrue(said.stream().anyMatch(l -> l.contains("interrupted")), "the clean-up says what it did after " + stopAt + ": " + said);
            assertFalse(Files.exists(here.resolve(StoreKey.WORK)), stopAt);
            assertFalse(Files.exists(here.resolve(StoreKey.MARKER_PART)), stopAt);
            boolean encrypted = StoreKey.isEncrypted(here);
            try (Store s = Store.open(here, encrypted ? PASSWORD : null)) {
                assertEquals("Estate of " + PARTY, s.cases().list().get(0).title(), stopAt);
            }
            if (!encrypted) {
                StoreKey.change(here, null, PASSWORD);
            }
            assertEquals(java.util.List.of(), filesHolding(here, PARTY), stopAt);
            for (Path b : Backups.list(here)) {
                Backups.restore(here, b, PASSWORD);
                try (Store s = Store.open(here, PASSWORD)) {
                    assertEquals("Estate of " + PARTY, s.cases().list().get(0).title(), stopAt + " " + b.getFileName());
                }
            }
        }
    }

    @Test
    void whatAnEarlierVersionLeftIsRemovedOnOpenAndSaid() throws Exception {
        try (Store s = Store.open(dir)) {
            s.cases().create("Kept", null, null, null);
        }
        Files.writeString(dir.resolve("store.encrypted.part"), "AES 00112233445566778899aabbccddeeff\n");
        Files.write(dir.resolve("temp.db"), new byte[4096]);
        try (Store s = Store.open(dir)) {
            assertEquals(1, s.cases().list().size());
            assertEquals(2, s.recovered().size(), s.recovered().toString());
            assertTrue(s.recovered().get(0).contains("store.encrypted.part"), s.recovered().toString());
            assertTrue(s.recovered().get(1).contains("temp.db"), s.recovered().toString());
        }
        assertFalse(Files.exists(dir.resolve("temp.db")));
        assertFalse(Files.exists(dir.resolve("store.encrypted.part")));
        try (Store s = Store.open(dir)) {
            assertEquals(java.util.List.of(), s.recovered(), "said once");
        }
    }

    @Test
    void aShortPasswordIsRefused() {
        try (Store s = Store.open(dir)) {
            s.cases().list();
        }
        assertThrows(StoreException.class, () -> StoreKey.change(dir, null, "short".toCharArray()));
        assertFalse(StoreKey.isEncrypted(dir));
    }
}
