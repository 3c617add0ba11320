package org.claimbench.report;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the report includes and how it is laid out. {@code countIds} empty means every count. {@code tableOfContents}
 * puts a list of the report's parts and counts, with their pages, after the cover (off by default);
 * {@code includeWording} keeps the wording flags of the allegations and the count table's column of them (on by
 * default).
 */
public record ReportOptions(Set<Long> countIds, boolean includeNotes, boolean unsupportedFirst, Paper paper,
                            String preparedBy, LocalDate date, String confidentiality, boolean tableOfContents,
                            boolean includeWording) {

    public enum Paper {
        LETTER("Letter", "8.5in 11in", 12240, 15840), A4("A4", "210mm 297mm", 11906, 16838);

        private final String label;
        private final String cssSize;
        private final int widthTwips;
        private final int heightTwips;

        Paper(String label, String cssSize, int widthTwips, int heightTwips) {
            this.label = label;
            this.cssSize = cssSize;
            this.widthTwips = widthTwips;
            this.heightTwips = heightTwips;
        }

        public String label() { return label; }

        public String cssSize() { return cssSize; }

        /** The width of the sheet in twentieths of a point, as Word measures a page. */
        public int widthTwips() { return widthTwips; }

        /** The height of the sheet in twentieths of a point. */
        public int heightTwips() { return heightTwips; }
    }

    public ReportOptions {
        countIds = Set.copyOf(countIds);
    }

    /** Without a table of contents, with the wording flags. */
    public ReportOptions(Set<Long> countIds, boolean includeNotes, boolean unsupportedFirst, Paper paper, String preparedBy,
                         LocalDate date, String confidentiality) {
        this(countIds, includeNotes, unsupportedFirst, paper, preparedBy, date, confidentiality, false, true);
    }

    public static ReportOptions defaults() {
        return new ReportOptions(Set.of(), true, true, Paper.LETTER, null, LocalDate.now(),
                "Confidential \u2014 attorney work product", false, true);
    }

    public ReportOptions withPaper(Paper p) {
        return new ReportOptions(countIds, includeNotes, unsupportedFirst, p, preparedBy, date, confidentiality, tableOfContents,
                includeWording);
    }

    public ReportOptions withCounts(Set<Long> ids) {
        return new ReportOptions(ids, includeNotes, unsupportedFirst, paper, preparedBy, date, confidentiality, tableOfContents,
                includeWording);
    }

    public ReportOptions withNotes(boolean notes) {
        return new ReportOptions(countIds, notes, unsupportedFirst, paper, preparedBy, date, confidentiality, tableOfContents,
                includeWording);
    }

    public ReportOptions withUnsupportedFirst(boolean first) {
        return new ReportOptions(countIds, includeNotes, first, paper, preparedBy, date, confidentiality, tableOfContents,
                includeWording);
    }

    public ReportOptions withPreparedBy(String who) {
        return new ReportOptions(countIds, includeNotes, unsupportedFirst, paper, who, date, confidentiality, tableOfContents,
                includeWording);
    }

    public ReportOptions withDate(LocalDate d) {
        return new ReportOptions(countIds, includeNotes, unsupportedFirst, paper, preparedBy, d, confidentiality, tableOfContents,
                includeWording);
    }

    /** With or without a table of contents after the cover. */
    public ReportOptions withTableOfContents(boolean toc) {
        return new ReportOptions(countIds, includeNotes, unsupportedFirst, paper, preparedBy, date, confidentiality, toc,
                includeWording);
    }

    /** With or without the wording flags: the allegations' "Wording:" lines and the count table's column. */
    public ReportOptions withWording(boolean wording) {
        return new ReportOptions(countIds, includeNotes, unsupportedFirst, paper, preparedBy, date, confidentiality, tableOfContents,
                wording);
    }

    public ReportOptions withConfidentiality(String line) {
        return new ReportOptions(countIds, includeNotes, unsupportedFirst, paper, preparedBy, date, line, tableOfContents,
                includeWording);
    }
}
