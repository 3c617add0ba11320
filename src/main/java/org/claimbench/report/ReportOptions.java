package org.claimbench.report;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the report includes and how it is laid out. {@code countIds} empty means every count.
 */
public record ReportOptions(Set<Long> countIds, boolean includeNotes, boolean unsupportedFirst, Paper paper,
                            String preparedBy, LocalDate date, String confidentiality) {

    public enum Paper {
        LETTER("Letter", "8.5in 11in"), A4("A4", "210mm 297mm");

        private final String label;
        private final String cssSize;

        Paper(String label, String cssSize) {
            this.label = label;
            this.cssSize = cssSize;
        }

        public String label() { return label; }

        public String cssSize() { return cssSize; }
    }

    public ReportOptions {
        countIds = Set.copyOf(countIds);
    }

    public static ReportOptions defaults() {
        return new ReportOptions(Set.of(), true, true, Paper.LETTER, null, LocalDate.now(),
                "Confidential \u2014 attorney work product");
    }

    public ReportOptions withPaper(Paper p) {
        return new ReportOptions(countIds, includeNotes, unsupportedFirst, p, preparedBy, date, confidentiality);
    }

    public ReportOptions withCounts(Set<Long> ids) {
        return new ReportOptions(ids, includeNotes, unsupportedFirst, paper, preparedBy, date, confidentiality);
    }

    public ReportOptions withNotes(boolean notes) {
        return new ReportOptions(countIds, notes, unsupportedFirst, paper, preparedBy, date, confidentiality);
    }

    public ReportOptions withUnsupportedFirst(boolean first) {
        return new ReportOptions(countIds, includeNotes, first, paper, preparedBy, date, confidentiality);
    }

    public ReportOptions withPreparedBy(String who) {
        return new ReportOptions(countIds, includeNotes, unsupportedFirst, paper, who, date, confidentiality);
    }

    public ReportOptions withDate(LocalDate d) {
        return new ReportOptions(countIds, includeNotes, unsupportedFirst, paper, preparedBy, d, confidentiality);
    }
}
