package org.claimbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.claimbench.domain.CitationKind;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One federal complaint, written for this test, read from every shape a filing comes in. */
class FederalComplaintTest {

    static final String SOURCE = Fixtures.text("/fixtures/federal-complaint.txt");
    static final String STAMP = "Case 5:24-cv-05120-EJD   Document 1   Filed 06/14/24   Page {page} of {pages}";

    enum Shape { TEXT, PDF_WITH_FILING_STAMP, PDF_ON_PLEADING_PAPER, DOCX, HTML }

    static ParsedPleading parse(Shape shape) throws IngestException {
        byte[] bytes = switch (shape) {
            case TEXT -> SOURCE.getBytes(StandardCharsets.UTF_8);
            case PDF_WITH_FILING_STAMP -> Fixtures.pdf(SOURCE, false, STAMP, null).bytes();
            case PDF_ON_PLEADING_PAPER -> Fixtures.pdf(SOURCE, true, null, "CLASS ACTION COMPLAINT").bytes();
            case DOCX -> Fixtures.docx(SOURCE);
            case HTML -> Fixtures.html(SOURCE).getBytes(StandardCharsets.UTF_8);
        };
        String name = switch (shape) {
            case TEXT -> "complaint.txt";
            case DOCX -> "complaint.docx";
            case HTML -> "complaint.html";
            default -> "complaint.pdf";
        };
        return new PleadingParser().parse(Readers.read(name, bytes, Progress.NONE).lines());
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void findsTheTwentySevenParagraphs(Shape shape) throws Exception {
        ParsedPleading p = parse(shape);
        assertEquals(IntStream.rangeClosed(1, 27).mapToObj(String::valueOf).toList(),
                p.numberedParagraphs().stream().map(Segment::label).toList());
        assertEquals("Plaintiffs bring this action against a parcel carrier and its data vendor for charging delivery fees that "
                + "the carrier never disclosed at checkout.", p.textOf(p.numberedParagraphs().get(0)));
        Segment thirteen = p.numberedParagraphs().get(12);
        String t = p.textOf(thirteen);
        assertTrue(t.startsWith("Brightline's own terms, last revised in 2020, stated:"), t);
        assertTrue(t.contains("14. This section survives termination. See also ¶ 14 of the Carrier Agreement."),
                "the block quote stays inside ¶ 13, its marks included: " + t);
        String fifteen = p.textOf(p.numberedParagraphs().get(14));
        assertTrue(fifteen.contains("(a) the fee was labelled") && fifteen.contains("(c) the receipt grouped the fee with taxes."),
                "lettered sub-items stay in ¶ 15: " + fifteen);
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void readsTheCaption(Shape shape) throws Exception {
        var c = parse(shape).caption();
        assertEquals("UNITED STATES DISTRICT COURT, NORTHERN DISTRICT OF CALIFORNIA, SAN JOSE DIVISION", c.court());
        assertEquals("5:24-cv-05120-EJD", c.caseNumber());
        assertEquals("CLASS ACTION COMPLAINT; JURY TRIAL DEMANDED", c.title());
        assertEquals(List.of("MARISOL HARLOW", "TOBIAS WREN"), c.plaintiffs());
        assertEquals(List.of("BRIGHTLINE LOGISTICS, LLC", "PELLAM DATA SYSTEMS, INC.", "GREGOR AXTELL"), c.defendants());
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void findsTheCountsWithTheirPartiesAndIncorporations(Shape shape) throws Exception {
        List<ParsedCount> counts = parse(shape).counts();
        assertEquals(3, counts.size());
        assertEquals("COUNT I", counts.get(0).label());
        assertEquals("BREACH OF CONTRACT", counts.get(0).title());
        assertEquals(List.of("Brightline Logistics, LLC"), counts.get(0).against());
        assertEquals("21", counts.get(0).startParagraph());
        assertEquals(range(1, 20), counts.get(0).incorporates());

        assertEquals("COUNT II", counts.get(1).label());
        assertEquals("FRAUDULENT CONCEALMENT", counts.get(1).title());
        assertEquals(List.of("All Defendants"), counts.get(1).against());
        assertEquals("23", counts.get(1).startParagraph());
        assertEquals(range(1, 22), counts.get(1).incorporates());

        assertEquals("COUNT III", counts.get(2).label());
        assertEquals("Unfair Competition, Cal. Bus. & Prof. Code § 17200", counts.get(2).title());
        assertEquals(List.of("Brightline", "Pellam"), counts.get(2).against());
        assertEquals("25", counts.get(2).startParagraph());
        List<Integer> expected = new ArrayList<>(range(1, 20));
        expected.addAll(List.of(23, 24));
        assertEquals(expected, counts.get(2).incorporates());
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void findsTheEndOfTheComplaint(Shape shape) throws Exception {
        ParsedPleading p = parse(shape);
        Segment prayer = only(p, SegmentKind.PRAYER);
        assertTrue(p.textOf(prayer).contains("Award reasonable attorneys' fees and costs."), p.textOf(prayer));
        assertTrue(p.textOf(only(p, SegmentKind.JURY_DEMAND)).contains("demand a trial by jury"));
        String signature = p.textOf(only(p, SegmentKind.SIGNATURE));
        assertTrue(signature.startsWith("Dated: June 14, 2024") && signature.contains("Attorneys for Plaintiffs"), signature);
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void findsEveryCitationWithItsParagraph(Shape shape) throws Exception {
        ParsedPleading p = parse(shape);
        List<String> found = p.citations().stream()
                .map(c -> c.kind() + " " + c.text() + " @" + (c.segmentOrdinal() < 0 ? "-" : label(p, c.segmentOrdinal()))).toList();
        assertEquals(List.of(
                "STATUTE 28 U.S.C. § 1332(a) @8",
                "STATUTE 47 U.S.C. 230 @9",
                "STATUTE 28 U.S.C. §§ 1391(b), 1391(c) @10",
                "EXHIBIT Exhibit 1 @11",
                "EXHIBIT Ex. 2 @12",
                "REGULATION 16 C.F.R. § 425.1 @16",
                "REGULATION 16 C.F.R. § 310.3(a)(1) @16",
                "CASE Bell Atlantic Corp. v. Twombly, 550 U.S. 544, 555 (2007) @17",
                "CASE Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009) @17",
                "STATUTE Cal. Bus. & Prof. Code § 17200 @COUNT III",
                "STATUTE section 17200 of the Business and Professions Code @26",
                "STATUTE Business and Professions Code section 17203 @27"), found);
        assertTrue(p.citations().stream().noneMatch(c -> c.kind() == CitationKind.CASE && c.text().contains("Carrier")));
    }

    static String label(ParsedPleading p, int ordinal) {
        Segment s = p.segments().get(ordinal);
        return s.kind() == SegmentKind.COUNT_HEADING ? p.textOf(s).split("\n")[0] : s.label();
    }

    static Segment only(ParsedPleading p, SegmentKind kind) {
        List<Segment> all = p.segments().stream().filter(s -> s.kind() == kind).toList();
        assertEquals(1, all.size(), kind + ": " + all);
        return all.get(0);
    }

    static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }
}
