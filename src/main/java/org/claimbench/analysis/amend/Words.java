package org.claimbench.analysis.amend;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Word tokens of a text with their offsets. A word is a run of letters and digits; an apostrophe between letters
 * ("tenant's", "tenant’s") and a comma or point between digits ("4,200", "3.5") stay inside it. Each word is
 * normalised (lower case, apostrophes dropped) and numbered through a {@link Dictionary}, so that two texts compare
 * as arrays of ints, insensitive to case, spacing, punctuation and quote style.
 */
final class Words {

    /** Normalised words numbered in the order first seen. */
    static final class Dictionary {
        private final Map<String, Integer> ids = new HashMap<>();
        private final StringBuilder scratch = new StringBuilder();

        int id(CharSequence text, int start, int end) {
            scratch.setLength(0);
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (!isApostrophe(c)) {
                    scratch.append(Character.toLowerCase(c));
                }
            }
            String key = scratch.toString();
            Integer id = ids.get(key);
            if (id == null) {
                id = ids.size();
                ids.put(key, id);
            }
            return id;
        }

        int size() {
            return ids.size();
        }
    }

    final int[] ids;
    final int[] starts;
    final int[] ends;
    final int size;

    private Words(int[] ids, int[] starts, int[] ends, int size) {
        this.ids = ids;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    /** The words of {@code text[from, to)}. */
    static Words of(String text, int from, int to, Dictionary dictionary) {
        int capacity = Math.max(4, (to - from) / 5);
        int[] ids = new int[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int n = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < to) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    i++;
                } else if (i + 1 < to && isApostrophe(d) && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
                    i += 2;
                } else if (i + 1 < to && (d == ',' || d == '.') && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            if (n == ids.length) {
                int grown = n * 2;
                ids = Arrays.copyOf(ids, grown);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
            }
            ids[n] = dictionary.id(text, start, i);
            starts[n] = start;
            ends[n] = i;
            n++;
        }
        return new Words(ids, starts, ends, n);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '`';
    }

    /** The normalised form of a phrase (words joined by single spaces): for titles and names. */
    static String normalised(String s) {
        if (s == null) {
            return "";
        }
        Dictionary d = new Dictionary();
        Words w = of(s, 0, s.length(), d);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.size; i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            for (int k = w.starts[i]; k < w.ends[i]; k++) {
                char c = s.charAt(k);
                if (!isApostrophe(c)) {
                    sb.append(Character.toLowerCase(c));
                }
            }
        }
        return sb.toString();
    }
}
