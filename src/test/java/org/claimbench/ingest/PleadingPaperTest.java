package org.claimbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.claimbench.domain.PageLine;
import org.claimbench.domain.PageLines;
import org.claimbench.domain.Segment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo's California complaint, printed by the test on pleading paper with margin line numbers 1–28. */
class PleadingPaperTest {

    static Fixtures.Pdf pdf;
    static ParsedPleading parsed;

    @BeforeAll
    static void read() throws Exception {
        String source = Fixtures.text("/org/claimbench/demo/complaint.txt");
        pdf = Fixtures.pdf(source, true, null, "COMPLAINT FOR DAMAGES");
        parsed = new PleadingParser().parse(Readers.read("roe-complaint.pdf", pdf.bytes(), Progress.NONE).lines());
    }

    @Test
    void findsTheParagraphsCountsAndCaption() {
        assertEquals(IntStream.rangeClosed(1, 41).mapToObj(String::valueOf).toList(),
                parsed.numberedParagraphs().stream().map(Segment::label).toList());
        assertEquals(List.of("31", "35", "38"), parsed.counts().stream().map(ParsedCount::startParagraph).toList());
        assertEquals(List.of("FIRST CAUSE OF ACTION", "SECOND CAUSE OF ACTION", "THIRD CAUSE OF ACTION"),
                parsed.counts().stream().map(ParsedCount::label).toList());
        assertEquals("24-CIV-04417", parsed.caption().caseNumber());
        assertEquals(List.of("JANE ROE 1", "JANE ROE 2", "JANE ROE 3"), parsed.caption().plaintiffs());
    }

    @Test
    void everyParagraphStartsAtThePageAndLineItWasPrintedOn() {
        assertTrue(pdf.pages() >= 4, "pages: " + pdf.pages());
        for (Segment s : parsed.numberedParagraphs()) {
            int[] printed = pdf.paragraphStarts().get(s.label());
            assertNotNull(printed, s.label());
            assertEquals(new PageLine(printed[0], printed[1]), s.first(), "\u00b6 " + s.label());
            assertEquals(s.first(), PageLines.at(parsed.lines(), s.start()));
        }
    }

    @Test
    void marginNumbersHeadersAndFootersLeaveTheText() {
        String text = parsed.text();
        assertFalse(text.contains("COMPLAINT FOR DAMAGES\nCOMPLAINT FOR DAMAGES"));
        assertEquals(1, count(text, "COMPLAINT FOR DAMAGES"), "only the caption's title remains, not the footers");
        assertFalse(text.matches("(?s).*- \\d+ -.*"), "page numbers are gone");
        Segment five = parsed.numberedParagraphs().get(4);
        assertEquals("Plaintiff Jane Roe 1 is an adult resident of San Mateo County, California. She proceeds under a "
                + "pseudonym because of the nature of the harm she suffered.", parsed.textOf(five));
        assertTrue(parsed.lines().stream().allMatch(l -> l.line() >= 1 && l.line() <= 28));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
    @Test
    void aLongPdfReadOnSeveralThreadsGivesTheSameLinesAsOnOne() throws Exception {
        byte[] pdf = FixturePdfs.longPleading(120);
        List<RawLine> one = PdfReader.read(pdf, Progress.NONE, 1);
        List<RawLine> four = PdfReader.read(pdf, Progress.NONE, 4);
        int pages = one.get(one.size() - 1).page();
        assertTrue(pages >= 2 * PdfReader.PAGES_PER_PART, "long enough to be read in parts: " + pages + " pages");
        assertEquals(one, four);
        // progress counts every page once, in order, whatever thread read it
        List<Long> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        PdfReader.read(pdf, new Progress() {
            @Override
            public void update(String message, long done, long total) {
                seen.add(done);
                assertEquals(pages, total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        }, 4);
        assertEquals(java.util.stream.LongStream.rangeClosed(1, pages).boxed().toList(), seen);
    }

    @Test
    void aCancelStopsEveryThread() {
        byte[] pdf = FixturePdfs.longPleading(120);
        java.util.concurrent.atomic.AtomicInteger updates = new java.util.concurrent.atomic.AtomicInteger();
        assertThrows(CancelledException.class, () -> PdfReader.read(pdf, new Progress() {
            @Override
            public void update(String message, long done, long total) {
                updates.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return updates.get() >= 3;
            }
        }, 4));
        assertTrue(updates.get() < 20, "stopped soon after the cancel: " + updates.get() + " pages");
    }
}
