package org.claimbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
}
