package org.claimbench.service;

import java.util.List;

import org.claimbench.domain.Citation;
import org.claimbench.domain.Document;
import org.claimbench.domain.PleadedCount;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SourceLine;

/** One document's text with its structure, as the text pane needs it. */
public record DocumentView(Document document, String text, List<Segment> segments, List<SourceLine> lines,
                           List<PleadedCount> counts, List<Citation> citations) {

    public DocumentView {
        segments = List.copyOf(segments);
        lines = List.copyOf(lines);
        counts = List.copyOf(counts);
        citations = List.copyOf(citations);
    }

    public int numberedParagraphCount() {
        return (int) segments.stream().filter(s -> s.kind() == org.claimbench.domain.SegmentKind.NUMBERED_PARAGRAPH).count();
    }

    /** The segment holding {@code offset}, or null. */
    public Segment segmentAt(int offset) {
        return org.claimbench.domain.Segments.at(segments, offset);
    }
}
