package org.claimbench.ingest;

import org.claimbench.domain.TextSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads a PDF as court filings print it, in stages: {@link PdfTextExtractor} takes every word of the text layer
 * with its place on the page; pages without a text layer (scans) are rendered and recognised by
 * {@link PageRecognizer}, whose words take the same form; and {@link PageLayout} gives every printed line a role
 * from that geometry. Pleading paper's margin numbers become each line's line number and leave the text; the
 * court's filing stamp, running heads and feet and page numbers leave it too; footnotes and block quotes are marked
 * as such.
 */
public final class PdfReader {

    /** Pages a part of a long PDF read on a thread of its own has at least. */
    static final int PAGES_PER_PART = PdfTextExtractor.PAGES_PER_PART;

    private static final String NO_TEXT_LAYER = "This PDF has no text layer: it looks like a scan. Its text must be recognised "
            + "first (run it through OCR, for example in Acrobat or with ocrmypdf), then import the recognised copy.";

    private PdfReader() {
    }

    /** The layout of every page: all printed lines with their roles, the text lines, and what was found. */
    public static PageLayout.Layout layout(byte[] bytes, Progress progress) throws IngestException {
        return layout(bytes, progress, OcrOptions.DEFAULT);
    }

    /** The layout of every page, with scanned pages recognised as {@code ocr} says. */
    public static PageLayout.Layout layout(byte[] bytes, Progress progress, OcrOptions ocr) throws IngestException {
        return layout(bytes, progress, Runtime.getRuntime().availableProcessors(), ocr);
    }

    static PageLayout.Layout layout(byte[] bytes, Progress progress, int threads) throws IngestException {
        return layout(bytes, progress, threads, OcrOptions.DEFAULT);
    }

    static PageLayout.Layout layout(byte[] bytes, Progress progress, int threads, OcrOptions ocr) throws IngestException {
        if (!endsWhole(bytes)) {
            // a file cut short loses what lies past the cut: pages drop out or come out blank (and would be taken for
            // scans to recognise), without a word, so it is refused before anything is done with it
            throw new IngestException("This PDF is incomplete: the file stops before its end, so some of its pages are missing or"
                    + " blank (it may have been cut off while downloading or copying). Download it again, or ask the sender for a"
                    + " new copy.");
        }
        List<PageText> pages = new ArrayList<>(PdfTextExtractor.extract(bytes, progress, threads));
        List<Integer> scanned = toRecognise(pages, ocr.mode());
        if (!scanned.isEmpty()) {
            LanguageData.Found data = LanguageData.find(ocr);
            List<PageText> recognised = PageRecognizer.recognise(() -> new PdfScans(bytes), scanned, ocr.engine(), data, progress, threads);
            for (PageText p : recognised) {
                pages.set(p.page() - 1, p);
            }
        }
        PageLayout.Layout layout = PageLayout.of(pages);
        int characters = layout.text().stream().mapToInt(l -> l.text().length()).sum();
        if (characters < 20 * pages.size() && characters < 200) {
            if (scanned.isEmpty()) {
                throw new IngestException(ocr.mode() == OcrOptions.Mode.NEVER ? NO_TEXT_LAYER
                        : "This PDF has no text, neither in a text layer nor in a picture of a page.");
            }
            throw new IngestException("This PDF has no text layer, and no text was found on its " + scanned.size()
                    + (scanned.size() == 1 ? " page" : " pages") + " when they were recognised as scans. If the pages hold text, "
                    + "scan them again at 300 dpi or more, upright and in focus, and import the new scan.");
        }
        return scanned.isEmpty() ? layout : recognised(layout, pages, ocr);
    }

    /** Whether the file ends as a PDF does, with its end-of-file marker near the end (trailing padding allowed). */
    static boolean endsWhole(byte[] bytes) {
        byte[] marker = "%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = bytes.length - marker.length; i >= Math.max(0, bytes.length - 8192); i--) {
            boolean match = true;
            for (int j = 0; j < marker.length && match; j++) {
                match = bytes[i + j] == marker[j];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pages to recognise (from 0): in {@code AUTO}, those without a text layer; and, when the text layer of the
     * whole PDF holds almost nothing, every page without text, for a scan whose pictures the extractor did not take
     * for pages (drawn in strips, or small).
     */
    private static List<Integer> toRecognise(List<PageText> pages, OcrOptions.Mode mode) {
        List<Integer> out = new ArrayList<>();
        if (mode == OcrOptions.Mode.NEVER) {
            return out;
        }
        int characters = 0;
        for (PageText p : pages) {
            for (PageText.TextRow r : p.rows()) {
                characters += r.text().length();
            }
        }
        boolean almostNoText = characters < 20 * pages.size() && characters < 200;
        for (int i = 0; i < pages.size(); i++) {
            PageText p = pages.get(i);
            if (mode == OcrOptions.Mode.ALWAYS || !p.hasTextLayer() || almostNoText && p.rows().isEmpty()) {
                out.add(i);
            }
        }
        return out;
    }

    /** The layout with what recognition found: how the text was obtained, and a finding for each recognised page. */
    static PageLayout.Layout recognised(PageLayout.Layout layout, List<PageText> pages, OcrOptions ocr) {
        TextSource source = TextSources.of(pages, ocr.engine().name(), ocr.language());
        List<String> findings = new ArrayList<>(layout.findings());
        for (PageText p : pages) {
            if (p.recognised()) {
                double[] c = p.rows().stream().flatMap(r -> r.words().stream()).mapToDouble(PageText.Word::confidence).toArray();
                findings.add(String.format(Locale.ROOT, "page %d was recognised from its image (%s, %s): %d words, mean confidence %.0f",
                        p.page(), source.engine(), ocr.language(), c.length, java.util.Arrays.stream(c).average().orElse(0)));
            }
        }
        return layout.withSource(source).withFindings(findings);
    }

    public static List<RawLine> read(byte[] bytes, Progress progress) throws IngestException {
        return layout(bytes, progress).text();
    }

    static List<RawLine> read(byte[] bytes, Progress progress, int threads) throws IngestException {
        return layout(bytes, progress, threads).text();
    }

    /** The pages of a PDF rendered in grey at {@link PageRecognizer#DPI}, from a copy of the PDF of the thread's own. */
    private static final class PdfScans implements PageRecognizer.Scans {
        private final PDDocument doc;
        private final PDFRenderer renderer;

        PdfScans(byte[] bytes) throws IOException {
            doc = Loader.loadPDF(bytes);
            renderer = new PDFRenderer(doc);
        }

        @Override
        public PageRecognizer.Scan scan(int index) throws IngestException {
            try {
                return new PageRecognizer.Scan(ImagePages.gray(renderer.renderImageWithDPI(index, PageRecognizer.DPI, ImageType.GRAY)),
                        PageRecognizer.DPI);
            } catch (IOException | RuntimeException e) {
                throw new IngestException("Page " + (index + 1) + " of this PDF cannot be drawn to be recognised (" + e.getMessage()
                        + "). The PDF may be damaged: if it was downloaded, download it again; otherwise ask the sender for a new copy.", e);
            }
        }

        @Override
        public void close() throws IOException {
            doc.close();
        }
    }
}
