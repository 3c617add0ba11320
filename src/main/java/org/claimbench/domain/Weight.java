package org.claimbench.domain;

public enum Weight {
    STRONG("Strong"), MODERATE("Moderate"), WEAK("Weak");

    private final String label;

    Weight(String label) { this.label = label; }

    public String label() { return label; }
}
