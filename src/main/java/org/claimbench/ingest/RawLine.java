package org.claimbench.ingest;

/**
 * One line of a document as a reader found it, before any structure: its text (margin numbers and running
 * headers already removed), its indent in character widths, and where it was printed. {@code page} and
 * {@code line} are 0 for an original without pages.
 */
public record RawLine(String text, int indent, int page, int line) {

    public boolean isBlank() { return text.isBlank(); }

    public boolean hasPageLine() { return page > 0 && line > 0; }

    public static RawLine plain(String text) {
        int indent = 0;
        while (indent < text.length() && (text.charAt(indent) == ' ' || text.charAt(indent) == '\t')) {
            indent += text.charAt(indent) == '\t' ? 4 : 1;
        }
        return new RawLine(text.strip(), indent, 0, 0);
    }
}
