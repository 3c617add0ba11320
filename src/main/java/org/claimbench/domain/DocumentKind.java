package org.claimbench.domain;

public enum DocumentKind {
    COMPLAINT("Complaint"), AMENDED_COMPLAINT("Amended complaint"), ANSWER("Answer"),
    EXHIBIT("Exhibit"), COMMENTARY("Commentary"), OTHER("Other");

    private final String label;

    DocumentKind(String label) { this.label = label; }

    public String label() { return label; }

    public boolean isPleading() { return this == COMPLAINT || this == AMENDED_COMPLAINT || this == ANSWER; }
}
