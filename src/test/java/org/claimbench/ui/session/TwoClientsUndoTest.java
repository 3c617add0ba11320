package org.claimbench.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.service.Services;
import org.claimbench.store.Store;
import org.claimbench.store.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Anna's window and Ben's edits on one case in a PostgreSQL team store: an undo Ben's change stands in the way of is
 * refused with his name, that one edit leaves the history, and the edits before it can still be undone.
 */
class TwoClientsUndoTest {

    WorkbenchFixture f;
    Store ben;
    Services b;

    @BeforeEach
    void open() {
        String url = TestPostgres.freshUrl();
        f = new WorkbenchFixture(Store.open(TestPostgres.as("ANNA", url)), null);
        ben = Store.open(TestPostgres.as("BEN", url));
        b = Services.of(ben, null);
    }

    @AfterEach
    void close() {
        ben.close();
        f.close();
    }

    String storedTitle(long id) {
        return f.stored().outline().stream().filter(n -> n.id() == id).findFirst().orElseThrow().title();
    }

    @Test
    void an_undo_refused_over_another_users_change_says_so_and_keeps_the_rest_of_the_history() {
        List<OutlineNode> counts = f.snapshot().outline().stream().filter(n -> n.kind() == NodeKind.COUNT).toList();
        OutlineNode first = counts.get(0);
        OutlineNode second = counts.get(1);
        EditController edits = f.w.edits();
        edits.perform(made -> f.services.editor().updateNode(second.withTitle("Count II (Anna)")));
        edits.perform(made -> f.services.editor().updateNode(first.withTitle("Count I (Anna)")));
        OutlineNode bens = b.cases().snapshot(f.caseId).outline().stream().filter(n -> n.id() == first.id()).findFirst().orElseThrow();
        b.editor().updateNode(bens.withTitle("Count I (Ben)")).apply();

        edits.undo();
        assertEquals(1, f.dialogs.errors.size(), f.dialogs.errors.toString());
        assertTrue(f.dialogs.errors.get(0).matches("Cannot undo edit count: This outline node was changed by BEN at \\d\\d:\\d\\d since "
                + "your edit: reload\\? Your edit cannot be undone or redone over that change; nothing was changed\\."),
                f.dialogs.errors.get(0));
        assertEquals("Count I (Ben)", storedTitle(first.id()), "Ben's change stands");
        assertEquals("Count I (Ben)", f.snapshot().outline().stream().filter(n -> n.id() == first.id()).findFirst().orElseThrow().title(),
                "the window shows the case as it is now");
        assertTrue(edits.undoStack().canUndoProperty().get(), "the earlier edit can still be undone");
        assertEquals("Undo Edit count", edits.undoStack().undoLabelProperty().get());

        edits.undo();
        assertEquals(second.title(), storedTitle(second.id()));
        assertEquals("Undid edit count", f.w.session().noticeProperty().get());
        assertEquals(1, f.dialogs.errors.size());
        edits.redo();
        assertEquals("Count II (Anna)", storedTitle(second.id()));
    }
}
