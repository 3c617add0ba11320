package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.claimbench.domain.CarryDecision;
import org.claimbench.domain.CarryState;
import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.claimbench.domain.PassageCarry;
import org.claimbench.ingest.OcrOptions;
import org.claimbench.ingest.Progress;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An amended complaint imported as amending the first: its highlights carried, the rest waiting for the user. */
public class AmendmentServiceTest {

    public static final String ORIGINAL = String.join("\n",
            "UNITED STATES DISTRICT COURT", "DISTRICT OF OREGON", "",
            "PERRIN ASHDOWN, Plaintiff,", "v.", "BLUE HERON MARINA LLC, Defendant.", "", "COMPLAINT", "",
            "1. Plaintiff kept a sailboat at the Blue Heron Marina from 2019 to 2023.", "",
            "2. The marina promised in writing to haul the boat out before each winter storm season.", "",
            "3. In November 2022 the marina left the boat in the water during a forecast storm.", "",
            "4. The storm tore the boat from its mooring and drove it onto the breakwater.", "",
            "COUNT I - BREACH OF CONTRACT", "",
            "5. The marina breached its written promise to haul the boat out.", "",
            "COUNT II - NEGLIGENCE", "",
            "6. The marina owed a duty of care to the owners of boats in its slips.", "");

    public static final String AMENDED = String.join("\n",
            "UNITED STATES DISTRICT COURT", "DISTRICT OF OREGON", "",
            "PERRIN ASHDOWN, Plaintiff,", "v.", "BLUE HERON MARINA LLC and CASCADE YARD SERVICES INC., Defendants.", "",
            "FIRST AMENDED COMPLAINT", "",
            "1. Plaintiff is a resident of Multnomah County and a member of no yacht club.", "",
            "2. Plaintiff kept a sailboat at the Blue Heron Marina from 2019 to 2023.", "",
            "3. The marina promised in writing to haul the boat out before each winter storm season.", "",
            "4. In late November 2022 the marina left the boat in the water during a forecast windstorm.", "",
            "5. The storm tore the boat from its mooring and drove it onto the breakwater.", "",
            "COUNT I - BREACH OF CONTRACT", "",
            "6. The marina breached its written promise to haul the boat out.", "");

    Store store;
    Services services;
    long caseId;
    Document original;
    Map<String, Passage> passages;
    OutlineNode allegation;

    @BeforeEach
    void setUp() throws Exception {
        store = Store.inMemory();
        services = Services.of(store, null);
        caseId = services.cases().create("Ashdown v. Blue Heron Marina").id();
        original = importText("ashdown.txt", ORIGINAL, DocumentKind.COMPLAINT, null);
        OutlineNode[] node = new OutlineNode[1];
        services.editor().addNode(new OutlineNode(0, caseId, null, 0, NodeKind.ALLEGATION, "The marina left the boat in the water",
                null, null, null, null, null, null), n -> node[0] = n).apply();
        allegation = node[0];
        passages = Map.of(
                "promise", highlight("promised in writing to haul the boat out"),
                "storm", highlight("In November 2022 the marina left the boat in the water during a forecast storm."),
                "breach", highlight("breached its written promise"),
                "duty", highlight("owed a duty of care to the owners of boats in its slips"));
        link(passages.get("storm"));
        link(passages.get("promise"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    Document importText(String name, String text, DocumentKind kind, Long amends) throws Exception {
        return services.importer().importBytesChecked(caseId, name, text.getBytes(StandardCharsets.UTF_8), kind, null,
                OcrOptions.DEFAULT, amends, Progress.NONE).document();
    }

    Passage highlight(String words) {
        String text = store.documents().text(original.id());
        int at = text.indexOf(words);
        assertTrue(at >= 0, words);
        Passage[] made = new Passage[1];
        services.editor().highlight(original.id(), at, at + words.length(), p -> made[0] = p).apply();
        return made[0];
    }

    void link(Passage p) {
        services.editor().link(p.id(), allegation.id(), LinkRole.ASSERTS).apply();
    }

    Map<Long, PassageCarry> carries(long into) {
        return store.carries().into(into).stream().collect(Collectors.toMap(PassageCarry::passageId, Function.identity()));
    }

    @Test
    void eachPassageGetsItsStateAndTheSameWordsCarryTheirLinks() throws Exception {
        Document amended = importText("ashdown-fac.txt", AMENDED, DocumentKind.AMENDED_COMPLAINT, original.id());
        assertEquals(original.id(), amended.supersedesId(), "the chain: the amended complaint supersedes the one it amends");
        AmendmentService.Outcome o = services.amendments().carry(original.id(), amended.id());
        Map<Long, PassageCarry> c = carries(amended.id());
        assertEquals(CarryState.EXACT, c.get(passages.get("promise").id()).state(), "renumbered ¶ 2 → ¶ 3, same words");
        assertEquals(CarryState.EXACT, c.get(passages.get("breach").id()).state());
        assertEquals(CarryState.CHANGED, c.get(passages.get("storm").id()).state(), "reworded inside the highlight");
        assertEquals(CarryState.ORPHANED, c.get(passages.get("duty").id()).state(), "its count was dropped");
        assertEquals(2, o.exact() + o.moved());
        assertEquals(2, o.waiting().size());

        String newText = store.documents().text(amended.id());
        for (PassageCarry pc : c.values()) {
            if (pc.decision() == CarryDecision.AUTO) {
                Passage carried = store.passages().find(pc.carriedPassageId()).orElseThrow();
                Passage old = store.passages().find(pc.passageId()).orElseThrow();
                assertEquals(old.quote(), newText.substring(carried.start(), carried.end()), "never different words");
                assertEquals(amended.id(), carried.documentId());
            } else {
                assertEquals(CarryDecision.PENDING, pc.decision());
                assertNull(pc.carriedPassageId());
            }
        }
        long promiseCarried = c.get(passages.get("promise").id()).carriedPassageId();
        assertTrue(store.passages().links(caseId).stream().anyMatch(l -> l.passageId() == promiseCarried && l.nodeId() == allegation.id()),
                "the allegation keeps its link through the carry");
        assertEquals(Map.of(allegation.id(), 1), services.cases().snapshot(caseId).waitingNodes(),
                "the allegation shows that one of its passages waits in the queue");

        AmendmentService.Outcome again = services.amendments().carry(original.id(), amended.id());
        assertEquals(4, again.total(), "carrying a second time adds nothing");
        assertEquals(4, store.carries().into(amended.id()).size());
    }

    @Test
    void theUserConfirmsReselectsOrDropsAndEachDecisionIsUndone() throws Exception {
        Document amended = importText("ashdown-fac.txt", AMENDED, DocumentKind.AMENDED_COMPLAINT, original.id());
        services.amendments().carry(original.id(), amended.id());
        PassageCarry storm = carries(amended.id()).get(passages.get("storm").id());
        assertEquals("In late November 2022 the marina left the boat in the water during a forecast windstorm.", storm.candidate(),
                "the candidate takes the quote's edges: its sentence from its first word to its full stop");

        Edit confirm = services.amendments().confirm(storm.id());
        confirm.apply();
        PassageCarry confirmed = store.carries().find(storm.id()).orElseThrow();
        assertEquals(CarryDecision.CONFIRMED, confirmed.decision());
        Passage made = store.passages().find(confirmed.carriedPassageId()).orElseThrow();
        assertEquals(storm.candidate(), made.quote());
        assertTrue(store.passages().links(caseId).stream().anyMatch(l -> l.passageId() == made.id()), "the link comes along");
        assertEquals(Map.of(), services.cases().snapshot(caseId).waitingNodes());
        assertThrows(StoreException.class, () -> services.amendments().drop(storm.id()), "a decided passage is not decided twice");
        confirm.revert();
        assertEquals(CarryDecision.PENDING, store.carries().find(storm.id()).orElseThrow().decision());
        assertTrue(store.passages().find(made.id()).isEmpty(), "undo takes the carried passage away again");
        confirm.apply();
        assertEquals(made.id(), store.carries().find(storm.id()).orElseThrow().carriedPassageId(), "redo brings back the same passage");

        PassageCarry duty = carries(amended.id()).get(passages.get("duty").id());
        assertThrows(StoreException.class, () -> services.amendments().confirm(duty.id()), "nothing was offered to confirm");
        String newText = store.documents().text(amended.id());
        int at = newText.indexOf("promise to haul");
        Edit reselect = services.amendments().reselect(duty.id(), at, at + "promise to haul".length());
        reselect.apply();
        PassageCarry re = store.carries().find(duty.id()).orElseThrow();
        assertEquals(CarryDecision.RESELECTED, re.decision());
        assertEquals("promise to haul", store.passages().find(re.carriedPassageId()).orElseThrow().quote());
        reselect.revert();
        Edit drop = services.amendments().drop(duty.id());
        drop.apply();
        assertEquals(CarryDecision.DROPPED, store.carries().find(duty.id()).orElseThrow().decision());
        assertTrue(services.amendments().queue(caseId).isEmpty(), "the queue is cleared");
        drop.revert();
        assertEquals(1, services.amendments().queue(caseId).size());
        assertNotNull(services.amendments().queue(caseId).get(0).old());
    }

    @Test
    void theComparisonNamesTheAddedDefendantAndTheDroppedCount() throws Exception {
        Document amended = importText("ashdown-fac.txt", AMENDED, DocumentKind.AMENDED_COMPLAINT, original.id());
        var cmp = services.amendments().compare(original.id(), amended.id());
        assertTrue(cmp.summary().contains("1 paragraph added"), cmp.summary());
        assertTrue(cmp.summary().contains("dropped"), cmp.summary());
        assertTrue(cmp.summary().contains("defendant added"), cmp.summary());
    }

    @Test
    void aPleadingOfAnotherCaseCannotBeAmended() throws Exception {
        long other = services.cases().create("Another matter").id();
        var e = assertThrows(org.claimbench.ingest.IngestException.class, () -> services.importer().importBytesChecked(other,
                "x.txt", AMENDED.getBytes(StandardCharsets.UTF_8), DocumentKind.AMENDED_COMPLAINT, null, OcrOptions.DEFAULT,
                original.id(), Progress.NONE));
        assertTrue(e.getMessage().contains("another case"), e.getMessage());
        assertEquals(0, store.documents().list(other).size(), "nothing was stored");
    }

    @Test
    void theChainTheStatesAndTheDecisionsTravelInTheCaseFile() throws Exception {
        Document amended = importText("ashdown-fac.txt", AMENDED, DocumentKind.AMENDED_COMPLAINT, original.id());
        services.amendments().carry(original.id(), amended.id());
        PassageCarry storm = carries(amended.id()).get(passages.get("storm").id());
        services.amendments().confirm(storm.id()).apply();
        byte[] file = services.archive().export(caseId);
        String json = new String(CaseArchiveTest.entries(file).get("case.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"carries\"") && json.contains("\"CONFIRMED\"") && json.contains("CASCADE YARD SERVICES"), "exported");
        store.cases().delete(caseId);
        long copy = services.archive().importFile("ashdown.claimcase", file, CaseArchive.Existing.KEEP_BOTH);
        var states = store.carries().forCase(copy).stream().map(c -> c.state() + "/" + c.decision()).sorted().toList();
        assertEquals(List.of("CHANGED/CONFIRMED", "EXACT/AUTO", "EXACT/AUTO", "ORPHANED/PENDING"), states);
        assertEquals(json, new String(CaseArchiveTest.entries(services.archive().export(copy)).get("case.json"), StandardCharsets.UTF_8),
                "export \u2192 import \u2192 export is exact");

        String damaged = json.replace("\"candidate\" : \"In late", "\"candidate\" : \"On late");
        assertTrue(!damaged.equals(json));
        var entries = CaseArchiveTest.entries(file);
        entries.put("case.json", damaged.getBytes(StandardCharsets.UTF_8));
        int before = store.cases().list().size();
        var e = assertThrows(org.claimbench.ingest.IngestException.class,
                () -> services.archive().importFile("damaged.claimcase", CaseArchiveTest.zip(entries), CaseArchive.Existing.KEEP_BOTH));
        assertTrue(e.getMessage().contains("carried into an amended pleading"), e.getMessage());
        assertEquals(before, store.cases().list().size(), "nothing was imported");
    }

    @Test
    void theReportSaysWhatChangedAndMarksWhatWaits() throws Exception {
        Document amended = importText("ashdown-fac.txt", AMENDED, DocumentKind.AMENDED_COMPLAINT, original.id());
        services.amendments().carry(original.id(), amended.id());
        var m = services.reports().model(caseId, org.claimbench.report.ReportOptions.defaults());
        assertEquals(1, m.amendments().size());
        var a = m.amendments().get(0);
        assertTrue(a.summary().contains("1 defendant added"), a.summary());
        assertEquals(2, a.waiting(), "the changed and the lost highlight");
        assertEquals(4, a.passages().size(), "the appendix lists every highlight of the old version");
        assertEquals(1, a.allegations().size());
        assertTrue(a.allegations().get(0).changes().stream().anyMatch(l -> l.contains("words changed, waiting for review")),
                a.allegations().get(0).changes().toString());
        var section = m.chart().stream().filter(x -> x.nodeId() == allegation.id()).findFirst().orElseThrow();
        assertEquals(2, section.quotes().size(), "the carried passage is quoted once, from the amended complaint");
        assertTrue(section.quotes().stream().anyMatch(q -> q.cite().startsWith("¶ 3") && q.text().contains("promised in writing")),
                section.quotes().toString());
        assertTrue(section.quotes().stream().anyMatch(q -> q.cite().startsWith("Compl. ¶ 3")
                && q.cite().endsWith("waiting for review after the amendment")), section.quotes().toString());
        String html = new String(ReportService.render(m, org.claimbench.report.ReportFormat.HTML), StandardCharsets.UTF_8);
        assertTrue(html.contains("Changes in the amended complaint") && html.contains("Appendix: highlights carried into the amended complaint"));
        byte[] docx = ReportService.render(m, org.claimbench.report.ReportFormat.DOCX);
        try (var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            String all = d.getParagraphs().stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .collect(Collectors.joining("\n"));
            assertTrue(all.contains("Changes in the amended complaint"), "the Word report has the section too");
        }
    }

    @Test
    void buildFromCountsFollowsTheAmendedComplaint() throws Exception {
        services.outlineBuilder().fromCounts(caseId).apply();
        List<String> built = counts();
        assertEquals(List.of("COUNT I \u2014 Breach of Contract", "COUNT II \u2014 Negligence"), built);
        OutlineNode first = countNode("COUNT I");
        assertTrue(first.body().contains("Pleaded from \u00b6 5"), first.body());

        importText("ashdown-fac.txt", AMENDED, DocumentKind.AMENDED_COMPLAINT, original.id());
        OutlineBuilder.CountsEdit follow = services.outlineBuilder().fromCounts(caseId);
        follow.apply();
        assertEquals(List.of("COUNT I \u2014 Breach of Contract", "COUNT II \u2014 Negligence \u2014 dropped in the first amended complaint"),
                counts(), "the dropped count is marked and kept");
        assertTrue(countNode("COUNT I").body().contains("Pleaded from \u00b6 6"), "its pleaded lines are read again: " + countNode("COUNT I").body());
        assertEquals(2, follow.updated().size());
        assertEquals(0, follow.added().size());
        follow.revert();
        assertEquals(built, counts(), "undo puts the outline back");
        assertTrue(countNode("COUNT I").body().contains("Pleaded from \u00b6 5"));
        follow.apply();
        assertTrue(counts().get(1).endsWith("dropped in the first amended complaint"), "and redo again");
    }

    private List<String> counts() {
        return store.outline().nodes(caseId).stream().filter(n -> n.kind() == NodeKind.COUNT).map(OutlineNode::title).toList();
    }

    private OutlineNode countNode(String start) {
        return store.outline().nodes(caseId).stream().filter(n -> n.kind() == NodeKind.COUNT && n.title().startsWith(start)).findFirst()
                .orElseThrow();
    }
}
