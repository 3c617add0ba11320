package org.claimbench.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One version of a pleading as it is compared with another: its text, its segments (in text order), the counts it
 * pleads and the parties its caption names. The segments are kept sorted by where they start.
 */
public record PleadingVersion(long documentId, String text, List<Segment> segments, List<PleadedCount> counts,
                              List<Party> parties) {

    public PleadingVersion {
        if (text == null) {
            throw new IllegalArgumentException("a pleading version needs its text");
        }
        List<Segment> sorted = new ArrayList<>(segments);
        sorted.sort(Comparator.comparingInt(Segment::start).thenComparingInt(Segment::ordinal));
        for (Segment s : sorted) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("segment " + s.start() + ".." + s.end() + " runs past the text (length " + text.length() + ")");
            }
        }
        segments = List.copyOf(sorted);
        counts = List.copyOf(counts);
        parties = List.copyOf(parties);
    }

    /** A version with segments only, no counts or parties. */
    public static PleadingVersion of(long documentId, String text, List<Segment> segments) {
        return new PleadingVersion(documentId, text, segments, List.of(), List.of());
    }

    /** The words of a segment as they stand in the text. */
    public String textOf(Segment s) {
        return text.substring(s.start(), s.end());
    }
}
