package org.claimbench.ingest;

import org.claimbench.domain.TextSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.claimbench.domain.PageLine;
import org.claimbench.domain.Segment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A complaint written for this test, printed on pleading paper with the court's filing stamp, then scanned: every
 * page an image at 300 dpi turned by 1°, with grain and dust, and no text layer. It is recognised and parsed as any
 * complaint is, and its text is measured against the text of the same complaint read from its text layer.
 */
class ScannedComplaintTest {

    static final String SOURCE = Fixtures.text("/fixtures/scanned-complaint.txt");
    static final FilingStamp.Stamp STAMP = new FilingStamp.Stamp(FilingStamp.Form.DOCUMENT, "3:25-cv-01932-RMO", 1, "01/14/25", 1);

    static Fixtures.Pdf printed;
    static byte[] scan;
    static Readers.Read truth;
    static Readers.Read read;
    static ParsedPleading parsed;
    static double seconds;

    @BeforeAll
    static void scanAndRecognise() throws Exception {
        printed = Fixtures.pdf(SOURCE, true, null, "COMPLAINT FOR DAMAGES");
        byte[] stamped = FilingStamp.apply(printed.bytes(), STAMP);
        truth = Readers.read("complaint.pdf", stamped, Progress.NONE);
        scan = ScannedPdfs.scanAll(stamped, 1.0, 7);
        long t0 = System.nanoTime();
        read = Readers.read("scan.pdf", scan, Progress.NONE);
        seconds = (System.nanoTime() - t0) / 1e9;
        parsed = new PleadingParser().parse(read.lines());
    }

    static String dump() {
        return read.layout().stream().map(l -> l.page() + ":" + l.line() + " " + l.role() + " " + l.text()).collect(Collectors.joining("\n"));
    }

    @Test
    void everyPageIsRecognised() {
        assertTrue(printed.pages() >= 5 && printed.pages() <= 6, "pages: " + printed.pages());
        TextSource s = read.textSource();
        assertEquals(TextSource.OCR, s.kind());
        assertEquals("Tesseract 5.5.3", s.engine());
        assertEquals("eng", s.language());
        assertEquals(printed.pages(), s.pagesRecognised());
        assertEquals(printed.pages(), s.pages());
        assertTrue(s.meanConfidence() > 85, s.describe());
        assertTrue(s.words() > 1000 && s.uncertainWords() < s.words() / 20, s.describe());
        assertEquals(s.words(), read.recognisedWords().size());
        System.out.printf("recognised %d pages in %.1f s: %s%n", s.pagesRecognised(), seconds, s.describe());
    }

    @Test
    void recognisedLinesHaveTheSizesOfPrintAndEachWordItsConfidence() {
        // the body was printed in 12 pt, 22 pt apart, and the footer's title in 10 pt. Sizes are measured from the
        // height of capitals and ascenders, which differs a little from face to face; what the layout needs is that
        // one size is found for the body and a smaller one for smaller print
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("body text set in ([\\d.]+) pt, lines 22.0 pt apart")
                .matcher(String.join("\n", read.findings()));
        assertTrue(m.find(), read.findings().toString());
        float body = Float.parseFloat(m.group(1));
        assertEquals(12, body, 1.01, read.findings().toString());
        for (LaidLine l : read.layout()) {
            if (l.text().equals("COMPLAINT FOR DAMAGES") && l.role() == LineRole.RUNNING_FOOTER) {
                assertEquals(10 / 12f, l.fontSize() / body, 0.06, l.toString());
            } else if (l.role() == LineRole.BODY && l.text().length() > 40) {
                assertEquals(1, l.fontSize() / body, 0.06, l.toString());
            }
        }
        // each recognised word is on the printed line its page:line names: a text line, or the margin number itself
        java.util.Map<String, List<LaidLine>> byLine = new java.util.HashMap<>();
        for (LaidLine l : read.layout()) {
            if (l.line() > 0) {
                byLine.computeIfAbsent(l.page() + ":" + l.line(), k -> new java.util.ArrayList<>()).add(l);
            }
        }
        int inText = 0;
        int found = 0;
        for (RecognisedWord w : read.recognisedWords()) {
            assertTrue(w.confidence() >= 0 && w.confidence() <= 100, w.toString());
            List<LaidLine> lines = byLine.getOrDefault(w.page() + ":" + w.line(), List.of());
            if (w.line() > 0) {
                inText++;
                found += lines.stream().anyMatch(l -> l.text().contains(w.text()) && l.x() <= w.x() + 0.5f) ? 1 : 0;
            }
        }
        assertTrue(inText > 1000 && found >= inText * 0.98, found + " of " + inText + " words found on their line");
        assertTrue(read.recognisedWords().stream().anyMatch(RecognisedWord::uncertain));
    }

    @Test
    void findsTheParagraphsAndCounts() {
        assertEquals(IntStream.rangeClosed(1, 42).mapToObj(String::valueOf).toList(),
                parsed.numberedParagraphs().stream().map(Segment::label).toList(), dump());
        assertEquals(List.of("FIRST CAUSE OF ACTION", "SECOND CAUSE OF ACTION", "THIRD CAUSE OF ACTION"),
                parsed.counts().stream().map(ParsedCount::label).toList());
        assertEquals(List.of("31", "36", "40"), parsed.counts().stream().map(ParsedCount::startParagraph).toList());
    }

    @Test
    void paragraphsStartAtThePageAndLineTheyWerePrintedOn() {
        for (Segment s : parsed.numberedParagraphs()) {
            int[] at = printed.paragraphStarts().get(s.label());
            assertNotNull(at, s.label());
            assertEquals(new PageLine(at[0], at[1]), s.first(), "\u00b6 " + s.label() + "\n" + dump());
        }
    }

    @Test
    void theStampMarginNumbersAndFootersLeaveTheText() {
        assertEquals("3:25-cv-01932-RMO", read.stampedCaseNumber(), dump());
        assertEquals(printed.pages(), read.layout().stream().filter(l -> l.role() == LineRole.FILING_STAMP).count(), dump());
        assertTrue(read.layout().stream().filter(l -> l.role() == LineRole.MARGIN_NUMBER).count() >= 26L * printed.pages(), dump());
        assertEquals("25-CV-01932", parsed.caption().caseNumber());
    }

    @Test
    void theTextIsWithinTwoPercentOfThePrintedText() {
        String want = CharacterErrors.body(truth.lines());
        String got = CharacterErrors.body(read.lines());
        double cer = CharacterErrors.rate(want, got);
        System.out.printf("character error rate %.3f%% over %d characters%n", cer * 100, want.length());
        assertTrue(want.length() > 6000, "length " + want.length());
        assertTrue(cer <= 0.02, String.format("CER %.2f%%%n%s%n---%n%s", cer * 100, want, got));
    }
}
