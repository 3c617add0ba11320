package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSettingsTest {

    @TempDir
    Path dir;

    @Test
    void what_is_set_is_there_at_the_next_start() {
        try (UserSettings s = UserSettings.load(dir)) {
            assertEquals("none", s.get("files.lastFolder", "none"));
            s.set("files.lastFolder", "/home/ana/cases");
            s.setDouble("text.fontSize", 15.5);
            s.set("gone", "x");
            s.set("gone", null);
        }
        assertTrue(Files.isRegularFile(dir.resolve(UserSettings.FILE)));
        try (UserSettings again = UserSettings.load(dir)) {
            assertEquals("/home/ana/cases", again.get("files.lastFolder", null));
            assertEquals(15.5, again.getDouble("text.fontSize", 13), 0);
            assertEquals("fallback", again.get("gone", "fallback"));
        }
    }

    @Test
    void an_unreadable_or_odd_file_gives_the_defaults_and_is_written_afresh() throws Exception {
        Files.write(dir.resolve(UserSettings.FILE), new byte[] {'t', 'e', 'x', 't', '.', 'f', 'o', 'n', 't', 'S', 'i', 'z', 'e', '=', 'b', 'i', 'g'});
        try (UserSettings s = UserSettings.load(dir)) {
            assertEquals(13, s.getDouble("text.fontSize", 13), 0, "a value that is not a number is the default");
            s.setDouble("text.fontSize", 16);
        }
        try (UserSettings again = UserSettings.load(dir)) {
            assertEquals(16, again.getDouble("text.fontSize", 13), 0);
        }
    }

    @Test
    void without_a_data_folder_settings_live_in_memory() {
        try (UserSettings s = UserSettings.load(null)) {
            s.set("a", "b");
            assertEquals("b", s.get("a", null));
        }
    }
}
