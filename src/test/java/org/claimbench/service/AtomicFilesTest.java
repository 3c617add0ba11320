package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file the user asked for is written whole or not at all, and a failure says so in one line. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    List<String> names() throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporaryOne() throws IOException {
        Path target = dir.resolve("report.html");
        Files.writeString(target, "the report of yesterday");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, "The report", out -> {
            out.write("half of today's".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals("The report could not be written to " + target + ": No space left on device. Nothing was written; check the folder"
                + " and the free space, and try again.", e.getMessage());
        assertEquals("the report of yesterday", Files.readString(target));
        assertEquals(List.of("report.html"), names());
    }

    @Test
    void aWriteReplacesTheFileWholeAndMakesItsFolder() throws IOException {
        Path target = dir.resolve("cases").resolve("roe.claimcase");
        AtomicFiles.write(target, "The case file", new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        AtomicFiles.write(target, "The case file", new byte[] {4});
        assertArrayEquals(new byte[] {4}, Files.readAllBytes(target));
        assertEquals(List.of("cases"), names());
    }

    @Test
    void aFolderThatCannotBeMadeIsNamed() throws IOException {
        Files.writeString(dir.resolve("notes"), "a file, not a folder");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(dir.resolve("notes").resolve("r.pdf"), "The report",
                new byte[] {1}));
        assertEquals("The report could not be written to " + dir.resolve("notes").resolve("r.pdf") + ": a file stands where a folder on"
                + " the way should be. Nothing was written; check the folder and the free space, and try again.", e.getMessage());
    }
}
