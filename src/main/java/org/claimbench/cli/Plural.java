package org.claimbench.cli;

/** A number with its noun, singular for one and plural otherwise: "1 paragraph", "3 paragraphs", "0 copies". */
final class Plural {

    private Plural() {
    }

    /** {@code n} and {@code singular}, with an "s" added unless {@code n} is 1. */
    static String of(long n, String singular) {
        return of(n, singular, singular + "s");
    }

    /** {@code n} and the noun in the form that goes with it. */
    static String of(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** The noun alone in the form that goes with {@code n}: for a phrase whose number stands elsewhere. */
    static String noun(long n, String singular, String plural) {
        return n == 1 ? singular : plural;
    }
}
