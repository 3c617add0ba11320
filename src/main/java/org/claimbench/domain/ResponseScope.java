package org.claimbench.domain;

/**
 * What a response in an Answer speaks to: numbered paragraphs of the complaint it names (or, numbered itself, the
 * paragraph of the same number), or something wider or other than a numbered paragraph.
 */
public enum ResponseScope {
    /** The paragraphs it names: one, a list or a range. */
    PARAGRAPHS("paragraphs"),
    /** Every allegation of the complaint: a general denial (Cal. Code Civ. Proc. § 431.30(d)). */
    ALL("all"),
    /** Every allegation not answered otherwise: "denies each and every allegation not specifically admitted". */
    REMAINING("remaining"),
    /** The complaint's headings and sub-headings. */
    HEADINGS("headings"),
    /** The complaint's prayer for relief. */
    PRAYER("prayer"),
    /** Text of the complaint that bears no number: an introduction, a preamble, the jury demand. */
    UNNUMBERED("unnumbered");

    private final String label;

    ResponseScope(String label) { this.label = label; }

    /** "all", "remaining", "headings"…: how a listing names the scope in place of a paragraph number. */
    public String label() { return label; }
}
