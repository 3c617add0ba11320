package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.claimbench.domain.ChecklistEntry;
import org.claimbench.domain.EvidenceBasis;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.EvidenceStatus;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.claimbench.domain.SupportLevel;
import org.claimbench.domain.Weight;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every edit commits at once, and undo and redo bring back exactly the state before and after. */
class CaseEditorTest {

    Store store;
    CaseEditor editor;
    CaseService cases;
    long caseId;
    long complaintId;

    @BeforeEach
    void open() {
        store = Store.inMemory();
        editor = new CaseEditor(store);
        cases = org.claimbench.service.Services.of(store, null).cases();
        caseId = new DemoCase(store).install();
        complaintId = store.documents().list(caseId).get(0).id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The parts of a case an edit may change (the case's own timestamps aside). */
    record State(List<OutlineNode> outline, List<Passage> passages, List<org.claimbench.domain.Link> links, List<EvidenceItem> evidence,
                 List<ChecklistEntry> checklist) {
    }

    State state() {
        CaseSnapshot s = cases.snapshot(caseId);
        return new State(s.outline(), s.passages(), s.links(), s.evidence(), s.checklist());
    }

    void roundTrip(Supplier<Edit> make) {
        State before = state();
        Edit edit = make.get();
        edit.apply();
        State after = state();
        assertNotEquals(before, after, edit.label() + " changed nothing");
        edit.revert();
        assertSame(before, state(), "undo of " + edit.label());
        edit.apply();
        assertSame(after, state(), "redo of " + edit.label());
    }

    /** Equal states, or a failure that names only the records that differ. */
    static void assertSame(State expected, State actual, String what) {
        if (expected.equals(actual)) {
            return;
        }
        StringBuilder diff = new StringBuilder(what + " differs:");
        List<List<?>> e = List.of(expected.outline(), expected.passages(), expected.links(), expected.evidence(), expected.checklist());
        List<List<?>> a = List.of(actual.outline(), actual.passages(), actual.links(), actual.evidence(), actual.checklist());
        for (int i = 0; i < e.size(); i++) {
            for (Object o : e.get(i)) {
                if (!a.get(i).contains(o)) {
                    diff.append("\n  missing ").append(o);
                }
            }
            for (Object o : a.get(i)) {
                if (!e.get(i).contains(o)) {
                    diff.append("\n  extra   ").append(o);
                }
            }
            if (e.get(i).size() == a.get(i).size() && diff.indexOf("\n") < 0) {
                diff.append("\n  same records, other order in list ").append(i);
            }
        }
        org.junit.jupiter.api.Assertions.fail(diff.toString());
    }

    OutlineNode node(String titleStart) {
        return store.outline().nodes(caseId).stream().filter(n -> n.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    int offsetOf(String quote) {
        return store.documents().text(complaintId).indexOf(quote);
    }

    @Test
    void highlightKeepsQuoteContextParagraphAndUndoes() {
        String quote = "Meridian never suspended QuickPost's accounts";
        int at = offsetOf(quote);
        AtomicReference<Passage> made = new AtomicReference<>();
        roundTrip(() -> editor.highlight(complaintId, at, at + quote.length(), made::set));
        Passage p = made.get();
        assertEquals("Meridian never suspended QuickPost's accounts", p.quote());
        assertEquals(32, p.prefix().length());
        assertEquals(", and renewed them in 2016 and a", p.suffix());
        assertEquals("26", store.documents().segments(complaintId).stream().filter(s -> s.id() == p.segmentId()).findFirst().orElseThrow().label());
    }

    @Test
    void deletingAHighlightTakesItsLinksAndUndoBringsThemBack() {
        Passage linked = store.passages().forDocument(complaintId).stream()
                .filter(p -> p.quote().startsWith("renewed and expanded")).findFirst().orElseThrow();
        roundTrip(() -> editor.deletePassage(linked.id()));
    }

    @Test
    void deletingAHighlightThatEvidenceCitesRestoresTheCitationOnUndo() {
        Passage cited = store.passages().forCase(caseId).stream().filter(p -> p.quote().startsWith("Renewal order form")).findFirst().orElseThrow();
        roundTrip(() -> editor.deletePassage(cited.id()));
    }

    @Test
    void notesAndExtentsChangeAndUndo() {
        Passage p = store.passages().forDocument(complaintId).get(0);
        roundTrip(() -> editor.updatePassage(p.id(), p.start(), p.end(), "check against the renewal"));
        roundTrip(() -> editor.updatePassage(p.id(), p.start(), p.end() + 5, p.note()));
        Passage wider = store.passages().find(p.id()).orElseThrow();
        assertEquals(store.documents().text(complaintId).substring(p.start(), p.end() + 5), wider.quote());
    }

    @Test
    void linksAndUnlinksUndo() {
        Passage p = store.passages().forDocument(complaintId).get(0);
        OutlineNode duty = node("Duty");
        roundTrip(() -> editor.link(p.id(), duty.id(), LinkRole.SUPPORTS));
        assertThrows(Unchanged.class, () -> editor.link(p.id(), duty.id(), LinkRole.SUPPORTS), "no second identical link");
        var link = store.passages().links(caseId).get(0);
        roundTrip(() -> editor.unlink(link));
    }

    @Test
    void newAllegationFromSelectionMakesPassageNodeAndLinkInOneStep() {
        String quote = "Meridian never suspended QuickPost's accounts";
        int at = offsetOf(quote);
        OutlineNode breach = node("Breach");
        AtomicReference<OutlineNode> made = new AtomicReference<>();
        roundTrip(() -> editor.newAllegationFromSelection(complaintId, at, at + quote.length(), breach.id(), made::set));
        OutlineNode n = made.get();
        assertEquals(NodeKind.ALLEGATION, n.kind());
        assertEquals("\u00b6 26 Meridian never suspended QuickPost's accounts", n.title());
        assertEquals(breach.id(), n.parentId());
        assertTrue(store.passages().links(caseId).stream().anyMatch(l -> l.nodeId() == n.id() && l.role() == LinkRole.ASSERTS));
    }

    @Test
    void outlineNodesAreAddedEditedMovedAndDeletedWithUndo() {
        OutlineNode count3 = node("Count III");
        roundTrip(() -> editor.addNode(OutlineNode.of(caseId, count3.id(), 0, NodeKind.ELEMENT, "Foreseeability"), null));
        OutlineNode duty = node("Duty");
        roundTrip(() -> editor.updateNode(duty.withNote("a question of law for the court").withLegal("Cal. Civ. Code \u00a7 1714", null)));
        roundTrip(() -> editor.updateNode(node("Duty").withOverride(SupportLevel.SUPPORTED, "conceded at the hearing")));
        roundTrip(() -> editor.moveNode(node("Breach").id(), count3.id(), 0));
        roundTrip(() -> editor.moveNode(node("Breach").id(), node("Count II").id(), 1));
        roundTrip(() -> editor.deleteNode(node("Count I").id()));
    }

    @Test
    void evidenceIsAddedEditedReorderedAndRemovedWithUndo() {
        OutlineNode allegation = node("\u00b6 18");
        EvidenceItem draft = new EvidenceItem(0, caseId, "Deposition of the solutions engineer", EvidenceBasis.TESTIMONY,
                "Notice of deposition", null, null, null);
        AtomicReference<ChecklistEntry> made = new AtomicReference<>();
        roundTrip(() -> editor.addEvidence(allegation.id(), draft, EvidenceStatus.NEEDED, Weight.STRONG, null, made::set));
        ChecklistEntry e = made.get();
        EvidenceItem item = store.evidence().findItem(e.evidenceId()).orElseThrow();
        roundTrip(() -> editor.updateEvidence(new ChecklistEntry(e.id(), e.caseId(), e.nodeId(), e.evidenceId(), e.position(),
                EvidenceStatus.IN_HAND, Weight.MODERATE, true, "taken on 3 March"), item));
        roundTrip(() -> editor.moveEvidence(e.id(), 0));
        roundTrip(() -> editor.removeEvidence(e.id()));
    }

    @Test
    void evidenceInHandMovesTheRollUpAndCoverage() {
        OutlineNode allegation = node("\u00b6 18");
        assertEquals("6 of 14 allegations have evidence, 1 contradicted", cases.snapshot(caseId).coverage().toString());
        editor.addEvidence(allegation.id(), new EvidenceItem(0, caseId, "Workflow export", EvidenceBasis.DOCUMENT, null, null, null, null),
                EvidenceStatus.IN_HAND, Weight.STRONG, null, null).apply();
        CaseSnapshot s = cases.snapshot(caseId);
        assertEquals(SupportLevel.SUPPORTED, s.support().get(allegation.id()));
        assertEquals("7 of 14 allegations have evidence, 1 contradicted", s.coverage().toString());
    }

    @Test
    void ticksAndStatusesTakeTheEntryAsItStandsWhenTheEditIsMade() {
        ChecklistEntry e = cases.snapshot(caseId).checklist().get(0);
        boolean was = e.checked();
        // two ticks made one after the other, each from the entry as it stands: back where it started
        Edit first = editor.toggleChecked(e.id());
        first.apply();
        Edit second = editor.toggleChecked(e.id());
        second.apply();
        assertEquals(was, store.evidence().findEntry(e.id()).orElseThrow().checked());
        assertEquals(was ? "Tick" : "Untick", second.label());
        // a status set after a tick keeps the tick
        editor.toggleChecked(e.id()).apply();
        editor.setStatus(e.id(), EvidenceStatus.CONTRADICTED).apply();
        ChecklistEntry now = store.evidence().findEntry(e.id()).orElseThrow();
        assertEquals(!was, now.checked());
        assertEquals(EvidenceStatus.CONTRADICTED, now.status());
        second.revert();
        assertEquals(!was, store.evidence().findEntry(e.id()).orElseThrow().checked());
    }
}
