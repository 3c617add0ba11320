package org.claimbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.claimbench.domain.PageLine;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.claimbench.domain.SourceLine;
import org.junit.jupiter.api.Test;

/** The quotation and cite that Copy with cite puts on the clipboard. */
class QuotationsTest {

    /** A heading and two numbered paragraphs of a made-up complaint, printed on lines 24 to 27 of page 3 and 1 to 2 of page 4. */
    static final String HEADING = "FACTS";
    static final String P12 = "The manager signed the lease on March 3. She kept a copy in the office safe.";
    static final String P13 = "Nobody asked the tenant to initial the second page, which said \"no pets\" in small type.";
    static final String TEXT = HEADING + "\n" + P12 + "\n" + P13;

    static final List<Segment> SEGMENTS = List.of(
            new Segment(1, 1, 0, SegmentKind.HEADING, null, 0, 5, new PageLine(3, 24), new PageLine(3, 24)),
            new Segment(2, 1, 1, SegmentKind.NUMBERED_PARAGRAPH, "12", 6, 82, new PageLine(3, 25), new PageLine(3, 27)),
            new Segment(3, 1, 2, SegmentKind.NUMBERED_PARAGRAPH, "13", 83, 170, new PageLine(3, 28), new PageLine(4, 2)));

    /** Printed lines: "FACTS" | "The manager signed the lease" | "on March 3. She kept a copy in" | "the office safe." | … */
    static final List<SourceLine> LINES = List.of(
            new SourceLine(0, 3, 24, 0, 5),
            new SourceLine(1, 3, 25, 6, 34),
            new SourceLine(2, 3, 26, 35, 65),
            new SourceLine(3, 3, 27, 66, 82),
            new SourceLine(4, 3, 28, 83, 109),
            new SourceLine(5, 4, 1, 110, 140),
            new SourceLine(6, 4, 2, 141, 170));

    static String quote(String name, List<SourceLine> lines, String words) {
        int start = TEXT.indexOf(words);
        if (start < 0) {
            throw new AssertionError("not in the text: " + words);
        }
        return Quotations.of(name, TEXT, SEGMENTS, lines, start, start + words.length()).plain();
    }

    static String quote(String words) {
        return quote("Compl.", LINES, words);
    }

    @Test
    void wordsOnOnePrintedLineAreCitedByThatLine() {
        assertEquals("\u201csigned the lease\u201d Compl. \u00b6 12, 3:25.", quote("signed the lease"));
    }

    @Test
    void severalLinesOfOnePageAreCitedAsALineRange() {
        assertEquals("\u201cThe manager signed the lease on March 3.\u201d Compl. \u00b6 12, 3:25\u201326.",
                quote("The manager signed the lease on March 3."));
        assertEquals("\u201cThe manager signed the lease on March 3. She kept a copy in the office safe.\u201d Compl. \u00b6 12, 3:25\u201327.",
                quote(P12));
    }

    @Test
    void linesAcrossAPageBreakNameBothPages() {
        assertEquals("\u201cNobody asked the tenant to initial the second page\u201d FAC \u00b6 13, 3:28\u20134:1.",
                quote("FAC", LINES, "Nobody asked the tenant to initial the second page"));
    }

    @Test
    void aSelectionOverTwoParagraphsCitesBoth() {
        assertEquals("\u201cShe kept a copy in the office safe. Nobody asked the tenant\u201d Compl. \u00b6\u00b6 12\u201313, 3:26\u201328.",
                quote("She kept a copy in the office safe.\nNobody asked the tenant"));
        assertEquals("\u201cFACTS The manager\u201d Compl. \u00b6 12, 3:24\u201325.", quote("FACTS\nThe manager"),
                "a heading before the paragraph adds no paragraph");
    }

    @Test
    void textOutsideANumberedParagraphHasNoParagraphPart() {
        assertEquals("\u201cFACTS\u201d Compl. 3:24.", quote(HEADING));
    }

    @Test
    void aDocumentWithoutPagesHasNoPageLinePart() {
        assertEquals("\u201csigned the lease\u201d Compl. \u00b6 12.", quote("Compl.", List.of(), "signed the lease"));
        assertEquals("\u201cShe kept a copy in the office safe. Nobody\u201d Ex. A \u00b6\u00b6 12\u201313.",
                quote("Ex. A", List.of(), "She kept a copy in the office safe.\nNobody"));
        assertEquals("\u201cFACTS\u201d Compl.", quote("Compl.", List.of(), HEADING), "a name ending with a period is not given another");
        assertEquals("\u201cFACTS\u201d Answer.", quote("Answer", List.of(), HEADING));
    }

    @Test
    void doubleQuotesInsideTheQuotationBecomeSingleOnes() {
        assertEquals("\u201cwhich said \u2018no pets\u2019 in small type.\u201d Compl. \u00b6 13, 4:1\u20132.",
                quote("which said \"no pets\" in small type."));
        assertEquals("He wrote \u2018fine\u2019 and \u2018done.\u2019", Quotations.quotation("He wrote \u201cfine\u201d and \"done.\""));
        assertEquals("\u2018Quiet\u2019 (\u2018calm\u2019) hours", Quotations.quotation("\"Quiet\" (\"calm\") hours"));
        assertEquals("the tenant\u2019s \u2018own\u2019 key", Quotations.quotation("the tenant\u2019s \"own\" key"),
                "an apostrophe is left as it is");
    }

    @Test
    void whitespaceRunsAndLineBreaksBecomeSingleSpaces() {
        String text = "  The lease\n\nran   for\ttwo\r\nyears.  \n";
        Quotations.Quoted q = Quotations.of("Compl.", text, List.of(), List.of(), 0, text.length());
        assertEquals("\u201cThe lease ran for two years.\u201d Compl.", q.plain());
    }

    @Test
    void spacesAtTheEndsOfTheSelectionAreLeftOutOfTheCiteToo() {
        int start = TEXT.indexOf("the office safe.");
        int end = TEXT.indexOf("Nobody");
        assertEquals("\u201cthe office safe.\u201d Compl. \u00b6 12, 3:27.", Quotations.of("Compl.", TEXT, SEGMENTS, LINES, start, end).plain(),
                "the line break after the paragraph does not reach into the next one");
        assertNull(Quotations.of("Compl.", "a \n\t b", List.of(), List.of(), 1, 5), "nothing but spaces: nothing to quote");
        assertNull(Quotations.of("Compl.", TEXT, SEGMENTS, LINES, 10, 10), "an empty selection: nothing to quote");
        assertThrows(IllegalArgumentException.class, () -> Quotations.of("Compl.", TEXT, SEGMENTS, LINES, 0, TEXT.length() + 1));
    }

    @Test
    void theHtmlHoldsTheSameQuotationEscapedWithTheParagraphSignKeptToItsNumber() {
        String text = "Rent & fees were <b>due</b> on the 1st.";
        Quotations.Quoted q = Quotations.of("SAC", text, List.of(new Segment(1, 1, 0, SegmentKind.NUMBERED_PARAGRAPH, "7", 0, text.length(),
                null, null)), List.of(new SourceLine(0, 2, 9, 0, text.length())), 0, text.length());
        assertEquals("\u201cRent & fees were <b>due</b> on the 1st.\u201d SAC \u00b6 7, 2:9.", q.plain());
        assertEquals("<p>\u201cRent &amp; fees were &lt;b&gt;due&lt;/b&gt; on the 1st.\u201d SAC \u00b6&nbsp;7, 2:9.</p>", q.html());
        assertEquals("SAC \u00b6 7, 2:9.", q.cite());
    }
}
