package org.claimbench.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.Document;
import org.claimbench.domain.OutlineNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CaseSessionTest {

    final WorkbenchFixture f = new WorkbenchFixture();
    final CaseSession session = f.w.session();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void opening_a_case_shows_its_first_document_and_no_node() {
        assertEquals(f.caseId, session.caseId());
        assertEquals(f.snapshot().documents().get(0), session.selectedDocumentProperty().get());
        assertNull(session.selectedNodeProperty().get());
        assertTrue(session.windowTitleProperty().get().contains(f.snapshot().legalCase().title()));
    }

    @Test
    void what_arrives_in_the_middle_of_a_show_is_taken_once_the_case_is_on_show() {
        org.claimbench.service.CaseSnapshot next = f.stored();
        java.util.List<Object> seen = new java.util.ArrayList<>();
        session.onComing(c -> session.whenShown(() -> seen.add(session.current()))); // a result handed back at once
        session.show(next, Selection.KEEP);
        assertEquals(java.util.List.of(next), seen, "taken with the new case on show, once");
        session.whenShown(() -> seen.add("now"));
        assertEquals("now", seen.get(1), "outside a show, at once");
    }

    @Test
    void showing_the_same_case_again_keeps_what_is_selected() {
        Document second = f.snapshot().documents().get(1);
        OutlineNode node = f.firstAllegation();
        session.selectedNodeProperty().set(node); // the text follows the node to its passage…
        session.selectedDocumentProperty().set(second); // …and the user then turns to another document
        session.show(f.stored(), Selection.KEEP);
        assertEquals(second.id(), session.selectedDocumentProperty().get().id());
        assertEquals(node.id(), session.selectedNodeProperty().get().id());
    }

    @Test
    void showing_another_case_drops_the_selection_the_messages_and_the_history() {
        session.selectedNodeProperty().set(f.firstAllegation());
        f.w.outline().addNode(org.claimbench.domain.NodeKind.COUNT, "Count IX \u2014 Conversion");
        assertTrue(f.w.edits().undoStack().canUndoProperty().get());
        session.say("about the demo");
        long other = f.services.cases().create("Doe v. Acme").id();
        f.w.caseFiles().openCase(other);
        assertEquals("ClaimBench \u2014 Doe v. Acme", session.windowTitleProperty().get());
        assertNull(session.selectedNodeProperty().get());
        assertNull(session.selectedDocumentProperty().get());
        assertEquals("", session.noticeProperty().get());
        assertTrue(!f.w.edits().undoStack().canUndoProperty().get(), "the history belongs to the case it was made in");
    }

    @Test
    void a_selection_asked_for_is_made_when_the_case_is_shown() {
        OutlineNode node = f.firstAllegation();
        Document second = f.snapshot().documents().get(1);
        session.show(f.stored(), new Selection(second.id(), node.id(), null));
        assertEquals(second.id(), session.selectedDocumentProperty().get().id());
        assertEquals(node.id(), session.selectedNodeProperty().get().id());
    }

    @Test
    void only_the_users_choices_of_a_node_are_told_as_choices() {
        List<OutlineNode> chosen = new ArrayList<>();
        session.chosenNodeProperty().addListener((o, a, n) -> {
            if (n != null) {
                chosen.add(n);
            }
        });
        OutlineNode node = f.firstAllegation();
        session.setNodeQuietly(node);
        session.show(f.stored(), Selection.node(node.id()));
        assertEquals(List.of(), chosen);
        session.selectedNodeProperty().set(null);
        session.selectedNodeProperty().set(node);
        assertEquals(1, chosen.size());
        assertEquals(node.id(), chosen.get(0).id());
    }

    @Test
    void a_failure_reaches_the_dialogs_with_its_cause() {
        IllegalStateException boom = new IllegalStateException(null, new RuntimeException("the disk is full"));
        session.fail(boom);
        assertEquals(List.of("Something went wrong: the disk is full"), f.dialogs.errors);
        assertNotNull(f.dialogs.failures.get(0));
    }

    @Test
    void a_refusal_the_store_explains_is_said_plainly_without_details() {
        session.fail(new org.claimbench.store.StoreException("That highlight no longer exists."));
        assertEquals(List.of("Something went wrong: That highlight no longer exists."), f.dialogs.errors);
        assertTrue(f.dialogs.failures.isEmpty(), "no details for a foreseen refusal");
    }

    @Test
    void clearing_shows_no_case() {
        session.clear();
        assertNull(session.current());
        assertTrue(session.documents().isEmpty());
        assertEquals("ClaimBench", session.windowTitleProperty().get());
    }
}
