package org.claimbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.stage.FileChooser;

import org.claimbench.service.UserSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastFolderTest {

    @TempDir
    Path dir;

    @Test
    void a_chooser_opens_where_the_last_file_was_chosen() throws Exception {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        try (UserSettings s = UserSettings.load(dir)) {
            assertNull(LastFolder.in(new FileChooser(), s).getInitialDirectory(), "nothing chosen yet: the system's default");
            File chosen = cases.resolve("doe.claimcase").toFile();
            assertEquals(chosen, LastFolder.remember(chosen, s));
            assertEquals(cases.toFile(), LastFolder.in(new FileChooser(), s).getInitialDirectory());
            LastFolder.remember((File) null, s); // Cancel changes nothing
            LastFolder.remember(List.<File>of(), s);
            assertEquals(cases.toFile(), LastFolder.in(new FileChooser(), s).getInitialDirectory());
        }
        try (UserSettings next = UserSettings.load(dir)) {
            assertEquals(cases.toFile(), LastFolder.in(new FileChooser(), next).getInitialDirectory(), "and at the next start");
            Files.delete(cases);
            assertNull(LastFolder.in(new FileChooser(), next).getInitialDirectory(), "a folder since removed is not offered");
        }
    }
}
