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
        int lo = 0;
        int hi = segments.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Segment s = segments.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }
}
