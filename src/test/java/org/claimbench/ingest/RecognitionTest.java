package org.claimbench.ingest;

import org.claimbench.domain.TextSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.claimbench.domain.PageLine;
import org.claimbench.domain.Segment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recognition page by page: a PDF whose first page only is a scan, a cancel in the middle, page images as documents
 * (a PNG, a TIFF of two pages), every page recognised on request, language data from a folder, and the message for
 * a language whose data is missing.
 */
class RecognitionTest {

    static Fixtures.Pdf printed;
    static byte[] stamped;
    static Readers.Read truth;

    @BeforeAll
    static void print() throws Exception {
        printed = Fixtures.pdf(ScannedComplaintTest.SOURCE, true, null, "COMPLAINT FOR DAMAGES");
        stamped = FilingStamp.apply(printed.bytes(), ScannedComplaintTest.STAMP);
        truth = Readers.read("complaint.pdf", stamped, Progress.NONE);
    }

    static String text(Readers.Read r, int page) {
        return r.lines().stream().filter(l -> l.page() == page && !l.isBlank()).map(l -> l.line() + " " + l.text())
                .collect(Collectors.joining("\n"));
    }

    /** A Progress that keeps its messages, and cancels once {@code cancelAfter} pages were recognised. */
    static final class Recorder implements Progress {
        final List<String> messages = Collections.synchronizedList(new ArrayList<>());
        final int cancelAfter;
        volatile boolean cancelled;

        Recorder(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void update(String message, long done, long total) {
            messages.add(message);
            if (message.startsWith("Recognis") && done >= cancelAfter) {
                cancelled = true;
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    @Test
    void inAMixedPdfOnlyTheScannedPageIsRecognised() throws Exception {
        byte[] mixed = ScannedPdfs.scan(stamped, p -> p == 1, 1.0, 11);
        Recorder progress = new Recorder(Integer.MAX_VALUE);
        Readers.Read read = Readers.read("mixed.pdf", mixed, OcrOptions.DEFAULT, progress);
        TextSource s = read.textSource();
        assertEquals(TextSource.MIXED, s.kind(), s.describe());
        assertEquals(1, s.pagesRecognised());
        assertEquals(printed.pages(), s.pages());
        assertTrue(read.recognisedWords().stream().allMatch(w -> w.page() == 1));
        assertTrue(progress.messages.contains("Recognising page 1 of 1"), progress.messages.toString());
        for (int p = 2; p <= printed.pages(); p++) {
            assertEquals(text(truth, p), text(read, p), "page " + p + " keeps its text layer");
        }
        ParsedPleading parsed = new PleadingParser().parse(read.lines());
        assertEquals("25-CV-01932", parsed.caption().caseNumber());
        for (Segment seg : parsed.numberedParagraphs().subList(0, 3)) {
            int[] at = printed.paragraphStarts().get(seg.label());
            assertEquals(new PageLine(at[0], at[1]), seg.first(), "\u00b6 " + seg.label());
        }
        assertTrue(read.findings().stream().anyMatch(f -> f.startsWith("page 1 was recognised from its image")), read.findings().toString());
    }

    @Test
    void aCancelBetweenPagesLeavesNothing() {
        byte[] scan = ScannedPdfs.scanAll(stamped, 0.5, 13);
        Recorder progress = new Recorder(1);
        assertThrows(CancelledException.class, () -> Readers.read("scan.pdf", scan, OcrOptions.DEFAULT, progress, 2));
        assertTrue(progress.messages.stream().anyMatch(m -> m.startsWith("Recognising page 2 of " + printed.pages())),
                progress.messages.toString());
        assertFalse(progress.messages.contains("Recognised " + printed.pages() + " of " + printed.pages() + " pages"),
                "it stopped before the end: " + progress.messages);
    }

    @Test
    void aPngAndAMultiPageTiffAreReadAsPages(@TempDir Path dir) throws Exception {
        BufferedImage[] pages = ScannedPdfs.images(stamped, Set.of(1, 2), 1.0, 17);
        Readers.Read png = Readers.read("page-1.png", ScannedPdfs.png(pages[0]), Progress.NONE);
        assertEquals(DocumentFormat.PNG, png.format());
        assertEquals(TextSource.OCR, png.textSource().kind());
        assertEquals(paragraphsOn(1), new PleadingParser().parse(png.lines()).numberedParagraphs().stream().map(Segment::label).toList());

        // the TIFF is read with language data from a folder, as --tessdata DIR names one
        try (InputStream in = RecognitionTest.class.getResourceAsStream("/tessdata/eng.traineddata")) {
            Files.copy(in, dir.resolve("eng.traineddata"));
        }
        byte[] tiff = ScannedPdfs.tiff(pages);
        assertEquals(DocumentFormat.TIFF, Readers.detect(tiff));
        Readers.Read read = Readers.read("scan.tif", tiff, new OcrOptions(OcrOptions.Mode.AUTO, "eng", dir), Progress.NONE);
        assertEquals(2, read.textSource().pagesRecognised());
        ParsedPleading parsed = new PleadingParser().parse(read.lines());
        List<String> labels = parsed.numberedParagraphs().stream().map(Segment::label).toList();
        List<String> want = new ArrayList<>(paragraphsOn(1));
        want.addAll(paragraphsOn(2));
        assertEquals(want, labels);
        for (Segment seg : parsed.numberedParagraphs()) {
            int[] at = printed.paragraphStarts().get(seg.label());
            assertEquals(new PageLine(at[0], at[1]), seg.first(), "\u00b6 " + seg.label());
        }
        assertEquals(text(truth, 2).lines().count(), text(read, 2).lines().count());
    }

    /** The numbers of the paragraphs that start on {@code page}, in order. */
    static List<String> paragraphsOn(int page) {
        return printed.paragraphStarts().entrySet().stream().filter(e -> e.getValue()[0] == page)
                .sorted((a, b) -> Integer.compare(a.getValue()[1], b.getValue()[1])).map(java.util.Map.Entry::getKey).toList();
    }

    @Test
    void alwaysRecognisesPagesThatHaveATextLayer() throws Exception {
        byte[] first;
        try (PDDocument doc = Loader.loadPDF(stamped); PDDocument one = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            one.importPage(doc.getPage(0));
            one.save(out);
            first = out.toByteArray();
        }
        Readers.Read read = Readers.read("complaint.pdf", first, OcrOptions.DEFAULT.withMode(OcrOptions.Mode.ALWAYS), Progress.NONE);
        assertEquals(TextSource.OCR, read.textSource().kind());
        assertEquals(1, read.textSource().pagesRecognised());
        Readers.Read auto = Readers.read("complaint.pdf", first, Progress.NONE);
        assertEquals(TextSource.TEXT_LAYER, auto.textSource().kind());
        assertEquals(List.of(), auto.recognisedWords());
        double cer = CharacterErrors.rate(CharacterErrors.body(auto.lines()), CharacterErrors.body(read.lines()));
        assertTrue(cer <= 0.02, "CER " + cer + "\n" + text(auto, 1) + "\n---\n" + text(read, 1));
    }

    @Test
    void aLanguageWithoutItsDataSaysWhatIsMissingAndWhereToPutIt(@TempDir Path dir) throws Exception {
        byte[] scan = ScannedPdfs.scan(stamped, p -> p == 1, 0, 3);
        IngestException e = assertThrows(IngestException.class,
                () -> Readers.read("scan.pdf", scan, new OcrOptions(OcrOptions.Mode.AUTO, "deu", dir), Progress.NONE));
        assertTrue(e.getMessage().contains("\u201cdeu\u201d is missing: deu.traineddata"), e.getMessage());
        assertTrue(e.getMessage().contains("It is not in " + dir.toAbsolutePath() + " (named by --tessdata). Put deu.traineddata there."),
                e.getMessage());
        IngestException none = assertThrows(IngestException.class, () -> LanguageData.find("spa", null, null));
        assertTrue(none.getMessage().contains("Put spa.traineddata in a folder and name that folder with --tessdata DIR, "
                + "or in the environment variable CLAIMBENCH_TESSDATA."), none.getMessage());
        IngestException fromVariable = assertThrows(IngestException.class, () -> LanguageData.find("fra", null, dir.toString()));
        assertTrue(fromVariable.getMessage().contains("(named by CLAIMBENCH_TESSDATA). Put fra.traineddata there."), fromVariable.getMessage());
        LanguageData.Found english = LanguageData.find("eng", null, dir.toString());
        assertNull(english.folder(), "English comes from the application when the folder does not have it");
        assertTrue(english.bytes().length > 1_000_000);
        IngestException bad = assertThrows(IngestException.class, () -> LanguageData.find("../eng", null, null));
        assertTrue(bad.getMessage().contains("is not a recognition language"), bad.getMessage());
        // a PDF with a text layer needs no language data at all
        assertEquals(TextSource.TEXT_LAYER, Readers.read("complaint.pdf", stamped, new OcrOptions(OcrOptions.Mode.AUTO, "deu", dir),
                Progress.NONE).textSource().kind());
    }

    @Test
    void aSkewIsMeasuredAndStraightened() throws Exception {
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(stamped)) {
            page = new PDFRenderer(doc).renderImageWithDPI(1, 150, ImageType.GRAY);
        }
        for (double degrees : new double[] {-2.5, -1, 0, 0.6, 1, 3}) {
            BufferedImage turned = ScannedPdfs.scanned(page, degrees, new Random(5));
            double measured = Deskew.angle(turned);
            assertEquals(degrees, measured, 0.08, "turned by " + degrees);
            assertEquals(0, Deskew.angle(Deskew.rotate(turned, measured)), 0.08, "straightened from " + degrees);
        }
    }
}
