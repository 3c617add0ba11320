package org.claimbench.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.claimbench.ingest.IngestException;

/**
 * A case file sealed with a password: {@code CLAIMCASE-AES1}, a 16-byte salt, a 12-byte nonce, then the case file
 * encrypted with AES-256-GCM under a key derived by PBKDF2-HMAC-SHA256 (310,000 rounds). A wrong password or a
 * changed byte fails the GCM tag: nothing is read.
 */
public final class Sealed {

    static final byte[] MAGIC = "CLAIMCASE-AES1".getBytes(StandardCharsets.US_ASCII);
    private static final int ROUNDS = 310_000;

    private Sealed() {
    }

    public static boolean isSealed(byte[] bytes) {
        return bytes.length > MAGIC.length && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    public static byte[] seal(byte[] plain, char[] password) {
        if (password == null || password.length < 8) {
            throw new IllegalArgumentException("Choose a password of at least 8 characters.");
        }
        try {
            SecureRandom random = new SecureRandom();
            byte[] salt = new byte[16];
            byte[] nonce = new byte[12];
            random.nextBytes(salt);
            random.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key(password, salt), new GCMParameterSpec(128, nonce));
            c.updateAAD(MAGIC);
            byte[] sealed = c.doFinal(plain);
            return ByteBuffer.allocate(MAGIC.length + 16 + 12 + sealed.length).put(MAGIC).put(salt).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    public static byte[] open(String name, byte[] bytes, char[] password) throws IngestException {
        if (bytes.length < MAGIC.length + 16 + 12 + 16) {
            throw new IngestException(name + " is damaged or incomplete: the encrypted case is cut short.");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes, MAGIC.length, bytes.length - MAGIC.length);
        byte[] salt = new byte[16];
        byte[] nonce = new byte[12];
        b.get(salt).get(nonce);
        byte[] sealed = new byte[b.remaining()];
        b.get(sealed);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key(password == null ? new char[0] : password, salt), new GCMParameterSpec(128, nonce));
            c.updateAAD(MAGIC);
            return c.doFinal(sealed);
        } catch (AEADBadTagException e) {
            throw new IngestException("The password for " + name + " is wrong, or the file was changed after it was sealed. "
                    + "Nothing was opened; try the password again.", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private static SecretKeySpec key(char[] password, byte[] salt) throws GeneralSecurityException {
        byte[] k = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(new PBEKeySpec(password, salt, ROUNDS, 256)).getEncoded();
        return new SecretKeySpec(k, "AES");
    }
}
