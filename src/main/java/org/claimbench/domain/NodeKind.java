package org.claimbench.domain;

/**
 * The kinds of outline node. A count is a claim the complaint pleads; a defense is an affirmative defense the Answer
 * pleads, charted the same way (its elements, and what proves each), since the defendant bears its burden. Both stand
 * at the top of the outline, with elements under them and allegations under those.
 */
public enum NodeKind {
    COUNT, ELEMENT, ALLEGATION, DEFENSE;

    /** The kind a new child of this kind usually has. */
    public NodeKind childKind() { return isTopLevel() ? ELEMENT : ALLEGATION; }

    /** A count or a defense: what the outline's first level holds. */
    public boolean isTopLevel() { return this == COUNT || this == DEFENSE; }
}
