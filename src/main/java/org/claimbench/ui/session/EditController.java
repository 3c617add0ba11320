package org.claimbench.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;


import org.claimbench.service.CaseSnapshot;
import org.claimbench.service.Edit;
import org.claimbench.store.ConnectionLost;
import org.claimbench.store.StaleEdit;

/**
 * Perform, undo and redo for every pane, and the undo history of the open case. An edit is an intent evaluated on
 * the interactive lane against the store as it is when the edit runs (for example "tick entry 42"), never a record
 * built on the FX thread from an older snapshot. Every step is committed as it is made; the case is then read
 * again and shown with what the edit selects. An undo or a redo refused because someone else changed the rows since
 * ({@link StaleEdit}) says so, leaves that one edit out of the history and keeps the rest; any other failure clears it.
 */
public final class EditController {

    /** Makes the edit on the worker, reading what it needs from the store; notes in {@code made} what to select. */
    @FunctionalInterface
    public interface Intent {
        Edit make(Selection.Made made) throws Exception;
    }

    /** Told of an edit that changed a document's text: first on the worker, then on the FX thread. */
    public interface TextListener {
        /** On the worker, before the case is read again: drop what was read of the text. */
        default void beforeReading() {
        }

        /** On the FX thread, after the case is shown again. */
        default void afterShowing() {
        }
    }

    private final CaseSession session;
    private final TaskRunner tasks;
    private final UndoStack undo = new UndoStack();
    private final List<TextListener> textListeners = new ArrayList<>();
    /** Edits, undos and redos submitted and not yet back: undo waits for them, so it takes back the latest edit. */
    private int inFlight;

    public EditController(CaseSession session) {
        this.session = session;
        this.tasks = session.tasks();
        session.onOtherCase(undo::clear); // the history belongs to the case it was made in
    }

    public void onTextChanged(TextListener listener) {
        textListeners.add(listener);
    }

    /** Makes an edit, applies it, records it for undo, and shows the case again with what it selected. */
    public void perform(Intent intent) {
        perform(intent, e -> session.say(e.label() + " \u2014 saved"));
    }

    /**
     * Like {@link #perform(Intent)}, with {@code then} run on the FX thread once the case is shown again (instead of the
     * usual "… — saved" message). An edit that {@linkplain Edit#changesNothing changed nothing} is not kept for undo.
     */
    public void perform(Intent intent, Consumer<Edit> then) {
        Long caseId = session.caseId();
        if (caseId == null) {
            return;
        }
        started();
        tasks.run("Saving", () -> {
            Selection.Made made = new Selection.Made();
            Edit e = intent.make(made);
            e.apply();
            textChanged(e);
            return new Outcome(e, session.cases().snapshot(caseId), made.selection());
        }, done -> {
            ended();
            if (!done.edit().changesNothing()) {
                undo.done(done.edit());
            }
            session.show(done.snapshot(), done.select());
            then.accept(done.edit());
            shownAfter(done.edit());
        }, e -> {
            ended();
            if (e instanceof org.claimbench.service.Unchanged u) {
                session.say(u.getMessage()); // nothing to do is not a failure
            } else if (e instanceof ConnectionLost lost) {
                session.lineBroke(lost, () -> perform(intent, then));
            } else {
                session.fail(e);
            }
        });
    }

    /** What an edit's task returns: the edit, the case after it, and what to select. */
    private record Outcome(Edit edit, CaseSnapshot snapshot, Selection select) {
    }

    public void undo() {
        step(true);
    }

    public void redo() {
        step(false);
    }

    private void step(boolean back) {
        Long caseId = session.caseId();
        if (caseId == null || inFlight > 0 || !(back ? undo.canUndoProperty().get() : undo.canRedoProperty().get())) {
            return;
        }
        Edit e = back ? undo.takeUndo() : undo.takeRedo();
        started();
        tasks.run(back ? "Undoing" : "Redoing", () -> {
            if (back) {
                e.revert();
            } else {
                e.apply();
            }
            textChanged(e);
            return session.cases().snapshot(caseId);
        }, snap -> {
            ended();
            if (back) {
                undo.undone(e);
            } else {
                undo.redone(e);
            }
            session.say((back ? "Undid " : "Redid ") + e.label().toLowerCase(Locale.ROOT));
            session.show(snap, Selection.KEEP);
            shownAfter(e);
        }, err -> {
            ended();
            if (err instanceof ConnectionLost lost && !lost.maybeSaved()) {
                undo.putBack(e, back); // nothing reached the store: the step can be tried again
                session.lineBroke(lost, () -> step(back));
                return;
            }
            if (err instanceof StaleEdit) {
                // someone else changed what the edit made: nothing was written, and this edit can no longer be taken
                // back, but the rest of the history still matches the store (each step is guarded the same way)
                session.fail(back ? "Cannot undo " + e.label().toLowerCase(Locale.ROOT) : "Cannot redo " + e.label().toLowerCase(Locale.ROOT), err);
            } else {
                undo.clear(); // the history no longer matches the store
                session.fail(err);
            }
            session.reload(Selection.KEEP);
        });
    }

    /** A document's text was changed elsewhere (another user's correction): what was read of it is read again. */
    public void textChangedElsewhere() {
        textListeners.forEach(TextListener::beforeReading);
        textListeners.forEach(TextListener::afterShowing);
    }

    private void textChanged(Edit e) {
        if (e.changesText()) {
            textListeners.forEach(TextListener::beforeReading);
        }
    }

    private void shownAfter(Edit e) {
        if (e.changesText()) {
            textListeners.forEach(TextListener::afterShowing);
        }
    }

    private void started() {
        inFlight++;
    }

    private void ended() {
        inFlight--;
    }

    public UndoStack undoStack() {
        return undo;
    }
}
