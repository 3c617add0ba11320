package org.claimbench.domain;

/** A party named in only one of two versions of a pleading, compared by role and by name with spacing, case, punctuation and company forms normalised. */
public record PartyChange(Kind kind, Party party) {

    /** Whether the party joined the case or left it. */
    public enum Kind { ADDED, DROPPED }
}
