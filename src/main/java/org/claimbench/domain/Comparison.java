package org.claimbench.domain;

import java.util.List;

/**
 * Two versions of a pleading compared: their segments aligned row by row in the order of the texts, their counts
 * and their parties, and a one-line summary ("14 paragraphs added, 3 removed; Count IV dropped; 2 defendants added").
 * Plain records and enums throughout, so the comparison can be shown side by side, written as a redline or stored.
 */
public record Comparison(PleadingVersion before, PleadingVersion after, List<AlignedRow> rows,
                         List<CountChange> counts, List<PartyChange> parties, String summary) {

    public Comparison {
        rows = List.copyOf(rows);
        counts = List.copyOf(counts);
        parties = List.copyOf(parties);
    }

    /** The rows that hold a numbered paragraph, in order. */
    public List<AlignedRow> paragraphRows() {
        return rows.stream().filter(AlignedRow::numbered).toList();
    }

    /** How many rows of numbered paragraphs are of a kind. */
    public int paragraphs(AmendmentKind kind) {
        return (int) rows.stream().filter(r -> r.kind() == kind && r.numbered()).count();
    }

    /** The row that holds an old segment, or null. */
    public AlignedRow rowOfOld(Segment old) {
        return rows.stream().filter(r -> r.before().contains(old)).findFirst().orElse(null);
    }

    /** The row that holds a new segment, or null. */
    public AlignedRow rowOfNew(Segment now) {
        return rows.stream().filter(r -> r.after().contains(now)).findFirst().orElse(null);
    }
}
