package org.claimbench.domain;

import java.util.List;

/**
 * One row of the side-by-side comparison: the old segment(s) on the left, the new segment(s) on the right, what
 * became of them, how alike their words are (0 to 1) and the word-level changes between them. An added row has
 * nothing on the left, a removed row nothing on the right.
 */
public record AlignedRow(AmendmentKind kind, List<Segment> before, List<Segment> after, double similarity, List<WordOp> diff) {

    public AlignedRow {
        before = List.copyOf(before);
        after = List.copyOf(after);
        diff = List.copyOf(diff);
        if (kind == AmendmentKind.ADDED && !before.isEmpty() || kind == AmendmentKind.REMOVED && !after.isEmpty()) {
            throw new IllegalArgumentException(kind + " row with segments on both sides");
        }
        if (kind == AmendmentKind.SPLIT && (before.size() != 1 || after.size() < 2)
                || kind == AmendmentKind.MERGED && (before.size() < 2 || after.size() != 1)) {
            throw new IllegalArgumentException(kind + " row of " + before.size() + " old and " + after.size() + " new segments");
        }
    }

    /** Whether the row holds a numbered paragraph on either side. */
    public boolean numbered() {
        return before.stream().anyMatch(s -> s.kind() == SegmentKind.NUMBERED_PARAGRAPH)
                || after.stream().anyMatch(s -> s.kind() == SegmentKind.NUMBERED_PARAGRAPH);
    }

    /** The old paragraph numbers, in order (empty for segments without one). */
    public List<String> oldLabels() {
        return before.stream().filter(s -> s.label() != null && s.kind() == SegmentKind.NUMBERED_PARAGRAPH).map(Segment::label).toList();
    }

    /** The new paragraph numbers, in order. */
    public List<String> newLabels() {
        return after.stream().filter(s -> s.label() != null && s.kind() == SegmentKind.NUMBERED_PARAGRAPH).map(Segment::label).toList();
    }
}
