package org.claimbench.analysis;

import java.time.Instant;
import java.util.List;

import org.claimbench.domain.AnchorState;
import org.claimbench.domain.PageLine;
import org.claimbench.domain.PageLines;
import org.claimbench.domain.Passage;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SourceLine;

/** Makes passages that can be found again: exact quote, context on both sides, paragraph and page:line. */
public final class Anchors {

    /** Characters of context kept on each side of a quote. */
    public static final int CONTEXT = 32;

    private Anchors() {
    }

    /** A new passage over [start, end) of a document's text (id 0, not yet stored). */
    public static Passage passage(long caseId, long documentId, String text, List<Segment> segments, List<SourceLine> lines,
                                  int start, int end, String note) {
        if (start < 0 || end > text.length() || end <= start) {
            throw new IllegalArgumentException("The selection " + start + ".." + end + " is outside the text (length " + text.length() + ").");
        }
        Segment segment = segmentAt(segments, start);
        PageLine first = pageLineAt(lines, start);
        PageLine last = pageLineAt(lines, end - 1);
        return new Passage(0, caseId, documentId, start, end, text.substring(start, end),
                text.substring(Math.max(0, start - CONTEXT), start), text.substring(end, Math.min(text.length(), end + CONTEXT)),
                segment == null ? null : segment.id(), first, last, null, null, note, AnchorState.ANCHORED, Instant.now());
    }

    /** The passage over the first occurrence of {@code quote} at or after {@code from}. */
    public static Passage passageForQuote(long caseId, long documentId, String text, List<Segment> segments,
                                          List<SourceLine> lines, String quote, int from, String note) {
        int at = text.indexOf(quote, Math.max(0, from));
        if (at < 0) {
            throw new IllegalArgumentException("The quote \"" + quote + "\" is not in the text.");
        }
        return passage(caseId, documentId, text, segments, lines, at, at + quote.length(), note);
    }

    public static Segment segmentAt(List<Segment> segments, int offset) {
        return org.claimbench.domain.Segments.at(segments, offset);
    }

    public static PageLine pageLineAt(List<SourceLine> lines, int offset) {
        return PageLines.at(lines, offset);
    }
}
