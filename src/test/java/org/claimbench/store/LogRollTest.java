package org.claimbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file rolls over when it has grown large, keeping a few earlier ones. */
class LogRollTest {

    @TempDir
    Path dir;

    @Test
    void a_large_log_is_set_aside_and_the_oldest_dropped() throws Exception {
        Path log = dir.resolve("claimbench.log");
        for (int run = 1; run <= 5; run++) {
            Files.writeString(log, "run " + run + " ".repeat(200));
            DataDirectory.roll(log, 100, 3);
        }
        assertFalse(Files.exists(log), "the next run starts a new file");
        assertEquals("run 5", Files.readString(dir.resolve("claimbench.log.1")).strip());
        assertEquals("run 4", Files.readString(dir.resolve("claimbench.log.2")).strip());
        assertEquals("run 3", Files.readString(dir.resolve("claimbench.log.3")).strip());
        assertFalse(Files.exists(dir.resolve("claimbench.log.4")));
    }

    @Test
    void a_small_log_is_kept_as_it_is() throws Exception {
        Path log = dir.resolve("claimbench.log");
        Files.writeString(log, "short");
        DataDirectory.roll(log, 100, 3);
        assertTrue(Files.exists(log));
        assertFalse(Files.exists(dir.resolve("claimbench.log.1")));
    }
}
