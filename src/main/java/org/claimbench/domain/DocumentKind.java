package org.claimbench.domain;

public enum DocumentKind {
    COMPLAINT("Complaint"), AMENDED_COMPLAINT("Amended complaint"), ANSWER("Answer"),
    EXHIBIT("Exhibit"), COMMENTARY("Commentary"), OTHER("Other");

    private final String label;

    DocumentKind(String label) { this.label = label; }

    public String label() { return label; }

    public boolean isPleading() { return this == COMPLAINT || this == AMENDED_COMPLAINT || this == ANSWER; }

    /**
     * A complaint or an amended one: the pleadings whose wording is screened and whose counts build the outline. An
     * Answer's "lacks knowledge or information" is a response, not a hedge.
     */
    public boolean isComplaint() { return this == COMPLAINT || this == AMENDED_COMPLAINT; }
}
