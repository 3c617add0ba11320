package org.claimbench.domain;

/** What became of a pleaded count between two versions of a complaint. */
public enum CountChangeKind {
    /** Same number, same title, against the same parties. */
    UNCHANGED,
    /** Same title under a new number (its title may differ in small ways). */
    RENUMBERED,
    /** Same number or place, with a similar but different title. */
    RENAMED,
    /** Same number and title, pleaded against other parties. */
    RETARGETED,
    /** Only in the new version. */
    ADDED,
    /** Only in the old version. */
    DROPPED
}
