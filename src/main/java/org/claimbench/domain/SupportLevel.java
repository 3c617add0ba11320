package org.claimbench.domain;

public enum SupportLevel {
    SUPPORTED("Supported", "\u25cf", "1a7f37"),
    PARTLY_SUPPORTED("Partly supported", "\u25d0", "9a6700"),
    UNSUPPORTED("Unsupported", "\u25cb", "6e7781"),
    CONTRADICTED("Contradicted", "\u2715", "cf222e");

    private final String label;
    private final String symbol;
    private final String colour;

    SupportLevel(String label, String symbol, String colour) {
        this.label = label;
        this.symbol = symbol;
        this.colour = colour;
    }

    /**
     * The level's colour as six hex digits (green, amber, grey, red): one legend for the window's outline and text,
     * the report's chart and labels, and the guide.
     */
    public String colour() { return colour; }

    public String label() { return label; }

    /** The outline's glyph: ● ◐ ○ ✕. */
    public String symbol() { return symbol; }

    public boolean hasEvidence() { return this == SUPPORTED || this == PARTLY_SUPPORTED; }
}
