package org.claimbench.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The character error rate of recognised text against the text it should be: the edits (insertions, deletions,
 * substitutions) that turn one into the other, per character of the right text. Both are first put in one form:
 * lines joined by a space, runs of white space as one, and typographic quotes and dashes as their plain forms,
 * which the printed text and the recognised one may spell either way.
 */
final class CharacterErrors {

    private CharacterErrors() {
    }

    /** The text lines of a read, in that form. */
    static String body(List<RawLine> lines) {
        return normal(lines.stream().map(RawLine::text).filter(t -> !t.isBlank()).collect(Collectors.joining(" ")));
    }

    static String normal(String s) {
        return s.replace('\u201c', '"').replace('\u201d', '"').replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u2014', '-').replace('\u2013', '-').replaceAll("\\s+", " ").strip();
    }

    static double rate(String want, String got) {
        return want.isEmpty() ? (got.isEmpty() ? 0 : 1) : distance(want, got) / (double) want.length();
    }

    /** Levenshtein distance, in two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            char c = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (c == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
