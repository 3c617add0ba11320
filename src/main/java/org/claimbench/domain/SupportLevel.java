package org.claimbench.domain;

public enum SupportLevel {
    SUPPORTED("Supported", "\u25cf"),
    PARTLY_SUPPORTED("Partly supported", "\u25d0"),
    UNSUPPORTED("Unsupported", "\u25cb"),
    CONTRADICTED("Contradicted", "\u2715");

    private final String label;
    private final String symbol;

    SupportLevel(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    public String label() { return label; }

    /** The outline's glyph: ● ◐ ○ ✕. */
    public String symbol() { return symbol; }

    public boolean hasEvidence() { return this == SUPPORTED || this == PARTLY_SUPPORTED; }
}
