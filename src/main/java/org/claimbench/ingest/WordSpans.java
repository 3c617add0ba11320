package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.claimbench.domain.RecognisedBox;
import org.claimbench.domain.SourceLine;
import org.claimbench.domain.WordBox;

/**
 * Finds the words recognised from page images in a parsed document's text. A recognised word knows its page, its
 * printed line and its place on the line; the parser knows which span of text each printed line became. The words
 * of a line are looked for in that span in reading order, so that a word printed twice on a line is found where it
 * stands. A word that did not reach the text (a margin number, a stamp) is passed over. {@link UncertainSpans} and
 * the recognised words' boxes ({@link #boxes}) both come from here.
 */
public final class WordSpans {

    /** A recognised word and the span [start, end) of the text it became. */
    public record Located(RecognisedWord word, int start, int end) {
    }

    private WordSpans() {
    }

    /**
     * The words found in the text, in text order, none overlapping another (of two that would, the first is kept).
     * Only the printed lines that hold a word {@code wanted} accepts are searched, and only such words are returned;
     * the other words of those lines still take their places, so that each wanted word is found where it stands.
     */
    public static List<Located> locate(ParsedPleading parsed, List<RecognisedWord> words, Predicate<RecognisedWord> wanted) {
        if (words.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SourceLine>> spans = new HashMap<>();
        for (SourceLine l : parsed.lines()) {
            spans.computeIfAbsent(key(l.page(), l.line()), k -> new ArrayList<>()).add(l);
        }
        Map<Long, List<RecognisedWord>> byLine = new HashMap<>();
        for (RecognisedWord w : words) {
            if (w.line() > 0) {
                byLine.computeIfAbsent(key(w.page(), w.line()), k -> new ArrayList<>()).add(w);
            }
        }
        String text = parsed.text();
        List<Located> found = new ArrayList<>();
        for (Map.Entry<Long, List<RecognisedWord>> e : byLine.entrySet()) {
            List<SourceLine> lines = spans.get(e.getKey());
            if (lines == null || e.getValue().stream().noneMatch(wanted)) {
                continue;
            }
            List<RecognisedWord> inOrder = new ArrayList<>(e.getValue());
            inOrder.sort(Comparator.comparingDouble(RecognisedWord::x));
            int li = 0;
            int cursor = lines.get(0).start();
            for (RecognisedWord w : inOrder) {
                int[] at = null;
                for (int j = li; j < lines.size() && at == null; j++) {
                    int from = j == li ? cursor : lines.get(j).start();
                    at = find(text, lines.get(j).end(), from, w.text());
                    if (at != null) {
                        li = j;
                    }
                }
                if (at == null) {
                    continue;
                }
                cursor = at[1];
                if (wanted.test(w)) {
                    found.add(new Located(w, at[0], at[1]));
                }
            }
        }
        found.sort(Comparator.comparingInt(Located::start));
        List<Located> distinct = new ArrayList<>();
        for (Located u : found) {
            if (distinct.isEmpty() || distinct.get(distinct.size() - 1).end() <= u.start()) {
                distinct.add(u);
            }
        }
        return distinct;
    }

    /**
     * Where each recognised word of the text stands on its page, as the page is shown: its span of the text and its
     * box, in text order. A word whose box is not known, or that was not found in the text, has none.
     */
    public static List<RecognisedBox> boxes(ParsedPleading parsed, List<RecognisedWord> words) {
        List<RecognisedBox> out = new ArrayList<>();
        for (Located l : locate(parsed, words, w -> w.shown() != null)) {
            WordBox b = l.word().shown();
            out.add(new RecognisedBox(l.word().page(), l.start(), l.end(), b.left(), b.top(), b.right(), b.bottom(),
                    Math.max(0, Math.min(100, l.word().confidence()))));
        }
        return out;
    }

    /** Where {@code word} stands in text[from, limit): as printed, else without the punctuation around it. */
    private static int[] find(String text, int limit, int from, String word) {
        int[] at = indexWithin(text, limit, from, word);
        if (at != null) {
            return at;
        }
        int a = 0;
        int b = word.length();
        while (a < b && !Character.isLetterOrDigit(word.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(word.charAt(b - 1))) {
            b--;
        }
        return b > a && (a > 0 || b < word.length()) ? indexWithin(text, limit, from, word.substring(a, b)) : null;
    }

    private static int[] indexWithin(String text, int limit, int from, String word) {
        if (word.isEmpty() || from < 0 || limit > text.length()) {
            return null;
        }
        int i = text.indexOf(word, from);
        return i >= 0 && i + word.length() <= limit ? new int[] {i, i + word.length()} : null;
    }

    private static long key(int page, int line) {
        return ((long) page << 32) | (line & 0xffffffffL);
    }
}
