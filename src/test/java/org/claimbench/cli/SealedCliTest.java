package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export --encrypt and import-case of a sealed file, as separate processes (the password comes from the environment). */
class SealedCliTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    Run claimbench(String password, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.claimbench.Launcher"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove(Passwords.ENV);
        if (password != null) {
            pb.environment().put(Passwords.ENV, password);
        }
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out, err);
    }

    @Test
    void anEncryptedExportOpensOnlyWithThePassword() throws Exception {
        Path store = dir.resolve("store");
        Path file = dir.resolve("roe.claimcase");
        assertEquals(0, claimbench(null, "demo", "--data-dir", store.toString()).code());
        Run export = claimbench("a long passphrase", "export", "--case", "1", "--encrypt", "-o", file.toString(), "--data-dir", store.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).startsWith("CLAIMCASE-AES1"));

        Run wrong = claimbench("not the passphrase", "import-case", file.toString(), "--data-dir", store.toString());
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("password"), wrong.err());
        Run none = claimbench(null, "import-case", file.toString(), "--data-dir", store.toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains(Passwords.ENV), none.err());

        Run right = claimbench("a long passphrase", "import-case", file.toString(), "--data-dir", store.toString());
        assertEquals(0, right.code(), right.err());
        assertEquals("2", right.out().trim());
    }

    @Test
    void encryptStoreSaysWhatItDidWithTheStoreAndEachBackupAndRestoreTakesThemWithThePassword() throws Exception {
        Path store = dir.resolve("store");
        assertEquals(0, claimbench(null, "demo", "--data-dir", store.toString()).code());
        Run backup = claimbench(null, "backup", "--data-dir", store.toString());
        assertEquals(0, backup.code(), backup.err());
        String older = Path.of(backup.out().strip()).getFileName().toString();

        Run encrypt = claimbench("a long passphrase", "encrypt-store", "--data-dir", store.toString());
        assertEquals(0, encrypt.code(), encrypt.err());
        assertTrue(encrypt.err().contains("The store is encrypted."), encrypt.err());
        assertTrue(encrypt.err().contains("The backup " + older + " is encrypted too; restore it with the new password."), encrypt.err());
        assertTrue(encrypt.err().contains("-before-encrypt.zip is encrypted too"), encrypt.err());

        Run restore = claimbench("a long passphrase", "restore", store.resolve("backups").resolve(older).toString(), "--data-dir", store.toString());
        assertEquals(0, restore.code(), restore.err());
        Run cases = claimbench("a long passphrase", "cases", "--data-dir", store.toString());
        assertEquals(0, cases.code(), cases.err());
        assertTrue(cases.out().contains("Roe v. Meridian Cloud"), cases.out());

        Run decrypt = claimbench("a long passphrase", "decrypt-store", "--data-dir", store.toString());
        assertEquals(0, decrypt.code(), decrypt.err());
        assertTrue(decrypt.err().contains("The store is no longer encrypted."), decrypt.err());
        assertTrue(decrypt.err().contains("The backup " + older + " is decrypted too; it restores without a password."), decrypt.err());
    }
}
