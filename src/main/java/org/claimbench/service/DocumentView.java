package org.claimbench.service;

import java.util.List;

import org.claimbench.domain.Citation;
import org.claimbench.domain.Document;
import org.claimbench.domain.PleadedCount;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SourceLine;
import org.claimbench.domain.TextCorrection;
import org.claimbench.domain.TextSource;
import org.claimbench.domain.UncertainWord;

/**
 * One document's text with its structure, as the text pane needs it: how the text was obtained, the words
 * recognised with little confidence, and the user's corrections of recognised text.
 */
public record DocumentView(Document document, String text, List<Segment> segments, List<SourceLine> lines,
                           List<PleadedCount> counts, List<Citation> citations, TextSource textSource,
                           List<UncertainWord> uncertainWords, List<TextCorrection> corrections) {

    public DocumentView {
        uncertainWords = List.copyOf(uncertainWords);
        corrections = List.copyOf(corrections);
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

    /** Whether the user may correct the text: only text recognised from page images can be. */
    public boolean correctable() {
        return textSource.recognised();
    }
}
