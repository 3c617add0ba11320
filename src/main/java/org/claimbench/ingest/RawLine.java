package org.claimbench.ingest;

/**
 * One line of a document as a reader found it, before any structure: its text, its indent in character widths,
 * where it was printed, and what the page layout made of it. {@code page} and {@code line} are 0 for an original
 * without pages. {@code centered} and {@code bold} are what the original shows, where the reader can tell.
 * A text may hold a tab where the original leaves a wide gap between two parts of one line (a caption's columns).
 */
public record RawLine(String text, int indent, int page, int line, LineRole role, boolean centered, boolean bold) {

    public RawLine {
        if (role == null) {
            role = LineRole.BODY;
        }
    }

    public RawLine(String text, int indent, int page, int line) {
        this(text, indent, page, line, LineRole.BODY, false, false);
    }

    public boolean isBlank() { return text.isBlank(); }

    public boolean hasPageLine() { return page > 0 && line > 0; }

    public RawLine withText(String newText) {
        return new RawLine(newText, indent, page, line, role, centered, bold);
    }

    public RawLine withRole(LineRole newRole) {
        return new RawLine(text, indent, page, line, newRole, centered, bold);
    }

    public static RawLine plain(String text) {
        int indent = 0;
        while (indent < text.length() && (text.charAt(indent) == ' ' || text.charAt(indent) == '\t')) {
            indent += text.charAt(indent) == '\t' ? 4 : 1;
        }
        return new RawLine(text.strip(), indent, 0, 0);
    }
}
