package org.claimbench.ingest;

/**
 * A printed line as the page layout read it: where it stands (page, line, x, y, font size), the role it was given,
 * and why. Every printed line has one, including those left out of the text (margin numbers, stamps, running
 * heads), so that {@code analyze --explain} can show what became of each. Geometry is 0 for a line of a format
 * without pages.
 */
public record LaidLine(int page, int line, LineRole role, String text, float x, float y, float fontSize, int indent,
                       boolean centered, boolean bold, String reason) {

    /** The line as the parser takes it. */
    public RawLine toRawLine() {
        return new RawLine(text, indent, page, line, role, centered, bold);
    }

    /** A line of a format without geometry, with the role its reader gave it. */
    public static LaidLine of(RawLine l, String reason) {
        return new LaidLine(l.page(), l.line(), l.role(), l.text(), 0, 0, 0, l.indent(), l.centered(), l.bold(), reason);
    }
}
