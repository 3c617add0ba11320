package org.claimbench.domain;

/**
 * What became of a segment between two versions of a pleading. Words are compared after normalising case, spacing,
 * punctuation and quote style, and without a paragraph's number.
 */
public enum AmendmentKind {
    /** The same words under the same number (or, for a heading or the caption, the same words). */
    UNCHANGED,
    /** The same words under a new number. */
    RENUMBERED,
    /** One segment answers to one segment, with words changed. */
    CHANGED,
    /** One old paragraph became several consecutive new ones. */
    SPLIT,
    /** Several consecutive old paragraphs became one new one. */
    MERGED,
    /** Only in the new version. */
    ADDED,
    /** Only in the old version. */
    REMOVED;

    /** Whether the words themselves stayed as they were. */
    public boolean sameWords() {
        return this == UNCHANGED || this == RENUMBERED;
    }
}
