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

    @Test
    void aShortPasswordIsRefused() {
        try (Store s = Store.open(dir)) {
            s.cases().list();
        }
        assertThrows(StoreException.class, () -> StoreKey.change(dir, null, "short".toCharArray()));
        assertFalse(StoreKey.isEncrypted(dir));
    }
}
