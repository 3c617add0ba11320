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

    /** The team store on show, as "DATABASE on HOST:PORT as USER"; null on the laptop's own store. */
    default String server() {
        return null;
    }

    /**
     * Opens the team store at {@code url} as {@code user} and shows it in place of the store on show. The store on show
     * stays open, and the window as it is, until the new one has opened; a refusal is said and changes nothing. Called
     * on the FX thread; the work runs on a thread of its own.
     */
    default void connect(String url, String user, char[] password) {
        throw new UnsupportedOperationException("no team store here");
    }

    /** Goes back from a team store to the laptop's own store, as {@link #connect} does. */
    default void useLaptopStore() {
        throw new UnsupportedOperationException("no team store here");
    }

    /** The address and user of the team store last connected to, to offer again: {url, user}, or null. */
    default String[] lastServer() {
        return null;
    }
}
