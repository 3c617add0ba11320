package org.claimbench.domain;

public enum SegmentKind {
    CAPTION, HEADING, NUMBERED_PARAGRAPH, COUNT_HEADING, PRAYER, JURY_DEMAND, SIGNATURE, OTHER
}
