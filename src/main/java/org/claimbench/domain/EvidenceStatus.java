package org.claimbench.domain;

public enum EvidenceStatus {
    NEEDED("Needed"), CITED_IN_COMPLAINT("Cited in complaint"), EXHIBIT_ATTACHED("Exhibit attached"),
    IN_HAND("In hand"), REQUESTED_IN_DISCOVERY("Requested in discovery"), UNAVAILABLE("Unavailable"),
    CONTRADICTED("Contradicted");

    private final String label;

    EvidenceStatus(String label) { this.label = label; }

    public String label() { return label; }
}
