package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.AnswerResponse;
import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.ResponseStatus;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.claimbench.ingest.OcrOptions;
import org.claimbench.ingest.Progress;
import org.claimbench.report.ReportFormat;
import org.claimbench.report.ReportOptions;
import org.claimbench.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** With the Answer read, the outline knows which allegations are disputed and the report puts the unproven ones first. */
class AnswerReportTest {

    private final Store store = Store.inMemory();
    private final Services services = Services.of(store, null);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aDisputedAllegationWithoutEvidenceHeadsTheReport() throws Exception {
        long caseId = services.cases().create("Ashdown v. Blue Heron Marina").id();
        Document complaint = services.importer().importBytesChecked(caseId, "ashdown.txt",
                AmendmentServiceTest.ORIGINAL.getBytes(StandardCharsets.UTF_8), DocumentKind.COMPLAINT, null, OcrOptions.DEFAULT, null,
                Progress.NONE).document();
        Document answer = services.importer().importBytesChecked(caseId, "answer.txt",
                "ANSWER\n\n1. Admitted.\n\n2. Denied.\n\n3. Defendant lacks knowledge of the storm's forecast.\n".getBytes(StandardCharsets.UTF_8),
                DocumentKind.ANSWER, "Answer", OcrOptions.DEFAULT, null, Progress.NONE).document();
        store.answers().setAnswers(answer.id(), complaint.id());
        List<String> labels = new ArrayList<>();
        for (Segment s : store.documents().segments(complaint.id())) {
            if (s.kind() == SegmentKind.NUMBERED_PARAGRAPH) {
                labels.add(s.label());
            }
        }
        List<AnswerResponse> responses = new ArrayList<>();
        for (String l : labels) {
            ResponseStatus st = l.equals("1") ? ResponseStatus.ADMITTED : l.equals("2") ? ResponseStatus.DENIED
                    : l.equals("3") ? ResponseStatus.WITHOUT_KNOWLEDGE : ResponseStatus.NOT_ANSWERED;
            responses.add(st == ResponseStatus.NOT_ANSWERED ? new AnswerResponse(l, st, -1, -1, null, null, null, null)
                    : new AnswerResponse(l, st, 8, 20, null, null, null, "numbered"));
        }
        store.answers().deleteResponses(answer.id()); // the import read it already; these responses are set by hand
        store.answers().insertResponses(answer.id(), complaint.id(), responses);

        String text = store.documents().text(complaint.id());
        OutlineNode promise = allegation(caseId, "The marina promised to haul the boat out");
        OutlineNode kept = allegation(caseId, "Plaintiff kept a boat there");
        link(complaint.id(), text, "promised in writing", promise);
        link(complaint.id(), text, "kept a sailboat", kept);

        var answered = services.cases().snapshot(caseId).answered();
        assertEquals(ResponseStatus.DENIED, answered.get(promise.id()).status());
        assertTrue(answered.get(promise.id()).disputed());
        assertEquals(ResponseStatus.ADMITTED, answered.get(kept.id()).status());
        assertEquals("admitted (\u00b6 1)", answered.get(kept.id()).describe());

        var m = services.reports().model(caseId, ReportOptions.defaults());
        assertEquals(List.of(promise.id()), m.disputedFirst().stream().map(s -> s.nodeId()).toList(),
                "the disputed allegation without evidence comes first; the admitted one does not");
        assertEquals(1, m.answer().disputedAllegations());
        assertEquals(1, (int) m.answer().paragraphs().get(ResponseStatus.DENIED));
        assertTrue(m.answerSentence().contains("1 denied") && m.answerSentence().contains("1 without knowledge"), m.answerSentence());
        var section = m.chart().stream().filter(s -> s.nodeId() == kept.id()).findFirst().orElseThrow();
        assertEquals("admitted (\u00b6 1)", section.answer());
        String html = new String(ReportService.render(m, ReportFormat.HTML), StandardCharsets.UTF_8);
        assertTrue(html.indexOf("Disputed allegations without evidence") < html.indexOf("Proof chart"));
        assertFalse(html.contains("Answer: denied"), "the Answer is a column of the chart, not a line under the allegation");
        assertTrue(html.contains("<th>Answer</th>"), "the chart's Answer column");
        assertTrue(html.contains("<span class=\"answer-status\" style=\"color:#CF222E\">denied</span><div class=\"answer-cites\">\u00b6\u00a02</div>"),
                "the status word in the window's colour, the paragraph under it");
        assertTrue(html.contains("style=\"color:#1A7F37\">admitted</span>"));
        assertTrue(html.contains("<td colspan=\"5\" class=\"none\">No evidence recorded.</td><td class=\"answer-cell\">"),
                "an allegation without evidence still has its Answer cell");
        byte[] docx = ReportService.render(m, ReportFormat.DOCX);
        try (var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            var answerTables = d.getTables().stream().filter(t -> t.getRow(0).getTableCells().size() == 6
                    && t.getRow(0).getCell(5).getText().equals("Answer")).toList();
            assertFalse(answerTables.isEmpty(), "the DOCX chart has the Answer column too");
            var denied = answerTables.stream().flatMap(t -> t.getRows().stream()).flatMap(r -> r.getTableCells().stream())
                    .filter(c -> c.getText().startsWith("denied")).findFirst().orElseThrow();
            assertEquals("CF222E", denied.getParagraphs().get(0).getRuns().get(0).getColor());
            assertEquals("\u00b6\u00a02", denied.getParagraphs().get(1).getText());
            assertTrue(d.getParagraphs().stream().noneMatch(p -> p.getText().startsWith("Answer: ")));
        }
        String csv = new String(ReportService.render(m, ReportFormat.CSV), StandardCharsets.UTF_8);
        assertTrue(csv.lines().findFirst().orElseThrow().endsWith("\"wording\",\"answer\""), csv.lines().findFirst().orElseThrow());
        assertTrue(csv.contains("admitted (\u00b6 1)"));

        store.answers().insertDefenses(answer.id(), List.of(new org.claimbench.domain.AffirmativeDefense(1, "Waiver", 0, 6, null, null)));
        byte[] file = services.archive().export(caseId);
        String json = new String(CaseArchiveTest.entries(file).get("case.json"), StandardCharsets.UTF_8);
        store.cases().delete(caseId);
        long copy = services.archive().importFile("ashdown.claimcase", file, CaseArchive.Existing.KEEP_BOTH);
        Document answerCopy = store.documents().list(copy).stream().filter(d -> d.kind() == DocumentKind.ANSWER).findFirst().orElseThrow();
        assertEquals(responses, store.answers().responses(answerCopy.id()), "the responses travel in the case file");
        assertEquals("Waiver", store.answers().defenses(answerCopy.id()).get(0).title());
        assertTrue(store.answers().answers(answerCopy.id()).isPresent());
        assertEquals(json, new String(CaseArchiveTest.entries(services.archive().export(copy)).get("case.json"), StandardCharsets.UTF_8),
                "export \u2192 import \u2192 export is exact");
        var entries = CaseArchiveTest.entries(file);
        entries.put("case.json", json.replace("\"status\" : \"DENIED\"", "\"status\" : \"DENIED_MAYBE\"").getBytes(StandardCharsets.UTF_8));
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.claimbench.ingest.IngestException.class,
                () -> services.archive().importFile("bad.claimcase", CaseArchiveTest.zip(entries), CaseArchive.Existing.KEEP_BOTH));
        assertTrue(e.getMessage().contains("unknown status"), e.getMessage());

        long plain = services.cases().create("No answer yet").id();
        assertNull(services.reports().model(plain, ReportOptions.defaults()).answer(), "without an Answer the report has no Answer part");
    }

    private OutlineNode allegation(long caseId, String title) {
        OutlineNode[] made = new OutlineNode[1];
        services.editor().addNode(new OutlineNode(0, caseId, null, 0, NodeKind.ALLEGATION, title, null, null, null, null, null, null),
                n -> made[0] = n).apply();
        return made[0];
    }

    private void link(long doc, String text, String words, OutlineNode node) {
        int at = text.indexOf(words);
        long[] id = new long[1];
        services.editor().highlight(doc, at, at + words.length(), p -> id[0] = p.id()).apply();
        services.editor().link(id[0], node.id(), LinkRole.ASSERTS).apply();
    }

    @Test
    void anAnswersWordsAreResponsesNotHedges() throws Exception {
        long caseId = services.cases().create("Ashdown v. Blue Heron Marina").id();
        Document complaint = services.importer().importBytesChecked(caseId, "ashdown.txt",
                AmendmentServiceTest.ORIGINAL.getBytes(StandardCharsets.UTF_8), DocumentKind.COMPLAINT, null, OcrOptions.DEFAULT, null,
                Progress.NONE).document();
        Document answer = services.importer().importBytesChecked(caseId, "answer.txt", ("ANSWER\n\n1. Defendant lacks knowledge or "
                + "information sufficient to form a belief about the truth of the allegations of paragraph 1, and on information and "
                + "belief denies them.\n\n2. Denied.\n").getBytes(StandardCharsets.UTF_8), DocumentKind.ANSWER, "Answer", OcrOptions.DEFAULT,
                null, Progress.NONE).document();
        var flags = services.wording().flags(caseId, services.wording().screen());
        assertTrue(flags.stream().noneMatch(f -> f.documentId() == answer.id()), "nothing of the Answer is flagged");
        assertTrue(flags.stream().allMatch(f -> f.documentId() == complaint.id()));
    }

    @Test
    void theAnswersDefensesBecomeNodesToChart() throws Exception {
        long caseId = services.cases().create("Okafor v. Orchard").id();
        byte[] answer;
        try (var in = getClass().getResourceAsStream("/fixtures/answers/california-answer.txt")) {
            answer = in.readAllBytes();
        }
        services.importer().importBytesChecked(caseId, "answer.txt", answer, DocumentKind.ANSWER, "Answer", OcrOptions.DEFAULT, null,
                Progress.NONE);
        List<String>[] heard = new List[1];
        Edit e = services.outlineBuilder().fromDefenses(caseId, nodes -> heard[0] = nodes.stream().map(OutlineNode::title).toList());
        e.apply();
        List<OutlineNode> defenses = store.outline().nodes(caseId).stream().filter(n -> n.kind() == NodeKind.DEFENSE).toList();
        assertEquals(5, defenses.size());
        assertEquals(heard[0], defenses.stream().map(OutlineNode::title).toList());
        assertTrue(defenses.get(0).body().contains("The defendant bears the burden"), defenses.get(0).body());
        assertEquals(NodeKind.ELEMENT, NodeKind.DEFENSE.childKind());
        var m = services.reports().model(caseId, ReportOptions.defaults());
        assertEquals(5, m.chart().stream().filter(s -> s.kind() == NodeKind.DEFENSE && s.depth() == 0).count(), "charted at the top level");
        Edit again = services.outlineBuilder().fromDefenses(caseId, null);
        again.apply();
        assertTrue(again.changesNothing(), "a defense already in the outline is not added twice");
        e.revert();
        assertEquals(0, store.outline().nodes(caseId).stream().filter(n -> n.kind() == NodeKind.DEFENSE).count());
        e.apply();
        assertEquals(defenses, store.outline().nodes(caseId).stream().filter(n -> n.kind() == NodeKind.DEFENSE).toList(), "redo: the same nodes");
    }

    private byte[] resource(String path) throws Exception {
        try (var in = getClass().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    @Test
    void anAnswerImportedBeforeItsComplaintAnswersItOnceItComes() throws Exception {
        long caseId = services.cases().create("Okafor v. Orchard").id();
        Document answer = services.importer().importBytesChecked(caseId, "answer.txt", resource("/fixtures/answers/california-answer.txt"),
                DocumentKind.ANSWER, "Answer", OcrOptions.DEFAULT, null, Progress.NONE).document();
        assertTrue(store.answers().answers(answer.id()).isEmpty(), "no complaint to answer yet");
        assertEquals(List.of(), store.answers().responses(answer.id()));
        Document complaint = services.importer().importBytesChecked(caseId, "orchard.txt", resource("/fixtures/orchard-complaint.txt"),
                DocumentKind.COMPLAINT, null, OcrOptions.DEFAULT, null, Progress.NONE).document();
        assertEquals(java.util.Optional.of(complaint.id()), store.answers().answers(answer.id()));
        long paragraphs = store.documents().segments(complaint.id()).stream().filter(x -> x.kind() == SegmentKind.NUMBERED_PARAGRAPH).count();
        assertEquals(paragraphs, store.answers().responses(answer.id()).size());
        assertTrue(store.answers().responses(answer.id()).stream().allMatch(r -> r.status() == ResponseStatus.DENIED), "the general denial");
        assertTrue(services.cases().snapshot(caseId).responsesBySegment().size() > 0);
    }

    @Test
    void theReportTellsWhatTheAnswerSaysOfThePrayer() throws Exception {
        long caseId = services.cases().create("Osei-Bonsu v. Tallwater").id();
        services.importer().importBytesChecked(caseId, "c.txt", AmendmentServiceTest.ORIGINAL.getBytes(StandardCharsets.UTF_8),
                DocumentKind.COMPLAINT, null, OcrOptions.DEFAULT, null, Progress.NONE);
        Document answer = services.importer().importBytesChecked(caseId, "answer.txt", resource("/fixtures/answers/federal-answer.txt"),
                DocumentKind.ANSWER, "Answer", OcrOptions.DEFAULT, null, Progress.NONE).document();
        assertTrue(store.answers().pleaded(answer.id()).stream().anyMatch(r -> r.scope() == org.claimbench.domain.ResponseScope.PRAYER));
        var m = services.reports().model(caseId, ReportOptions.defaults());
        assertTrue(m.answer().otherResponses().contains("the prayer, denied"), m.answer().otherResponses().toString());
        assertTrue(m.answerSentence().contains("Besides: "), m.answerSentence());
        byte[] file = services.archive().export(caseId);
        String json = new String(CaseArchiveTest.entries(file).get("case.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"pleaded\"") && json.contains("\"PRAYER\""), "the pleaded responses travel in the case file");
        store.cases().delete(caseId);
        long copy = services.archive().importFile("c.claimcase", file, CaseArchive.Existing.KEEP_BOTH);
        assertEquals(json, new String(CaseArchiveTest.entries(services.archive().export(copy)).get("case.json"), StandardCharsets.UTF_8));
    }
}
