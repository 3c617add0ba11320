package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.claimbench.domain.ChecklistEntry;
import org.claimbench.domain.EvidenceStatus;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.claimbench.store.StaleEdit;
import org.claimbench.store.Store;
import org.claimbench.store.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two people on one case in a PostgreSQL team store, with conflicting edits and interleaved undo. Anna's window reads
 * the case again after every step, as the window does (so it knows the newest version of every row); still, an undo
 * of an edit of hers that Ben has changed since is refused, naming him, and nothing of it is written. An undo past
 * Ben's changes of other rows goes through.
 */
class InterleavedUndoTest {

    Store anna;
    Store ben;
    Services a;
    Services b;
    long caseId;

    @BeforeEach
    void open() {
        String url = TestPostgres.freshUrl();
        anna = Store.open(TestPostgres.as("ANNA", url));
        ben = Store.open(TestPostgres.as("BEN", url));
        a = Services.of(anna, null);
        b = Services.of(ben, null);
        caseId = a.demo().install();
    }

    @AfterEach
    void close() {
        anna.close();
        ben.close();
    }

    /** The case as Anna's window reads it again after each step. */
    CaseSnapshot annaReads() {
        return a.cases().snapshot(caseId);
    }

    CaseSnapshot stored() {
        return b.cases().snapshot(caseId);
    }

    /** Anna makes the edit; her window reads the case again. */
    Edit annaDoes(Edit e) {
        e.apply();
        annaReads();
        return e;
    }

    /** Ben makes an edit from the case as he reads it now. */
    void benDoes(java.util.function.Function<CaseSnapshot, Edit> edit) {
        edit.apply(b.cases().snapshot(caseId)).apply();
    }

    static OutlineNode node(CaseSnapshot s, long id) {
        return s.outline().stream().filter(n -> n.id() == id).findFirst().orElseThrow();
    }

    static List<OutlineNode> of(CaseSnapshot s, NodeKind kind) {
        return s.outline().stream().filter(n -> n.kind() == kind).toList();
    }

    static ChecklistEntry entry(CaseSnapshot s, long id) {
        return s.checklist().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    static void assertRefusedNaming(String noun, StaleEdit e) {
        assertTrue(e.undo(), "refused as an undo");
        assertTrue(e.getMessage().matches("This " + noun + " was changed by BEN at \\d\\d:\\d\\d since your edit: reload\\? "
                + "Your edit cannot be undone or redone over that change; nothing was changed\\."), e.getMessage());
    }

    @Test
    void undoing_a_rename_that_the_other_user_changed_since_is_refused_though_the_case_was_read_again() {
        OutlineNode count = of(annaReads(), NodeKind.COUNT).get(0);
        Edit rename = annaDoes(a.editor().updateNode(count.withTitle("Count I \u2014 Anna's wording")));
        benDoes(s -> b.editor().updateNode(node(s, count.id()).withTitle("Count I \u2014 Ben's wording")));
        annaReads(); // Anna's window shows Ben's title now: reading it again must not license the undo

        assertRefusedNaming("outline node", assertThrows(StaleEdit.class, rename::revert));
        assertEquals("Count I \u2014 Ben's wording", node(stored(), count.id()).title(), "Ben's change stands");
        assertRefusedNaming("outline node", assertThrows(StaleEdit.class, rename::revert)); // and stays refused
    }

    static org.claimbench.domain.EvidenceItem item(CaseSnapshot s, long id) {
        return s.evidence().stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    static org.claimbench.domain.EvidenceItem described(org.claimbench.domain.EvidenceItem i, String words) {
        return new org.claimbench.domain.EvidenceItem(i.id(), i.caseId(), words, i.basis(), i.potentialSource(), i.sourceDocumentId(),
                i.sourcePassageId(), i.citationText());
    }

    @Test
    void undoing_an_evidence_items_words_that_the_other_user_changed_since_is_refused() {
        CaseSnapshot s = annaReads();
        ChecklistEntry e = s.checklist().get(0);
        org.claimbench.domain.EvidenceItem before = item(s, e.evidenceId());
        Edit edit = annaDoes(a.editor().updateEvidence(e, described(before, "Anna: the signed lease, page 2")));
        // Ben changes the item alone (the entry stays as Anna left it): the undo is refused on the item
        ben.transaction(r -> r.evidence().updateItem(described(item(stored(), e.evidenceId()), "Ben: the lease and its rider")));
        annaReads();

        assertRefusedNaming("evidence item", assertThrows(StaleEdit.class, edit::revert));
        assertEquals("Ben: the lease and its rider", item(stored(), e.evidenceId()).description(), "Ben's words stand");
    }

    @Test
    void an_evidence_item_edited_over_a_version_someone_changed_since_is_refused() {
        CaseSnapshot s = annaReads();
        ChecklistEntry e = s.checklist().get(0);
        org.claimbench.domain.EvidenceItem read = item(s, e.evidenceId());
        benDoes(now -> b.editor().updateEvidence(entry(now, e.id()), described(item(now, e.evidenceId()), "Ben's words")));
        StaleEdit stale = assertThrows(StaleEdit.class, () -> anna.transaction(r -> r.evidence().updateItem(described(read, "Anna's words"))));
        assertFalse(stale.undo());
        assertTrue(stale.getMessage().startsWith("This evidence item was changed by BEN at "), stale.getMessage());
        assertEquals("Ben's words", item(stored(), e.evidenceId()).description());
    }

    @Test
    void undoing_a_flag_decision_that_the_other_user_decided_again_is_refused_and_one_left_alone_is_not() {
        List<WordingService.CaseFlag> flags = a.wording().flags(caseId, a.wording().screen());
        WordingService.CaseFlag f = flags.get(0);
        WordingService.CaseFlag g = flags.get(1);
        Edit confirm = annaDoes(a.editor().decideFlag(f.documentId(), f.flag(), org.claimbench.domain.FlagVerdict.CONFIRMED, null));
        Edit other = annaDoes(a.editor().decideFlag(g.documentId(), g.flag(), org.claimbench.domain.FlagVerdict.CONFIRMED, null));
        b.editor().decideFlag(f.documentId(), f.flag(), org.claimbench.domain.FlagVerdict.DISMISSED, "Ben: sourced in the exhibit").apply();
        annaReads();

        assertRefusedNaming("flag decision", assertThrows(StaleEdit.class, confirm::revert));
        var now = ben.flags().find(f.documentId(), f.flag().start(), f.flag().end(), f.flag().kind()).orElseThrow();
        assertEquals(org.claimbench.domain.FlagVerdict.DISMISSED, now.verdict(), "Ben's decision stands");

        other.revert(); // nobody else touched that one
        assertTrue(ben.flags().find(g.documentId(), g.flag().start(), g.flag().end(), g.flag().kind()).isEmpty());
        other.apply(); // and its redo goes through too
        assertEquals(org.claimbench.domain.FlagVerdict.CONFIRMED,
                ben.flags().find(g.documentId(), g.flag().start(), g.flag().end(), g.flag().kind()).orElseThrow().verdict());
    }

    @Test
    void undoing_a_tick_that_the_other_user_changed_since_is_refused() {
        ChecklistEntry e = annaReads().checklist().get(0);
        Edit tick = annaDoes(a.editor().toggleChecked(e.id()));
        EvidenceStatus bens = e.status() == EvidenceStatus.UNAVAILABLE ? EvidenceStatus.IN_HAND : EvidenceStatus.UNAVAILABLE;
        benDoes(s -> b.editor().setStatus(e.id(), bens));
        annaReads();

        assertRefusedNaming("checklist entry", assertThrows(StaleEdit.class, tick::revert));
        ChecklistEntry now = entry(stored(), e.id());
        assertEquals(!e.checked(), now.checked(), "Anna's tick stays");
        assertEquals(bens, now.status(), "Ben's status stays");
    }

    @Test
    void undoing_a_move_of_a_node_the_other_user_renamed_since_is_refused_and_no_sibling_moves() {
        CaseSnapshot s0 = annaReads();
        List<OutlineNode> counts = of(s0, NodeKind.COUNT);
        OutlineNode element = s0.outline().stream().filter(n -> n.kind() == NodeKind.ELEMENT
                && Objects.equals(n.parentId(), counts.get(0).id())).findFirst().orElseThrow();
        Edit move = annaDoes(a.editor().moveNode(element.id(), counts.get(1).id(), 0));
        benDoes(s -> b.editor().updateNode(node(s, element.id()).withTitle("Duty (Ben)")));
        List<OutlineNode> before = annaReads().outline();

        assertRefusedNaming("outline node", assertThrows(StaleEdit.class, move::revert));
        OutlineNode now = node(stored(), element.id());
        assertEquals(counts.get(1).id(), now.parentId(), "still where Anna moved it");
        assertEquals("Duty (Ben)", now.title());
        assertEquals(before, stored().outline(), "nothing of the undo was written: no node was renumbered");
    }

    @Test
    void undoing_a_highlight_whose_note_the_other_user_changed_since_is_refused_while_its_link_may_be_undone() {
        CaseSnapshot s0 = annaReads();
        long doc = s0.documents().stream().filter(d -> d.kind().isPleading()).findFirst().orElseThrow().id();
        OutlineNode allegation = of(s0, NodeKind.ALLEGATION).get(0);
        AtomicReference<Passage> made = new AtomicReference<>();
        Edit highlight = annaDoes(a.editor().highlight(doc, 3, 40, made::set));
        Passage p = made.get();
        Edit link = annaDoes(a.editor().link(p.id(), allegation.id(), LinkRole.SUPPORTS));
        benDoes(s -> b.editor().updatePassage(p.id(), p.start(), p.end(), "Ben: read with \u00b6 12"));
        annaReads();

        link.revert(); // the link is no row Ben changed
        assertFalse(stored().links().stream().anyMatch(l -> l.passageId() == p.id()), "the link is undone");
        assertRefusedNaming("highlight", assertThrows(StaleEdit.class, highlight::revert));
        Passage kept = stored().passages().stream().filter(q -> q.id() == p.id()).findFirst().orElseThrow(
                () -> new AssertionError("Ben's highlight was deleted by Anna's undo"));
        assertEquals("Ben: read with \u00b6 12", kept.note());
    }

    @Test
    void undoing_a_highlight_and_link_made_as_one_edit_is_refused_whole_when_the_other_user_changed_the_highlight() {
        CaseSnapshot s0 = annaReads();
        long doc = s0.documents().stream().filter(d -> d.kind().isPleading()).findFirst().orElseThrow().id();
        OutlineNode allegation = of(s0, NodeKind.ALLEGATION).get(0);
        AtomicReference<Passage> made = new AtomicReference<>();
        Edit highlight = a.editor().highlight(doc, 3, 40, made::set);
        Edit both = annaDoes(Edit.of("Highlight and link", highlight, new Edit() {
            Edit link;

            @Override
            public String label() {
                return "Link";
            }

            @Override
            public void apply() {
                link = link == null ? a.editor().link(made.get().id(), allegation.id(), LinkRole.SUPPORTS) : link;
                link.apply();
            }

            @Override
            public void revert() {
                link.revert();
            }
        }));
        Passage p = made.get();
        benDoes(s -> b.editor().updatePassage(p.id(), p.start(), p.end(), "Ben's note"));
        annaReads();

        assertRefusedNaming("highlight", assertThrows(StaleEdit.class, both::revert));
        CaseSnapshot now = stored();
        assertTrue(now.passages().stream().anyMatch(q -> q.id() == p.id() && "Ben's note".equals(q.note())));
        assertTrue(now.links().stream().anyMatch(l -> l.passageId() == p.id() && l.nodeId() == allegation.id()),
                "the link is not undone without its highlight: nothing of the undo is left half done");
    }

    @Test
    void undo_and_redo_go_through_past_the_other_users_changes_of_other_rows_until_they_change_the_same_row() {
        CaseSnapshot s0 = annaReads();
        List<OutlineNode> counts = of(s0, NodeKind.COUNT);
        OutlineNode x = counts.get(0);
        OutlineNode y = counts.get(1);
        OutlineNode element = s0.outline().stream().filter(n -> n.kind() == NodeKind.ELEMENT && Objects.equals(n.parentId(), x.id()))
                .findFirst().orElseThrow();
        OutlineNode allegation = of(s0, NodeKind.ALLEGATION).get(0);
        ChecklistEntry e = s0.checklist().get(0);
        ChecklistEntry other = s0.checklist().stream().filter(c -> c.id() != e.id()).findFirst().orElseThrow();
        Passage p = s0.passages().get(0);
        Passage q = s0.passages().get(1);
        boolean linked = s0.links().stream().anyMatch(l -> l.passageId() == p.id() && l.nodeId() == allegation.id()
                && l.role() == LinkRole.CONTEXT);
        assertFalse(linked);

        Edit rename = annaDoes(a.editor().updateNode(x.withTitle("Count I (Anna)")));
        Edit tick = annaDoes(a.editor().toggleChecked(e.id()));
        Edit link = annaDoes(a.editor().link(p.id(), allegation.id(), LinkRole.CONTEXT));
        Edit move = annaDoes(a.editor().moveNode(element.id(), y.id(), 0));

        benDoes(s -> b.editor().updateNode(node(s, y.id()).withTitle("Count II (Ben)")));
        benDoes(s -> b.editor().updatePassage(q.id(), q.start(), q.end(), "Ben's note"));
        benDoes(s -> b.editor().setStatus(other.id(), EvidenceStatus.UNAVAILABLE));
        annaReads();

        move.revert();
        link.revert();
        tick.revert();
        rename.revert();
        CaseSnapshot s1 = stored();
        assertEquals(x.title(), node(s1, x.id()).title());
        assertEquals(x.id(), node(s1, element.id()).parentId());
        assertEquals(e.checked(), entry(s1, e.id()).checked());
        assertFalse(s1.links().stream().anyMatch(l -> l.passageId() == p.id() && l.nodeId() == allegation.id()
                && l.role() == LinkRole.CONTEXT), "the link is undone");
        assertEquals("Count II (Ben)", node(s1, y.id()).title(), "Ben's changes stand");
        assertEquals("Ben's note", s1.passages().stream().filter(r -> r.id() == q.id()).findFirst().orElseThrow().note());
        assertEquals(EvidenceStatus.UNAVAILABLE, entry(s1, other.id()).status());

        rename.apply(); // redo
        annaReads();
        assertEquals("Count I (Anna)", node(stored(), x.id()).title());
        benDoes(s -> b.editor().updateNode(node(s, x.id()).withTitle("Count I (Ben)")));
        annaReads();
        assertRefusedNaming("outline node", assertThrows(StaleEdit.class, rename::revert));
        assertEquals("Count I (Ben)", node(stored(), x.id()).title());
    }
}
