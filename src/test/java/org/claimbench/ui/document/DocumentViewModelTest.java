package org.claimbench.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.domain.Document;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.claimbench.ui.session.WorkbenchFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DocumentViewModelTest {

    final WorkbenchFixture f = new WorkbenchFixture();
    final DocumentViewModel vm = f.w.document();

    @AfterEach
    void close() {
        f.close();
    }

    int[] freeStretch() {
        return f.freeStretch();
    }

    @Test
    void the_document_on_show_is_read_with_its_flags() {
        LoadedDocument d = vm.loadedDocumentProperty().get();
        assertNotNull(d);
        assertEquals(f.complaint().id(), d.view().document().id());
        assertTrue(d.flags().size() > 0, "the complaint's wording is screened");
    }

    @Test
    void a_case_opened_again_comes_with_its_text_drawn_for_the_node_it_was_left_on() {
        Passage p = f.snapshot().passages().stream().filter(x -> x.documentId() == f.complaint().id()).findFirst().orElseThrow();
        long nodeId = f.snapshot().links().stream().filter(l -> l.passageId() == p.id()).findFirst().orElseThrow().nodeId();
        OutlineNode node = f.snapshot().outline().stream().filter(n -> n.id() == nodeId).findFirst().orElseThrow();
        f.w.session().selectedNodeProperty().set(node); // where the reader leaves the case

        f.w.caseFiles().newCase("Another case");
        assertNull(vm.loadedDocumentProperty().get(), "the other case has no document");
        f.w.caseFiles().openCase(f.caseId);

        assertEquals(node, f.w.session().selectedNodeProperty().get(), "the case opens where it was left");
        LoadedDocument d = vm.loadedDocumentProperty().get();
        assertNotNull(d);
        // the text was read with that node's highlights in it: the pane has nothing to draw again once it is shown
        assertTrue(classesAt(d, p.start()).contains("passage-selected"), "drawn for the node: " + classesAt(d, p.start()));
    }

    @Test
    void a_case_opened_again_shows_its_text_at_once_and_keeps_it_when_nothing_changed() {
        LoadedDocument before = vm.loadedDocumentProperty().get();
        f.w.caseFiles().newCase("Another case");
        f.tasks.hold = true; // the worker is still reading the case
        f.w.caseFiles().openCase(f.caseId);
        assertEquals(before.view().document().id(), vm.loadedDocumentProperty().get().view().document().id(),
                "the text the case last showed is on show before the case is read");
        f.tasks.release();
        assertEquals(f.caseId, f.w.session().current().legalCase().id());
        org.junit.jupiter.api.Assertions.assertSame(vm.loadedDocumentProperty().get(), before,
                "read again unchanged, the text on show is kept as it is");
    }

    @Test
    void a_case_opened_again_is_on_its_way_to_the_worker_before_its_text_is_shown_ahead() {
        f.w.caseFiles().newCase("Another case");
        f.tasks.hold = true;
        int[] readsWaiting = {-1};
        vm.loadedDocumentProperty().addListener((o, was, d) -> {
            if (d != null && readsWaiting[0] < 0) {
                readsWaiting[0] = f.tasks.heldCount();
            }
        });
        f.w.caseFiles().openCase(f.caseId);
        assertTrue(readsWaiting[0] >= 1, "the read of the case was handed to the worker before the text was put on show: "
                + readsWaiting[0]);
        f.tasks.release();
        assertEquals(f.caseId, f.w.session().current().legalCase().id());
    }

    @Test
    void a_case_opened_again_whose_highlights_changed_shows_them_once_read() {
        int[] at = freeStretch();
        f.w.caseFiles().newCase("Another case");
        f.tasks.hold = true;
        f.w.caseFiles().openCase(f.caseId);
        LoadedDocument ahead = vm.loadedDocumentProperty().get();
        f.store.transaction(tx -> tx.passages().insert(org.claimbench.analysis.Anchors.passage(f.caseId, ahead.view().document().id(),
                ahead.view().text(), ahead.view().segments(), ahead.view().lines(), at[0], at[1], null)));
        f.tasks.release();
        LoadedDocument read = vm.loadedDocumentProperty().get();
        org.junit.jupiter.api.Assertions.assertNotSame(ahead, read, "the case as read replaces the text shown ahead of it");
        assertTrue(classesAt(read, at[0]).contains("passage"), "with the new highlight: " + classesAt(read, at[0]));
    }

    @Test
    void a_case_that_cannot_be_read_puts_back_what_was_on_show() {
        f.w.caseFiles().newCase("Another case");
        long other = f.w.session().current().legalCase().id();
        f.tasks.hold = true;
        f.w.caseFiles().openCase(f.caseId);
        assertNotNull(vm.loadedDocumentProperty().get(), "shown ahead");
        f.store.cases().delete(f.caseId); // gone before it could be read
        f.tasks.release();
        assertEquals(other, f.w.session().current().legalCase().id(), "the other case stays on show");
        assertNull(vm.loadedDocumentProperty().get(), "with no text, as before");
        assertTrue(!f.dialogs.errors.isEmpty() || !f.dialogs.failures.isEmpty(), "and the user is told");
    }

    /** The classes a loaded document's marks give the character at {@code pos}. */
    static java.util.Collection<String> classesAt(LoadedDocument d, int pos) {
        int at = 0;
        for (var span : d.marks()) {
            if (pos < at + span.getLength()) {
                return span.getStyle();
            }
            at += span.getLength();
        }
        return List.of();
    }

    @Test
    void a_highlight_is_saved_and_selected() {
        int[] at = freeStretch();
        vm.highlight(at[0], at[1]);
        Passage p = f.w.session().selectedPassageProperty().get();
        assertNotNull(p, "the new passage is selected");
        assertEquals(at[0], p.start());
        assertEquals(at[1], p.end());
        vm.highlight(at[0], at[1]);
        assertEquals("That text is already highlighted", f.w.session().noticeProperty().get());
    }

    @Test
    void linking_a_selection_makes_a_passage_that_asserts_the_node_in_one_undoable_step() {
        int[] at = freeStretch();
        OutlineNode node = f.firstAllegation();
        int passages = f.stored().passages().size();
        int links = f.stored().links().size();
        vm.link(at[0], at[1], node, null);
        Passage made = vm.passageExactly(at[0], at[1]);
        assertNotNull(made);
        assertTrue(f.stored().links().stream().anyMatch(l -> l.passageId() == made.id() && l.nodeId() == node.id()
                && l.role() == LinkRole.ASSERTS));
        assertEquals("Undo Highlight and link", f.w.edits().undoStack().undoLabelProperty().get());
        f.w.edits().undo();
        assertEquals(passages, f.stored().passages().size());
        assertEquals(links, f.stored().links().size());
        f.w.edits().redo();
        assertEquals(passages + 1, f.stored().passages().size());
        assertEquals(links + 1, f.stored().links().size());
    }

    @Test
    void linking_again_to_the_same_node_says_so_in_the_status_bar_not_in_an_error() {
        int[] at = freeStretch();
        OutlineNode node = f.firstAllegation();
        vm.link(at[0], at[1], node, null);
        int links = f.stored().links().size();
        vm.link(at[0], at[1], node, null);
        assertEquals(links, f.stored().links().size());
        assertEquals(java.util.List.of(), f.dialogs.errors, "no error dialog");
        assertTrue(f.w.session().noticeProperty().get().contains("already linked"), f.w.session().noticeProperty().get());
        assertEquals("Undo Highlight and link", f.w.edits().undoStack().undoLabelProperty().get(), "nothing was added to undo");
    }

    @Test
    void a_new_allegation_from_the_selection_goes_under_the_selected_element_and_is_selected() {
        OutlineNode element = f.snapshot().outline().stream().filter(n -> n.kind() == NodeKind.ELEMENT).findFirst().orElseThrow();
        f.w.session().selectedNodeProperty().set(element);
        int[] at = freeStretch();
        vm.newAllegationFromSelection(at[0], at[1]);
        OutlineNode made = f.w.session().selectedNodeProperty().get();
        assertEquals(NodeKind.ALLEGATION, made.kind());
        assertEquals(element.id(), made.parentId());
    }

    @Test
    void choosing_a_node_brings_its_first_passage_into_view_even_in_another_document() {
        Document exhibit = f.snapshot().documents().stream().filter(d -> !d.kind().isPleading()).findFirst().orElseThrow();
        Passage inExhibit = f.snapshot().passages().stream().filter(p -> p.documentId() == exhibit.id()).findFirst().orElseThrow();
        vm.focusPassage(inExhibit);
        assertEquals(exhibit.id(), vm.loadedDocumentProperty().get().view().document().id(), "the other document was opened");
        assertEquals(inExhibit, vm.focusedPassageProperty().get(), "and the passage shown once it was read");
    }

    @Test
    void a_spot_in_the_document_on_show_is_shown_at_once() {
        vm.showSpot(f.complaint().id(), 10, 20);
        assertEquals(new DocumentViewModel.TextSpot(f.complaint().id(), 10, 20), vm.spotProperty().get());
    }

    @Test
    void the_caret_says_where_it_is() {
        LoadedDocument d = vm.loadedDocumentProperty().get();
        int inParagraph = d.view().segments().stream().filter(s -> s.cite() != null).findFirst().orElseThrow().start() + 2;
        vm.caretMoved(inParagraph);
        assertTrue(vm.locationProperty().get().startsWith("\u00b6"), vm.locationProperty().get());
    }

    @Test
    void selecting_a_passage_selects_its_node_without_moving_the_text() {
        Passage linked = f.snapshot().passages().stream()
                .filter(p -> f.snapshot().links().stream().anyMatch(l -> l.passageId() == p.id())).findFirst().orElseThrow();
        vm.selectPassage(linked);
        assertNotNull(f.w.session().selectedNodeProperty().get());
        assertEquals(linked, f.w.session().selectedPassageProperty().get());
        assertNull(vm.focusedPassageProperty().get(), "the text stays where the user clicked");
    }
}
