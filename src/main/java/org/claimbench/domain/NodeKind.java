package org.claimbench.domain;

public enum NodeKind {
    COUNT, ELEMENT, ALLEGATION;

    /** The kind a new child of this kind usually has. */
    public NodeKind childKind() { return this == COUNT ? ELEMENT : ALLEGATION; }
}
