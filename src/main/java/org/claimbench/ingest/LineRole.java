package org.claimbench.ingest;

/**
 * What a printed line is, as the page layout decided from its place, size and shape. Only the roles that are
 * part of the document's own text reach the parser; the others (margin numbers, filing stamps, running heads and
 * feet, page numbers) are kept for {@code analyze --explain} and then left out.
 */
public enum LineRole {
    /** Running text of the body: paragraphs, headings, the caption. */
    BODY(true),
    /** A heading, where the original says so itself (an HTML or Markdown heading, a Word heading style). */
    HEADING(true),
    /** An indented quotation inside a paragraph; a number that opens it never starts a paragraph. */
    QUOTE(true),
    /** A footnote at the foot of a page; it belongs to the paragraph it is printed under, not to its running text. */
    FOOTNOTE(true),
    /** A pleading-paper line number in the margin. */
    MARGIN_NUMBER(false),
    /** The court's electronic filing stamp ("Case 1:20-cv-00713 Document 1 Filed 05/21/20 Page 2 of 24"). */
    FILING_STAMP(false),
    /** A line repeated at the top of many pages. */
    RUNNING_HEADER(false),
    /** A line repeated at the foot of many pages: a document-ID footer, the paper's short title. */
    RUNNING_FOOTER(false),
    /** A page number. */
    PAGE_NUMBER(false),
    /** Text printed sideways up a margin: a clerk's stamp, a Bates number. */
    SIDEWAYS(false);

    private final boolean inText;

    LineRole(boolean inText) {
        this.inText = inText;
    }

    /** Whether lines of this role belong to the document's text. */
    public boolean inText() { return inText; }

    /** The role in a reader's words: "margin number", "filing stamp". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
