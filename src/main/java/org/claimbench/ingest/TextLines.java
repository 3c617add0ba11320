package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits decoded text into {@link RawLine}s, with indents measured in character widths. A wide run of spaces inside a
 * line, as a text export of a PDF keeps between a caption's two columns, becomes a tab, the mark of a wide gap.
 *
 * <p>A text export of a PDF ({@code pdftotext}) keeps what was printed on every page: the court's filing stamp at the
 * head, the page number at the foot, a form feed between pages. The stamp and the page number are left out, and the
 * blank lines around a page break with them, so that a paragraph runs on across the page; each line keeps its page and
 * its ordinal on the page. The footnotes at a page's foot are marked as footnotes, so that the text reads on around them.
 */
public final class TextLines {

    private static final Pattern WIDE_GAP = Pattern.compile("(?<=\\S) {4,}(?=\\S)");
    /** "Case 1:24-cv-05521 Document 1 Filed 06/03/24 Page 2 of 9 PageID #: 2", "Case: 1:23-cv-04410 Document #: 1 Filed: …". */
    private static final Pattern FILING_STAMP = Pattern.compile(
            "(?i)^Case:?\\s+\\d{1,2}:\\d{2}-[a-z]{2,4}-\\d+\\S*\\s+(?:Document|Doc\\.?|Dkt\\.?|DktEntry|ECF\\s+No\\.?)\\s*#?\\s*:?\\s*\\d+\\b.*"
                    + "\\b(?:Filed|Page)\\b.*$");
    /** The second line of a stamp that wraps. */
    private static final Pattern STAMP_TAIL = Pattern.compile("(?i)^(?:PageID\\s*#?\\s*:?\\s*\\d+|Page\\s+\\d+\\s+of\\s+\\d+)$");
    /** "- 2 -", "Page 2 of 9", "Page 2": never part of the text. */
    private static final Pattern PAGE_MARK = Pattern.compile("(?i)^(?:[-\u2013\u2014]\\s*\\d{1,4}\\s*[-\u2013\u2014]|page\\s+\\d{1,4}(?:\\s+of\\s+\\d{1,4})?)$");
    /** A page's number alone at its foot. */
    private static final Pattern BARE_PAGE_NUMBER = Pattern.compile("^\\d{1,4}$");
    /** A footnote's opening line: its number without a period, alone or before its text. */
    private static final Pattern FOOTNOTE_START = Pattern.compile("^(\\d{1,3})(?:\\s+\\S.*)?$");

    private TextLines() {
    }

    public static List<RawLine> of(String text) {
        String normalised = text.startsWith("\ufeff") ? text.substring(1) : text;
        normalised = normalised.replace("\r\n", "\n").replace('\r', '\n');
        String[] pages = normalised.split("\f", -1);
        if (pages.length == 1) {
            List<RawLine> lines = new ArrayList<>();
            for (String l : normalised.split("\n", -1)) {
                String t = l.strip();
                if (!FILING_STAMP.matcher(t).matches() && !PAGE_MARK.matcher(t).matches()) {
                    lines.add(line(l));
                }
            }
            return lines;
        }
        List<RawLine> lines = new ArrayList<>();
        int[] footnote = {0};
        for (int p = 0; p < pages.length; p++) {
            List<String> page = new ArrayList<>(List.of(pages[p].split("\n", -1)));
            // the running matter at the head and the foot of the page
            int first = nextPrinted(page, 0);
            if (first < page.size() && FILING_STAMP.matcher(page.get(first).strip()).matches()) {
                page.set(first, "");
                int tail = nextPrinted(page, first + 1);
                if (tail < page.size() && STAMP_TAIL.matcher(page.get(tail).strip()).matches()) {
                    page.set(tail, "");
                }
            }
            int last = lastPrinted(page);
            if (last >= 0 && (PAGE_MARK.matcher(page.get(last).strip()).matches() || BARE_PAGE_NUMBER.matcher(page.get(last).strip()).matches())) {
                page.set(last, "");
            }
            Set<Integer> notes = footnotes(page, footnote);
            // the blank lines at a page break go with it, so that a paragraph runs on onto the next page
            int from = p == 0 ? 0 : nextPrinted(page, 0);
            int to = p == pages.length - 1 ? page.size() : lastPrinted(page) + 1;
            int ordinal = 0;
            for (int i = from; i < to; i++) {
                RawLine l = line(page.get(i));
                if (l.isBlank()) {
                    lines.add(notes.contains(i) ? l.withRole(LineRole.FOOTNOTE) : l);
                } else {
                    lines.add(new RawLine(l.text(), l.indent(), p + 1, ++ordinal, notes.contains(i) ? LineRole.FOOTNOTE : LineRole.BODY,
                            false, false));
                }
            }
        }
        return lines;
    }

    /**
     * The lines of the footnotes at a page's foot: the last groups of lines, apart from the text by a blank line, that
     * each open with the next footnote's number ("1 The receipt…", or "1" alone above its text, which is joined to
     * it), when the text above carries that number as a marker ("2024.1"). The numbers run on from the last page's.
     */
    private static Set<Integer> footnotes(List<String> page, int[] lastFootnote) {
        List<int[]> groups = new ArrayList<>();
        int i = lastPrinted(page);
        while (i >= 0) {
            int end = i;
            while (i >= 0 && !page.get(i).isBlank()) {
                i--;
            }
            groups.add(0, new int[] {i + 1, end});
            while (i >= 0 && page.get(i).isBlank()) {
                i--;
            }
        }
        // from the top of the page's foot: the first group that opens with the next footnote's number, and all after it
        int expect = lastFootnote[0] + 1;
        int first = -1;
        for (int g = 1; g < groups.size() && first < 0; g++) {
            Matcher m = FOOTNOTE_START.matcher(page.get(groups.get(g)[0]).strip());
            if (m.matches() && Integer.parseInt(m.group(1)) == expect && marked(page, groups.get(g)[0], expect)) {
                first = groups.get(g)[0];
            }
        }
        Set<Integer> out = new HashSet<>();
        if (first < 0) {
            return out;
        }
        // the blank lines above the footnotes go with them: the text reads on past them to the next page
        for (int k = first - 1; k >= 0 && page.get(k).isBlank(); k--) {
            out.add(k);
        }
        int end = lastPrinted(page);
        for (int k = first; k <= end; k++) {
            String t = page.get(k).strip();
            Matcher m = FOOTNOTE_START.matcher(t);
            if (!t.isEmpty() && m.matches() && Integer.parseInt(m.group(1)) == expect) {
                expect++;
                if (t.matches("\\d{1,3}") && k + 1 <= end && !page.get(k + 1).isBlank()) {
                    // the number alone above its text
                    page.set(k + 1, t + " " + page.get(k + 1).strip());
                    page.set(k, "");
                }
            }
            out.add(k);
        }
        lastFootnote[0] = expect - 1;
        return out;
    }

    /** Whether the text above carries the footnote's marker, its number set against a word: "2024.1", "warranty2". */
    private static boolean marked(List<String> page, int before, int number) {
        Pattern marker = Pattern.compile("[\\p{L}.,;:)\"\u201d\u2019]" + number + "(?!\\d)");
        for (int k = 0; k < before; k++) {
            if (marker.matcher(page.get(k)).find()) {
                return true;
            }
        }
        return false;
    }

    private static RawLine line(String l) {
        return RawLine.plain(WIDE_GAP.matcher(l).replaceAll("\t"));
    }

    private static int nextPrinted(List<String> page, int from) {
        int i = from;
        while (i < page.size() && page.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static int lastPrinted(List<String> page) {
        int i = page.size() - 1;
        while (i >= 0 && page.get(i).isBlank()) {
            i--;
        }
        return i;
    }
}
