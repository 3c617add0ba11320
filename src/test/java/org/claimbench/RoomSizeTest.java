package org.claimbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** No class of the window grows past about 500 lines: a pane or feature that needs more is split in two. */
class RoomSizeTest {

    static final int LIMIT = 520;

    @Test
    void every_source_file_of_the_window_stays_small() throws IOException {
        Path ui = Path.of("src/main/java/org/claimbench/ui");
        assertTrue(Files.isDirectory(ui), "run from the project's root");
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(ui)) {
            tooLong = files.filter(p -> p.toString().endsWith(".java")).map(p -> {
                try {
                    long lines = Files.readAllLines(p).size();
                    return lines > LIMIT ? ui.relativize(p) + " has " + lines + " lines" : null;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(java.util.Objects::nonNull).sorted().toList();
        }
        assertEquals(List.of(), tooLong);
    }
}
