package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits decoded text into {@link RawLine}s, with indents measured in character widths. A wide run of spaces inside a
 * line, as a text export of a PDF keeps between a caption's two columns, becomes a tab, the mark of a wide gap.
 *
 * <p>A text export of a PDF ({@code pdftotext}) keeps what was printed on every page: the court's filing stamp at the
 * head, the page number at the foot, a form feed between pages. The stamp and the page number are left out, and the
 * blank lines around a page break with them, so that a paragraph runs on across the page; each line keeps its page and
 * its ordinal on the page.
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
            // the blank lines at a page break go with it, so that a paragraph runs on onto the next page
            int from = p == 0 ? 0 : nextPrinted(page, 0);
            int to = p == pages.length - 1 ? page.size() : lastPrinted(page) + 1;
            int ordinal = 0;
            for (int i = from; i < to; i++) {
                RawLine l = line(page.get(i));
                if (l.isBlank()) {
                    lines.add(l);
                } else {
                    lines.add(new RawLine(l.text(), l.indent(), p + 1, ++ordinal));
                }
            }
        }
        return lines;
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
