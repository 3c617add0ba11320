package org.claimbench.store;

import static org.claimbench.store.StoreTestSupport.newCase;
import static org.claimbench.store.StoreTestSupport.newDocument;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.claimbench.domain.AnchorState;
import org.claimbench.domain.ChecklistEntry;
import org.claimbench.domain.Citation;
import org.claimbench.domain.CitationKind;
import org.claimbench.domain.Document;
import org.claimbench.domain.EvidenceBasis;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.EvidenceStatus;
import org.claimbench.domain.LegalCase;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.PageLine;
import org.claimbench.domain.PartyRole;
import org.claimbench.domain.Passage;
import org.claimbench.domain.PleadedCount;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.claimbench.domain.SourceLine;
import org.claimbench.domain.SupportLevel;
import org.claimbench.domain.Weight;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RepositoryTest {

    Store store;

    /** The store under test: H2 in memory here, a PostgreSQL database in {@link PostgresRepositoryTest}. */
    Store openStore() {
        return Store.inMemory();
    }

    @BeforeEach
    void open() {
        store = openStore();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void casesAreCreatedListedByRecencyUpdatedAndDeleted() {
        LegalCase a = store.cases().create("  Alpha v. Beta ", "Court", "1:24-cv-1", "notes");
        LegalCase b = newCase(store, "Gamma v. Delta");
        assertEquals("Alpha v. Beta", a.title());
        assertNull(a.opened());
        store.cases().markOpened(a.id());
        assertEquals(List.of(a.id(), b.id()), store.cases().list().stream().map(LegalCase::id).toList());

        LegalCase changed = store.cases().updateCaption(b.id(), "Gamma v. Delta Corp.", "", "2:24-cv-9", null);
        assertEquals("Gamma v. Delta Corp.", changed.title());
        assertNull(changed.court());
        assertFalse(changed.updated().isBefore(changed.created()));

        assertThrows(StoreException.class, () -> store.cases().create(" ", null, null, null));
        assertTrue(store.cases().delete(a.id()));
        assertEquals(List.of(b.id()), store.cases().list().stream().map(LegalCase::id).toList());
    }

    @Test
    void partiesKeepTheirOrderPerRole() {
        LegalCase c = newCase(store, "Roe v. Acme");
        store.cases().replaceParties(c.id(), PartyRole.PLAINTIFF, List.of("Jane Roe", "John Roe"));
        store.cases().replaceParties(c.id(), PartyRole.DEFENDANT, List.of("Acme, Inc."));
        store.cases().replaceParties(c.id(), PartyRole.PLAINTIFF, List.of("Jane Roe 1", "Jane Roe 2", "Jane Roe 3"));
        assertEquals(List.of("Acme, Inc.", "Jane Roe 1", "Jane Roe 2", "Jane Roe 3"),
                store.cases().parties(c.id()).stream().map(p -> p.name()).toList());
    }

    @Test
    void documentsKeepOriginalBytesHashTextAndStructure() {
        LegalCase c = newCase(store, "Roe v. Acme");
        byte[] original = "1. Text.\n".getBytes(StandardCharsets.UTF_8);
        Document d = store.documents().insert(c.id(), org.claimbench.domain.DocumentKind.COMPLAINT, "Complaint", "c.txt",
                "text/plain", original, "Text.", null);
        assertEquals("7d02ff2a73d6ac0cd4d7ad5b1c27b37eb4b2a0ad1ad4f6d45c2de6f7c5a2a1a4".length(), d.sha256().length());
        assertEquals(DocumentRepository.sha256(original), d.sha256());
        assertArrayEquals(original, store.documents().original(d.id()));
        assertEquals("Text.", store.documents().text(d.id()));

        store.documents().insertSourceLines(d.id(), List.of(new SourceLine(0, 1, 1, 0, 5)));
        List<Segment> segs = store.documents().insertSegments(d.id(),
                List.of(new Segment(0, 0, 0, SegmentKind.NUMBERED_PARAGRAPH, "1", 0, 5, new PageLine(1, 1), new PageLine(1, 1))));
        store.documents().insertCounts(d.id(), List.of(new PleadedCount(0, d.id(), 1, "COUNT I", "Negligence",
                List.of("Acme, Inc.", "Does 1-10"), segs.get(0).id(), "1", List.of(1, 2, 3))));
        store.documents().insertCitations(d.id(), List.of(new Citation(0, d.id(), segs.get(0).id(), CitationKind.STATUTE,
                "28 U.S.C. § 1332", 0, 5)));

        assertEquals(List.of(new SourceLine(0, 1, 1, 0, 5)), store.documents().sourceLines(d.id()));
        assertEquals(segs, store.documents().segments(d.id()));
        PleadedCount count = store.documents().counts(d.id()).get(0);
        assertEquals(List.of("Acme, Inc.", "Does 1-10"), count.against());
        assertEquals(List.of(1, 2, 3), count.incorporates());
        assertEquals("28 U.S.C. § 1332", store.documents().citations(d.id()).get(0).text());
    }

    @Test
    void aCountMayIncorporateThousandsOfParagraphs() {
        LegalCase c = newCase(store, "Roe v. Acme");
        Document d = newDocument(store, c.id(), "x");
        List<Integer> all = java.util.stream.IntStream.rangeClosed(1, 5000).boxed().toList();
        store.documents().insertCounts(d.id(), List.of(new PleadedCount(0, d.id(), 1, "COUNT I", "Negligence", List.of("All Defendants"),
                null, "5001", all)));
        assertEquals(all, store.documents().counts(d.id()).get(0).incorporates());
    }

    @Test
    void outlineNodesAppendMoveAndRenumber() {
        LegalCase c = newCase(store, "Roe v. Acme");
        OutlineNode count = store.outline().append(OutlineNode.of(c.id(), null, 0, NodeKind.COUNT, "Count I"));
        OutlineNode duty = store.outline().append(OutlineNode.of(c.id(), count.id(), 0, NodeKind.ELEMENT, "Duty"));
        OutlineNode breach = store.outline().append(OutlineNode.of(c.id(), count.id(), 0, NodeKind.ELEMENT, "Breach"));
        OutlineNode damages = store.outline().append(OutlineNode.of(c.id(), count.id(), 0, NodeKind.ELEMENT, "Damages"));
        assertEquals(List.of(0, 1, 2), List.of(duty.position(), breach.position(), damages.position()));

        store.outline().move(damages.id(), count.id(), 0);
        assertEquals(List.of("Damages", "Duty", "Breach"), childTitles(c.id(), count.id()));

        OutlineNode count2 = store.outline().append(OutlineNode.of(c.id(), null, 0, NodeKind.COUNT, "Count II"));
        store.outline().move(duty.id(), count2.id(), 5);
        assertEquals(List.of("Damages", "Breach"), childTitles(c.id(), count.id()));
        assertEquals(List.of("Duty"), childTitles(c.id(), count2.id()));
        assertEquals(List.of(0, 1), store.outline().nodes(c.id()).stream().filter(n -> count.id() == (n.parentId() == null ? -1 : n.parentId()))
                .map(OutlineNode::position).toList());

        OutlineNode edited = store.outline().update(breach.withNote("check the dates").withOverride(SupportLevel.SUPPORTED, "deposition"));
        assertEquals("check the dates", edited.note());
        assertEquals(SupportLevel.SUPPORTED, edited.supportOverride());
        assertEquals("deposition", edited.overrideReason());
    }

    @Test
    void aNodeCannotBeMovedUnderItselfOrADescendant() {
        LegalCase c = newCase(store, "Roe v. Acme");
        OutlineNode count = store.outline().append(OutlineNode.of(c.id(), null, 0, NodeKind.COUNT, "Count I"));
        OutlineNode element = store.outline().append(OutlineNode.of(c.id(), count.id(), 0, NodeKind.ELEMENT, "Duty"));
        OutlineNode allegation = store.outline().append(OutlineNode.of(c.id(), element.id(), 0, NodeKind.ALLEGATION, "¶ 3"));

        StoreException e = assertThrows(StoreException.class, () -> store.outline().move(count.id(), allegation.id(), 0));
        assertTrue(e.getMessage().contains("descendants"), e.getMessage());
        assertThrows(StoreException.class, () -> store.outline().move(count.id(), count.id(), 0));
        assertEquals(null, store.outline().find(count.id()).orElseThrow().parentId());
    }

    @Test
    void deletingANodeDeletesItsSubtreeLinksAndChecklist() {
        LegalCase c = newCase(store, "Roe v. Acme");
        Document d = newDocument(store, c.id(), "Acme sold the tools.");
        OutlineNode count = store.outline().append(OutlineNode.of(c.id(), null, 0, NodeKind.COUNT, "Count I"));
        OutlineNode allegation = store.outline().append(OutlineNode.of(c.id(), count.id(), 0, NodeKind.ALLEGATION, "¶ 1"));
        Passage p = store.passages().insert(passage(c.id(), d.id(), 0, 4, "Acme"));
        store.passages().link(c.id(), p.id(), allegation.id(), LinkRole.ASSERTS);
        EvidenceItem item = store.evidence().insertItem(new EvidenceItem(0, c.id(), "Invoice", EvidenceBasis.DOCUMENT, null, null, null, null));
        store.evidence().addEntry(new ChecklistEntry(0, c.id(), allegation.id(), item.id(), 0, EvidenceStatus.IN_HAND, Weight.STRONG, false, null));

        assertTrue(store.outline().delete(count.id()));
        assertTrue(store.outline().nodes(c.id()).isEmpty());
        assertTrue(store.passages().links(c.id()).isEmpty());
        assertTrue(store.evidence().entries(c.id()).isEmpty());
        assertEquals(1, store.passages().forCase(c.id()).size(), "the passage itself stays");
        assertEquals(1, store.evidence().items(c.id()).size(), "the evidence item stays");
    }

    @Test
    void checklistEntriesAppendInOrderAndUpdate() {
        LegalCase c = newCase(store, "Roe v. Acme");
        OutlineNode a = store.outline().append(OutlineNode.of(c.id(), null, 0, NodeKind.ALLEGATION, "¶ 1"));
        EvidenceItem one = store.evidence().insertItem(new EvidenceItem(0, c.id(), "One", EvidenceBasis.DOCUMENT, "subpoena", null, null, null));
        EvidenceItem two = store.evidence().insertItem(new EvidenceItem(0, c.id(), "Two", EvidenceBasis.TESTIMONY, null, null, null, "Ex. 3"));
        ChecklistEntry e1 = store.evidence().addEntry(new ChecklistEntry(0, c.id(), a.id(), one.id(), 9, EvidenceStatus.NEEDED, Weight.STRONG, false, null));
        ChecklistEntry e2 = store.evidence().addEntry(new ChecklistEntry(0, c.id(), a.id(), two.id(), 9, EvidenceStatus.IN_HAND, Weight.WEAK, false, null));
        assertEquals(List.of(0, 1), List.of(e1.position(), e2.position()));
        store.evidence().updateEntry(new ChecklistEntry(e1.id(), c.id(), a.id(), one.id(), 0, EvidenceStatus.REQUESTED_IN_DISCOVERY,
                Weight.MODERATE, true, "RFP 7"));
        ChecklistEntry read = store.evidence().entriesFor(a.id()).get(0);
        assertEquals(EvidenceStatus.REQUESTED_IN_DISCOVERY, read.status());
        assertTrue(read.checked());
        assertEquals("RFP 7", read.note());
        assertEquals("Ex. 3", store.evidence().findItem(two.id()).orElseThrow().citationText());
    }

    @Test
    void passagesRoundTripWithTheirAnchors() {
        LegalCase c = newCase(store, "Roe v. Acme");
        Document d = newDocument(store, c.id(), "Acme sold the tools to the site.");
        Passage in = new Passage(0, c.id(), d.id(), 5, 9, "sold", "Acme ", " the tools", null, new PageLine(2, 3), new PageLine(2, 4),
                "key", "#ffcc00", "a note", AnchorState.ANCHORED, null);
        Passage out = store.passages().insert(in);
        Passage read = store.passages().find(out.id()).orElseThrow();
        assertEquals("sold", read.quote());
        assertEquals(new PageLine(2, 3), read.first());
        assertEquals("2:3\u20134", PageLine.span(read.first(), read.last()));
        assertEquals("#ffcc00", read.color());
        store.passages().updateNote(out.id(), "  ");
        assertNull(store.passages().find(out.id()).orElseThrow().note());
    }

    @Test
    void aWebAnnotationWaitsInTheQueueIsDecidedAndGoesWithItsDocument() {
        LegalCase c = newCase(store, "Roe v. Acme");
        Document d = newDocument(store, c.id(), "Acme sold the tools to the site.");
        var tags = List.of(new org.claimbench.domain.AnnotationPending.TagRef("Count I", LinkRole.SUPPORTS),
                new org.claimbench.domain.AnnotationPending.TagRef("A title\u00a0with space", null));
        var in = new org.claimbench.domain.AnnotationPending(0, c.id(), d.id(), "notes.json", "urn:x:1", "Acme sold the hammers", "",
                " to", 0, 21, "key", "a note", tags, org.claimbench.domain.CarryState.CHANGED, 0, 19, "Acme sold the tools", 0.8,
                org.claimbench.domain.CarryDecision.PENDING, null, null);
        var stored = store.pendingAnnotations().insert(in);
        var read = store.pendingAnnotations().find(stored.id()).orElseThrow();
        assertEquals(in.withId(stored.id()), read, "everything it said comes back, its tags and their roles too");

        Passage p = store.passages().insert(passage(c.id(), d.id(), 0, 19, "Acme sold the tools"));
        store.pendingAnnotations().decide(read.id(), org.claimbench.domain.CarryDecision.CONFIRMED, p.id(), java.time.Instant.parse("2026-01-02T03:04:05Z"));
        var decided = store.pendingAnnotations().find(read.id()).orElseThrow();
        assertEquals(p.id(), decided.carriedPassageId());
        assertEquals(java.time.Instant.parse("2026-01-02T03:04:05Z"), decided.decided());
        assertThrows(RuntimeException.class, () -> store.pendingAnnotations().decide(read.id(), org.claimbench.domain.CarryDecision.DROPPED,
                p.id(), null), "a dropped annotation has no passage");
        store.passages().delete(p.id());
        assertNull(store.pendingAnnotations().find(read.id()).orElseThrow().carriedPassageId(), "its passage deleted, the decision stays");

        assertThrows(RuntimeException.class, () -> store.dsl().execute("UPDATE annotation_pending SET state = 'EXACT' WHERE id = "
                + read.id()), "only changed and orphaned annotations wait");
        assertThrows(StoreException.class, () -> store.pendingAnnotations().decide(read.id() + 1000,
                org.claimbench.domain.CarryDecision.DROPPED, null, null));
        store.documents().delete(d.id());
        assertEquals(List.of(), store.pendingAnnotations().forCase(c.id()), "deleted with its document");
    }

    @Test
    void deletingACaseRemovesEverythingInIt() {
        LegalCase c = newCase(store, "Roe v. Acme");
        Document d = newDocument(store, c.id(), "Acme sold the tools.");
        store.documents().insertSegments(d.id(), List.of(new Segment(0, 0, 0, SegmentKind.OTHER, null, 0, 5, null, null)));
        OutlineNode n = store.outline().append(OutlineNode.of(c.id(), null, 0, NodeKind.COUNT, "Count I"));
        Passage p = store.passages().insert(passage(c.id(), d.id(), 0, 4, "Acme"));
        store.passages().link(c.id(), p.id(), n.id(), LinkRole.SUPPORTS);
        EvidenceItem item = store.evidence().insertItem(new EvidenceItem(0, c.id(), "Invoice", EvidenceBasis.DOCUMENT, null, d.id(), p.id(), null));
        store.evidence().addEntry(new ChecklistEntry(0, c.id(), n.id(), item.id(), 0, EvidenceStatus.IN_HAND, Weight.STRONG, false, null));

        assertTrue(store.cases().delete(c.id()));
        for (String table : List.of("DOCUMENT", "SEGMENT", "OUTLINE_NODE", "PASSAGE", "PASSAGE_LINK", "EVIDENCE_ITEM", "CHECKLIST_ENTRY")) {
            assertEquals(0, store.dsl().fetchCount(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name(table))), table);
        }
    }

    @Test
    void aTransactionThatFailsLeavesNothingBehind() {
        LegalCase c = newCase(store, "Roe v. Acme");
        assertThrows(RuntimeException.class, () -> store.transaction(tx -> {
            tx.documents().insert(c.id(), org.claimbench.domain.DocumentKind.EXHIBIT, "Exhibit A", "a.txt", "text/plain",
                    new byte[] {1}, "x", null);
            throw new IllegalStateException("disk full");
        }));
        assertTrue(store.documents().list(c.id()).isEmpty());
    }

    static Passage passage(long caseId, long documentId, int start, int end, String quote) {
        return new Passage(0, caseId, documentId, start, end, quote, "", "", null, null, null, null, null, null, AnchorState.ANCHORED, null);
    }

    private List<String> childTitles(long caseId, long parentId) {
        return store.outline().nodes(caseId).stream().filter(n -> n.parentId() != null && n.parentId() == parentId)
                .map(OutlineNode::title).toList();
    }
}
