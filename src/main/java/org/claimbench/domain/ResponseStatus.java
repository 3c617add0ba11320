package org.claimbench.domain;

/** How a defendant's Answer meets one paragraph of the complaint. */
public enum ResponseStatus {
    ADMITTED("admitted", "A"),
    ADMITTED_IN_PART("admitted in part", "P"),
    DENIED("denied", "D"),
    /** Lacks knowledge or information sufficient to form a belief: treated as a denial. */
    WITHOUT_KNOWLEDGE("without knowledge", "K"),
    /** A legal conclusion, or a document that speaks for itself: no response required (denied to the extent one is). */
    NO_RESPONSE_REQUIRED("no response required", "N"),
    /** The Answer says nothing about the paragraph. */
    NOT_ANSWERED("not answered", "\u2013");

    private final String label;
    private final String letter;

    ResponseStatus(String label, String letter) {
        this.label = label;
        this.letter = letter;
    }

    public String label() { return label; }

    /** The letter the complaint's gutter shows. */
    public String letter() { return letter; }

    /** Whether the response puts the paragraph in dispute: denied, without knowledge, or admitted only in part. */
    public boolean disputed() {
        return this == DENIED || this == WITHOUT_KNOWLEDGE || this == ADMITTED_IN_PART;
    }
}
