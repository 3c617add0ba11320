package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.PageBox;
import org.claimbench.domain.RecognisedBox;
import org.claimbench.ingest.OcrOptions;
import org.claimbench.ingest.Progress;
import org.claimbench.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page image recognised at import by an engine that reads a fixed script at known places: each recognised word is
 * stored with its span of the text and its box, a passage on the page is boxed from those words, a correction moves
 * them with the text, and the case file carries them.
 */
class RecognisedWordBoxesTest {

    Store store;
    Services services;
    ScriptedOcr engine = new ScriptedOcr();
    long caseId;
    Document doc;

    @BeforeEach
    void importThePage() throws Exception {
        store = Store.inMemory();
        services = Services.of(store, null);
        caseId = store.cases().create("Scanned", null, null, null).id();
        doc = services.importer().importBytes(caseId, "page.png", ScriptedOcr.blankPage(), DocumentKind.COMPLAINT, "Complaint (scan)",
                OcrOptions.DEFAULT.withEngine(engine), Progress.NONE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    DocumentView view() {
        return services.documents().view(doc.id());
    }

    /** The box of word {@code word} of script line {@code line}, in points. */
    PageBox scripted(int line, int word) {
        int[] b = engine.boxes.get(line + ":" + word);
        return new PageBox(1, b[0] * ScriptedOcr.PT, b[1] * ScriptedOcr.PT, b[2] * ScriptedOcr.PT, b[3] * ScriptedOcr.PT);
    }

    static void assertBox(PageBox want, PageBox got) {
        String both = want + " vs " + got;
        assertEquals(want.page(), got.page(), both);
        assertEquals(want.left(), got.left(), 0.01, both);
        assertEquals(want.top(), got.top(), 0.01, both);
        assertEquals(want.right(), got.right(), 0.01, both);
        assertEquals(want.bottom(), got.bottom(), 0.01, both);
    }

    @Test
    void each_recognised_word_is_stored_with_its_span_of_the_text_and_its_place_on_the_page() {
        String text = view().text();
        List<RecognisedBox> boxes = store.recognition().boxes(doc.id());
        assertTrue(boxes.size() >= 15, boxes.toString());
        int previousEnd = 0;
        for (RecognisedBox b : boxes) {
            assertTrue(b.start() >= previousEnd, "in text order, not overlapping: " + b);
            previousEnd = b.end();
            assertFalse(text.substring(b.start(), b.end()).isBlank(), b.toString());
        }
        // "boat" on the second line of the script is the word at its fifth place
        int boat = text.indexOf("boat");
        RecognisedBox first = boxes.stream().filter(b -> b.start() == boat).findFirst().orElseThrow();
        assertEquals(boat + 4, first.end());
        assertEquals(1, first.page());
        assertBox(scripted(1, 4), first.box());
        assertEquals(93f, first.confidence());
        int typo = text.indexOf("Defendnat");
        RecognisedBox uncertain = boxes.stream().filter(b -> b.start() == typo).findFirst().orElseThrow();
        assertTrue(uncertain.uncertain());
        assertBox(scripted(2, 1), uncertain.box());
    }

    @Test
    void a_passage_is_boxed_line_by_line_around_the_words_it_covers() {
        DocumentView v = view();
        String text = v.text();
        int start = text.indexOf("bought a boat");
        List<PageBox> one = services.pages().boxes(v, start, start + "bought a boat".length());
        assertEquals(1, one.size(), one.toString());
        assertBox(new PageBox(1, scripted(1, 2).left(), scripted(1, 2).top(), scripted(1, 4).right(), scripted(1, 4).bottom()), one.get(0));

        // over a printed line's end: one box on each line
        int from = text.indexOf("money from");
        int to = text.indexOf("the sale") + "the sale".length();
        List<PageBox> two = services.pages().boxes(v, from, to);
        assertEquals(2, two.size(), two.toString());
        assertBox(new PageBox(1, scripted(3, 4).left(), scripted(3, 4).top(), scripted(3, 5).right(), scripted(3, 5).bottom()), two.get(0));
        assertBox(new PageBox(1, scripted(4, 0).left(), scripted(4, 0).top(), scripted(4, 1).right(), scripted(4, 1).bottom()), two.get(1));

        // part of a word: the share of the word's box its letters fill
        int sold = text.indexOf("sold");
        List<PageBox> part = services.pages().boxesOnPage(v, sold, sold + 2, 1);
        assertEquals(1, part.size());
        PageBox whole = scripted(2, 2);
        assertEquals(whole.left(), part.get(0).left(), 0.01);
        assertEquals(whole.left() + whole.width() / 2, part.get(0).right(), 0.01);

    }

    @Test
    void the_page_lists_its_recognised_words_for_the_view_with_the_uncertain_ones_marked() {
        List<RecognisedBox> words = services.pages().recognisedWords(doc.id(), 1);
        assertEquals(store.recognition().boxes(doc.id()), words);
        assertEquals(1, words.stream().filter(RecognisedBox::uncertain).count());
        assertEquals(List.of(), services.pages().recognisedWords(doc.id(), 2));
    }

    @Test
    void a_correction_moves_the_boxes_with_the_text_and_undo_puts_them_back() {
        List<RecognisedBox> before = store.recognition().boxes(doc.id());
        String text = view().text();
        int typo = text.indexOf("Defendnat");
        Edit edit = new CaseEditor(store).correctText(doc.id(), typo, typo + "Defendnat".length(), "Defendant Co.");
        edit.apply();
        String now = view().text();
        int delta = "Defendant Co.".length() - "Defendnat".length();
        List<RecognisedBox> after = store.recognition().boxes(doc.id());
        assertEquals(before.size(), after.size());
        RecognisedBox corrected = after.stream().filter(b -> b.start() == typo).findFirst().orElseThrow();
        assertEquals(typo + "Defendant Co.".length(), corrected.end(), "the word's box holds the words it now reads");
        assertBox(scripted(2, 1), corrected.box());
        int boat = now.lastIndexOf("boat");
        RecognisedBox lastBoat = after.get(after.size() - 1);
        assertEquals(boat, lastBoat.start(), "a word after the change moves with it");
        assertEquals(before.get(before.size() - 1).start() + delta, lastBoat.start());
        int from = now.indexOf("Defendant Co. sold");
        List<PageBox> passage = services.pages().boxes(view(), from, from + "Defendant Co. sold".length());
        assertEquals(1, passage.size());
        assertBox(new PageBox(1, scripted(2, 1).left(), scripted(2, 1).top(), scripted(2, 2).right(), scripted(2, 2).bottom()), passage.get(0));

        edit.revert();
        assertEquals(before, store.recognition().boxes(doc.id()));
    }

    @Test
    void the_case_file_carries_the_boxes_and_an_older_file_without_them_still_opens() throws Exception {
        CaseArchive archive = new CaseArchive(store);
        List<RecognisedBox> before = store.recognition().boxes(doc.id());
        byte[] file = archive.export(caseId);
        Map<String, byte[]> entries = CaseArchiveTest.entries(file);
        assertTrue(new String(entries.get("manifest.json")).contains("\"version\" : " + CaseArchive.VERSION), new String(entries.get("manifest.json")));
        assertTrue(new String(entries.get("case.json")).contains("\"wordBoxes\""));

        long copy = archive.importFile("scan.claimcase", file, CaseArchive.Existing.KEEP_BOTH);
        Document copied = store.documents().list(copy).get(0);
        assertEquals(before, store.recognition().boxes(copied.id()));
        String text = store.documents().text(copied.id());
        int start = text.indexOf("bought a boat");
        DocumentView v = services.documents().view(copied.id());
        assertEquals(1, services.pages().boxes(v, start, start + "bought a boat".length()).size());

        // a version 5 file knows nothing of word boxes: it opens, and its pages have none
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(entries.get("case.json"));
        for (var d : json.get("documents")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) d).remove("wordBoxes");
        }
        var manifest = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(entries.get("manifest.json"));
        manifest.put("version", 5);
        Map<String, byte[]> old = new HashMap<>(entries);
        old.put("case.json", mapper.writeValueAsBytes(json));
        old.put("manifest.json", mapper.writeValueAsBytes(manifest));
        long older = archive.importFile("old.claimcase", CaseArchiveTest.zip(old), CaseArchive.Existing.KEEP_BOTH);
        Document oldDoc = store.documents().list(older).get(0);
        assertEquals(text, store.documents().text(oldDoc.id()));
        assertEquals(List.of(), store.recognition().boxes(oldDoc.id()));
        assertEquals(List.of(), services.pages().boxes(services.documents().view(oldDoc.id()), start, start + 4),
                "no box rather than a guess");

        // a box out of order is refused
        var broken = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(entries.get("case.json"));
        var boxes = (com.fasterxml.jackson.databind.node.ArrayNode) broken.get("documents").get(0).get("wordBoxes");
        boxes.add(boxes.get(0).deepCopy());
        Map<String, byte[]> bad = new HashMap<>(entries);
        bad.put("case.json", mapper.writeValueAsBytes(broken));
        String why = org.junit.jupiter.api.Assertions.assertThrows(org.claimbench.ingest.IngestException.class,
                () -> archive.importFile("bad.claimcase", CaseArchiveTest.zip(bad), CaseArchive.Existing.KEEP_BOTH)).getMessage();
        assertTrue(why.contains("recognised words"), why);
    }
}
