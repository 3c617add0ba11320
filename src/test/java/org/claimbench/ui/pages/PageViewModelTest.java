package org.claimbench.ui.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.analysis.PassageBoxes;
import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.PageBox;
import org.claimbench.domain.Passage;
import org.claimbench.domain.WordBox;
import org.claimbench.ingest.FixturePdfs;
import org.claimbench.ingest.PleadingParser;
import org.claimbench.ingest.Progress;
import org.claimbench.ingest.TextLines;
import org.claimbench.service.DocumentView;
import org.claimbench.ui.session.Selection;
import org.claimbench.ui.session.WorkbenchFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The page view's model, without a window: the orchard complaint on pleading paper imported beside the demo case. */
class PageViewModelTest {

    final WorkbenchFixture f = new WorkbenchFixture();
    final PageViewModel vm = f.w.pages();
    Document pdf;

    @BeforeEach
    void importThePdf() throws Exception {
        pdf = f.services.importer().importBytes(f.caseId, "okafor.pdf", FixturePdfs.orchardPleading(), DocumentKind.COMPLAINT,
                "Okafor complaint", Progress.NONE);
        show(pdf.id());
    }

    @AfterEach
    void close() {
        f.close();
    }

    void show(long documentId) {
        f.w.session().open("Opening", () -> f.services.cases().snapshot(f.caseId), Selection.document(documentId), s -> { });
    }

    DocumentView view() {
        return f.w.document().loadedDocumentProperty().get().view();
    }

    /** Highlights the first stretch of the text that reads so, after {@code after}, and returns the new passage. */
    Passage highlight(String words, String after) {
        String text = view().text();
        int start = text.indexOf(words, text.indexOf(after));
        assertTrue(start >= 0, words);
        f.w.document().highlight(start, start + words.length());
        Passage p = f.w.session().selectedPassageProperty().get();
        assertNotNull(p);
        assertEquals(start, p.start());
        return p;
    }

    List<String> wordsIn(List<PageBox> boxes, int page) {
        List<String> in = new ArrayList<>();
        for (WordBox w : f.services.pages().words(pdf.id(), page)) {
            float x = (w.left() + w.right()) / 2;
            if (boxes.stream().anyMatch(b -> x >= b.left() && x <= b.right() && w.middle() >= b.top() && w.middle() <= b.bottom())) {
                in.add(w.text());
            }
        }
        return in;
    }

    @Test
    void off_it_reads_nothing_and_on_it_shows_the_first_page_fitting_the_width() {
        assertNull(vm.pagesProperty().get(), "the page view is off: no page is read");
        assertEquals(0, vm.pageProperty().get());
        vm.showingProperty().set(true);
        assertTrue(vm.pagesProperty().get().shown());
        assertTrue(vm.pagesProperty().get().count() >= 3);
        assertEquals(1, vm.pageProperty().get());
        assertNotNull(vm.imageProperty().get());
        assertEquals("", vm.messageProperty().get());
        assertTrue(vm.fitWidthProperty().get());
        assertEquals(1.0, vm.scaleFor(612), 1e-9, "fitting a pane as wide as the page");
        assertEquals(0.5, vm.scaleFor(306), 1e-9);
    }

    @Test
    void selecting_a_passage_asks_for_its_page_and_its_box() {
        vm.showingProperty().set(true);
        Passage p = highlight("Defendant Vale knew that the pickers were skipping rest breaks", "13.");
        int page = PassageBoxes.pageOf(view().lines(), p.start());
        assertTrue(page > 1, "a passage beyond the first page: page " + page);

        assertEquals(page, vm.pageProperty().get(), "the page holding the passage shows");
        assertNotNull(vm.imageProperty().get());
        List<PageViewModel.Mark> selected = vm.marksProperty().get().stream().filter(PageViewModel.Mark::selected).toList();
        assertFalse(selected.isEmpty(), "the passage has its box: " + vm.marksProperty().get());
        List<PageBox> boxes = selected.stream().map(PageViewModel.Mark::box).toList();
        assertTrue(boxes.stream().allMatch(b -> b.page() == page));
        assertEquals(List.of(p.quote().split("\\s+")), wordsIn(boxes, page).stream().map(w -> w.replaceAll("\\W+$", "")).toList(),
                "the box holds the passage's words");
        WordBox breaks = f.services.pages().words(pdf.id(), page).stream().filter(w -> w.text().equals("breaks,")).findFirst().orElseThrow();
        assertTrue(boxes.get(boxes.size() - 1).right() < breaks.right(), "the comma after the passage is left out");
        assertTrue(selected.get(0).styles().contains("passage"), selected.get(0).styles().toString());
        assertEquals(boxes.get(0), vm.focusProperty().get(), "the box is scrolled into view");

        // another passage selected on another page: the page turns; back to the first, only it is outlined
        Passage q = highlight("picked and packed apples", "1.");
        assertEquals(PassageBoxes.pageOf(view().lines(), q.start()), vm.pageProperty().get());
        assertTrue(vm.marksProperty().get().stream().anyMatch(m -> m.selected() && m.passageId() == q.id()));
        f.w.session().selectedPassageProperty().set(p);
        assertEquals(page, vm.pageProperty().get());
        assertTrue(vm.marksProperty().get().stream().allMatch(m -> m.selected() == (m.passageId() == p.id())));
        assertTrue(vm.marksProperty().get().stream().anyMatch(PageViewModel.Mark::selected));
    }

    @Test
    void the_text_leads_the_page_and_a_page_turned_here_leads_the_text() {
        vm.showingProperty().set(true);
        int third = PassageBoxes.startOfPage(view().lines(), 3);
        assertTrue(third > 0);
        vm.followText(third + 5);
        assertEquals(3, vm.pageProperty().get(), "the page of the text's first line on screen");
        assertNull(vm.textTargetProperty().get(), "following the text does not move it");

        vm.goToPage(2);
        assertEquals(2, vm.pageProperty().get());
        assertEquals(PassageBoxes.startOfPage(view().lines(), 2), vm.textTargetProperty().get(), "the text goes to the page's first line");
        vm.followText(vm.textTargetProperty().get());
        assertEquals(2, vm.pageProperty().get(), "the text, moved there, leaves the page where it is");
        vm.previousPage();
        assertEquals(1, vm.pageProperty().get());
        vm.previousPage();
        assertEquals(1, vm.pageProperty().get(), "no page before the first");
    }

    @Test
    void a_place_the_text_goes_back_to_while_the_pages_are_read_is_the_page_that_opens() {
        f.tasks.hold = true;
        vm.showingProperty().set(true); // the pages are being read…
        int third = PassageBoxes.startOfPage(view().lines(), 3);
        vm.followText(0); // the caret, at the text's start
        vm.followText(third + 5); // …when the text is scrolled back to the line the reader left it at
        assertEquals(0, vm.pageProperty().get());
        f.tasks.release();
        assertEquals(3, vm.pageProperty().get(), "the page of the restored line, not the caret's");
        assertNotNull(vm.imageProperty().get());
    }

    @Test
    void a_recognised_page_shows_where_each_word_was_read_and_boxes_a_passage_from_those_words() throws Exception {
        var engine = new org.claimbench.service.ScriptedOcr();
        Document scan = f.services.importer().importBytes(f.caseId, "page.png", org.claimbench.service.ScriptedOcr.blankPage(),
                DocumentKind.EXHIBIT, "Scan", org.claimbench.ingest.OcrOptions.DEFAULT.withEngine(engine), Progress.NONE);
        vm.showingProperty().set(true);
        show(scan.id());
        assertEquals(1, vm.pageProperty().get());
        List<PageViewModel.WordMark> words = vm.wordMarksProperty().get();
        assertTrue(words.size() >= 15, words.toString());
        assertEquals(1, words.stream().filter(PageViewModel.WordMark::uncertain).count(), "the word read with low confidence");
        assertEquals(PageViewModel.RECOGNISED_NOTE, vm.noteProperty().get());
        assertTrue(vm.showWordBoxesProperty().get(), "shown at first");

        Passage p = highlight("bought a boat", "Plaintiff");
        List<PageBox> boxes = vm.marksProperty().get().stream().filter(m -> m.passageId() == p.id()).map(PageViewModel.Mark::box).toList();
        assertEquals(1, boxes.size(), vm.marksProperty().get().toString());
        int[] bought = engine.boxes.get("1:2");
        int[] boat = engine.boxes.get("1:4");
        assertEquals(bought[0] * org.claimbench.service.ScriptedOcr.PT, boxes.get(0).left(), 0.01);
        assertEquals(boat[2] * org.claimbench.service.ScriptedOcr.PT, boxes.get(0).right(), 0.01);

        show(pdf.id());
        assertEquals(List.of(), vm.wordMarksProperty().get(), "a text layer's words are not outlined");
        assertEquals("", vm.noteProperty().get());
    }

    @Test
    void zoom_steps_and_fit_width() {
        vm.showingProperty().set(true);
        vm.zoomIn(1.0);
        assertFalse(vm.fitWidthProperty().get());
        assertEquals(1.25, vm.zoomProperty().get(), 1e-9);
        assertEquals(1.25, vm.scaleFor(300), 1e-9, "a zoom chosen does not depend on the pane");
        vm.zoomOut(1.25);
        vm.zoomOut(1.0);
        assertEquals(0.8, vm.zoomProperty().get(), 1e-9);
        vm.fitToWidth();
        assertTrue(vm.fitWidthProperty().get());
        assertEquals(2.0, vm.scaleFor(1224), 1e-9);
    }

    @Test
    void drawn_pages_are_kept_within_a_budget_of_memory() {
        vm.showingProperty().set(true);
        var first = vm.imageProperty().get();
        vm.goToPage(2);
        vm.goToPage(1);
        assertSame(first, vm.imageProperty().get(), "a page drawn before is not drawn again");
        vm.needScale(4); // very sharp pages: each takes about 31 MB
        assertEquals(612 * 4, vm.imageProperty().get().getWidth(), 1);
        vm.goToPage(2);
        vm.goToPage(3);
        assertTrue(vm.keptImages() * 612L * 4 * 792 * 4 * 4 <= PageViewModel.IMAGE_BUDGET + 612L * 4 * 792 * 4 * 4,
                "kept: " + vm.keptImages());
        assertTrue(vm.keptImages() <= 2, "kept: " + vm.keptImages());
    }

    static void assertSame(Object a, Object b, String message) {
        org.junit.jupiter.api.Assertions.assertSame(a, b, message);
    }

    @Test
    void a_text_document_has_no_pages() {
        vm.showingProperty().set(true);
        show(demoComplaint());
        assertFalse(vm.pagesProperty().get().shown());
        assertEquals("This document has no pages (it was read from a text file).", vm.messageProperty().get());
        assertEquals(0, vm.pageProperty().get());
        assertNull(vm.imageProperty().get());
        assertEquals(List.of(), vm.marksProperty().get());
    }

    long demoComplaint() {
        return f.snapshot().documents().stream().filter(d -> "text/plain".equals(d.mediaType()) && d.kind() == DocumentKind.COMPLAINT)
                .findFirst().orElseThrow().id();
    }

    @Test
    void a_damaged_original_says_so_in_the_view_without_a_dialog() {
        vm.showingProperty().set(true);
        var parsed = new PleadingParser().parse(TextLines.of("1. A paragraph of a file whose bytes were damaged.\n"));
        Document broken = f.services.documents().store(f.caseId, DocumentKind.EXHIBIT, "Damaged", "damaged.pdf", "application/pdf",
                "%PDF-1.4\nnothing more".getBytes(), parsed);
        show(broken.id());
        assertTrue(vm.messageProperty().get().contains("damaged"), vm.messageProperty().get());
        assertNull(vm.imageProperty().get());
        assertEquals(List.of(), f.dialogs.errors, "no dialog");
    }
}
