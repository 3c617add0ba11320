package org.claimbench.store;

/**
 * An edit, an undo or a redo of a row that someone else changed after this client read it (or, for an undo or a redo,
 * after this client's own edit of it); nothing was written. The message names who changed it and when.
 */
public final class StaleEdit extends StoreException {

    private static final long serialVersionUID = 1L;

    private final boolean undo;

    StaleEdit(String noun, String by, String at, boolean undo) {
        super("This " + noun + " was changed by " + (by == null ? "someone else" : by) + (at == null ? "" : " at " + at)
                + (undo ? " since your edit: reload? Your edit cannot be undone or redone over that change; nothing was changed."
                        : " since you read it: reload? Your change was not saved."));
        this.undo = undo;
    }

    /** True when an undo or a redo was refused: the edit can no longer be taken back as it was made. */
    public boolean undo() {
        return undo;
    }
}
