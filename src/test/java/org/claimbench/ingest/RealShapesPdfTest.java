package org.claimbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.claimbench.domain.PageLine;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Complaints written in a word processor and printed to PDF by it (sources and PDFs in /fixtures/shapes, see
 * make-fixtures.sh there), stamped by the court's filing system at run time, and what a careful reader finds in each.
 *
 * <p>Page:line is the margin line number beside a paragraph's first line on pleading paper; elsewhere it is the
 * line's ordinal on its page, counting only the document's own printed lines (not the filing stamp, not the page
 * number or other running matter).
 */
class RealShapesPdfTest {

    /** The fixtures and the stamp each is filed with. */
    enum Fixture {
        /** N.D. Cal. on pleading paper: margin numbers in a header frame, footnotes, a block quote, causes of action. */
        A_PLEADING_PAPER("a-pleading-paper.pdf",
                new FilingStamp.Stamp(FilingStamp.Form.DOCUMENT, "3:24-cv-04417-JSC", 1, "07/22/24", 1)),
        /** S.D. Ind., plain paper: three-line count headings, one at a page's foot, a citation split by a page break. */
        B_FEDERAL("b-federal-sdind.pdf",
                new FilingStamp.Stamp(FilingStamp.Form.DOCUMENT_PAGEID_WRAPPED, "1:24-cv-00999-SEB-MKK", 1, "02/02/24", 1)),
        /** N.D. Ill.: a table of contents, a redaction box and a full-page screenshot between paragraphs. */
        C_CONTENTS("c-toc-redaction-exhibit.pdf",
                new FilingStamp.Stamp(FilingStamp.Form.NORTHERN_ILLINOIS, "1:24-cv-03318", 1, "04/23/24", 1));

        final String file;
        final FilingStamp.Stamp stamp;

        Fixture(String file, FilingStamp.Stamp stamp) {
            this.file = file;
            this.stamp = stamp;
        }

        byte[] unstamped() {
            try (InputStream in = RealShapesPdfTest.class.getResourceAsStream("/fixtures/shapes/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("missing fixture /fixtures/shapes/" + file);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The PDF as it comes off the docket. */
        byte[] filed() {
            try {
                return FilingStamp.apply(unstamped(), stamp);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    record CountKey(String label, String title, String startParagraph, List<String> against) {
    }

    record FootnoteKey(String number, String text, String paragraph) {
    }

    /** What a careful paralegal finds in a fixture. A null court is not checked; a count title joins its heading lines with a space. */
    record Key(List<String> paragraphs, String court, String caseNumber, List<String> plaintiffs, List<String> defendants,
               List<CountKey> counts, Map<String, String> citations, Map<String, PageLine> starts, boolean prayer,
               boolean jury, List<FootnoteKey> footnotes) {
    }

    static final Map<Fixture, Key> KEYS = new EnumMap<>(Fixture.class);

    static {
        KEYS.put(Fixture.A_PLEADING_PAPER, new Key(
                numbers(1, 31),
                "UNITED STATES DISTRICT COURT, NORTHERN DISTRICT OF CALIFORNIA, SAN FRANCISCO DIVISION",
                "3:24-cv-04417-JSC",
                List.of("HARBORVIEW TILE & STONE, INC.", "DELPHINE OKORO"),
                List.of("CASTELLAN BUILDERS GROUP, LLC", "RENATA VOSS", "DOES 1 through 10"),
                List.of(new CountKey("FIRST CAUSE OF ACTION", "Breach of Contract", "20", List.of("All Defendants")),
                        new CountKey("SECOND CAUSE OF ACTION", "Breach of the Implied Covenant of Good Faith and Fair Dealing", "24",
                                List.of("Castellan")),
                        new CountKey("THIRD CAUSE OF ACTION", "Quantum Meruit", "27", List.of("Castellan", "Does 1 through 10")),
                        new CountKey("FOURTH CAUSE OF ACTION", "Violation of Cal. Bus. & Prof. Code § 17200", "29", List.of("Castellan"))),
                ordered("28 U.S.C. § 1332(a)", "8", "28 U.S.C. § 1391(b)(2)", "9", "Exhibit A", "10",
                        "Cal. Bus. & Prof. Code § 7108.5", "23", "Cal. Civ. Code § 8122", "30"),
                starts("1", 1, 24, "2", 2, 1, "11", 3, 4, "12", 3, 12, "16", 3, 24, "17", 4, 3, "20", 4, 14, "25", 5, 1, "31", 5, 17),
                true, true,
                List.of(new FootnoteKey("1", "Harborview learned of the final payment from the owner\u2019s project manager, who confirmed "
                                + "it in writing on December 1, 2023. Castellan has not denied receiving it.", "13"),
                        new FootnoteKey("2", "Castellan posted the schedules to a shared project folder. It removed Harborview\u2019s "
                                + "access to that folder on December 11, 2023, three days after the Notice of Backcharge.", "16"),
                        new FootnoteKey("3", "The release that Castellan proposed would also have waived Harborview\u2019s mechanics "
                                + "lien and stop payment notice rights, which may be waived only in the statutory forms. See Cal. Civ. "
                                + "Code §§ 8122, 8132.", "17"))));
        KEYS.put(Fixture.B_FEDERAL, new Key(
                numbers(1, 34),
                "UNITED STATES DISTRICT COURT, SOUTHERN DISTRICT OF INDIANA, INDIANAPOLIS DIVISION",
                "1:24-cv-00999",
                List.of("GARRETT LINDQVIST", "MAUREEN ABERNATHY-COLE", "TOMASZ WIERZBICKI", "PRIYA DEVARAJAN"),
                List.of("HOLLOWAY PRECISION CASTINGS, INC.", "HOLLOWAY PRECISION CASTINGS RETIREMENT PLAN"),
                List.of(new CountKey("COUNT I", "CLAIM FOR BENEFITS DUE 29 U.S.C. § 1132(a)(1)(B)", "23", List.of()),
                        new CountKey("COUNT II", "BREACH OF FIDUCIARY DUTY 29 U.S.C. §§ 1104(a)(1) and 1132(a)(3)", "27", List.of()),
                        new CountKey("COUNT III", "FAILURE TO PROVIDE PLAN DOCUMENTS 29 U.S.C. § 1132(c)(1)", "31", List.of())),
                ordered("29 U.S.C. § 1132(e)(1)", "4", "28 U.S.C. § 1331", "4", "29 U.S.C. § 1002(7)", "10",
                        "29 U.S.C. § 1132(g)(1)", "21", "29 U.S.C. § 1024(b)(4)", "32", "29 C.F.R. § 2575.502c-1", "34"),
                starts("13", 3, 1, "21", 3, 21, "22", 4, 3, "23", 4, 8, "31", 5, 1, "32", 5, 2),
                true, false, List.of()));
        KEYS.put(Fixture.C_CONTENTS, new Key(
                numbers(1, 27),
                null,
                "1:24-cv-03318",
                List.of("LUCIA FERNWOOD"),
                List.of("GRANITE PRAIRIE FREIGHT, INC.", "ODELL MARCHETTI"),
                List.of(new CountKey("COUNT I", "Retaliation in Violation of Title VII, 42 U.S.C. § 2000e-3(a)", "20",
                                List.of("Granite Prairie Freight, Inc.")),
                        new CountKey("COUNT II", "Retaliation in Violation of the Equal Pay Act, 29 U.S.C. § 215(a)(3)", "24",
                                List.of("All Defendants"))),
                ordered("29 U.S.C. § 206(d)", "2", "29 U.S.C. § 215(a)(3)", "2", "42 U.S.C. § 2000e(b)", "4", "29 U.S.C. § 203(d)", "5",
                        "42 U.S.C. § 2000e-5(f)(3)", "7", "29 U.S.C. § 216(b)", "27"),
                starts("1", 3, 2, "10", 4, 9, "15", 4, 21, "16", 6, 1, "20", 6, 14, "24", 6, 24),
                true, true, List.of()));
    }

    // ---- reading -----------------------------------------------------------------------------------------

    private static final Map<Fixture, ParsedPleading> PARSED = new EnumMap<>(Fixture.class);

    static synchronized ParsedPleading parsed(Fixture f) throws IngestException {
        ParsedPleading p = PARSED.get(f);
        if (p == null) {
            Readers.Read read = Readers.read(f.file, f.filed(), Progress.NONE);
            p = new PleadingParser().parse(read.lines());
            PARSED.put(f, p);
        }
        return p;
    }

    // ---- what every fixture must give ---------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void findsTheNumberedParagraphsAsFiled(Fixture f) throws Exception {
        ParsedPleading p = parsed(f);
        List<String> found = p.numberedParagraphs().stream().map(Segment::label).toList();
        assertEquals(KEYS.get(f).paragraphs(), found, f + ": numbered paragraphs differ; " + difference(KEYS.get(f).paragraphs(), found));
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void readsTheCaption(Fixture f) throws Exception {
        Key k = KEYS.get(f);
        var c = parsed(f).caption();
        if (k.court() != null) {
            assertEquals(k.court(), c.court(), f + ": court");
        }
        assertEquals(k.caseNumber(), c.caseNumber(), f + ": case number (from the caption, not the filing stamp)");
        assertEquals(k.plaintiffs(), c.plaintiffs(), f + ": plaintiffs");
        assertEquals(k.defendants(), c.defendants(), f + ": defendants");
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void findsTheCountsWhereTheyStart(Fixture f) throws Exception {
        List<CountKey> expected = KEYS.get(f).counts();
        List<CountKey> found = parsed(f).counts().stream()
                .map(c -> new CountKey(c.label(), c.title(), c.startParagraph(), c.against())).toList();
        assertEquals(expected.stream().map(CountKey::label).toList(), found.stream().map(CountKey::label).toList(),
                f + ": count labels (a table of contents line or a running head is not a count)");
        for (int i = 0; i < expected.size(); i++) {
            CountKey e = expected.get(i);
            CountKey a = found.get(i);
            assertEquals(e.title(), a.title(), f + ": title of " + e.label());
            assertEquals(e.startParagraph(), a.startParagraph(), f + ": first paragraph of " + e.label());
            assertEquals(e.against(), a.against(), f + ": whom " + e.label() + " is against");
        }
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void findsTheCitationsInTheirParagraphs(Fixture f) throws Exception {
        ParsedPleading p = parsed(f);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : KEYS.get(f).citations().entrySet()) {
            List<ParsedCitation> matches = p.citations().stream().filter(c -> normalise(c.text()).equals(e.getKey())).toList();
            if (matches.isEmpty()) {
                problems.add("\"" + e.getKey() + "\" (¶ " + e.getValue() + ") not found");
                continue;
            }
            List<String> where = matches.stream().map(c -> segmentName(p, c.segmentOrdinal())).toList();
            if (!where.contains("¶ " + e.getValue())) {
                problems.add("\"" + e.getKey() + "\" expected in ¶ " + e.getValue() + ", found in " + where);
            }
        }
        if (!problems.isEmpty()) {
            fail(f + ": citations: " + String.join("; ", problems) + ". Found: "
                    + p.citations().stream().map(c -> c.text() + " @ " + segmentName(p, c.segmentOrdinal())).toList());
        }
    }

    private static final Pattern STAMP_TEXT = Pattern.compile(
            "Case:?\\s+\\d:\\d{2}-cv-\\d+|Document\\s+#?:?\\s*\\d+\\s+Filed|PageID|ECF No\\.|\\bPage\\s+\\d+\\s+of\\s+\\d+");
    private static final Pattern DOCUMENT_ID = Pattern.compile("\\b\\d{4,}_\\d+\\.(?:doc|docx|wpd)\\b");
    private static final Pattern PAGE_NUMBER_MARK = Pattern.compile("(?:^|\\s)-\\s*\\d{1,3}\\s*-(?:\\s|$)");
    private static final Pattern SMALL_NUMBER = Pattern.compile("\\b\\d{1,2}\\b");

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void noRunningMatterInsideParagraphs(Fixture f) throws Exception {
        ParsedPleading p = parsed(f);
        List<String> problems = new ArrayList<>();
        for (Segment s : p.numberedParagraphs()) {
            String t = p.textOf(s);
            Matcher m = STAMP_TEXT.matcher(t);
            if (m.find()) {
                problems.add("¶ " + s.label() + " holds filing-stamp text \"" + m.group() + "\"");
            }
            m = DOCUMENT_ID.matcher(t);
            if (m.find()) {
                problems.add("¶ " + s.label() + " holds the document-ID footer \"" + m.group() + "\"");
            }
            m = PAGE_NUMBER_MARK.matcher(t);
            if (m.find()) {
                problems.add("¶ " + s.label() + " holds a page number \"" + m.group().strip() + "\"");
            }
            if (f == Fixture.A_PLEADING_PAPER && t.contains("COMPLAINT")) {
                problems.add("¶ " + s.label() + " holds the running footer \"COMPLAINT\"");
            }
            String run = marginNumberRun(t);
            if (run != null) {
                problems.add("¶ " + s.label() + " holds a run of margin numbers \"" + run + "\"");
            }
        }
        assertTrue(problems.isEmpty(), f + ": " + String.join("; ", problems));
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void paragraphsStartAtThePageAndLineTheyArePrintedOn(Fixture f) throws Exception {
        ParsedPleading p = parsed(f);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, PageLine> e : KEYS.get(f).starts().entrySet()) {
            Segment s = paragraph(p, e.getKey());
            if (s == null) {
                problems.add("¶ " + e.getKey() + " not found");
            } else if (!e.getValue().equals(s.first())) {
                problems.add("¶ " + e.getKey() + " at " + s.first() + ", printed at " + e.getValue());
            }
        }
        assertTrue(problems.isEmpty(), f + ": " + String.join("; ", problems));
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void findsThePrayerAndTheJuryDemand(Fixture f) throws Exception {
        ParsedPleading p = parsed(f);
        Key k = KEYS.get(f);
        assertEquals(k.prayer(), has(p, SegmentKind.PRAYER), f + ": prayer for relief present");
        assertEquals(k.jury(), has(p, SegmentKind.JURY_DEMAND), f + ": jury demand present");
    }

    // ---- footnotes: a segment kind of their own ------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void footnotesAreSegmentsOfTheirOwnAfterTheirParagraph(Fixture f) throws Exception {
        SegmentKind footnote = SegmentKind.valueOf("FOOTNOTE");
        ParsedPleading p = parsed(f);
        List<FootnoteKey> found = new ArrayList<>();
        Segment lastParagraph = null;
        for (Segment s : p.segments()) {
            if (s.kind() == SegmentKind.NUMBERED_PARAGRAPH) {
                lastParagraph = s;
            } else if (s.kind() == footnote) {
                found.add(new FootnoteKey(s.label(), normalise(p.textOf(s)), lastParagraph == null ? null : lastParagraph.label()));
            }
        }
        assertEquals(KEYS.get(f).footnotes(), found,
                f + ": footnotes (number, text without its number, the numbered paragraph whose text holds the marker)");
        for (FootnoteKey k : KEYS.get(f).footnotes()) {
            String head = k.text().substring(0, 40);
            for (Segment s : p.numberedParagraphs()) {
                assertTrue(!p.textOf(s).contains(head), f + ": footnote " + k.number() + " is inside the text of ¶ " + s.label());
            }
        }
    }

    @Test
    void aParagraphRunsOnPastItsFootnoteOntoTheNextPage() throws Exception {
        SegmentKind.valueOf("FOOTNOTE");
        ParsedPleading p = parsed(Fixture.A_PLEADING_PAPER);
        String sixteen = normalise(p.textOf(paragraph(p, "16")));
        assertTrue(sixteen.matches("Castellan\u2019s own three-week schedules, circulated every Monday,\\S* show that the stone work "
                        + "waited on the curtain-wall installer, .* and Castellan\u2019s daily logs record their presence\\."),
                "¶ 16 runs from page 3 onto page 4, its footnote left out: " + sixteen);
    }

    // ---- shapes of one fixture ------------------------------------------------------------------------------

    @Test
    void aBlockQuoteKeepsItsOwnNumbersInsideTheParagraph() throws Exception {
        ParsedPleading p = parsed(Fixture.A_PLEADING_PAPER);
        String eleven = normalise(p.textOf(paragraph(p, "11")));
        assertTrue(eleven.startsWith("The General Conditions of the Subcontract govern payment and withholding. They provide, in "
                + "relevant part:"), "¶ 11 opens: " + eleven);
        assertTrue(eleven.contains("11. Payment. Contractor shall pay Subcontractor"), "the quote's \"11.\" stays in ¶ 11: " + eleven);
        assertTrue(eleven.contains("12. Withholding. Contractor may withhold only such amounts"),
                "the quote's \"12.\" stays in ¶ 11 and starts no paragraph: " + eleven);
        assertTrue(eleven.contains("responsible under ¶ 7, and shall state"), "the quote's ¶ 7 stays in ¶ 11: " + eleven);
        assertTrue(eleven.endsWith("(Ex. A, General Conditions ¶¶ 11\u201312.) Castellan never gave the written statement that "
                + "¶ 12 requires."), "¶ 11 goes on after the quote: " + eleven);
        assertEquals("Harborview began work in April 2022 and finished in September 2023. Castellan\u2019s architect signed the final "
                + "punch list for Harborview\u2019s scope on October 2, 2023, with every item closed.", normalise(p.textOf(paragraph(p, "12"))));
    }

    @Test
    void thePrayerItemsAreNotParagraphs() throws Exception {
        ParsedPleading p = parsed(Fixture.A_PLEADING_PAPER);
        String prayer = text(p, SegmentKind.PRAYER);
        for (String item : List.of("For damages in an amount not less than $612,480", "For the prompt-payment charge",
                "For restitution and injunctive relief", "For costs of suit", "For such other relief as the Court finds just and proper.")) {
            assertTrue(prayer.contains(item), "the prayer holds \"" + item + "\": " + prayer);
        }
    }

    @Test
    void aCountHeadingAtAPagesFootKeepsItsParagraphs() throws Exception {
        ParsedPleading p = parsed(Fixture.B_FEDERAL);
        String thirtyOne = normalise(p.textOf(paragraph(p, "31")));
        assertEquals("Plaintiffs incorporate paragraphs 1 through 30 as if fully restated.", thirtyOne);
        ParsedCount third = p.counts().stream().filter(c -> c.label().equals("COUNT III")).findFirst().orElse(null);
        assertTrue(third != null, "COUNT III, printed at the foot of page 4, is found: " + p.counts());
        assertEquals(IntStream.rangeClosed(1, 30).boxed().toList(), third.incorporates(), "COUNT III incorporates ¶¶ 1–30");
    }

    @Test
    void aCitationSplitByAPageBreakIsOneCitation() throws Exception {
        ParsedPleading p = parsed(Fixture.B_FEDERAL);
        String twentyOne = normalise(p.textOf(paragraph(p, "21")));
        assertTrue(twentyOne.contains("attorney\u2019s fees and costs under 29 U.S.C. § 1132(g)(1), including the fees they incurred"),
                "¶ 21 runs on across the page break with nothing between \"29 U.S.C.\" and \"§ 1132(g)(1)\": " + twentyOne);
    }

    @Test
    void theLetteredPrayerFollowsWhereforeWithoutAHeading() throws Exception {
        ParsedPleading p = parsed(Fixture.B_FEDERAL);
        String prayer = text(p, SegmentKind.PRAYER);
        assertTrue(prayer.startsWith("WHEREFORE, Plaintiffs respectfully ask the Court"), "the prayer opens with WHEREFORE: " + prayer);
        for (String item : List.of("A. Declare that each Plaintiff", "B. Order the Plan to pay", "C. Set aside the claimed overpayments",
                "D. Assess statutory penalties", "E. Award Plaintiffs their reasonable", "F. Grant all other relief that is just and proper.")) {
            assertTrue(prayer.contains(item), "the prayer holds \"" + item + "\": " + prayer);
        }
    }

    @Test
    void aRedactionBoxLeavesOneParagraph() throws Exception {
        ParsedPleading p = parsed(Fixture.C_CONTENTS);
        String ten = normalise(p.textOf(paragraph(p, "10")));
        assertTrue(ten.matches("In early March 2023, Ms\\. Fernwood saw a payroll report that had been left on a shared printer\\. It "
                        + "showed that a male dispatcher hired in 2021, (?:\\[[^\\]]*\\] ?)?, was paid \\$4\\.15 more per hour than she "
                        + "was for the same work\\."),
                "¶ 10 reads on across the black box, which hides its words: " + ten);
    }

    @Test
    void theTableOfContentsIsNoPartOfTheBody() throws Exception {
        ParsedPleading p = parsed(Fixture.C_CONTENTS);
        // the contents stay in the text, as printed, but as contents: never a heading, a count, a paragraph or the caption
        long contents = 0;
        for (Segment s : p.segments()) {
            String t = p.textOf(s);
            if (t.contains(".....")) {
                contents++;
                assertEquals(SegmentKind.OTHER, s.kind(), "a table-of-contents line with its dot leader is in segment " + s.ordinal()
                        + " (" + s.kind() + "): " + t);
            }
        }
        assertTrue(contents > 0, "the contents are kept in the text");
        long intro = p.segments().stream().filter(s -> s.kind() == SegmentKind.HEADING && p.textOf(s).strip().equals("INTRODUCTION")).count();
        assertEquals(1, intro, "one INTRODUCTION heading, on page 3, not its contents entry");
        Segment one = paragraph(p, "1");
        assertTrue(one != null && one.first() != null && one.first().page() == 3, "¶ 1 is on page 3: " + (one == null ? null : one.first()));
    }

    @Test
    void aFullPageScreenshotSitsBetweenTwoParagraphs() throws Exception {
        ParsedPleading p = parsed(Fixture.C_CONTENTS);
        assertTrue(p.lines().stream().noneMatch(l -> l.page() == 5), "page 5 is only a picture; no text line is on it: "
                + p.lines().stream().filter(l -> l.page() == 5).map(l -> p.text().substring(l.start(), l.end())).toList());
        assertTrue(normalise(p.textOf(paragraph(p, "15"))).endsWith("The exchange is reproduced below:"), "¶ 15 ends before the picture");
        assertTrue(normalise(p.textOf(paragraph(p, "16"))).startsWith("The overnight shift paid no more than the day shift"),
                "¶ 16 starts after it");
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    static List<String> numbers(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(String::valueOf).toList();
    }

    static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static Map<String, PageLine> starts(Object... triples) {
        Map<String, PageLine> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < triples.length; i += 3) {
            m.put((String) triples[i], new PageLine((Integer) triples[i + 1], (Integer) triples[i + 2]));
        }
        return m;
    }

    static Segment paragraph(ParsedPleading p, String label) {
        return p.numberedParagraphs().stream().filter(s -> label.equals(s.label())).findFirst().orElse(null);
    }

    static boolean has(ParsedPleading p, SegmentKind kind) {
        return p.segments().stream().anyMatch(s -> s.kind() == kind);
    }

    static String text(ParsedPleading p, SegmentKind kind) {
        return p.segments().stream().filter(s -> s.kind() == kind).map(s -> normalise(p.textOf(s))).collect(Collectors.joining(" "));
    }

    static String segmentName(ParsedPleading p, int ordinal) {
        if (ordinal < 0 || ordinal >= p.segments().size()) {
            return "no segment";
        }
        Segment s = p.segments().get(ordinal);
        return s.kind() == SegmentKind.NUMBERED_PARAGRAPH ? "¶ " + s.label() : s.kind().name();
    }

    /** Spaces, tabs and line ends as single spaces. */
    static String normalise(String s) {
        return s.replaceAll("[\\s\u00a0]+", " ").strip();
    }

    /** Three or more consecutive small numbers in a row ("7 8 9"): margin numbers left in the text. */
    static String marginNumberRun(String t) {
        Matcher m = SMALL_NUMBER.matcher(t);
        int run = 0;
        int last = -10;
        int lastEnd = -1;
        int runStart = -1;
        while (m.find()) {
            int n = Integer.parseInt(m.group());
            boolean adjacent = lastEnd >= 0 && t.substring(lastEnd, m.start()).isBlank();
            if (adjacent && n == last + 1) {
                run++;
            } else {
                run = 1;
                runStart = m.start();
            }
            if (run >= 3) {
                return t.substring(runStart, m.end());
            }
            last = n;
            lastEnd = m.end();
        }
        return null;
    }

    static String difference(List<String> expected, List<String> found) {
        List<String> missing = expected.stream().filter(e -> !found.contains(e)).toList();
        List<String> extra = new ArrayList<>(found);
        for (String e : expected) {
            extra.remove(e);
        }
        return "missing " + missing + ", extra or repeated " + extra + " (" + found.size() + " found, " + expected.size() + " filed)";
    }
}
