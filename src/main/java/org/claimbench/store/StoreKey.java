package org.claimbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The key of an encrypted store. The user's password is stretched with PBKDF2 (salt in {@code store.encrypted},
 * which holds nothing secret) into the hex key that H2's AES file encryption takes.
 */
public final class StoreKey {

    public static final String MARKER = "store.encrypted";
    private static final int ROUNDS = 310_000;

    private StoreKey() {
    }

    public static boolean isEncrypted(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(MARKER));
    }

    static char[] fileKey(Path dataDir, char[] password) {
        try {
            String[] marker = Files.readString(dataDir.resolve(MARKER)).strip().split("\\s+");
            byte[] salt = HexFormat.of().parseHex(marker[1]);
            return derive(password, salt);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("The store's encryption marker " + dataDir.resolve(MARKER) + " cannot be read: " + e.getMessage(), e);
        }
    }

    static char[] newKey(Path dataDir, char[] password) throws IOException {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Files.writeString(dataDir.resolve(MARKER + ".part"), "AES " + HexFormat.of().formatHex(salt) + "\n");
        return derive(password, salt);
    }

    private static char[] derive(char[] password, byte[] salt) {
        try {
            byte[] k = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(new PBEKeySpec(password, salt, ROUNDS, 256)).getEncoded();
            return HexFormat.of().formatHex(k).toCharArray();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every JDK", e);
        }
    }

    /**
     * Encrypts a closed, plain store with {@code password} (after backing it up), or with a null password decrypts an
     * encrypted one with {@code current}. The store must not be open anywhere.
     */
    public static void change(Path dataDir, char[] current, char[] password) {
        if (Store.isOpenHere(dataDir)) {
            throw new StoreException("The store is open in ClaimBench. Close it first.");
        }
        boolean encrypted = isEncrypted(dataDir);
        if (password != null && password.length < 8) {
            throw new StoreException("Choose a password of at least 8 characters.");
        }
        if (encrypted == (password != null)) {
            throw new StoreException(encrypted ? "The store is already encrypted." : "The store is not encrypted.");
        }
        // a backup of the store as it is, through a normal open (which also checks the current password)
        try (Store s = Store.open(dataDir, current)) {
            Backups.backup(s, dataDir, encrypted ? "before-decrypt" : "before-encrypt");
        }
        try {
            char[] oldKey = encrypted ? fileKey(dataDir, current) : null;
            char[] newKey = password == null ? null : newKey(dataDir, password);
            org.h2.tools.ChangeFileEncryption.execute(dataDir.toString(), Store.DATABASE_NAME, "AES", oldKey, newKey, true);
            if (password == null) {
                Files.delete(dataDir.resolve(MARKER));
            } else {
                Files.move(dataDir.resolve(MARKER + ".part"), dataDir.resolve(MARKER), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | java.sql.SQLException | RuntimeException e) {
            try {
                Files.deleteIfExists(dataDir.resolve(MARKER + ".part"));
            } catch (IOException ignored) {
                // the marker part is only a leftover
            }
            throw new StoreException("The store could not be " + (password == null ? "decrypted" : "encrypted") + ": " + e.getMessage()
                    + ". The backup made just before is in " + Backups.folder(dataDir) + ".", e);
        }
    }
}
