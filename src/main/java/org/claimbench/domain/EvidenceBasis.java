package org.claimbench.domain;

public enum EvidenceBasis {
    DOCUMENT("Document"), TESTIMONY("Testimony"), EXPERT("Expert"), PUBLIC_RECORD("Public record"),
    STATISTIC("Statistic"), BARE_ASSERTION("Bare assertion");

    private final String label;

    EvidenceBasis(String label) { this.label = label; }

    public String label() { return label; }
}
