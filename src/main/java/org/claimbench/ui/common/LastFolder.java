package org.claimbench.ui.common;

import java.io.File;
import java.util.List;

import javafx.stage.FileChooser;

import org.claimbench.service.UserSettings;

/** File choosers open in the folder the user last chose a file in, whichever chooser that was. */
public final class LastFolder {

    static final String KEY = "files.lastFolder";

    private LastFolder() {
    }

    /** Points {@code chooser} at the last folder used, if it still exists. */
    public static FileChooser in(FileChooser chooser, UserSettings settings) {
        String last = settings.get(KEY, null);
        if (last != null && new File(last).isDirectory()) {
            chooser.setInitialDirectory(new File(last));
        }
        return chooser;
    }

    /** Remembers the folder of the file chosen (none chosen: nothing changes); returns the file. */
    public static File remember(File chosen, UserSettings settings) {
        if (chosen != null && chosen.getAbsoluteFile().getParentFile() != null) {
            settings.set(KEY, chosen.getAbsoluteFile().getParentFile().getPath());
        }
        return chosen;
    }

    public static List<File> remember(List<File> chosen, UserSettings settings) {
        if (chosen != null && !chosen.isEmpty()) {
            remember(chosen.get(0), settings);
        }
        return chosen;
    }
}
