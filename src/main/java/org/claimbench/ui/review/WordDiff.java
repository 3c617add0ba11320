package org.claimbench.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words two short texts share, and those that differ, word by word (a longest common subsequence of their words,
 * compared without case and punctuation). Each text comes back as pieces in order, every piece marked as shared or
 * not; together the pieces are the text, spaces included. Meant for a passage and its candidate: long texts are not
 * compared at all, and come back as one unmarked piece.
 */
public final class WordDiff {

    /** A stretch of one text; {@code changed} when its words are not in the other text. */
    public record Piece(String text, boolean changed) {
    }

    /** Both texts in pieces. */
    public record Result(List<Piece> before, List<Piece> after) {
    }

    /** Past this many words on either side, the texts are not compared. */
    static final int MOST_WORDS = 600;

    private static final Pattern WORD = Pattern.compile("\\S+");

    private WordDiff() {
    }

    public static Result of(String before, String after) {
        String a = before == null ? "" : before;
        String b = after == null ? "" : after;
        List<int[]> wa = words(a);
        List<int[]> wb = words(b);
        if (wa.size() > MOST_WORDS || wb.size() > MOST_WORDS) {
            return new Result(List.of(new Piece(a, false)), List.of(new Piece(b, false)));
        }
        String[] ka = keys(a, wa);
        String[] kb = keys(b, wb);
        int n = ka.length;
        int m = kb.length;
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = ka[i].equals(kb[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        boolean[] sharedA = new boolean[n];
        boolean[] sharedB = new boolean[m];
        for (int i = 0, j = 0; i < n && j < m; ) {
            if (ka[i].equals(kb[j])) {
                sharedA[i++] = true;
                sharedB[j++] = true;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return new Result(pieces(a, wa, sharedA), pieces(b, wb, sharedB));
    }

    private static List<int[]> words(String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static String[] keys(String s, List<int[]> words) {
        String[] keys = new String[words.size()];
        for (int i = 0; i < keys.length; i++) {
            String w = s.substring(words.get(i)[0], words.get(i)[1]).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
            keys[i] = w.isEmpty() ? s.substring(words.get(i)[0], words.get(i)[1]) : w;
        }
        return keys;
    }

    /** The text cut into runs of shared and of changed words; the spaces between go with the run before them. */
    private static List<Piece> pieces(String s, List<int[]> words, boolean[] shared) {
        List<Piece> out = new ArrayList<>();
        if (words.isEmpty()) {
            if (!s.isEmpty()) {
                out.add(new Piece(s, false));
            }
            return out;
        }
        int runStart = 0;
        boolean runChanged = !shared[0];
        for (int i = 1; i < words.size(); i++) {
            boolean changed = !shared[i];
            if (changed != runChanged) {
                int cut = words.get(i)[0];
                out.add(new Piece(s.substring(runStart, cut), runChanged));
                runStart = cut;
                runChanged = changed;
            }
        }
        out.add(new Piece(s.substring(runStart), runChanged));
        return out;
    }
}
