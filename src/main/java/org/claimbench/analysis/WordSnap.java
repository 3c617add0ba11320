package org.claimbench.analysis;

/**
 * A selection made with the mouse, widened to whole words and shorn of the spaces at its ends, so that "ffs suffered
 * the dam" becomes "Plaintiffs suffered the damages". A selection inside one word's letters grows to that word.
 */
public final class WordSnap {

    private WordSnap() {
    }

    /** {@code [start, end)} of {@code text} snapped to word boundaries; an empty or blank range is returned as it is. */
    public static int[] snap(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, end));
        int e = Math.min(text.length(), Math.max(start, end));
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return new int[] {Math.min(start, end), Math.max(start, end)};
        }
        while (s > 0 && inWord(text, s - 1) && inWord(text, s)) {
            s--;
        }
        while (e < text.length() && inWord(text, e) && inWord(text, e - 1)) {
            e++;
        }
        return new int[] {s, e};
    }

    /** A letter or digit, or an apostrophe or hyphen between two of them ("Meridian's", "co-founder"). */
    static boolean inWord(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        boolean joiner = c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011';
        return joiner && i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }
}
