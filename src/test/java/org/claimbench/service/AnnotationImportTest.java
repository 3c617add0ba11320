package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.claimbench.domain.AnnotationPending;
import org.claimbench.domain.CarryState;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.Link;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.claimbench.ingest.IngestException;
import org.claimbench.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Web annotations placed on a document by the rules that carry highlights into an amended pleading. */
class AnnotationImportTest {

    static final String S = "\ud835\udd16";
    static final String ORIGINAL = "COUNT I \u2014 BREACH OF CONTRACT (" + S + " Holdings)\n"
            + "1. Under the agreement, payment was due on 3 May and Ren\u00e9e paid nothing.\n"
            + "2. The tenant wrote to the landlord about the broken heating in October.\n"
            + "3. Jos\u00e9 relied on the promise of repayment when he sold his car.\n"
            + "4. The defendant shredded the invoices in December before anyone could read them.\n"
            + "5. Plaintiff seeks damages.\n";
    static final String EDITED = "COUNT I \u2014 BREACH OF CONTRACT (" + S + " Holdings)\n"
            + "1. Under the agreement, payment was due on 3 May and Ren\u00e9e paid nothing.\n"
            + "1a. A new paragraph was added here, which moves what follows.\n"
            + "2. The tenant wrote to the landlord about the broken heating in October.\n"
            + "3. Jos\u00e9 relied upon the promise of full repayment when he sold his car.\n"
            + "5. Plaintiff seeks damages.\n";

    Store store;
    Services services;
    long caseId;
    long original;
    long edited;
    OutlineNode allegation;

    @BeforeEach
    void open() {
        store = Store.inMemory();
        services = Services.of(store, null);
        caseId = store.cases().create("Garc\u00eda v. " + S + " Holdings", null, null, null).id();
        original = store.documents().insert(caseId, DocumentKind.COMPLAINT, "Complaint", "c.txt", "text/plain",
                ORIGINAL.getBytes(StandardCharsets.UTF_8), ORIGINAL, null).id();
        edited = store.documents().insert(caseId, DocumentKind.OTHER, "Complaint, edited", "e.txt", "text/plain",
                EDITED.getBytes(StandardCharsets.UTF_8), EDITED, null).id();
        OutlineNode count = add(OutlineNode.of(caseId, null, 0, NodeKind.COUNT, "Breach"));
        allegation = add(OutlineNode.of(caseId, count.id(), 0, NodeKind.ALLEGATION, "Payment was due in May"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    OutlineNode add(OutlineNode draft) {
        AtomicReference<OutlineNode> made = new AtomicReference<>();
        services.editor().addNode(draft, made::set).apply();
        return made.get();
    }

    Passage highlight(String words) {
        int start = ORIGINAL.indexOf(words);
        AtomicReference<Passage> made = new AtomicReference<>();
        services.editor().highlight(original, start, start + words.length(), made::set).apply();
        return made.get();
    }

    @Test
    void annotations_exported_from_a_case_land_on_an_edited_copy_exact_moved_changed_or_not_found() throws Exception {
        Passage due = highlight("payment was due on 3 May");
        services.editor().link(due.id(), allegation.id(), LinkRole.SUPPORTS).apply();
        services.editor().updatePassage(due.id(), due.start(), due.end(), "Check the date \u2014 " + S + ".").apply();
        highlight("wrote to the landlord about the broken heating");
        highlight("relied on the promise of repayment");
        highlight("shredded the invoices in December before anyone could read them");
        byte[] json = services.annotations().export(caseId);

        AnnotationImport.Plan plan = services.annotationImport().plan("garcia.jsonld", json, edited);
        assertEquals("4 annotations: 1 exact, 1 moved, 1 changed, 1 not found", plan.summary());
        AnnotationImport.Placed changed = plan.in(CarryState.CHANGED).get(0);
        assertEquals("relied upon the promise of full repayment", changed.place().quote());
        assertTrue(plan.forTheUser().get(0).contains("closest: \u201crelied upon the promise of full repayment\u201d"), plan.forTheUser().toString());
        assertTrue(plan.forTheUser().get(1).contains("not found"), plan.forTheUser().toString());

        Edit edit = services.annotationImport().edit(plan);
        edit.apply();
        List<Passage> made = store.passages().forDocument(edited).stream().sorted(Comparator.comparingInt(Passage::start)).toList();
        assertEquals(2, made.size());
        assertEquals(EDITED.indexOf("payment was due"), made.get(0).start(), "exact, after 𝔖: code points became UTF-16 units");
        assertEquals("payment was due on 3 May", made.get(0).quote());
        assertEquals("Check the date \u2014 " + S + ".", made.get(0).note());
        assertEquals(EDITED.indexOf("wrote to the landlord"), made.get(1).start(), "moved with the paragraph");
        List<Link> links = store.passages().links(caseId).stream().filter(l -> l.passageId() == made.get(0).id()).toList();
        assertEquals(1, links.size());
        assertEquals(allegation.id(), links.get(0).nodeId(), "the tag names the allegation by its title");
        assertEquals(LinkRole.SUPPORTS, links.get(0).role());

        edit.revert();
        assertEquals(0, store.passages().forDocument(edited).size(), "undo takes them away");
        edit.apply();
        assertEquals(made.stream().map(Passage::id).toList(),
                store.passages().forDocument(edited).stream().sorted(Comparator.comparingInt(Passage::start)).map(Passage::id).toList(),
                "redo brings back the same passages");
        assertEquals(1, store.passages().links(caseId).stream().filter(l -> l.passageId() == made.get(0).id()).count());
    }

    @Test
    void the_changed_and_the_not_found_wait_in_the_review_queue_and_are_confirmed_or_dropped_undoably() throws Exception {
        Passage relied = highlight("relied on the promise of repayment");
        services.editor().link(relied.id(), allegation.id(), LinkRole.SUPPORTS).apply();
        services.editor().updatePassage(relied.id(), relied.start(), relied.end(), "Reliance \u2014 check the date.").apply();
        highlight("shredded the invoices in December before anyone could read them");
        highlight("wrote to the landlord about the broken heating");
        byte[] json = services.annotations().export(caseId);

        AnnotationImport.Plan plan = services.annotationImport().plan("notes.json", json, edited);
        assertEquals(2, plan.queued().size());
        Edit imported = services.annotationImport().edit(plan);
        imported.apply();
        assertEquals(1, store.passages().forDocument(edited).size(), "the moved one is a passage at once");
        List<AmendmentService.WaitingAnnotation> queue = services.amendments().annotationQueue(caseId);
        assertEquals(2, queue.size(), "the changed and the not found one wait");
        AnnotationPending changed = queue.stream().map(AmendmentService.WaitingAnnotation::item)
                .filter(a -> a.state() == CarryState.CHANGED).findFirst().orElseThrow();
        AnnotationPending lost = queue.stream().map(AmendmentService.WaitingAnnotation::item)
                .filter(a -> a.state() == CarryState.ORPHANED).findFirst().orElseThrow();
        assertEquals("relied on the promise of repayment", changed.quote());
        assertEquals("relied upon the promise of full repayment", changed.candidate());
        assertEquals("web annotation from notes.json", changed.origin());
        assertEquals("Reliance \u2014 check the date.", changed.note());
        assertEquals(-1, lost.start());
        AmendmentService.WaitingAnnotation lostWaits = queue.stream().filter(w -> w.item().id() == lost.id()).findFirst().orElseThrow();
        assertTrue(lostWaits.showStart() >= 0 && lostWaits.showEnd() > lostWaits.showStart(),
                "the one not found is shown at the place it stated (this text has no paragraphs)");
        CaseSnapshot waiting = services.cases().snapshot(caseId);
        assertEquals(2, waiting.waitingCount());
        assertEquals(java.util.Map.of(allegation.id(), 1), waiting.waitingNodes(), "the allegation its tag names is marked as waiting");
        var report = services.reports().model(caseId, org.claimbench.report.ReportOptions.defaults());
        assertTrue(report.notice() != null && report.notice().contains("2 web annotations read into this case wait in the review queue"),
                "the report says what it leaves out: " + report.notice());
        String html = new String(ReportService.render(report, org.claimbench.report.ReportFormat.HTML), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(html.contains("2 web annotations read into this case wait"), "and so does the printed report");

        // undo of the import takes the passage and the queue away together; redo brings both back with their ids
        imported.revert();
        assertEquals(0, store.passages().forDocument(edited).size());
        assertEquals(0, services.amendments().annotationQueue(caseId).size());
        imported.apply();
        assertEquals(List.of(changed.id(), lost.id()), services.amendments().annotationQueue(caseId).stream().map(w -> w.item().id()).toList());

        Edit confirm = services.amendments().confirmAnnotation(changed.id());
        confirm.apply();
        Passage made = store.passages().forDocument(edited).stream().filter(p -> p.quote().equals(changed.candidate())).findFirst().orElseThrow();
        assertEquals("Reliance \u2014 check the date.", made.note(), "the annotation's note");
        List<Link> links = store.passages().links(caseId).stream().filter(l -> l.passageId() == made.id()).toList();
        assertEquals(1, links.size(), "its tag linked again");
        assertEquals(LinkRole.SUPPORTS, links.get(0).role());
        assertEquals(org.claimbench.domain.CarryDecision.CONFIRMED, store.pendingAnnotations().find(changed.id()).orElseThrow().decision());
        assertEquals(made.id(), store.pendingAnnotations().find(changed.id()).orElseThrow().carriedPassageId());
        assertThrows(org.claimbench.store.StoreException.class, () -> services.amendments().confirmAnnotation(lost.id()),
                "nothing was offered for the one not found");
        Edit drop = services.amendments().dropAnnotation(lost.id());
        drop.apply();
        assertEquals(0, services.amendments().annotationQueue(caseId).size());
        assertEquals(2, store.passages().forDocument(edited).size(), "a dropped one makes no passage");

        drop.revert();
        confirm.revert();
        assertEquals(2, services.amendments().annotationQueue(caseId).size(), "undo puts both back in the queue");
        assertEquals(1, store.passages().forDocument(edited).size(), "and takes the confirmed passage away");
        confirm.apply();
        assertEquals(made.id(), store.passages().forDocument(edited).stream().filter(p -> p.quote().equals(changed.candidate()))
                .findFirst().orElseThrow().id(), "redo brings the same passage back");

        int start = EDITED.indexOf("5. Plaintiff");
        Edit re = services.amendments().reselectAnnotation(lost.id(), start, start + 10);
        re.apply();
        assertEquals(3, store.passages().forDocument(edited).size());
        assertEquals(org.claimbench.domain.CarryDecision.RESELECTED, store.pendingAnnotations().find(lost.id()).orElseThrow().decision());
        String cleared = services.reports().model(caseId, org.claimbench.report.ReportOptions.defaults()).notice();
        assertTrue(cleared == null || !cleared.contains("web annotation"), "nothing waits any more: " + cleared);
    }

    static final String HAND_WRITTEN = """
            {
              "@context": "http://www.w3.org/ns/anno.jsonld",
              "type": "AnnotationCollection",
              "label": "Notes from a reader",
              "first": {
                "type": "AnnotationPage",
                "items": [
                  { "type": "Annotation", "motivation": "commenting", "bodyValue": "Which agreement? \u201cthe agreement\u201d is vague.",
                    "target": { "source": "https://example.org/complaint.txt",
                                "selector": { "type": "TextQuoteSelector", "exact": "Under the agreement", "prefix": "1. ", "suffix": ", payment" } } },
                  { "type": "Annotation", "motivation": "tagging",
                    "body": [ { "type": "TextualBody", "value": "payment was due in may" }, { "type": "TextualBody", "value": "Tenant\u2019s letter" } ],
                    "target": { "source": "https://example.org/complaint.txt",
                                "selector": [ { "type": "TextPositionSelector", "start": %d, "end": %d } ] } },
                  { "type": "Annotation", "target": "https://example.org/complaint.txt" }
                ]
              }
            }
            """;

    @Test
    void a_hand_written_collection_with_a_quote_only_a_place_only_and_tags() throws Exception {
        String words = "Ren\u00e9e paid nothing";
        int at = EDITED.indexOf(words);
        int start = EDITED.codePointCount(0, at);
        byte[] json = HAND_WRITTEN.formatted(start, start + words.length()).getBytes(StandardCharsets.UTF_8);
        AnnotationImport.Plan plan = services.annotationImport().plan("reader.json", json, edited);
        assertEquals("2 annotations: 2 exact, 0 moved, 0 changed, 0 not found", plan.summary());
        assertTrue(plan.notImported().get(0).contains("names no quote or place"), plan.notImported().toString());
        services.annotationImport().edit(plan).apply();
        List<Passage> made = store.passages().forDocument(edited).stream().sorted(Comparator.comparingInt(Passage::start)).toList();
        assertEquals("Under the agreement", made.get(0).quote());
        assertEquals("Which agreement? \u201cthe agreement\u201d is vague.", made.get(0).note());
        assertEquals(words, made.get(1).quote());
        assertEquals("Tags: Tenant\u2019s letter", made.get(1).note(), "a tag that names no node is kept in the note");
        List<Link> links = store.passages().links(caseId).stream().filter(l -> l.passageId() == made.get(1).id()).toList();
        assertEquals(1, links.size(), "\u201cpayment was due in may\u201d names the allegation, in any case");
        assertEquals(LinkRole.ASSERTS, links.get(0).role());

        // one annotation alone, and an array of them, are read too
        String one = "{\"type\":\"Annotation\",\"target\":{\"selector\":{\"type\":\"TextQuoteSelector\",\"exact\":\"Plaintiff seeks damages\"}}}";
        assertEquals(1, services.annotationImport().plan("one.json", one.getBytes(StandardCharsets.UTF_8), edited).count(CarryState.MOVED));
        assertEquals(2, services.annotationImport().plan("two.json", ("[" + one + "," + one + "]").getBytes(StandardCharsets.UTF_8), edited)
                .placed().size());
    }

    @Test
    void bad_json_or_something_else_is_refused_and_nothing_is_written() throws Exception {
        int before = store.passages().forCase(caseId).size();
        for (String[] bad : new String[][] {
                {"{\"type\": \"Annotation\", ", "is not valid JSON"},
                {"{\"type\": \"Person\", \"name\": \"x\"}", "is not a file of web annotations"},
                {"[1, 2, 3]", "is not a file of web annotations"},
                {"42", "is not a file of web annotations"},
                {"", "is empty"},
                {"[" .repeat(500) + "]".repeat(500), "nested or sized beyond"},
                {"{\"type\":\"AnnotationCollection\",\"first\":\"https://example.org/page1\"}", "names its pages by address only"}}) {
            IngestException e = assertThrows(IngestException.class,
                    () -> services.annotationImport().plan("bad.json", bad[0].getBytes(StandardCharsets.UTF_8), edited), bad[0]);
            assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
            assertTrue(e.getMessage().startsWith("bad.json "), e.getMessage());
        }
        assertEquals(before, store.passages().forCase(caseId).size());
    }
}
