package org.claimbench.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The first stage of reading a PDF: every glyph of its text layer with its place, size and weight, gathered into
 * words and rows by position on the page, never by the order the content stream happens to draw them in. Raised
 * small digits (footnote markers) join the row they are raised above, as superscripts.
 */
final class PdfTextExtractor {

    /** Pages a part of a long PDF read on a thread of its own has at least. */
    static final int PAGES_PER_PART = 40;

    private static final String SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";

    private PdfTextExtractor() {
    }

    /** Reads every page, with up to {@code threads} threads for a long PDF. */
    static List<PageText> extract(byte[] bytes, Progress progress, int threads) throws IngestException {
        List<PageText> pages;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int total = doc.getNumberOfPages();
            if (total == 0) {
                throw new IngestException("This PDF has no pages.");
            }
            int parts = Math.max(1, Math.min(Math.min(threads, 4), total / PAGES_PER_PART));
            Shared shared = new Shared(progress, total);
            pages = parts == 1 ? readPages(doc, 1, total, shared) : readInParts(bytes, doc, total, parts, shared);
            if (shared.isCancelled()) {
                throw new CancelledException();
            }
        } catch (InvalidPasswordException e) {
            throw new IngestException("This PDF is encrypted with a password. Remove the password (for example by printing it "
                    + "to a new PDF from a viewer that knows the password) and import the copy.", e);
        } catch (IngestException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // the library's own account of the damage goes to the log, not to the user
            org.slf4j.LoggerFactory.getLogger(PdfTextExtractor.class).warn("A PDF could not be read", e);
            throw new IngestException("This PDF is damaged or incomplete and cannot be read: "
                    + (e instanceof java.io.EOFException || String.valueOf(e.getMessage()).contains("EOF") ? "it ends before its last part"
                    : "its structure is broken") + ". If it was downloaded, download it again; otherwise ask the sender for a new copy.", e);
        }
        return pages;
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

    private static List<PageText> readPages(PDDocument doc, int first, int last, Shared shared) throws IOException {
        Collector collector = new Collector(shared, first);
        collector.setStartPage(first);
        collector.setEndPage(last);
        collector.getText(doc);
        return collector.pages;
    }

    /** The first run of pages from {@code doc} on this thread; the others each from a copy loaded on a thread of its own. */
    private static List<PageText> readInParts(byte[] bytes, PDDocument doc, int total, int parts, Shared shared) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(parts - 1, r -> {
            Thread t = new Thread(r, "claimbench-pdf-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<PageText>>> rest = new ArrayList<>();
            for (int i = 1; i < parts; i++) {
                int first = i * total / parts + 1;
                int last = (i + 1) * total / parts;
                rest.add(pool.submit(() -> {
                    try (PDDocument copy = Loader.loadPDF(bytes)) {
                        return readPages(copy, first, last, shared);
                    }
                }));
            }
            List<PageText> pages = new ArrayList<>(readPages(doc, 1, total / parts, shared));
            for (var f : rest) {
                try {
                    pages.addAll(f.get());
                } catch (ExecutionException e) {
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

    /** A glyph as drawn: baseline {@code y}, from the page's top. */
    private record Glyph(String text, float x, float y, float endX, float size, boolean bold, boolean space) {
    }

    /** Takes each glyph as PDFBox places it, and builds the page's rows when the page ends. */
    private static final class Collector extends PDFTextStripper {
        final List<PageText> pages = new ArrayList<>();
        private final Shared shared;
        private final Map<PDFont, Boolean> boldFonts = new HashMap<>();
        private final Map<Integer, List<Glyph>> byDirection = new HashMap<>();
        private final LongSet drawn = new LongSet();
        private int pageNo;
        private float width;
        private float height;
        private boolean hasImage;

        Collector(Shared shared, int firstPage) throws IOException {
            this.shared = shared;
            this.pageNo = firstPage - 1;
        }

        @Override
        protected void startPage(PDPage p) throws IOException {
            if (shared.isCancelled()) {
                setEndPage(0);
            }
            pageNo++;
            byDirection.clear();
            drawn.clear();
            PDRectangle box = p.getCropBox() != null ? p.getCropBox() : p.getMediaBox();
            boolean turned = p.getRotation() % 180 != 0;
            width = turned ? box.getHeight() : box.getWidth();
            height = turned ? box.getWidth() : box.getHeight();
            hasImage = hasLargeImage(p.getResources(), box);
            super.startPage(p);
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            String u = t.getUnicode();
            if (u == null || u.isEmpty()) {
                return;
            }
            float x = t.getXDirAdj();
            float y = t.getYDirAdj();
            // the same glyph drawn again on top of itself (a way to fake bold) is one glyph
            long key = ((long) u.hashCode() << 40) ^ ((long) Math.round(x) << 20) ^ Math.round(y);
            if (!drawn.add(key)) {
                return;
            }
            boolean space = u.isBlank();
            float size = t.getFontSizeInPt();
            if (size <= 0.5f) {
                size = t.getHeightDir() / 0.7f;
            }
            byDirection.computeIfAbsent(Math.round(t.getDir()), d -> new ArrayList<>())
                    .add(new Glyph(u, x, y, x + t.getWidthDirAdj(), size, !space && isBold(t.getFont()), space));
        }

        @Override
        protected void endPage(PDPage p) throws IOException {
            int upright = 0;
            int most = -1;
            for (var e : byDirection.entrySet()) {
                int letters = (int) e.getValue().stream().filter(g -> !g.space()).count();
                if (letters > most) {
                    most = letters;
                    upright = e.getKey();
                }
            }
            List<TextRowsBuilder.Row> rows = TextRowsBuilder.rows(byDirection.getOrDefault(upright, List.of()));
            List<PageText.TextRow> sideways = new ArrayList<>();
            for (var e : byDirection.entrySet()) {
                if (e.getKey() != upright) {
                    sideways.addAll(TextRowsBuilder.rows(e.getValue()).stream().map(TextRowsBuilder.Row::toTextRow).toList());
                }
            }
            int letters = most < 0 ? 0 : most;
            pages.add(new PageText(pageNo, width, height, rows.stream().map(TextRowsBuilder.Row::toTextRow).toList(), sideways,
                    letters > 0 || !hasImage));
            shared.pageDone();
            super.endPage(p);
        }

        private boolean isBold(PDFont font) {
            if (font == null) {
                return false;
            }
            return boldFonts.computeIfAbsent(font, f -> {
                String name = f.getName() == null ? "" : f.getName().toLowerCase(java.util.Locale.ROOT);
                if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold")
                        || name.contains("demi")) {
                    return true;
                }
                PDFontDescriptor d = f.getFontDescriptor();
                return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
            });
        }

        /** Whether the page draws an image over at least a third of itself: a scanned page, or a full-page picture. */
        private static boolean hasLargeImage(PDResources resources, PDRectangle box) {
            if (resources == null) {
                return false;
            }
            try {
                for (COSName name : resources.getXObjectNames()) {
                    PDXObject x = resources.getXObject(name);
                    if (x instanceof PDImageXObject image && image.getWidth() * (double) image.getHeight() >= 250_000) {
                        return true;
                    }
                }
            } catch (IOException | RuntimeException e) {
                return false; // an unreadable image says nothing about the text
            }
            return false;
        }
    }

    /** A set of longs without boxing, cleared for each page: every glyph of a page is looked up in it once. */
    static final class LongSet {
        private static final long EMPTY = Long.MIN_VALUE;
        private long[] slots = newSlots(1024);
        private int size;
        private boolean hasEmpty;

        private static long[] newSlots(int n) {
            long[] a = new long[n];
            java.util.Arrays.fill(a, EMPTY);
            return a;
        }

        /** Adds {@code v}; false when it was there already. */
        boolean add(long v) {
            if (v == EMPTY) {
                boolean added = !hasEmpty;
                hasEmpty = true;
                return added;
            }
            if (2 * (size + 1) > slots.length) {
                grow();
            }
            if (!put(slots, v)) {
                return false;
            }
            size++;
            return true;
        }

        private static boolean put(long[] table, long v) {
            int mask = table.length - 1;
            int i = (int) (mix(v) & mask);
            while (table[i] != EMPTY) {
                if (table[i] == v) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            table[i] = v;
            return true;
        }

        private static long mix(long v) {
            long h = v * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
        }

        private void grow() {
            long[] bigger = newSlots(slots.length * 2);
            for (long v : slots) {
                if (v != EMPTY) {
                    put(bigger, v);
                }
            }
            slots = bigger;
        }

        void clear() {
            if (size > 0) {
                java.util.Arrays.fill(slots, EMPTY);
            }
            size = 0;
            hasEmpty = false;
        }

        int size() {
            return size + (hasEmpty ? 1 : 0);
        }
    }

    /** Top to bottom, then left to right. */
    private static final Comparator<Glyph> READING_ORDER = (a, b) -> {
        int c = Float.compare(a.y(), b.y());
        return c != 0 ? c : Float.compare(a.x(), b.x());
    };

    /** Left to right. */
    private static final Comparator<Glyph> LEFT_TO_RIGHT = (a, b) -> Float.compare(a.x(), b.x());

    /** Gathers a page's glyphs into rows and words by their position. */
    static final class TextRowsBuilder {

        private TextRowsBuilder() {
        }

        /** A row being built: its glyphs, and those raised above it as superscripts. */
        static final class Row {
            final float y;
            final List<Glyph> glyphs = new ArrayList<>();
            final List<Glyph> raised = new ArrayList<>();

            Row(float y) {
                this.y = y;
            }

            // measured once: a row's glyphs do not change after the rows are built, and each row is measured
            // against both its neighbours
            private float size = Float.NaN;
            private float minX = Float.NaN;
            private float maxX = Float.NaN;

            float size() {
                if (Float.isNaN(size)) {
                    Map<Integer, Integer> sizes = new HashMap<>();
                    for (Glyph g : glyphs) {
                        if (!g.space()) {
                            sizes.merge(Math.round(g.size() * 2), 1, Integer::sum);
                        }
                    }
                    int best = -1;
                    int bestCount = 0;
                    for (Map.Entry<Integer, Integer> e : sizes.entrySet()) {
                        if (e.getValue() > bestCount) {
                            best = e.getKey();
                            bestCount = e.getValue();
                        }
                    }
                    size = best < 0 ? 10f : best / 2f;
                }
                return size;
            }

            float minX() {
                if (Float.isNaN(minX)) {
                    measureX();
                }
                return minX;
            }

            float maxX() {
                if (Float.isNaN(maxX)) {
                    measureX();
                }
                return maxX;
            }

            private void measureX() {
                float lo = Float.POSITIVE_INFINITY;
                float hi = Float.NEGATIVE_INFINITY;
                for (Glyph g : glyphs) {
                    if (!g.space()) {
                        lo = Math.min(lo, g.x());
                        hi = Math.max(hi, g.endX());
                    }
                }
                minX = lo == Float.POSITIVE_INFINITY ? 0 : lo;
                maxX = hi == Float.NEGATIVE_INFINITY ? 0 : hi;
            }

            boolean blank() {
                return glyphs.stream().allMatch(Glyph::space);
            }

            PageText.TextRow toTextRow() {
                List<Glyph> all = new ArrayList<>(glyphs.size() + raised.size());
                all.addAll(glyphs);
                for (Glyph r : raised) {
                    int d = r.text().length() == 1 ? "0123456789".indexOf(r.text().charAt(0)) : -1;
                    all.add(new Glyph(d >= 0 ? String.valueOf(SUPERSCRIPT_DIGITS.charAt(d)) : r.text(), r.x(), y, r.endX(), r.size(),
                            r.bold(), r.space()));
                }
                all.sort(LEFT_TO_RIGHT);
                return new PageText.TextRow(y, words(all));
            }
        }

        static List<Row> rows(List<Glyph> glyphs) {
            List<Glyph> sorted = new ArrayList<>(glyphs);
            sorted.sort(READING_ORDER);
            List<Row> rows = new ArrayList<>();
            Row current = null;
            for (Glyph g : sorted) {
                float tolerance = Math.min(3f, Math.max(1f, 0.25f * g.size()));
                if (current == null || g.y() - current.y > tolerance) {
                    current = new Row(g.y());
                    rows.add(current);
                }
                current.glyphs.add(g);
            }
            rows.removeIf(Row::blank);
            return raiseSuperscripts(rows);
        }

        /**
         * A row of a few small glyphs set just above a row of larger ones is that row's superscripts (footnote
         * markers, in the text or opening a footnote): it joins the row below.
         */
        private static List<Row> raiseSuperscripts(List<Row> rows) {
            List<Row> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                Row below = i + 1 < rows.size() ? rows.get(i + 1) : null;
                Row above = out.isEmpty() ? null : out.get(out.size() - 1);
                Row target = null;
                if (isSuperscriptOf(r, below)) {
                    target = below;
                } else if (isSuperscriptOf(r, above)) {
                    target = above; // raised less than the tolerance of its own row's sort order
                }
                if (target != null) {
                    target.raised.addAll(r.glyphs.stream().filter(g -> !g.space()).toList());
                } else {
                    out.add(r);
                }
            }
            return out;
        }

        private static boolean isSuperscriptOf(Row r, Row base) {
            if (base == null) {
                return false;
            }
            float raise = base.y - r.y;
            if (raise < 0.8f) {
                return false;
            }
            float baseSize = base.size();
            if (raise > 0.65f * baseSize || r.size() > 0.85f * baseSize) {
                return false;
            }
            // over the row's words, or just before its first (a footnote's own number, raised at the start of its text)
            boolean before = r.maxX() <= base.minX() + 1 && base.minX() - r.maxX() < baseSize
                    && r.minX() > base.minX() - 2 * baseSize;
            if (!before && (r.minX() < base.minX() - 2 || r.maxX() > base.maxX() + baseSize)) {
                return false;
            }
            // markers are short: a digit or two, an asterisk, a dagger
            int run = 0;
            float lastEnd = Float.NEGATIVE_INFINITY;
            for (Glyph g : r.glyphs.stream().filter(g -> !g.space()).sorted(Comparator.comparingDouble(Glyph::x)).toList()) {
                run = g.x() - lastEnd < 0.3f * g.size() ? run + 1 : 1;
                lastEnd = g.endX();
                if (run > 3) {
                    return false;
                }
            }
            return true;
        }

        /** Glyphs left to right into words: a space glyph, or a gap wider than letters leave, ends a word. */
        private static List<PageText.Word> words(List<Glyph> glyphs) {
            List<PageText.Word> words = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            float x = 0;
            float endX = 0;
            float size = 0;
            int bold = 0;
            int count = 0;
            for (Glyph g : glyphs) {
                boolean breaks = g.space() || count > 0 && g.x() - endX > 0.15f * Math.max(size, g.size());
                if (breaks && count > 0) {
                    words.add(new PageText.Word(text.toString(), x, endX, size, bold * 2 > count));
                    text.setLength(0);
                    count = 0;
                    bold = 0;
                }
                if (g.space()) {
                    continue;
                }
                if (count == 0) {
                    x = g.x();
                    endX = g.endX();
                    size = g.size();
                }
                text.append(g.text());
                endX = Math.max(endX, g.endX());
                bold += g.bold() ? 1 : 0;
                count++;
            }
            if (count > 0) {
                words.add(new PageText.Word(text.toString(), x, endX, size, bold * 2 > count));
            }
            return words;
        }
    }
}
