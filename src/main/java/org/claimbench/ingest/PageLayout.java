package org.claimbench.ingest;

import org.claimbench.domain.TextSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second stage of reading a PDF: from rows of positioned words to logical lines, each with a role. It looks at
 * the whole document before it decides about one line, because what marks a line as running matter is that it
 * repeats, and what marks a number as a pleading-paper margin number is the column it shares with the others:
 * <ul>
 *   <li>margin numbers: a column of small integers left of the text, found from x-positions across the pages; each
 *       text line takes the number printed beside it (by y), or the one above it when it sits between two;</li>
 *   <li>the court's filing stamp, in each district's form, with the part that wraps onto a second line;</li>
 *   <li>running heads and feet: lines at the top or foot of the page that repeat across pages once digits are
 *       masked, document-ID footers, page numbers; on pleading paper everything outside the numbered lines;</li>
 *   <li>footnotes: lines set smaller than the body at the foot of the page, from the one that starts with its
 *       number;</li>
 *   <li>block quotes: a run of lines indented from the text's left edge, single-spaced or set in from the right.</li>
 * </ul>
 * Lines of the text also get their indent, whether they are centred, and a blank line before them where the page
 * leaves an empty line's worth of space.
 */
public final class PageLayout {

    /**
     * The lines with their roles, the text lines for the parser, and what was found about the document; with every
     * word recognised from a page image and its confidence ({@code words}, empty when no page was recognised), and
     * how the text was obtained ({@code source}).
     */
    public record Layout(List<LaidLine> lines, List<RawLine> text, List<String> findings, List<RecognisedWord> words,
                         TextSource source) {

        public Layout {
            words = List.copyOf(words);
        }

        Layout withSource(TextSource s) {
            return new Layout(lines, text, findings, words, s);
        }

        Layout withFindings(List<String> f) {
            return new Layout(lines, text, f, words, source);
        }
    }

    static final Pattern FILING_STAMP = Pattern.compile(
            "(?i)\\bCase:?\\s+\\d{1,2}:\\d{2}-?[a-z]{2,4}-?\\d{2,6}.{0,120}?\\b(Document|Doc\\.?|Dkt\\.?|DktEntry|ECF\\s+No\\.?)\\s*#?\\s*:?\\s*\\d+"
                    + "|(?i)\\bCase:?\\s+\\d{1,2}:\\d{2}-?[a-z]{2,4}-?\\d{2,6}.{0,120}?\\bPage\\s*:?\\s*\\d+\\s+of\\s+\\d+"
                    + "|(?i)^\\s*(USCA\\d*\\s+)?(Appellate\\s+)?Case:?\\s+\\d{2}-\\d{2,6}\\s+.{0,60}\\b(Document|Doc|DktEntry|Filed)\\b"
                    + "|(?i)^\\s*FILED:\\s+.{0,60}\\bCOUNTY\\s+CLERK\\b"
                    + "|(?i)\\bNYSCEF\\s+DOC\\.?\\s+NO\\.?"
                    + "|(?i)\\bRECEIVED\\s+NYSCEF\\b"
                    + "|(?i)^\\s*Electronically\\s+(FILED|RECEIVED|Filed|Received)\\b.{0,80}\\b(Court|Clerk|County)\\b");
    /** What a filing stamp's second line holds when it wraps: the PageID's number, or the rest of "PageID #:". */
    private static final Pattern STAMP_TAIL = Pattern.compile("(?i)^\\s*(PageID\\s*(#|\\.)?\\s*:?\\s*)?\\d{1,7}\\s*$");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^\\s*[-\u2013\u2014]?\\s*(page\\s+)?\\d{1,4}\\s*[-\u2013\u2014]?(\\s+of\\s+\\d{1,4})?\\s*$"
                    + "|(?i)^\\s*[-\u2013\u2014]?\\s*[ivxlc]{1,7}\\s*[-\u2013\u2014]?\\s*$");
    private static final Pattern DOCUMENT_ID = Pattern.compile(
            "(?i)^\\S*\\d\\S*\\.(docx?|wpd|rtf|pdf)\\b|^\\s*\\{?[A-Z0-9]{2,10}[:/_-]\\d{4,}[\\w.:/-]*\\}?\\s*$");
    private static final Pattern MARGIN_CANDIDATE = Pattern.compile("^\\d{1,2}$");
    /** The most numbers in a row a page's margin column may leave unprinted at its top or foot and still be counted on. */
    private static final int MOST_UNPRINTED = 3;
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\(?\\d{1,5}[.)]");
    private static final Pattern FOOTNOTE_START = Pattern.compile(
            "^[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+|^\\d{1,3}(?=[\\s\\p{L}\"\u201c(])|^[*\u2020\u2021]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** Three or more asterisks or dots, spaced or not, and nothing else. */
    private static final Pattern OMISSION = Pattern.compile("^\\s*(?:[*.\u2026]\\s*){3,}$");
    /** A footnote's marker as the extractor gives a raised one: superscript digits, or an asterisk or dagger. */
    private static final Pattern RAISED_MARKER = Pattern.compile("[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+|[*\u2020\u2021]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PageLayout() {
    }

    static Layout of(List<PageText> pages) {
        Metrics m = Metrics.of(pages);
        MarginColumn column = MarginColumn.find(pages);
        Map<String, Integer> repeats = repeatedMarginalRows(pages, column, m);
        List<LaidLine> all = new ArrayList<>();
        List<RawLine> text = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        List<RecognisedWord> words = new ArrayList<>();
        if (column != null) {
            findings.add(column.describe(pages.size()));
        }
        findings.add(String.format(Locale.ROOT, "body text set in %.1f pt, lines %.1f pt apart", m.bodySize, m.pitch));
        int threshold = Math.max(2, (int) Math.ceil(pages.size() * 0.3));
        List<PageReading> readings = new ArrayList<>();
        for (PageText page : pages) {
            PageReading r = new PageReading(page, m, column, repeats, threshold, pages.size());
            r.mark();
            readings.add(r);
        }
        float left = commonLeft(readings);
        for (PageReading r : readings) {
            if (!r.page.hasTextLayer() && !r.page.recognised()) {
                findings.add("page " + r.page.page() + " has no text layer: it is a scanned image, and its text is not read");
            }
            r.read(all, text, words, left);
        }
        return new Layout(all, text, findings, words, TextSource.textLayer(pages.size()));
    }

    // ---- document-wide measures --------------------------------------------------------------------------

    /**
     * The left edge of the body text that most pages share (NaN when no page has enough text to tell). A page
     * taken up mostly by a block quote measures its own edge at the quote's indent; this one puts it back.
     */
    private static float commonLeft(List<PageReading> readings) {
        Map<Integer, Integer> votes = new HashMap<>();
        for (PageReading r : readings) {
            if (r.textRows() >= 5) {
                votes.merge(Math.round(r.edges[0] / 2), 1, Integer::sum);
            }
        }
        int best = Integer.MIN_VALUE;
        int bestVotes = 0;
        for (Map.Entry<Integer, Integer> e : votes.entrySet()) {
            // most pages win; between equals, the edge further left
            if (e.getValue() > bestVotes || e.getValue() == bestVotes && e.getKey() < best) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        return bestVotes == 0 ? Float.NaN : best * 2f;
    }

    /** The body's font size and line pitch, as most of the document's rows have them. */
    record Metrics(float bodySize, float pitch) {
        static Metrics of(List<PageText> pages) {
            Map<Integer, Integer> sizes = new HashMap<>();
            for (PageText p : pages) {
                for (PageText.TextRow r : p.rows()) {
                    sizes.merge(Math.round(r.fontSize() * 2), r.text().length(), Integer::sum);
                }
            }
            float body = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(12f);
            Map<Integer, Integer> gaps = new HashMap<>();
            for (PageText p : pages) {
                PageText.TextRow previous = null;
                for (PageText.TextRow r : p.rows()) {
                    if (r.words().size() == 1 && MARGIN_CANDIDATE.matcher(r.text()).matches()) {
                        continue; // a margin number on a line of its own says nothing of the text's spacing
                    }
                    if (previous != null && Math.abs(r.fontSize() - body) < 1 && Math.abs(previous.fontSize() - body) < 1) {
                        float gap = r.y() - previous.y();
                        if (gap > body * 0.8f && gap < body * 4) {
                            gaps.merge(Math.round(gap), 1, Integer::sum);
                        }
                    }
                    previous = r;
                }
            }
            float pitch = gaps.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> (float) e.getKey()).orElse(body * 1.2f);
            return new Metrics(Math.max(5, body), Math.max(body, pitch));
        }
    }

    /**
     * The pleading-paper column of line numbers: its horizontal extent, how many pages have it, and the number it
     * runs to on most of them (28 on most pleading paper).
     */
    record MarginColumn(float left, float right, int pagesWith, int lines) {

        boolean holds(PageText.Word w) {
            return MARGIN_CANDIDATE.matcher(w.text()).matches() && w.x() >= left - 3 && w.endX() <= right + 3;
        }

        String describe(int pages) {
            return String.format(Locale.ROOT, "margin-number column at x=%.0f\u2013%.0f, found on %d of %d pages", left, right,
                    pagesWith, pages);
        }

        /**
         * Finds the column from every row's first word that is a small integer standing apart from the text after it.
         * Numbers are aligned on their right edge or their left; the edge most of them share wins. A column needs a
         * run of rising numbers on a page to count there.
         */
        static MarginColumn find(List<PageText> pages) {
            List<float[]> candidates = new ArrayList<>(); // {page, number, x, endX}
            for (PageText p : pages) {
                for (PageText.TextRow r : p.rows()) {
                    PageText.Word w = r.words().get(0);
                    if (!MARGIN_CANDIDATE.matcher(w.text()).matches()) {
                        continue;
                    }
                    boolean apart = r.words().size() == 1 || r.words().get(1).x() - w.endX() > 0.5f * w.fontSize();
                    if (apart) {
                        candidates.add(new float[] {p.page(), Integer.parseInt(w.text()), w.x(), w.endX()});
                    }
                }
            }
            if (candidates.size() < 8) {
                return null;
            }
            float[] right = mode(candidates, 3);
            float[] left = mode(candidates, 2);
            float[] edge = right[1] >= left[1] ? right : left;
            int index = right[1] >= left[1] ? 3 : 2;
            List<float[]> members = candidates.stream().filter(c -> Math.abs(c[index] - edge[0]) <= 3).toList();
            Map<Integer, List<Integer>> byPage = new HashMap<>();
            for (float[] c : members) {
                byPage.computeIfAbsent((int) c[0], k -> new ArrayList<>()).add((int) c[1]);
            }
            int pagesWith = 0;
            Map<Integer, Integer> lastNumbers = new HashMap<>();
            for (List<Integer> numbers : byPage.values()) {
                int rising = 0;
                for (int i = 1; i < numbers.size(); i++) {
                    rising += numbers.get(i) > numbers.get(i - 1) ? 1 : 0;
                }
                if (numbers.size() >= 8 && rising >= 0.8 * (numbers.size() - 1)) {
                    pagesWith++;
                    lastNumbers.merge(numbers.stream().mapToInt(Integer::intValue).max().orElse(0), 1, Integer::sum);
                }
            }
            if (pagesWith == 0 || pagesWith < 0.3 * pages.size() && pagesWith < 3) {
                return null;
            }
            float l = (float) members.stream().mapToDouble(c -> c[2]).min().orElse(0);
            float r = (float) members.stream().mapToDouble(c -> c[3]).max().orElse(0);
            int lines = lastNumbers.entrySet().stream()
                    .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).orElse(0);
            return new MarginColumn(l, r, pagesWith, lines);
        }

        /** The most common value of coordinate {@code index}, in 2-point bins, with its count: {value, count}. */
        private static float[] mode(List<float[]> candidates, int index) {
            Map<Integer, Integer> bins = new HashMap<>();
            for (float[] c : candidates) {
                bins.merge(Math.round(c[index] / 2), 1, Integer::sum);
            }
            int best = 0;
            int count = -1;
            for (var e : bins.entrySet()) {
                int around = e.getValue() + bins.getOrDefault(e.getKey() - 1, 0) + bins.getOrDefault(e.getKey() + 1, 0);
                if (around > count) {
                    count = around;
                    best = e.getKey();
                }
            }
            return new float[] {best * 2f, count};
        }
    }

    /** Rows at the top or foot of pages, digits masked, counted by the number of pages they appear on. */
    private static Map<String, Integer> repeatedMarginalRows(List<PageText> pages, MarginColumn column, Metrics m) {
        Map<String, Integer> counts = new HashMap<>();
        for (PageText p : pages) {
            Set<String> seen = new HashSet<>();
            List<PageText.TextRow> rows = withoutMarginNumbers(p.rows(), column);
            for (int i = 0; i < rows.size(); i++) {
                if (marginal(rows, i, p, m)) {
                    String key = mask(rows.get(i).text());
                    if (!key.isBlank() && seen.add(key)) {
                        counts.merge(key, 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    private static List<PageText.TextRow> withoutMarginNumbers(List<PageText.TextRow> rows, MarginColumn column) {
        if (column == null) {
            return rows;
        }
        List<PageText.TextRow> out = new ArrayList<>();
        for (PageText.TextRow r : rows) {
            if (column.holds(r.words().get(0))) {
                if (r.words().size() > 1) {
                    out.add(r.without(1));
                }
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** Whether row {@code i} sits where running heads and feet do: near the page's edge, or set apart from the text. */
    private static boolean marginal(List<PageText.TextRow> rows, int i, PageText p, Metrics m) {
        float y = rows.get(i).y();
        float h = p.height();
        if (y < 0.08f * h || y > 0.92f * h) {
            return true;
        }
        if (y < 0.16f * h) {
            boolean firstRows = i < 3;
            float gapBelow = i + 1 < rows.size() ? rows.get(i + 1).y() - y : Float.MAX_VALUE;
            return firstRows && gapBelow > 1.6f * m.pitch;
        }
        if (y > 0.84f * h) {
            boolean lastRows = i >= rows.size() - 3;
            float gapAbove = i > 0 ? y - rows.get(i - 1).y() : Float.MAX_VALUE;
            return lastRows && gapAbove > 1.6f * m.pitch;
        }
        return false;
    }

    static String mask(String s) {
        return SPACES.matcher(DIGITS.matcher(s).replaceAll("#")).replaceAll(" ").replaceAll("[-\u2013\u2014]+$", "").trim();
    }

    // ---- one page ------------------------------------------------------------------------------------------

    /** Reads one page's rows into laid lines, with the document's measures. */
    private static final class PageReading {
        private final PageText page;
        private final Metrics m;
        private final MarginColumn column;
        private final Map<String, Integer> repeats;
        private final int threshold;
        private final int pageCount;

        /** The page's rows (margin numbers taken off), their roles and reasons, and the margin numbers by y. */
        private final List<PageText.TextRow> rows = new ArrayList<>();
        private final List<LineRole> roles = new ArrayList<>();
        private final List<String> reasons = new ArrayList<>();
        private final List<float[]> numbers = new ArrayList<>(); // {number, y}
        private final List<LaidLine> marginLines = new ArrayList<>();
        private final List<RecognisedWord> recognisedMargin = new ArrayList<>();

        PageReading(PageText page, Metrics m, MarginColumn column, Map<String, Integer> repeats, int threshold, int pageCount) {
            this.page = page;
            this.m = m;
            this.column = column;
            this.repeats = repeats;
            this.threshold = threshold;
            this.pageCount = pageCount;
        }

        private boolean grid;
        private float pitch;
        /** The page's own left and right edges of the body text. */
        private float[] edges;

        /** The rows without a role yet once running matter, stamps and footnotes are marked: the page's text. */
        int textRows() {
            return (int) roles.stream().filter(java.util.Objects::isNull).count();
        }

        /** First pass: margin numbers, stamps, running heads and feet, footnotes, and the page's own body edges. */
        void mark() {
            takeMarginNumbers();
            grid = numbers.size() >= 8;
            pitch = grid ? gridPitch() : m.pitch;
            float gridTop = grid ? numbers.get(0)[1] - (0.6f + unprintedAbove()) * pitch : Float.NEGATIVE_INFINITY;
            float gridBottom = grid ? numbers.get(numbers.size() - 1)[1] + (0.75f + unprintedBelow()) * pitch : Float.POSITIVE_INFINITY;
            for (int i = 0; i < rows.size(); i++) {
                roles.add(null);
                reasons.add(null);
            }
            markStamps();
            for (int i = 0; i < rows.size(); i++) {
                if (roles.get(i) != null) {
                    continue;
                }
                PageText.TextRow r = rows.get(i);
                boolean outsideGrid = r.y() < gridTop || r.y() > gridBottom;
                if (marginal(rows, i, page, m) || outsideGrid) {
                    markRunningMatter(i, r.y() < page.height() / 2);
                }
            }
            markFootnotes(grid ? gridBottom : Float.POSITIVE_INFINITY);
            for (int i = 0; i < rows.size(); i++) {
                PageText.TextRow r = rows.get(i);
                if (roles.get(i) == null && (r.y() < gridTop || r.y() > gridBottom)) {
                    set(i, r.y() < gridTop ? LineRole.RUNNING_HEADER : LineRole.RUNNING_FOOTER,
                            "outside the numbered lines of pleading paper");
                }
            }
            edges = bodyEdges();
        }

        /**
         * Second pass, with the left edge most pages share: caption columns, block quotes, and the lines as read. A
         * page whose own edge lies well in from the common one, yet has body lines at the common one, is a page
         * taken up mostly by a block quote: it is measured from the common edge.
         */
        void read(List<LaidLine> all, List<RawLine> text, List<RecognisedWord> words, float commonLeft) {
            if (!Float.isNaN(commonLeft) && edges[0] > commonLeft + 12) {
                for (int i = 0; i < rows.size(); i++) {
                    if (roles.get(i) == null && Math.abs(rows.get(i).x() - commonLeft) <= 3) {
                        edges = new float[] {commonLeft, Math.max(commonLeft + 1, edges[1])};
                        break;
                    }
                }
            }
            Map<Integer, String> captionRows = CaptionColumns.rewrite(rows, roles, edges[0], edges[1], pitch, page.page() == 1);
            markQuotes(edges[0], edges[1], pitch, captionRows.keySet());
            markOmissionsInQuotes();
            emit(all, text, grid, edges[0], edges[1], captionRows, words);
        }

        /**
         * A line of only asterisks or dots ("* * *", ". . .") beside a block quote marks words left out of the
         * quotation: it belongs to the quote, not to the headings, however centred it is.
         */
        private void markOmissionsInQuotes() {
            for (int i = 0; i < rows.size(); i++) {
                if (roles.get(i) == null && OMISSION.matcher(rows.get(i).text()).matches()
                        && (neighbourRole(i, -1) == LineRole.QUOTE || neighbourRole(i, 1) == LineRole.QUOTE)) {
                    set(i, LineRole.QUOTE, "block quote: a line that marks words left out of the quotation");
                    // a part of the quotation too short to be known as one by itself, on the other side of the omission
                    for (int step : new int[] {-1, 1}) {
                        int quoted = nearest(i, -step, LineRole.QUOTE);
                        if (quoted < 0) {
                            continue;
                        }
                        float x = rows.get(quoted).x();
                        for (int j = i + step; j >= 0 && j < rows.size(); j += step) {
                            if (roles.get(j) == LineRole.MARGIN_NUMBER) {
                                continue;
                            }
                            if (roles.get(j) != null || Math.abs(rows.get(j).x() - x) > 2f) {
                                break;
                            }
                            set(j, LineRole.QUOTE, "block quote: goes on after an omission, at the quotation's indent");
                        }
                    }
                }
            }
        }

        /** The nearest row in direction {@code step}, past margin numbers, if it has {@code role}; else -1. */
        private int nearest(int i, int step, LineRole role) {
            for (int j = i + step; j >= 0 && j < rows.size(); j += step) {
                if (roles.get(j) != LineRole.MARGIN_NUMBER) {
                    return roles.get(j) == role ? j : -1;
                }
            }
            return -1;
        }

        /** The role of the nearest row above ({@code step} -1) or below (+1) that is not a margin number. */
        private LineRole neighbourRole(int i, int step) {
            for (int j = i + step; j >= 0 && j < rows.size(); j += step) {
                if (roles.get(j) != LineRole.MARGIN_NUMBER) {
                    return roles.get(j);
                }
            }
            return null;
        }

        private void takeMarginNumbers() {
            for (PageText.TextRow r : page.rows()) {
                PageText.Word first = r.words().get(0);
                if (column != null && column.holds(first)) {
                    numbers.add(new float[] {Integer.parseInt(first.text()), r.y()});
                    if (first.recognised()) {
                        recognisedMargin.add(new RecognisedWord(page.page(), Integer.parseInt(first.text()), first.text(), first.x(),
                                first.endX(), r.y(), first.confidence(), first.shown()));
                    }
                    marginLines.add(new LaidLine(page.page(), Integer.parseInt(first.text()), LineRole.MARGIN_NUMBER, first.text(),
                            first.x(), r.y(), first.fontSize(), 0, false, false,
                            String.format(Locale.ROOT, "margin number: x=%.0f, in the column found on %d of %d pages", first.x(),
                                    column.pagesWith(), pageCount)));
                    if (r.words().size() == 1) {
                        continue;
                    }
                    rows.add(r.without(1));
                } else {
                    rows.add(r);
                }
            }
        }

        /**
         * The numbered lines above the first number the page prints: a few, where the column that runs from 1 lost
         * its first numbers (the text beside them still has its lines); none where the numbers start elsewhere.
         */
        private int unprintedAbove() {
            int first = (int) numbers.get(0)[0];
            return first >= 2 && first <= MOST_UNPRINTED + 1 ? first - 1 : 0;
        }

        /** The numbered lines below the last number the page prints, up to where the column runs on most pages. */
        private int unprintedBelow() {
            int missing = column.lines() - (int) numbers.get(numbers.size() - 1)[0];
            return missing >= 1 && missing <= MOST_UNPRINTED ? missing : 0;
        }

        private float gridPitch() {
            float[] steps = new float[numbers.size() - 1];
            int n = 0;
            for (int i = 1; i < numbers.size(); i++) {
                float dn = numbers.get(i)[0] - numbers.get(i - 1)[0];
                if (dn > 0) {
                    steps[n++] = (numbers.get(i)[1] - numbers.get(i - 1)[1]) / dn;
                }
            }
            if (n == 0) {
                return m.pitch;
            }
            float[] s = Arrays.copyOf(steps, n);
            Arrays.sort(s);
            return s[n / 2];
        }

        private void set(int i, LineRole role, String reason) {
            roles.set(i, role);
            reasons.set(i, reason);
        }

        private void markStamps() {
            for (int i = 0; i < rows.size(); i++) {
                String text = rows.get(i).text();
                if (!mayBeAStamp(text) || !FILING_STAMP.matcher(text).find()) {
                    continue;
                }
                set(i, LineRole.FILING_STAMP, "filing stamp: reads like the court's \"Case \u2026 Document \u2026 Filed\" header");
                float size = rows.get(i).fontSize();
                for (int j : new int[] {i + 1, i - 1}) {
                    if (j >= 0 && j < rows.size() && roles.get(j) == null && Math.abs(rows.get(j).y() - rows.get(i).y()) < 2.2f * size
                            && STAMP_TAIL.matcher(rows.get(j).text()).matches()) {
                        set(j, LineRole.FILING_STAMP, "filing stamp: the end of the stamp's line, wrapped onto a line of its own");
                    }
                }
            }
        }

        /** Every form of the stamp holds one of these words; most lines hold none, and skip the pattern. */
        private static boolean mayBeAStamp(String text) {
            String t = text.toLowerCase(java.util.Locale.ROOT);
            return t.contains("case") || t.contains("nyscef") || t.contains("filed") || t.contains("received");
        }

        private void markRunningMatter(int i, boolean top) {
            String t = rows.get(i).text();
            if (PAGE_NUMBER.matcher(t).matches()) {
                set(i, LineRole.PAGE_NUMBER, "page number: alone at the " + (top ? "top" : "foot") + " of the page");
                return;
            }
            int seen = repeats.getOrDefault(mask(t), 0);
            if (seen >= threshold) {
                set(i, top ? LineRole.RUNNING_HEADER : LineRole.RUNNING_FOOTER,
                        "running " + (top ? "header" : "footer") + ": repeats on " + seen + " of " + pageCount + " pages");
                return;
            }
            if (!top && DOCUMENT_ID.matcher(t).find()) {
                set(i, LineRole.RUNNING_FOOTER, "running footer: a document-ID at the foot of the page");
            }
        }

        /**
         * Lines set smaller than the body, at the foot of the page, from the first one that starts with a footnote's
         * number down; a page whose foot continues a footnote from the page before has small lines without a number.
         */
        private void markFootnotes(float gridBottom) {
            if (!markSmallFootnotes()) {
                markBodySizeFootnotes();
            }
        }

        /** Footnotes set smaller than the body; true when the page has some. */
        private boolean markSmallFootnotes() {
            int last = rows.size() - 1;
            while (last >= 0 && roles.get(last) != null) {
                last--;
            }
            int first = last + 1;
            for (int i = last; i >= 0; i--) {
                if (roles.get(i) != null && roles.get(i) != LineRole.FILING_STAMP) {
                    break;
                }
                if (roles.get(i) == null && small(rows.get(i))) {
                    first = i;
                } else if (roles.get(i) == null) {
                    break;
                }
            }
            if (first > last) {
                return false;
            }
            int start = -1;
            for (int i = first; i <= last; i++) {
                if (roles.get(i) == null && FOOTNOTE_START.matcher(rows.get(i).text()).find()) {
                    start = i;
                    break;
                }
            }
            boolean continued = start < 0 && rows.get(first).y() > page.height() * 0.6f && (last - first) < 12;
            if (start < 0 && !continued) {
                return false;
            }
            for (int i = continued ? first : start; i <= last; i++) {
                if (roles.get(i) == null) {
                    set(i, LineRole.FOOTNOTE, String.format(Locale.ROOT, "footnote: %.1f pt under %.1f pt body, at the foot of the page%s",
                            rows.get(i).fontSize(), m.bodySize, continued ? ", continuing a footnote" : ""));
                }
            }
            return true;
        }

        /**
         * Footnotes set at the body's size, as some word processors' templates print them: at the foot of the page, a
         * line that opens with a raised marker which the body above it also carries, and from there down only lines
         * set tighter than the body's spacing.
         */
        private void markBodySizeFootnotes() {
            int last = rows.size() - 1;
            while (last >= 0 && roles.get(last) != null) {
                last--;
            }
            if (last < 1) {
                return;
            }
            // the run of tightly set lines at the foot, from the bottom up
            int first = last;
            for (int i = last - 1; i >= 0; i--) {
                if (roles.get(i) != null) {
                    continue; // a margin number or a stamp between the note's lines
                }
                if (rows.get(first).y() - rows.get(i).y() >= 0.75f * m.pitch) {
                    break;
                }
                first = i;
            }
            for (int i = first; i <= last; i++) {
                if (roles.get(i) != null) {
                    continue;
                }
                Matcher marker = RAISED_MARKER.matcher(rows.get(i).text());
                if (marker.lookingAt() && i > 0 && carriedAbove(marker.group(), i)) {
                    String how = i == last ? "the page's last line" : "set tighter than the body";
                    for (int j = i; j <= last; j++) {
                        if (roles.get(j) == null) {
                            set(j, LineRole.FOOTNOTE, String.format(Locale.ROOT, "footnote: opens with the marker %s that the text "
                                    + "above carries, at the foot of the page, %s", marker.group(), how));
                        }
                    }
                    return;
                }
            }
        }

        /** Whether a body line above row {@code below} carries the raised marker {@code marker} after a word. */
        private boolean carriedAbove(String marker, int below) {
            for (int i = 0; i < below; i++) {
                if (roles.get(i) == null || roles.get(i) == LineRole.QUOTE) {
                    String t = rows.get(i).text();
                    int at = t.indexOf(marker);
                    while (at >= 0) {
                        int end = at + marker.length();
                        boolean afterWord = at > 0 && !Character.isWhitespace(t.charAt(at - 1));
                        boolean whole = end >= t.length() || !isSuperscriptDigit(t.charAt(end));
                        if (afterWord && whole) {
                            return true;
                        }
                        at = t.indexOf(marker, at + 1);
                    }
                }
            }
            return false;
        }

        private static boolean isSuperscriptDigit(char c) {
            return c == '\u00b9' || c == '\u00b2' || c == '\u00b3' || c == '\u2070' || c >= '\u2074' && c <= '\u2079';
        }

        private boolean small(PageText.TextRow r) {
            return r.fontSize() <= 0.88f * m.bodySize;
        }

        /** The left edge most text lines share, and the right edge most full lines reach. */
        private float[] bodyEdges() {
            Map<Integer, Integer> lefts = new HashMap<>();
            List<Float> rights = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (roles.get(i) == null) {
                    lefts.merge(Math.round(rows.get(i).x() / 2), 1, Integer::sum);
                    rights.add(rows.get(i).endX());
                }
            }
            if (lefts.isEmpty()) {
                return new float[] {72, page.width() - 72};
            }
            int need = Math.max(2, rights.size() / 6);
            int left = lefts.entrySet().stream().filter(e -> e.getValue() >= need).mapToInt(Map.Entry::getKey).min()
                    .orElse(lefts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey());
            rights.sort(null);
            float right = rights.get((int) Math.floor(rights.size() * 0.9));
            return new float[] {left * 2f, Math.max(left * 2f + 1, right)};
        }

        /**
         * A run of two or more text lines that start at the same indent, in from the left edge, and that are set
         * closer than the body or stop short of its right edge, is a block quote. A paragraph's first line is in
         * from the edge too, but alone. A line that opens with a number ("12. Delivery.") joins a run only where it is
         * set single-spaced against the run's other lines, as a quoted section is: a numbered paragraph's first line
         * is spaced as the body is.
         */
        private void markQuotes(float left, float right, float pitch, Set<Integer> caption) {
            int i = 0;
            while (i < rows.size()) {
                if (!quoteCandidate(i, left) || caption.contains(i)) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < rows.size() && quoteCandidate(j, left) && !caption.contains(j) && Math.abs(rows.get(j).x() - rows.get(i).x()) <= 3
                        && (!numbered(j) && !numbered(j - 1) || rows.get(j).y() - rows.get(j - 1).y() < 0.75f * pitch)) {
                    j++;
                }
                if (!numberedQuote(i, j, pitch)) {
                    // without its numbered lines: a numbered paragraph's first line, and the lines of its own after it
                    if (numbered(i)) {
                        i++;
                        continue;
                    }
                    int k = i + 1;
                    while (k < j && !numbered(k)) {
                        k++;
                    }
                    j = k;
                }
                int n = j - i;
                if (n >= 2) {
                    float spacing = (rows.get(j - 1).y() - rows.get(i).y()) / (n - 1);
                    boolean tight = spacing < 0.75f * pitch;
                    // a heading over two lines looks like a short quote set in from the right; three lines do not
                    boolean setIn = n >= 3 && filledShortOfRight(i, j, right);
                    if (tight || setIn) {
                        for (int k = i; k < j; k++) {
                            set(k, LineRole.QUOTE, String.format(Locale.ROOT, "block quote: %d lines indented %.0f pt%s", n,
                                    rows.get(i).x() - left, tight ? ", single-spaced" : ", set in from the right"));
                        }
                    }
                }
                i = j;
            }
        }

        /**
         * Whether rows {@code [from, to)} may be a quote with the numbered lines among them: none are numbered, or the
         * run is single-spaced and not only numbered lines.
         */
        private boolean numberedQuote(int from, int to, float pitch) {
            int withNumber = 0;
            for (int k = from; k < to; k++) {
                withNumber += numbered(k) ? 1 : 0;
            }
            int n = to - from;
            return withNumber == 0 || n >= 2 && withNumber < n && (rows.get(to - 1).y() - rows.get(from).y()) / (n - 1) < 0.75f * pitch;
        }

        /**
         * Whether rows {@code [from, to)} are filled text set in from the right: each but the last reaches the same
         * right edge, and that edge stops short of the body's. Short lines of differing length (a heading over
         * several lines) are not.
         */
        private boolean filledShortOfRight(int from, int to, float right) {
            float edge = 0;
            for (int k = from; k < to; k++) {
                edge = Math.max(edge, rows.get(k).endX());
            }
            if (edge > right - 18) {
                return false;
            }
            int filled = 0;
            for (int k = from; k < to - 1; k++) {
                filled += rows.get(k).endX() > edge - 20 ? 1 : 0;
            }
            return filled * 4 >= (to - from - 1) * 3;
        }

        private boolean quoteCandidate(int i, float left) {
            return roles.get(i) == null && rows.get(i).x() >= left + 18;
        }

        private boolean numbered(int i) {
            return PARAGRAPH_NUMBER.matcher(rows.get(i).text()).find();
        }

        /** Centred: in from both edges by about the same, short of the full width, and not a paragraph's first line. */
        private boolean centered(PageText.TextRow r, float left, float right) {
            float before = r.x() - left;
            float after = right - r.endX();
            return before > 24 && after > 24 && Math.abs(before - after) < Math.max(10, 0.03f * (right - left))
                    && r.endX() - r.x() < 0.75f * (right - left) && !PARAGRAPH_NUMBER.matcher(r.text()).find();
        }

        private void emit(List<LaidLine> all, List<RawLine> text, boolean grid, float left, float right,
                          Map<Integer, String> captionRows, List<RecognisedWord> words) {
            words.addAll(recognisedMargin);
            List<LaidLine> laid = new ArrayList<>(marginLines);
            int ordinal = 0;
            float previousY = Float.NaN;
            float pitch = grid ? gridPitch() : m.pitch;
            for (int i = 0; i < rows.size(); i++) {
                PageText.TextRow r = rows.get(i);
                LineRole role = roles.get(i) == null ? LineRole.BODY : roles.get(i);
                String reason = reasons.get(i) == null ? "text" : reasons.get(i);
                int line;
                if (role.inText()) {
                    ordinal++;
                    line = grid ? lineBeside(r.y(), pitch) : ordinal;
                    if (!Float.isNaN(previousY) && r.y() - previousY > 1.6f * pitch && role != LineRole.FOOTNOTE) {
                        text.add(new RawLine("", 0, page.page(), line));
                    }
                    previousY = r.y();
                } else {
                    line = 0;
                }
                boolean centred = role.inText() && role != LineRole.QUOTE && centered(r, left, right);
                int indent = Math.max(0, Math.round((r.x() - left) / m.bodySize));
                String rowText = captionRows.getOrDefault(i, r.text());
                if (captionRows.containsKey(i)) {
                    reason = reason + "; a line of the caption's two columns";
                }
                LaidLine l = new LaidLine(page.page(), line, role, rowText, r.x(), r.y(), r.fontSize(), indent, centred, r.bold(), reason);
                laid.add(l);
                for (PageText.Word w : r.words()) {
                    if (w.recognised()) {
                        words.add(new RecognisedWord(page.page(), line, w.text(), w.x(), w.endX(), r.y(), w.confidence(), w.shown()));
                    }
                }
                if (role.inText()) {
                    text.add(l.toRawLine());
                }
            }
            for (PageText.TextRow s : page.sideways()) {
                laid.add(new LaidLine(page.page(), 0, LineRole.SIDEWAYS, s.text(), s.x(), s.y(), s.fontSize(), 0, false, false,
                        "printed sideways"));
            }
            laid.sort((a, b) -> Float.compare(a.y(), b.y()) != 0 ? Float.compare(a.y(), b.y()) : Float.compare(a.x(), b.x()));
            all.addAll(laid);
        }

        /**
         * The margin number printed beside a line, or the one above it for a line set between two. Where the number
         * beside a line is not printed, the grid's pitch counts on from the nearest number printed above it (or back
         * from the first one, for a line above them all).
         */
        private int lineBeside(float y, float pitch) {
            float[] above = null;
            float[] below = null;
            for (float[] n : numbers) {
                if (n[1] <= y + 0.3f * pitch) {
                    above = n;
                } else if (below == null) {
                    below = n;
                }
            }
            if (above == null) {
                float[] first = numbers.get(0);
                return Math.max(1, (int) first[0] - Math.round((first[1] - y) / pitch));
            }
            int line = (int) above[0] + (int) Math.floor((y - above[1] + 0.3f * pitch) / pitch);
            return below == null ? line : Math.min(line, Math.max((int) above[0], (int) below[0] - 1));
        }
    }
}
