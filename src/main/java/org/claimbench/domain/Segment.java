package org.claimbench.domain;

/**
 * A structural piece of a document: a numbered paragraph, a heading, the caption…
 * {@code label} is the paragraph number ("12") for numbered paragraphs. Offsets are
 * UTF-16 indices into the normalised text; {@code end} is exclusive.
 */
public record Segment(long id, long documentId, int ordinal, SegmentKind kind, String label,
                      int start, int end, PageLine first, PageLine last) {

    public Segment {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad segment range " + start + ".." + end);
        }
    }

    public boolean contains(int offset) { return offset >= start && offset < end; }

    /** "¶ 12" for a numbered paragraph, otherwise null. */
    public String cite() { return kind == SegmentKind.NUMBERED_PARAGRAPH && label != null ? "\u00b6 " + label : null; }
}
