package org.claimbench.ui.backup;

import java.nio.file.Path;
import java.util.List;

/** What the window may ask of its store as a whole: its backups. The application provides it. */
public interface StoreControl {

    /** The backups, newest first. File work: call off the FX thread. */
    List<Path> backups();

    /** Backs up the store now; returns the file. Call off the FX thread. */
    Path backupNow();

    /**
     * Replaces the store with a backup: closes the store, restores it (backing up the store as it was first),
     * opens it again and rebuilds the window. Called on the FX thread; the work runs on a thread of its own.
     */
    void restore(Path backup);
}
