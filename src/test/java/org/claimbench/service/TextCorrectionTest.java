package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.domain.AnchorState;
import org.claimbench.domain.Citation;
import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.FlagDecision;
import org.claimbench.domain.FlagVerdict;
import org.claimbench.domain.Passage;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.claimbench.domain.SourceLine;
import org.claimbench.domain.TextCorrection;
import org.claimbench.domain.TextSource;
import org.claimbench.domain.UncertainWord;
import org.claimbench.ingest.FixturePdfs;
import org.claimbench.ingest.IngestException;
import org.claimbench.ingest.Progress;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A scanned complaint is recognised on import; the store keeps how its text was obtained and the words it was
 * unsure of, and the user corrects recognised words in place. A correction moves every span into the text with
 * it, keeps a highlight's quote as it was read, is undone and redone exactly, and travels in the case file.
 */
class TextCorrectionTest {

    static byte[] scan;

    Store store;
    CaseEditor editor;
    long caseId;
    Document doc;

    @BeforeAll
    static void scanOnce() {
        scan = FixturePdfs.scannedComplaint(2);
    }

    @BeforeEach
    void importScan() throws IngestException {
        store = Store.inMemory();
        editor = new CaseEditor(store);
        caseId = store.cases().create("Scanned", null, null, null).id();
        doc = new ImportService(store).importBytes(caseId, "scan.pdf", scan, DocumentKind.COMPLAINT, "Complaint (scan)", Progress.NONE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Everything in the store that points into the document's text. */
    record Spans(String text, List<Segment> segments, List<Citation> citations, List<SourceLine> lines, List<Passage> passages,
                 List<FlagDecision> flags, List<UncertainWord> uncertain, List<TextCorrection> corrections) {
    }

    Spans spans() {
        long id = doc.id();
        return new Spans(store.documents().text(id), store.documents().segments(id), store.documents().citations(id),
                store.documents().sourceLines(id), store.passages().forDocument(id), store.flags().forCase(caseId),
                store.recognition().uncertainWords(id), store.recognition().corrections(id));
    }

    /** The first numbered paragraph's span, and a word of it at least five letters long, with its offset. */
    int[] wordInFirstParagraph(String text) {
        Segment p = store.documents().segments(doc.id()).stream().filter(s -> s.kind() == SegmentKind.NUMBERED_PARAGRAPH)
                .findFirst().orElseThrow();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b[a-z]{5,}\\b").matcher(text).region(p.start() + 20, p.end());
        assertTrue(m.find(), "a word in ¶ " + p.label());
        return new int[] {p.start(), p.end(), m.start(), m.end()};
    }

    @Test
    void theStoreKnowsHowTheTextWasObtainedAndWhichWordsAreUncertain() {
        TextSource s = store.recognition().textSource(doc.id());
        assertEquals(TextSource.OCR, s.kind());
        assertEquals(2, s.pages());
        assertEquals(2, s.pagesRecognised());
        assertEquals("eng", s.language());
        assertTrue(s.engine().startsWith("Tesseract "), s.engine());
        assertTrue(s.words() > 150 && s.meanConfidence() > 80, s.describe());
        String text = store.documents().text(doc.id());
        List<UncertainWord> uncertain = store.recognition().uncertainWords(doc.id());
        assertTrue(uncertain.size() <= s.uncertainWords(), uncertain.size() + " of " + s.describe());
        int previousEnd = 0;
        for (UncertainWord w : uncertain) {
            assertTrue(w.start() >= previousEnd && w.end() <= text.length(), w.toString());
            assertTrue(w.confidence() < TextSource.UNCERTAIN_BELOW, w.toString());
            assertFalse(text.substring(w.start(), w.end()).isBlank(), w.toString());
            previousEnd = w.end();
        }
        assertTrue(new DocumentImporter(store).view(doc.id()).correctable());
    }

    @Test
    void aCorrectionMovesEverySpanAndKeepsAHighlightsQuote() {
        String text = store.documents().text(doc.id());
        int[] at = wordInFirstParagraph(text);
        String word = text.substring(at[2], at[3]);
        // a highlight over the whole paragraph, one after it, a decision on a flag after it, and an uncertain word on it
        Passage over = apply(editor.highlight(doc.id(), at[0], at[1], null), () -> store.passages().forDocument(doc.id()).get(0));
        int laterStart = at[1] + 1 + text.substring(at[1] + 1).indexOf(' ') + 1;
        applyOnly(editor.highlight(doc.id(), laterStart, laterStart + 8, null));
        store.flags().save(new FlagDecision(0, caseId, doc.id(), laterStart, laterStart + 4, "hedge", text.substring(laterStart, laterStart + 4),
                FlagVerdict.DISMISSED, null, null));
        store.recognition().insertUncertain(doc.id(), List.of(new UncertainWord(at[2], at[3], 41f)));
        Spans before = spans();

        String corrected = word + "ly";
        Edit edit = editor.correctText(doc.id(), at[2], at[3], corrected);
        assertTrue(edit.changesText());
        edit.apply();
        Spans after = spans();

        assertEquals(text.substring(0, at[2]) + corrected + text.substring(at[3]), after.text());
        assertEquals(before.uncertain().size() - 1, after.uncertain().size(), "the corrected word is no longer uncertain");
        assertEquals(1, after.corrections().size());
        TextCorrection c = after.corrections().get(0);
        assertEquals(word, c.original());
        assertEquals(corrected, c.replacement());
        assertEquals(41f, c.confidence());
        assertEquals(corrected, after.text().substring(c.start(), c.end()));

        Passage moved = store.passages().find(over.id()).orElseThrow();
        assertEquals(AnchorState.CORRECTED, moved.anchor(), "the highlight over the corrected word says so");
        assertEquals(over.quote(), moved.quote(), "and keeps its quote as it was read");
        assertEquals(at[0], moved.start());
        assertEquals(at[1] + 2, moved.end());
        // every other span still holds exactly its words
        for (Passage p : after.passages()) {
            if (p.id() != over.id()) {
                assertEquals(p.quote(), after.text().substring(p.start(), p.end()), "highlight " + p.id());
                assertEquals(AnchorState.ANCHORED, p.anchor());
            }
        }
        for (FlagDecision f : after.flags()) {
            assertEquals(f.text(), after.text().substring(f.start(), f.end()), "flag decision " + f.kind());
        }
        for (Citation ct : after.citations()) {
            assertEquals(ct.text(), after.text().substring(ct.start(), ct.end()).substring(0, Math.min(ct.text().length(), ct.end() - ct.start())));
        }
        for (int i = 0; i < before.segments().size(); i++) {
            Segment b = before.segments().get(i);
            Segment a = after.segments().get(i);
            String expected = b.start() <= at[2] && b.end() >= at[3]
                    ? before.text().substring(b.start(), at[2]) + corrected + before.text().substring(at[3], b.end())
                    : before.text().substring(b.start(), b.end());
            assertEquals(expected, after.text().substring(a.start(), a.end()), "segment " + b.label());
        }
        assertEquals(before.lines().size(), after.lines().size());
        for (int i = 0; i < before.lines().size(); i++) {
            SourceLine b = before.lines().get(i);
            SourceLine a = after.lines().get(i);
            assertEquals(b.page() + ":" + b.line(), a.page() + ":" + a.line());
            int shift = b.start() >= at[3] ? 2 : 0;
            assertEquals(b.start() + shift, a.start(), "printed line " + b.page() + ":" + b.line());
        }

        edit.revert();
        assertEquals(before, spans(), "undo brings back the words as recognised and every span as it was");
        edit.apply();
        assertEquals(after, spans(), "redo makes exactly the same correction, with the same id");
    }

    @Test
    void twoCorrectionsAreUndoneInTurn() {
        String text = store.documents().text(doc.id());
        int[] at = wordInFirstParagraph(text);
        Spans original = spans();
        Edit first = editor.correctText(doc.id(), at[2], at[3], "X");
        first.apply();
        Spans afterFirst = spans();
        Edit second = editor.correctText(doc.id(), at[2], at[2] + 1, "Yzzz");
        second.apply();
        assertEquals(2, store.recognition().corrections(doc.id()).size());
        assertTrue(store.documents().text(doc.id()).startsWith(text.substring(0, at[2]) + "Yzzz"));
        second.revert();
        assertEquals(afterFirst, spans());
        first.revert();
        assertEquals(original, spans());
    }

    @Test
    void aCorrectionIsRefusedWithAReason() {
        String text = store.documents().text(doc.id());
        int[] at = wordInFirstParagraph(text);
        int newline = text.indexOf('\n', at[0]);
        assertEquals("Select the recognised words to correct.",
                assertThrows(StoreException.class, () -> editor.correctText(doc.id(), at[2], at[2], "x")).getMessage());
        assertTrue(assertThrows(StoreException.class, () -> editor.correctText(doc.id(), newline - 2, newline + 2, "ab"))
                .getMessage().contains("one line"));
        assertTrue(assertThrows(StoreException.class, () -> editor.correctText(doc.id(), at[2], at[3], "  "))
                .getMessage().startsWith("Type the words"));
        assertTrue(assertThrows(org.claimbench.service.Unchanged.class, () -> editor.correctText(doc.id(), at[2], at[3],
                text.substring(at[2], at[3]))).getMessage().contains("nothing to change"));

        Document typed = store.documents().insert(caseId, DocumentKind.COMMENTARY, "Notes", "notes.txt", "text/plain",
                "Plain words.".getBytes(java.nio.charset.StandardCharsets.UTF_8), "Plain words.", null);
        String why = assertThrows(StoreException.class, () -> editor.correctText(typed.id(), 0, 5, "Plane")).getMessage();
        assertTrue(why.startsWith("Only text recognised from a scan can be corrected"), why);
        assertEquals(original(), store.documents().text(doc.id()), "nothing changed");
    }

    private String original() {
        return store.documents().text(doc.id());
    }

    @Test
    void theCaseFileKeepsHowTheTextWasObtainedItsUncertainWordsAndCorrections() throws Exception {
        String text = store.documents().text(doc.id());
        int[] at = wordInFirstParagraph(text);
        applyOnly(editor.highlight(doc.id(), at[0], at[1], null));
        store.recognition().insertUncertain(doc.id(), List.of(new UncertainWord(at[1] - 3, at[1], 12.5f)));
        applyOnly(editor.correctText(doc.id(), at[2], at[3], "corrected"));
        Spans made = spans();

        CaseArchive archive = new CaseArchive(store);
        byte[] file = archive.export(caseId);
        long copy = archive.importFile("copy.claimcase", file, CaseArchive.Existing.KEEP_BOTH);
        Document copied = store.documents().list(copy).get(0);
        assertEquals(store.recognition().textSource(doc.id()), store.recognition().textSource(copied.id()));
        assertEquals(made.uncertain(), store.recognition().uncertainWords(copied.id()));
        List<TextCorrection> corrections = store.recognition().corrections(copied.id());
        assertEquals(1, corrections.size());
        TextCorrection c = corrections.get(0);
        TextCorrection mine = made.corrections().get(0);
        assertEquals(java.util.Arrays.asList(mine.start(), mine.end(), mine.original(), mine.replacement(), mine.confidence(), mine.created()),
                java.util.Arrays.asList(c.start(), c.end(), c.original(), c.replacement(), c.confidence(), c.created()));
        Passage p = store.passages().forDocument(copied.id()).get(0);
        assertEquals(AnchorState.CORRECTED, p.anchor());
        assertEquals(made.passages().get(0).quote(), p.quote());
        // kept beside the case it came from, the copy's title gains " (2)"; everything else is the same
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var written = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(CaseArchiveTest.entries(file).get("case.json"));
        var again = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(CaseArchiveTest.entries(archive.export(copy)).get("case.json"));
        assertEquals(written.get("title").asText() + " (2)", again.get("title").asText());
        again.put("title", written.get("title").asText());
        assertEquals(written, again, "export → import → export gives the same case data");
    }

    @Test
    void aCaseFileWhoseCorrectionDoesNotMatchItsTextIsRefused() throws Exception {
        String text = store.documents().text(doc.id());
        int[] at = wordInFirstParagraph(text);
        applyOnly(editor.correctText(doc.id(), at[2], at[3], "corrected"));
        CaseArchive archive = new CaseArchive(store);
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var entries = CaseArchiveTest.entries(archive.export(caseId));
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(entries.get("case.json"));
        var correction = (com.fasterxml.jackson.databind.node.ObjectNode) json.get("documents").get(0).get("corrections").get(0);
        assertEquals("corrected", correction.get("replacement").asText());
        correction.put("replacement", "something else");
        entries.put("case.json", mapper.writeValueAsBytes(json));
        byte[] file = CaseArchiveTest.zip(entries);
        int before = store.cases().list().size();
        String why = assertThrows(IngestException.class, () -> archive.importFile("bad.claimcase", file, CaseArchive.Existing.KEEP_BOTH))
                .getMessage();
        assertEquals("bad.claimcase is damaged: a correction of \u201cComplaint (scan)\u201d does not match its document's text.", why);
        assertEquals(before, store.cases().list().size(), "nothing was imported");
    }

    @Test
    void theReportSaysHowEachDocumentsTextWasRead() throws Exception {
        String text = store.documents().text(doc.id());
        int[] at = wordInFirstParagraph(text);
        applyOnly(editor.correctText(doc.id(), at[2], at[3], "corrected"));
        store.documents().insert(caseId, DocumentKind.COMMENTARY, "Notes", "notes.txt", "text/plain",
                "Plain words.".getBytes(java.nio.charset.StandardCharsets.UTF_8), "Plain words.", null);
        var model = org.claimbench.service.Services.of(store, null).reports().model(caseId, org.claimbench.report.ReportOptions.defaults());
        assertEquals(2, model.documents().size());
        var scanRow = model.documents().get(0);
        TextSource s = store.recognition().textSource(doc.id());
        assertEquals("Complaint (scan)", scanRow.title());
        assertEquals(String.format(java.util.Locale.ROOT, "Recognised from page images by %s (eng): 2 of 2 pages recognised, mean word"
                        + " confidence %.0f of 100, %d of %d words below 60, %d still marked uncertain", s.engine(), s.meanConfidence(),
                s.uncertainWords(), s.words(), store.recognition().uncertainWords(doc.id()).size()), scanRow.text());
        assertEquals("1 word or line corrected by the reader", scanRow.corrections());
        assertEquals("read from the file's own text", model.documents().get(1).text());
        assertEquals("", model.documents().get(1).corrections());
        String html = org.claimbench.report.HtmlReport.render(model);
        // without an outline the report is its cover, what is missing, and this list
        assertTrue(html.contains("The documents and how their text was read"), "the HTML report lists the documents");
        assertTrue(html.contains("1 word or line corrected by the reader"));
    }

    private <T> T apply(Edit e, java.util.function.Supplier<T> what) {
        e.apply();
        return what.get();
    }

    private void applyOnly(Edit e) {
        e.apply();
    }
}
