package org.claimbench.analysis.amend;

import java.util.Arrays;

/**
 * Where each word of a text starts, to find a quote's exact occurrences without reading the whole text: the quote's
 * rarest inner word (an inner word is whole in the quote, unlike its first and last, which may be cut) gives the
 * candidates, and each is checked character by character.
 */
final class TextIndex {

    private final String text;
    private final int[][] starts;
    private final int[] sizes;

    TextIndex(String text, Words.Dictionary dictionary) {
        this.text = text;
        Words w = Words.of(text, 0, text.length(), dictionary);
        int size = dictionary.size();
        sizes = new int[size];
        for (int i = 0; i < w.size; i++) {
            sizes[w.ids[i]]++;
        }
        starts = new int[size][];
        int[] fill = new int[size];
        for (int i = 0; i < w.size; i++) {
            int id = w.ids[i];
            if (starts[id] == null) {
                starts[id] = new int[sizes[id]];
            }
            starts[id][fill[id]++] = w.starts[i];
        }
    }

    /**
     * How many times {@code quote} (with its words {@code q}, read through the same dictionary) occurs, counting no
     * further than {@code enough}; and the first occurrence's start in {@code first[0]}. Needs three words or more.
     */
    int count(String quote, Words q, int enough, int[] first) {
        if (q.size < 3) {
            throw new IllegalArgumentException("a quote of three words or more");
        }
        int rarest = -1;
        int fewest = Integer.MAX_VALUE;
        for (int k = 1; k < q.size - 1; k++) {
            int id = q.ids[k];
            int n = id < sizes.length ? sizes[id] : 0;
            if (n < fewest) {
                fewest = n;
                rarest = k;
            }
        }
        first[0] = -1;
        if (fewest == 0) {
            return 0;
        }
        int offset = q.starts[rarest];
        int found = 0;
        int[] at = starts[q.ids[rarest]];
        for (int i = 0; i < fewest && found < enough; i++) {
            int start = at[i] - offset;
            if (start >= 0 && start + quote.length() <= text.length() && text.regionMatches(start, quote, 0, quote.length())) {
                if (found == 0) {
                    first[0] = start;
                }
                found++;
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return "TextIndex" + Arrays.toString(new int[] {text.length(), sizes.length});
    }
}
