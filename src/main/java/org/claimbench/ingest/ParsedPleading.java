package org.claimbench.ingest;

import java.util.List;

import org.claimbench.domain.Caption;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.claimbench.domain.SourceLine;

/**
 * What the parser found in a document: its normalised text, where each printed line went (for page:line),
 * the caption, the segments (ids are 0), the counts and the citations; and warnings about the structure that a
 * reader should check against the original (numbering gaps and duplicates as filed, a segment holding most of the text).
 * For an Answer, {@code answer} holds its responses and affirmative defenses; it is null for every other kind.
 */
public record ParsedPleading(String text, List<SourceLine> lines, Caption caption, List<Segment> segments,
                             List<ParsedCount> counts, List<ParsedCitation> citations, List<String> warnings, ParsedAnswer answer) {

    /** A document that is not an Answer. */
    public ParsedPleading(String text, List<SourceLine> lines, Caption caption, List<Segment> segments,
                          List<ParsedCount> counts, List<ParsedCitation> citations, List<String> warnings) {
        this(text, lines, caption, segments, counts, citations, warnings, null);
    }

    public ParsedPleading {
        lines = List.copyOf(lines);
        segments = List.copyOf(segments);
        counts = List.copyOf(counts);
        citations = List.copyOf(citations);
        warnings = List.copyOf(warnings);
    }


    public ParsedPleading withCaption(Caption newCaption) {
        return new ParsedPleading(text, lines, newCaption, segments, counts, citations, warnings, answer);
    }

    public ParsedPleading withAnswer(ParsedAnswer newAnswer, List<String> newWarnings) {
        return new ParsedPleading(text, lines, caption, segments, counts, citations, newWarnings, newAnswer);
    }

    public List<Segment> numberedParagraphs() {
        return segments.stream().filter(s -> s.kind() == SegmentKind.NUMBERED_PARAGRAPH).toList();
    }

    public String textOf(Segment s) {
        return text.substring(s.start(), s.end());
    }
}
