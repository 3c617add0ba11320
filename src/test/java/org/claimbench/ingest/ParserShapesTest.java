package org.claimbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.domain.Segment;
import org.junit.jupiter.api.Test;

/** Smaller shapes that real filings take, each in a complaint written for the test. */
class ParserShapesTest {

    static ParsedPleading parse(String text) {
        return new PleadingParser().parse(TextLines.of(text));
    }

    @Test
    void wrappedAndHyphenatedLinesJoinIntoOneParagraph() {
        ParsedPleading p = parse("""
                1. The vendor's account team held a pre-
                sales meeting with the site in March 2017, and
                the notes of that meeting are in Plaintiff's pos-
                session.
                2. Second.
                """);
        assertEquals("The vendor's account team held a pre-sales meeting with the site in March 2017, and the notes of that "
                + "meeting are in Plaintiff's possession.", p.textOf(p.numberedParagraphs().get(0)));
    }

    @Test
    void claimForReliefAndSpelledOutCountsAreCounts() {
        ParsedPleading p = parse("""
                1. Facts.

                2. More facts.

                FIRST CLAIM FOR RELIEF
                (Negligent Misrepresentation — Against Defendant Acme Corp.)

                3. Plaintiff realleges paragraphs 1-2.

                COUNT TWO: UNJUST ENRICHMENT

                4. Plaintiff repeats the allegations above.
                """);
        assertEquals(List.of("FIRST CLAIM FOR RELIEF", "COUNT TWO"), p.counts().stream().map(ParsedCount::label).toList());
        assertEquals(List.of("Acme Corp."), p.counts().get(0).against());
        assertEquals(List.of(1, 2), p.counts().get(0).incorporates());
        assertEquals("UNJUST ENRICHMENT", p.counts().get(1).title());
        assertEquals(List.of(1, 2, 3), p.counts().get(1).incorporates());
    }

    @Test
    void outOfSequenceNumbersDoNotStartParagraphs() {
        ParsedPleading p = parse("""
                1. The agreement ran for 36 months.
                2. Its fee was stated as follows:
                400. This number is a quoted figure, not a paragraph.
                3. Third.
                """);
        assertEquals(List.of("1", "2", "3"), p.numberedParagraphs().stream().map(Segment::label).toList());
        assertTrue(p.textOf(p.numberedParagraphs().get(1)).contains("400. This number"));
    }
}
