package org.claimbench.ui.session;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.claimbench.service.Edit;

/**
 * The edits of the open case, for Edit ▸ Undo and Redo. It only keeps them; applying and reverting happen on
 * the task runner, and every step is committed to the store as it is made.
 */
public final class UndoStack {

    private static final int LIMIT = 500;

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("Redo");

    /** Records an edit that has just been applied; what could be redone is gone. */
    public void done(Edit e) {
        undo.push(e);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        update();
    }

    /** The edit to revert next, taken off the undo list (recorded as undone with {@link #undone}; an undo that was refused is simply not put back). */
    public Edit takeUndo() {
        Edit e = undo.pop();
        update();
        return e;
    }

    public void undone(Edit e) {
        redo.push(e);
        update();
    }

    public Edit takeRedo() {
        Edit e = redo.pop();
        update();
        return e;
    }

    public void redone(Edit e) {
        undo.push(e);
        update();
    }

    /**
     * Puts back an edit taken with {@link #takeUndo} ({@code fromUndo}) or {@link #takeRedo} whose step did not reach the
     * store (the line to it broke before anything was kept), so that it can be tried again.
     */
    public void putBack(Edit e, boolean fromUndo) {
        (fromUndo ? undo : redo).push(e);
        update();
    }

    /** After a failed undo or redo the history no longer matches the store: start afresh. */
    public void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoLabel.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().label());
        redoLabel.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().label());
    }

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }

    public ReadOnlyStringProperty undoLabelProperty() { return undoLabel.getReadOnlyProperty(); }

    public ReadOnlyStringProperty redoLabelProperty() { return redoLabel.getReadOnlyProperty(); }
}
