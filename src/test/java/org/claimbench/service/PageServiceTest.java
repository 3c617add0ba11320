package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.analysis.PassageBoxes;
import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.PageBox;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.claimbench.domain.WordBox;
import org.claimbench.ingest.FixturePdfs;
import org.claimbench.ingest.PleadingParser;
import org.claimbench.ingest.Progress;
import org.claimbench.ingest.TextLines;
import org.claimbench.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pages of an imported complaint on pleading paper, and where its passages stand on them: the whole way from the
 * PDF through import and the store to the boxes, checked against the words the page prints.
 */
class PageServiceTest {

    Store store;
    Services services;
    long caseId;
    DocumentView complaint;

    @BeforeEach
    void open() throws Exception {
        store = Store.inMemory();
        services = Services.of(store, null);
        caseId = store.cases().create("Okafor v. Lantern Hill Orchards", null, null, null).id();
        Document d = services.importer().importBytes(caseId, "okafor.pdf", FixturePdfs.orchardPleading(), DocumentKind.COMPLAINT, null,
                Progress.NONE);
        complaint = services.documents().view(d.id());
    }

    @AfterEach
    void close() {
        store.close();
    }

    PageService pages() {
        return services.pages();
    }

    /** The words of the page whose middles lie inside the boxes, in the order the page prints them. */
    List<String> wordsInside(List<PageBox> boxes, int page) {
        List<String> inside = new ArrayList<>();
        for (WordBox w : pages().words(complaint.document().id(), page)) {
            float x = (w.left() + w.right()) / 2;
            float y = w.middle();
            if (boxes.stream().anyMatch(b -> b.page() == page && x >= b.left() && x <= b.right() && y >= b.top() && y <= b.bottom())) {
                inside.add(w.text());
            }
        }
        return inside;
    }

    static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }

    Segment paragraph(String label) {
        return complaint.segments().stream().filter(s -> s.kind() == SegmentKind.NUMBERED_PARAGRAPH && label.equals(s.label()))
                .findFirst().orElseThrow();
    }

    @Test
    void the_pages_of_a_pdf_are_counted_and_sized() throws Exception {
        PageService.Pages p = pages().pages(complaint.document().id());
        assertTrue(p.shown());
        assertTrue(p.count() >= 3, "pages: " + p.count());
        assertEquals(612, p.size(1).width(), 0.01);
        assertEquals(792, p.size(1).height(), 0.01);
        assertEquals(Math.round(612 * 1.25f), pages().render(complaint.document().id(), 2, 1.25f).getWidth(), 1);
    }

    @Test
    void a_passage_across_a_printed_line_break_is_boxed_line_by_line_without_the_margin_numbers() throws Exception {
        String text = complaint.text();
        Segment eight = paragraph("8");
        String passage = "recorded a weight on the ticket only after the bin had left the row,";
        int start = text.indexOf("recorded a weight", eight.start());
        int end = text.indexOf("left the row,", start) + "left the row,".length();
        assertEquals(words(passage), words(text.substring(start, end)), "the text reads so, whatever its line breaks");
        int page = PassageBoxes.pageOf(complaint.lines(), start);
        List<PageBox> boxes = pages().boxes(complaint, start, end);
        assertTrue(boxes.size() >= 2, "the passage runs over two printed lines or more: " + boxes);
        assertTrue(boxes.stream().allMatch(b -> b.page() == page));
        assertEquals(words(passage), wordsInside(boxes, page), "the boxes hold the passage's words and nothing else");
        assertTrue(boxes.stream().allMatch(b -> b.left() > 90), "no box reaches the margin's numbers: " + boxes);
        for (int i = 1; i < boxes.size(); i++) {
            assertTrue(boxes.get(i).top() > boxes.get(i - 1).bottom() - 1, "one box a printed line, top to bottom");
        }
    }

    @Test
    void a_paragraph_across_two_pages_is_boxed_on_both() {
        Segment across = complaint.segments().stream().filter(s -> s.kind() == SegmentKind.NUMBERED_PARAGRAPH)
                .filter(s -> PassageBoxes.pagesOf(complaint.lines(), s.start(), s.end()).size() == 2).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph runs over a page's end"));
        List<Integer> twoPages = PassageBoxes.pagesOf(complaint.lines(), across.start(), across.end());
        List<PageBox> boxes = pages().boxes(complaint, across.start(), across.end());
        List<String> found = new ArrayList<>();
        for (int page : twoPages) {
            assertTrue(boxes.stream().anyMatch(b -> b.page() == page), "a part on page " + page + ": " + boxes);
            found.addAll(wordsInside(boxes, page));
        }
        assertEquals(words(complaint.text().substring(across.start(), across.end())), found);
    }

    @Test
    void the_title_is_boxed_in_the_caption_not_in_the_footer_that_prints_it_again() {
        String text = complaint.text();
        int start = text.indexOf("COMPLAINT FOR DAMAGES");
        int page = PassageBoxes.pageOf(complaint.lines(), start);
        assertEquals(1, page);
        List<PageBox> title = pages().boxes(complaint, start, start + "COMPLAINT FOR DAMAGES".length());
        assertEquals(1, title.size(), title.toString());
        assertEquals(List.of("COMPLAINT", "FOR", "DAMAGES"), wordsInside(title, page));
        assertTrue(title.get(0).bottom() < 700, "the caption's title, not the footer's at the page's foot: " + title);
        assertEquals(List.of(), pages().boxes(complaint, start, start), "an empty stretch has no box");
    }

    @Test
    void a_word_file_and_a_damaged_pdf_have_no_pages_but_say_why() throws Exception {
        Document docx = services.importer().importBytes(caseId, "okafor.docx", FixturePdfs.orchardDocx(), DocumentKind.COMPLAINT,
                "Word copy", Progress.NONE);
        PageService.Pages none = pages().pages(docx.id());
        assertFalse(none.shown());
        assertEquals("This document has no pages (it was read from a Word file).", none.absent());

        var parsed = new PleadingParser().parse(TextLines.of("1. A paragraph of a file whose bytes were damaged.\n"));
        Document broken = services.documents().store(caseId, DocumentKind.EXHIBIT, "Damaged", "damaged.pdf", "application/pdf",
                "%PDF-1.4\nnothing more".getBytes(), parsed);
        PageService.Pages damaged = pages().pages(broken.id());
        assertFalse(damaged.shown());
        assertTrue(damaged.absent().contains("damaged"), damaged.absent());
        assertEquals(List.of(), pages().words(broken.id(), 1));
    }
}
