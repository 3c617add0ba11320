package org.claimbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.IntStream;

import org.claimbench.domain.CitationKind;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoComplaintParseTest {

    static ParsedPleading parsed;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream in = DemoComplaintParseTest.class.getResourceAsStream("/org/claimbench/demo/complaint.txt")) {
            parsed = new PleadingParser().parse(TextLines.of(TextDecoder.decode(in.readAllBytes())));
        }
    }

    @Test
    void findsFortyOneNumberedParagraphsInOrder() {
        List<Segment> paragraphs = parsed.numberedParagraphs();
        assertEquals(41, paragraphs.size());
        assertEquals(IntStream.rangeClosed(1, 41).mapToObj(String::valueOf).toList(),
                paragraphs.stream().map(Segment::label).toList());
        assertEquals("Plaintiff Jane Roe 1 is an adult resident of San Mateo County, California. She proceeds under a "
                + "pseudonym because of the nature of the harm she suffered.", parsed.textOf(paragraphs.get(4)));
    }

    @Test
    void readsTheCaption() {
        var c = parsed.caption();
        assertEquals("SUPERIOR COURT OF THE STATE OF CALIFORNIA, COUNTY OF SAN MATEO", c.court());
        assertEquals("24-CIV-04417", c.caseNumber());
        assertEquals("COMPLAINT FOR DAMAGES; DEMAND FOR JURY TRIAL", c.title());
        assertEquals(List.of("JANE ROE 1", "JANE ROE 2", "JANE ROE 3"), c.plaintiffs());
        assertEquals(List.of("MERIDIAN CLOUD, INC.", "DOES 1 through 20"), c.defendants());
    }

    @Test
    void findsTheThreeCounts() {
        var counts = parsed.counts();
        assertEquals(3, counts.size());
        assertEquals("FIRST CAUSE OF ACTION", counts.get(0).label());
        assertEquals("Beneficiary Liability, 18 U.S.C. § 1595", counts.get(0).title());
        assertEquals(List.of("Meridian Cloud, Inc.", "Does 1 through 20"), counts.get(0).against());
        assertEquals("31", counts.get(0).startParagraph());
        assertEquals(IntStream.rangeClosed(1, 30).boxed().toList(), counts.get(0).incorporates());

        assertEquals("Human Trafficking, Cal. Civ. Code § 52.5", counts.get(1).title());
        assertEquals(List.of("All Defendants"), counts.get(1).against());
        assertEquals("35", counts.get(1).startParagraph());
        assertEquals(IntStream.rangeClosed(1, 34).boxed().toList(), counts.get(1).incorporates());

        assertEquals("Negligence", counts.get(2).title());
        assertEquals("38", counts.get(2).startParagraph());
        assertEquals(IntStream.rangeClosed(1, 30).boxed().toList(), counts.get(2).incorporates());
    }

    @Test
    void findsHeadingsPrayerJuryDemandAndSignature() {
        List<SegmentKind> kinds = parsed.segments().stream().map(Segment::kind).toList();
        assertEquals(SegmentKind.CAPTION, kinds.get(0));
        assertEquals(8, kinds.stream().filter(k -> k == SegmentKind.HEADING).count());
        assertEquals(3, kinds.stream().filter(k -> k == SegmentKind.COUNT_HEADING).count());
        assertEquals(1, kinds.stream().filter(k -> k == SegmentKind.PRAYER).count());
        assertEquals(1, kinds.stream().filter(k -> k == SegmentKind.JURY_DEMAND).count());
        assertEquals(SegmentKind.SIGNATURE, kinds.get(kinds.size() - 1));
        Segment prayer = parsed.segments().stream().filter(s -> s.kind() == SegmentKind.PRAYER).findFirst().orElseThrow();
        assertTrue(parsed.textOf(prayer).contains("For such other relief as the Court deems just."));
    }

    @Test
    void findsCitationsWithTheirParagraphs() {
        List<String> statutes = parsed.citations().stream().filter(c -> c.kind() == CitationKind.STATUTE).map(ParsedCitation::text).toList();
        assertEquals(List.of("18 U.S.C. §§ 1591, 1595", "Code of Civil Procedure section 395.5", "18 U.S.C. § 1595",
                "18 U.S.C. § 1595(a)", "18 U.S.C. § 1591", "Cal. Civ. Code § 52.5", "Penal Code section 236.1",
                "Cal. Civ. Code § 52.5(a)", "18 U.S.C. § 1595(a)", "Cal. Civ. Code § 52.5(b)"), statutes);
        List<String> exhibits = parsed.citations().stream().filter(c -> c.kind() == CitationKind.EXHIBIT).map(ParsedCitation::text).toList();
        assertEquals(List.of("Exhibit A", "Exhibit B", "Exhibit C", "Exhibit A"), exhibits);
        ParsedCitation exhibitB = parsed.citations().stream().filter(c -> c.text().equals("Exhibit B")).findFirst().orElseThrow();
        assertEquals("15", parsed.segments().get(exhibitB.segmentOrdinal()).label());
    }
}
