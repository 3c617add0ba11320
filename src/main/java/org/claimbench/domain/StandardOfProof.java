package org.claimbench.domain;

public enum StandardOfProof {
    PREPONDERANCE("Preponderance of the evidence"),
    CLEAR_AND_CONVINCING("Clear and convincing evidence"),
    BEYOND_REASONABLE_DOUBT("Beyond a reasonable doubt"),
    LEGAL_QUESTION("Question of law");

    private final String label;

    StandardOfProof(String label) { this.label = label; }

    public String label() { return label; }
}
