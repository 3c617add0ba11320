package org.claimbench.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the text layer of a PDF as court filings print it. Pleading paper's margin line numbers become each
 * line's line number and leave the text; running headers and footers (the court's filing stamp, a repeated
 * title, page numbers) leave the flow; each remaining line keeps its page and line.
 */
public final class PdfReader {

    private static final Pattern MARGIN_NUMBER = Pattern.compile("^\\d{1,2}$");
    private static final Pattern FILING_STAMP = Pattern.compile(
            "(?i)^\\s*Case\\s+\\d{1,2}:\\d{2}-[a-z]{2,4}-\\d{2,6}\\S*.*\\b(Document|Doc\\.?|Dkt\\.?)\\s*#?\\s*\\d+.*\\bFiled\\b.*");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^\\s*(-\\s*)?(page\\s+)?\\d{1,4}(\\s*-)?(\\s+of\\s+\\d{1,4})?\\s*$|^\\s*[ivxlc]{1,6}\\s*$");
    /** Fraction of the page height at the top and at the bottom where running headers and footers sit. */
    private static final double HEADER_ZONE = 0.09;
    private static final double FOOTER_ZONE = 0.90;

    private PdfReader() {
    }

    /** A word as PDFBox placed it. */
    record Word(String text, float x, float y, float endX, float fontSize) {
    }

    /** A printed line: its words left to right, its page and its place on the page. */
    record Line(List<Word> words, int page, float y, float pageHeight) {
        String text() {
            StringBuilder sb = new StringBuilder();
            for (Word w : words) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(w.text());
            }
            return sb.toString();
        }

        float x() {
            return words.get(0).x();
        }
    }

    /** Pages a part of a long PDF read on a thread of its own has at least. */
    static final int PAGES_PER_PART = 40;

    public static List<RawLine> read(byte[] bytes, Progress progress) throws IngestException {
        return read(bytes, progress, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Reads with up to {@code threads} threads: a long PDF is cut into runs of pages, and each run is read from a
     * document of its own (PDFBox may read several documents at once, but one document only from one thread).
     */
    static List<RawLine> read(byte[] bytes, Progress progress, int threads) throws IngestException {
        List<List<Line>> pages;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int total = doc.getNumberOfPages();
            if (total == 0) {
                throw new IngestException("This PDF has no pages.");
            }
            int parts = Math.max(1, Math.min(Math.min(threads, 4), total / PAGES_PER_PART));
            Shared shared = new Shared(progress, total);
            if (parts == 1) {
                pages = readPages(doc, 1, total, shared);
            } else {
                pages = readInParts(bytes, doc, total, parts, shared);
            }
            if (shared.isCancelled()) {
                throw new CancelledException();
            }
        } catch (InvalidPasswordException e) {
            throw new IngestException("This PDF is encrypted with a password. Remove the password (for example by printing it "
                    + "to a new PDF from a viewer that knows the password) and import the copy.", e);
        } catch (IngestException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new IngestException("This PDF is damaged or incomplete and cannot be read (" + e.getMessage()
                    + "). If it was downloaded, download it again; otherwise ask the sender for a new copy.", e);
        }
        int characters = pages.stream().flatMap(List::stream).mapToInt(l -> l.text().length()).sum();
        if (characters < 20 * pages.size() && characters < 200) {
            throw new IngestException("This PDF has no text layer: it looks like a scan. Its text must be recognised first "
                    + "(run it through OCR, for example in Acrobat or with ocrmypdf), then import the recognised copy.");
        }
        return layout(pages);
    }

    /** What the threads reading one PDF share: the pages read so far (for progress) and the user's cancel. */
    private static final class Shared {
        private final Progress progress;
        private final int total;
        private int done;
        private volatile boolean cancelled;

        Shared(Progress progress, int total) {
            this.progress = progress;
            this.total = total;
        }

        boolean isCancelled() {
            if (!cancelled && progress.isCancelled()) {
                cancelled = true;
            }
            return cancelled;
        }

        /** Counts a page and reports it; counting and reporting together, so that the count never goes back. */
        synchronized void pageDone() {
            done++;
            progress.update("Reading page " + done + " of " + total, done, total);
        }
    }

    private static List<List<Line>> readPages(PDDocument doc, int first, int last, Shared shared) throws IOException {
        Collector collector = new Collector(shared, first);
        collector.setStartPage(first);
        collector.setEndPage(last);
        collector.getText(doc);
        return collector.pages;
    }

    /** The first run of pages from {@code doc} on this thread; the others each from a copy loaded on a thread of its own. */
    private static List<List<Line>> readInParts(byte[] bytes, PDDocument doc, int total, int parts, Shared shared) throws IOException {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parts - 1, r -> {
            Thread t = new Thread(r, "claimbench-pdf-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<List<List<Line>>>> rest = new ArrayList<>();
            for (int i = 1; i < parts; i++) {
                int first = i * total / parts + 1;
                int last = (i + 1) * total / parts;
                rest.add(pool.submit(() -> {
                    try (PDDocument copy = Loader.loadPDF(bytes)) {
                        return readPages(copy, first, last, shared);
                    }
                }));
            }
            List<List<Line>> pages = new ArrayList<>(readPages(doc, 1, total / parts, shared));
            for (var f : rest) {
                try {
                    pages.addAll(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("The reading was interrupted", e);
                }
            }
            return pages;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Collects each page's words line by line, as PDFBox orders them. */
    private static final class Collector extends PDFTextStripper {
        final List<List<Line>> pages = new ArrayList<>();
        private final Shared shared;
        private List<Line> page;
        private List<Word> line = new ArrayList<>();
        private float pageHeight;
        private int pageNo;

        Collector(Shared shared, int firstPage) throws IOException {
            this.shared = shared;
            this.pageNo = firstPage - 1;
            setSortByPosition(true);
            setSuppressDuplicateOverlappingText(true);
        }

        @Override
        protected void startPage(PDPage p) throws IOException {
            if (shared.isCancelled()) {
                setEndPage(0);
            }
            pageNo++;
            page = new ArrayList<>();
            pageHeight = p.getCropBox() != null ? p.getCropBox().getHeight() : p.getMediaBox().getHeight();
            super.startPage(p);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (text.isBlank() || positions.isEmpty()) {
                return;
            }
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            line.add(new Word(text.strip(), first.getXDirAdj(), first.getYDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                    first.getFontSizeInPt()));
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void endPage(PDPage p) throws IOException {
            endLine();
            pages.add(page);
            shared.pageDone();
            super.endPage(p);
        }

        private void endLine() {
            if (!line.isEmpty() && page != null) {
                page.add(new Line(line, pageNo, line.get(0).y(), pageHeight));
                line = new ArrayList<>();
            }
        }
    }

    // ---- layout ------------------------------------------------------------------------------------------

    static List<RawLine> layout(List<List<Line>> pages) {
        Map<String, Integer> repeats = repeatedMarginalLines(pages);
        int threshold = Math.max(2, (pages.size() + 1) / 2);
        List<RawLine> out = new ArrayList<>();
        for (List<Line> page : pages) {
            List<Line> body = new ArrayList<>();
            List<float[]> margin = new ArrayList<>(); // {number, y}
            float leftOfBody = bodyLeft(page);
            for (Line l : page) {
                Line stripped = stripMarginNumber(l, leftOfBody, margin);
                if (stripped == null) {
                    continue;
                }
                if (isRunningMatter(stripped, repeats, threshold)) {
                    continue;
                }
                body.add(stripped);
            }
            boolean pleadingPaper = margin.size() >= 10;
            float left = bodyLeft(body);
            float unit = typicalFontSize(body);
            int ordinal = 0;
            for (Line l : body) {
                ordinal++;
                int lineNo = pleadingPaper ? marginLineFor(margin, l.y(), unit) : ordinal;
                int indent = Math.max(0, Math.round((l.x() - left) / unit));
                out.add(new RawLine(l.text(), indent, l.page(), Math.max(1, lineNo)));
            }
        }
        return out;
    }

    /** Header and footer lines, with digits masked, counted by the number of pages they appear on. */
    private static Map<String, Integer> repeatedMarginalLines(List<List<Line>> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<Line> page : pages) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Line l : page) {
                if (inMarginalZone(l)) {
                    String key = maskDigits(stripLeadingNumber(l.text()));
                    if (!key.isBlank() && seen.add(key)) {
                        counts.merge(key, 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    private static boolean isRunningMatter(Line l, Map<String, Integer> repeats, int threshold) {
        String t = l.text();
        if (FILING_STAMP.matcher(t).matches()) {
            return true;
        }
        if (!inMarginalZone(l)) {
            return false;
        }
        return PAGE_NUMBER.matcher(t).matches() || repeats.getOrDefault(maskDigits(t), 0) >= threshold;
    }

    private static boolean inMarginalZone(Line l) {
        return l.y() < l.pageHeight() * HEADER_ZONE || l.y() > l.pageHeight() * FOOTER_ZONE;
    }

    private static String maskDigits(String s) {
        return s.replaceAll("\\d+", "#").replaceAll("\\s+", " ").trim();
    }

    private static String stripLeadingNumber(String s) {
        return s.replaceFirst("^\\d{1,2}\\s+", "");
    }

    /**
     * Takes a pleading-paper margin number off the start of a line and records it. A line that is only a
     * margin number disappears (returns null).
     */
    private static Line stripMarginNumber(Line l, float leftOfBody, List<float[]> margin) {
        Word first = l.words().get(0);
        if (!MARGIN_NUMBER.matcher(first.text()).matches()) {
            return l;
        }
        int n = Integer.parseInt(first.text());
        boolean inMargin = first.endX() < leftOfBody - 4 || (l.words().size() == 1 && first.x() < leftOfBody - 4);
        boolean inSequence = n >= 1 && n <= 32 && (margin.isEmpty() || n == (int) margin.get(margin.size() - 1)[0] + 1);
        if (!inMargin || !inSequence) {
            return l;
        }
        margin.add(new float[] {n, first.y()});
        if (l.words().size() == 1) {
            return null;
        }
        return new Line(l.words().subList(1, l.words().size()), l.page(), l.y(), l.pageHeight());
    }

    /** The left edge of the body text: the smallest x that many lines share, ignoring margin numbers. */
    private static float bodyLeft(List<Line> lines) {
        Map<Integer, Integer> byX = new HashMap<>();
        for (Line l : lines) {
            for (Word w : l.words()) {
                if (!MARGIN_NUMBER.matcher(w.text()).matches()) {
                    byX.merge(Math.round(w.x() / 3f), 1, Integer::sum);
                    break;
                }
            }
        }
        int needed = Math.max(2, lines.size() / 8);
        return byX.entrySet().stream().filter(e -> e.getValue() >= needed).mapToInt(Map.Entry::getKey).min()
                .orElse(byX.keySet().stream().mapToInt(Integer::intValue).min().orElse(0)) * 3f;
    }

    private static float typicalFontSize(List<Line> lines) {
        Map<Integer, Integer> sizes = new HashMap<>();
        for (Line l : lines) {
            sizes.merge(Math.round(l.words().get(0).fontSize()), 1, Integer::sum);
        }
        int size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(12);
        return Math.max(6, size);
    }

    /** The margin number printed at or just above the line. */
    private static int marginLineFor(List<float[]> margin, float y, float unit) {
        int best = (int) margin.get(0)[0];
        for (float[] m : margin) {
            if (m[1] <= y + unit * 0.5f) {
                best = (int) m[0];
            }
        }
        return best;
    }
}
