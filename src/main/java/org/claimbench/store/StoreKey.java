package org.claimbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The key of an encrypted store, and encrypting or decrypting a store with all its backups. The user's password is
 * stretched with PBKDF2 (salt in {@code store.encrypted}, which holds nothing secret) into the hex key that H2's AES
 * file encryption takes.
 *
 * <p>A change works on copies in {@link #WORK}, with the store file locked against every other ClaimBench: the store
 * and each backup are re-keyed there, then a note of what is ready is written, and only then is the store file
 * swapped for its copy and the marker changed. A run that is killed before the swap leaves the store as it was; one
 * killed after it is finished by the next open. Either way {@link #recover} removes what the run left.
 */
public final class StoreKey {

    public static final String MARKER = "store.encrypted";
    static final String MARKER_PART = MARKER + ".part";
    /** The folder an encryption or decryption works in; it is gone when the change is done. */
    public static final String WORK = "encryption-work";
    /** H2's own working file when it re-keys a store, left behind by an earlier ClaimBench that was killed. */
    static final String H2_TEMP = "temp.db";
    /** H2's error trace beside the store, which may quote stored text. An encrypted store keeps none. */
    static final String TRACE = Store.DATABASE_NAME + ".trace.db";
    private static final String READY = "ready";
    private static final String DB_FILE = Store.DATABASE_NAME + ".mv.db";
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int ROUNDS = 310_000;

    /** Called at each step of a change with the step's name; tests stop the process there. */
    static Consumer<String> step = name -> { };

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
        writeDurably(dataDir.resolve(MARKER_PART), "AES " + HexFormat.of().formatHex(salt) + "\n");
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
     * Encrypts a closed, plain store with {@code password}, or with a null password decrypts an encrypted one with
     * {@code current}; every backup follows the store. The store must not be open anywhere. Returns what was done, one
     * sentence a line, for the user.
     */
    public static List<String> change(Path dataDir, char[] current, char[] password) {
        if (Store.isOpenHere(dataDir)) {
            throw new StoreException("The store is open in ClaimBench. Close it first.");
        }
        List<String> said = new ArrayList<>(recover(dataDir));
        boolean encrypted = isEncrypted(dataDir);
        boolean encrypting = password != null;
        if (encrypting && password.length < 8) {
            throw new StoreException("Choose a password of at least 8 characters.");
        }
        if (encrypted == encrypting) {
            throw new StoreException(encrypted ? "The store is already encrypted." : "The store is not encrypted.");
        }
        String verb = encrypting ? "encrypted" : "decrypted";
        // a backup of the store as it is, through a normal open (which also checks the current password); it is
        // re-keyed below with the others, so that it can be restored with the store's new key
        try (Store s = Store.open(dataDir, current)) {
            Backups.backup(s, dataDir, encrypting ? "before-encrypt" : "before-decrypt");
        }
        Path db = dataDir.resolve(DB_FILE);
        Path work = dataDir.resolve(WORK);
        boolean swapped = false;
        try (FileChannel held = FileChannel.open(db, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(held);
            if (lock == null) {
                throw new Store.InUse(dataDir, null);
            }
            said.addAll(removeStrayCopies(dataDir)); // no other ClaimBench has the store open now
            char[] oldKey = encrypted ? fileKey(dataDir, current) : null;
            char[] newKey = encrypting ? newKey(dataDir, password) : null;
            Files.createDirectories(work.resolve(Backups.FOLDER));
            step.accept("work");

            // 1. the store, copied through the lock and re-keyed in the work folder, then opened there as a check
            Path storeWork = work.resolve("store");
            Files.createDirectories(storeWork);
            try (FileChannel out = FileChannel.open(storeWork.resolve(DB_FILE), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                for (long at = 0, size = held.size(); at < size; ) {
                    at += held.transferTo(at, size - at, out);
                }
                out.force(true);
            }
            step.accept("copied");
            rekey(storeWork, oldKey, newKey);
            check(storeWork, newKey);
            step.accept("store-ready");

            // 2. every backup, re-keyed beside it in the work folder, or to be removed
            List<String> remove = new ArrayList<>();
            List<String> backupsSaid = new ArrayList<>();
            int n = 0;
            for (Path backup : Backups.list(dataDir)) {
                String name = backup.getFileName().toString();
                Path unpacked = work.resolve("backup-" + n++);
                String outcome = rekeyBackup(backup, unpacked, work.resolve(Backups.FOLDER).resolve(name), oldKey, newKey);
                deleteTree(unpacked);
                switch (outcome) {
                    case "rekeyed" -> backupsSaid.add("The backup " + name + " is " + verb + " too"
                            + (encrypting ? "; restore it with the new password." : "; it restores without a password."));
                    case "remove" -> {
                        remove.add(name);
                        backupsSaid.add("The backup " + name + " could not be read to be encrypted, so it was removed: "
                                + "it held the cases in readable form.");
                    }
                    default -> backupsSaid.add("The backup " + name + " was left as it was: " + outcome);
                }
                step.accept("backup-" + (n - 1));
            }

            // 3. the point of no return: what is ready, then the store swapped for its copy, then the marker
            StringBuilder ready = new StringBuilder(encrypting ? "encrypted\n" : "plain\n");
            remove.forEach(r -> ready.append("remove ").append(r).append('\n'));
            writeDurably(work.resolve(READY), ready.toString());
            step.accept("ready");
            // the new file is locked before it takes the store's place, so that no other ClaimBench opens it, or
            // cleans up after this change, until the change is finished
            try (FileChannel fresh = FileChannel.open(storeWork.resolve(DB_FILE), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock freshLock = tryLock(fresh);
                Files.move(storeWork.resolve(DB_FILE), db, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                swapped = true;
                step.accept("swapped");
                settleMarker(dataDir, encrypting);
                step.accept("marker");
                said.add(encrypting ? "The store is encrypted." : "The store is no longer encrypted.");
                said.addAll(backupsSaid);
                said.addAll(finish(dataDir, encrypting, false));
                if (freshLock != null) {
                    freshLock.release();
                }
            }
            return said;
        } catch (IOException | SQLException | RuntimeException e) {
            if (!swapped) {
                deleteTree(work);
                deleteQuietly(dataDir.resolve(MARKER_PART));
            }
            if (e instanceof Store.InUse inUse) {
                throw inUse;
            }
            String why = e instanceof StoreException ? e.getMessage() : "The store could not be " + verb + ": " + e.getMessage() + ".";
            throw new StoreException(why + (swapped ? " Run the command again to finish." : " The store is as it was."), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null; // this process has the store open
        }
    }

    /** Moves the marker to agree with a store file that now is (or is not) encrypted. */
    private static void settleMarker(Path dataDir, boolean encrypted) throws IOException {
        if (encrypted) {
            if (Files.exists(dataDir.resolve(MARKER_PART))) {
                Files.move(dataDir.resolve(MARKER_PART), dataDir.resolve(MARKER), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } else {
            Files.deleteIfExists(dataDir.resolve(MARKER));
            Files.deleteIfExists(dataDir.resolve(MARKER_PART));
        }
    }

    /**
     * After the swap: puts the re-keyed backups in place of the old ones, removes those that could not be encrypted
     * and, for an encrypted store, H2's trace file; then removes the work folder.
     */
    private static List<String> finish(Path dataDir, boolean encrypted, boolean afterInterruption) throws IOException {
        List<String> said = new ArrayList<>();
        Path work = dataDir.resolve(WORK);
        Path ready = work.resolve(READY);
        int moved = 0;
        Path rekeyed = work.resolve(Backups.FOLDER);
        if (Files.isDirectory(rekeyed)) {
            try (Stream<Path> files = Files.list(rekeyed)) {
                for (Path p : files.toList()) {
                    Files.move(p, Backups.folder(dataDir).resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                    moved++;
                }
            }
        }
        int removed = 0;
        if (Files.exists(ready)) {
            for (String line : Files.readAllLines(ready)) {
                if (line.startsWith("remove ")) {
                    Path gone = Backups.folder(dataDir).resolve(line.substring(7).strip()).normalize();
                    if (gone.startsWith(Backups.folder(dataDir)) && Files.deleteIfExists(gone)) {
                        removed++;
                    }
                }
            }
        }
        if (encrypted && Files.deleteIfExists(dataDir.resolve(TRACE))) {
            said.add("The database's error trace (" + TRACE + "), which could quote the cases, was removed.");
        }
        if (afterInterruption) {
            if (moved > 0) {
                said.add(moved + (moved == 1 ? " backup was " : " backups were ") + (encrypted ? "encrypted" : "decrypted")
                        + " like the store.");
            }
            if (removed > 0) {
                said.add(removed + (removed == 1 ? " backup that could not be encrypted was" : " backups that could not be encrypted were")
                        + " removed.");
            }
        }
        deleteTree(work);
        syncFolder(Backups.folder(dataDir));
        syncFolder(dataDir);
        return said;
    }

    /**
     * Cleans up after an encryption or decryption that was killed: finishes it if the store file was already swapped,
     * else removes its working copies, leaving the store as it was. Does nothing while another process holds the
     * store (it may be the change itself). Returns what was done, for the user.
     */
    public static List<String> recover(Path dataDir) {
        Path work = dataDir.resolve(WORK);
        Path part = dataDir.resolve(MARKER_PART);
        Path temp = dataDir.resolve(H2_TEMP);
        Path db = dataDir.resolve(DB_FILE);
        if (!Files.exists(work) && !Files.exists(part) && !Files.exists(temp) || Store.isOpenHere(dataDir)) {
            return List.of();
        }
        List<String> said = new ArrayList<>();
        try (FileChannel held = Files.exists(db) ? FileChannel.open(db, StandardOpenOption.READ, StandardOpenOption.WRITE) : null) {
            if (held != null && tryLock(held) == null) {
                return List.of();
            }
            boolean storeEncrypted = held != null && isEncryptedFile(held);
            Path ready = work.resolve(READY);
            String target = Files.isRegularFile(ready) ? Files.readAllLines(ready).get(0).strip() : null;
            if (held != null && target != null && target.equals(storeEncrypted ? "encrypted" : "plain")) {
                settleMarker(dataDir, storeEncrypted);
                said.add("An " + (storeEncrypted ? "encryption" : "decryption") + " of the store that was interrupted has been finished: "
                        + "the store is " + (storeEncrypted ? "encrypted." : "no longer encrypted."));
                said.addAll(finish(dataDir, storeEncrypted, true));
            } else {
                if (Files.exists(work)) {
                    deleteTree(work);
                    said.add("The working copies left by an interrupted encryption or decryption (the folder " + WORK
                            + ") were removed; the store is as it was before it.");
                }
                if (Files.deleteIfExists(part)) {
                    said.add("The key file " + MARKER_PART + ", left by an interrupted encryption, was removed; the store is as it was.");
                }
            }
            if (held != null && Files.deleteIfExists(temp)) {
                said.add("The file " + H2_TEMP + ", left by an interrupted encryption or decryption, was removed.");
            }
        } catch (IOException | RuntimeException e) {
            said.add("What an interrupted encryption left in " + dataDir + " could not be cleaned up (" + e.getMessage()
                    + "). Close every ClaimBench and try again.");
        }
        return said;
    }

    /**
     * Removes copies of the store that a killed backup or restore left (a backup's {@code .part}, a restore's unpacked
     * folder): they are not backups, and they may hold the cases in readable form.
     */
    private static List<String> removeStrayCopies(Path dataDir) {
        List<String> said = new ArrayList<>();
        try (Stream<Path> here = Files.list(dataDir)) {
            for (Path p : here.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("restore-")).toList()) {
                deleteTree(p);
                said.add("The folder " + p.getFileName() + ", left by an interrupted restore, was removed.");
            }
        } catch (IOException ignored) {
            // nothing to list
        }
        if (Files.isDirectory(Backups.folder(dataDir))) {
            try (Stream<Path> there = Files.list(Backups.folder(dataDir))) {
                for (Path p : there.filter(p -> p.getFileName().toString().endsWith(".part")).toList()) {
                    deleteQuietly(p);
                    said.add("The unfinished backup " + p.getFileName() + ", left by an interrupted backup, was removed.");
                }
            } catch (IOException ignored) {
                // nothing to list
            }
        }
        return said;
    }

    /** Whether a store file is encrypted, from its first bytes. */
    private static boolean isEncryptedFile(FileChannel channel) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(ENCRYPTED_HEADER.length);
        while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
            // read the header
        }
        return java.util.Arrays.equals(head.array(), ENCRYPTED_HEADER);
    }

    private static boolean isEncryptedFile(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ)) {
            return isEncryptedFile(c);
        }
    }

    /** Re-keys the store file in {@code folder} in place (H2 writes its temp.db there). */
    private static void rekey(Path folder, char[] oldKey, char[] newKey) throws SQLException, IOException {
        // copies: H2 wipes the keys it is given
        org.h2.tools.ChangeFileEncryption.execute(folder.toString(), Store.DATABASE_NAME, "AES", oldKey == null ? null : oldKey.clone(),
                newKey == null ? null : newKey.clone(), true);
        try (FileChannel c = FileChannel.open(folder.resolve(DB_FILE), StandardOpenOption.WRITE)) {
            c.force(true);
        }
    }

    /** Opens the store file in {@code folder} read-only with {@code key} and reads its cases. */
    private static void check(Path folder, char[] key) throws SQLException {
        try (Connection c = connect(folder, key, ";ACCESS_MODE_DATA=r"); var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM LEGAL_CASE")) {
            rs.next();
        }
    }

    /**
     * Opens and closes a copy taken from a backup with its key: a backup of an open store has a file header that only
     * an open brings up to date, and H2's re-keying reads that header.
     */
    private static void settle(Path folder, char[] key) throws SQLException {
        try (Connection c = connect(folder, key, ""); var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM LEGAL_CASE")) {
            rs.next();
            st.execute("SHUTDOWN");
        }
    }

    private static Connection connect(Path folder, char[] key, String settings) throws SQLException {
        String url = "jdbc:h2:file:" + folder.resolve(Store.DATABASE_NAME).toAbsolutePath() + ";IFEXISTS=TRUE;TRACE_LEVEL_FILE=0" + settings
                + (key == null ? "" : ";CIPHER=AES");
        return DriverManager.getConnection(url, "sa", key == null ? "" : new String(key) + " ");
    }

    /**
     * Re-keys one backup into {@code target}: "rekeyed"; "remove" for an unreadable backup that may hold plain text
     * while encrypting; else why it was left as it was.
     */
    private static String rekeyBackup(Path backup, Path unpacked, Path target, char[] oldKey, char[] newKey) throws IOException {
        boolean encrypting = newKey != null;
        Files.createDirectories(unpacked);
        Path file = unpacked.resolve(DB_FILE);
        try {
            org.h2.tools.Restore.execute(backup.toString(), unpacked.toString(), Store.DATABASE_NAME);
        } catch (RuntimeException e) {
            // a damaged ZIP: nothing is known of what it holds
        }
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
            return encrypting ? "remove" : "it holds no store that ClaimBench can read.";
        }
        boolean encryptedCopy = isEncryptedFile(file);
        if (encryptedCopy == encrypting) {
            return encrypting ? "it is encrypted already, with an earlier password, and cannot be restored with the new one."
                    : "it was not encrypted.";
        }
        try {
            settle(unpacked, oldKey);
            rekey(unpacked, oldKey, newKey);
            check(unpacked, newKey);
        } catch (SQLException | RuntimeException e) {
            return encrypting ? "remove" : "it was encrypted with an earlier password, and cannot be restored now.";
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream raw = Files.newOutputStream(part); ZipOutputStream zip = new ZipOutputStream(raw);
             InputStream in = Files.newInputStream(file)) {
            zip.putNextEntry(new ZipEntry(DB_FILE));
            in.transferTo(zip);
            zip.closeEntry();
        }
        try (FileChannel c = FileChannel.open(part, StandardOpenOption.WRITE)) {
            c.force(true);
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        return "rekeyed";
    }

    private static void writeDurably(Path file, String text) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer b = ByteBuffer.wrap(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            while (b.hasRemaining()) {
                c.write(b);
            }
            c.force(true);
        }
    }

    /** Makes the renames in a folder durable, where the system allows it (not on Windows). */
    private static void syncFolder(Path folder) {
        try (FileChannel c = FileChannel.open(folder, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException | RuntimeException ignored) {
            // folders cannot be opened for syncing on every system
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the next run removes it
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(StoreKey::deleteQuietly);
        } catch (IOException ignored) {
            // the next run removes it
        }
    }
}
