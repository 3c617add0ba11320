package org.claimbench.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file the user asked for (a report, a case file, the wording rules) so that it is whole or not there:
 * first to a hidden temporary file beside it, then moved into place in one step. A full disk, a missing folder or
 * a failure half-way leaves the file as it was (or absent) and no temporary file behind.
 */
public final class AtomicFiles {

    /** What writes the file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, String what, byte[] bytes) throws IOException {
        write(target, what, out -> out.write(bytes));
    }

    /**
     * Writes {@code target}; on failure throws an {@link IOException} whose message names {@code what} ("The
     * report") and the file, says why, and says that nothing was written.
     */
    public static void write(Path target, String what, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path tmp = (dir == null ? Path.of(".") : dir).resolve("." + absolute.getFileName() + ".part");
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the first failure is the one worth telling
            }
            String why = e instanceof java.nio.file.NoSuchFileException ? "a folder on the way does not exist"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission was denied"
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "a file stands where a folder on the way should be"
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IOException(what + " could not be written to " + target + ": " + why
                    + ". Nothing was written; check the folder and the free space, and try again.", e);
        }
    }
}
