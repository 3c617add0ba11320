package org.claimbench.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.domain.NodeKind;
import org.claimbench.service.Edit;
import org.claimbench.store.ConnectionLost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EditControllerTest {

    final WorkbenchFixture f = new WorkbenchFixture();
    final EditController edits = f.w.edits();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void an_edit_is_saved_shown_undone_and_redone() {
        int before = f.stored().outline().size();
        f.w.outline().addNode(NodeKind.COUNT, "Count IX \u2014 Conversion");
        assertEquals(before + 1, f.stored().outline().size());
        assertEquals(before + 1, f.snapshot().outline().size(), "the case is shown again after the edit");
        assertEquals("Count IX \u2014 Conversion", f.w.session().selectedNodeProperty().get().title(), "the new node is selected");
        assertEquals("Undo New count", edits.undoStack().undoLabelProperty().get());
        edits.undo();
        assertEquals(before, f.stored().outline().size());
        assertTrue(f.w.session().noticeProperty().get().startsWith("Undid"));
        edits.redo();
        assertEquals(before + 1, f.stored().outline().size());
        assertTrue(f.snapshot().outline().stream().anyMatch(n -> n.title().equals("Count IX \u2014 Conversion")));
    }

    @Test
    void an_edit_that_changes_nothing_is_not_kept_for_undo() {
        edits.perform(made -> new Edit() {
            @Override
            public String label() {
                return "Nothing";
            }

            @Override
            public void apply() {
            }

            @Override
            public void revert() {
            }

            @Override
            public boolean changesNothing() {
                return true;
            }
        });
        assertFalse(edits.undoStack().canUndoProperty().get());
    }

    @Test
    void an_edit_that_fails_says_why_and_keeps_the_history() {
        f.w.outline().addNode(NodeKind.COUNT, "Count IX");
        edits.perform(made -> {
            throw new IllegalStateException("The store refused the change.");
        });
        assertEquals(List.of("Something went wrong: The store refused the change."), f.dialogs.errors);
        assertTrue(edits.undoStack().canUndoProperty().get());
        assertEquals("Undo New count", edits.undoStack().undoLabelProperty().get());
    }

    @Test
    void an_undo_that_fails_clears_the_history_and_reads_the_case_again() {
        edits.perform(made -> new Edit() {
            @Override
            public String label() {
                return "Fragile";
            }

            @Override
            public void apply() {
            }

            @Override
            public void revert() {
                throw new IllegalStateException("The row is gone.");
            }
        });
        edits.undo();
        assertFalse(edits.undoStack().canUndoProperty().get());
        assertFalse(edits.undoStack().canRedoProperty().get());
        assertEquals(1, f.dialogs.errors.size());
    }

    @Test
    void ticking_twice_from_the_same_screen_ticks_and_unticks() {
        // both clicks come from the row as the screen showed it before either was saved
        var allegation = f.snapshot().outline().stream().filter(n -> !f.w.evidence().checklist(n).isEmpty()).findFirst().orElseThrow();
        var row = f.w.evidence().checklist(allegation).get(0);
        boolean before = row.entry().checked();
        f.w.evidence().toggleChecked(row);
        f.w.evidence().toggleChecked(row);
        boolean after = f.stored().checklist().stream().filter(e -> e.id() == row.entry().id()).findFirst().orElseThrow().checked();
        assertEquals(before, after, "the second click unticks what the first ticked");
        edits.undo();
        boolean once = f.stored().checklist().stream().filter(e -> e.id() == row.entry().id()).findFirst().orElseThrow().checked();
        assertEquals(!before, once);
    }

    /** An edit that counts how often it is applied and reverted, and fails while the line is down. */
    static final class Counted implements Edit {
        int applied;
        int reverted;
        int cutOffApplies;
        int cutOffReverts;
        boolean maybeSaved;

        @Override
        public String label() {
            return "Counted";
        }

        @Override
        public void apply() {
            if (cutOffApplies > 0) {
                cutOffApplies--;
                throw lost();
            }
            applied++;
        }

        @Override
        public void revert() {
            if (cutOffReverts > 0) {
                cutOffReverts--;
                throw lost();
            }
            reverted++;
        }

        private ConnectionLost lost() {
            return new ConnectionLost("anna@db:5432/claims", maybeSaved, new java.sql.SQLException("An I/O error occurred", "08006"));
        }
    }

    @Test
    void an_edit_cut_off_before_it_reached_the_store_is_offered_again_and_made_once() {
        Counted e = new Counted();
        e.cutOffApplies = 1;
        f.dialogs.choice = 0;
        edits.perform(made -> e);
        assertEquals(List.of("Connection lost"), f.dialogs.choices);
        assertEquals(List.of(List.of("Retry")), f.dialogs.actions);
        assertEquals(1, e.applied, "Retry made the edit, once");
        assertEquals("Undo Counted", edits.undoStack().undoLabelProperty().get());
        assertTrue(f.dialogs.errors.isEmpty(), f.dialogs.errors.toString());
    }

    @Test
    void an_edit_cut_off_while_it_was_being_kept_is_not_made_again_but_the_case_is_read_again() {
        Counted e = new Counted();
        e.cutOffApplies = 1;
        e.maybeSaved = true;
        f.dialogs.choice = 0;
        int ran = f.tasks.descriptions.size();
        edits.perform(made -> e);
        assertEquals(List.of(List.of("Reload")), f.dialogs.actions);
        assertEquals(0, e.applied, "not made a second time: the store may have it already");
        assertTrue(f.tasks.descriptions.subList(ran, f.tasks.descriptions.size()).contains("Refreshing"), "the case was read again");
        assertFalse(edits.undoStack().canUndoProperty().get());
    }

    @Test
    void an_undo_cut_off_from_the_store_keeps_the_history_and_can_be_tried_again() {
        Counted e = new Counted();
        edits.perform(made -> e);
        e.cutOffReverts = 1;
        f.dialogs.choice = -1; // Cancel: try later
        edits.undo();
        assertEquals(0, e.reverted);
        assertEquals("Undo Counted", edits.undoStack().undoLabelProperty().get(), "still there to undo");
        f.dialogs.choice = 0;
        edits.undo();
        assertEquals(1, e.reverted);
        assertEquals("Redo Counted", edits.undoStack().redoLabelProperty().get());
    }
}
