package org.claimbench.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

import org.claimbench.domain.PageBox;
import org.claimbench.domain.RecognisedBox;
import org.claimbench.domain.SourceLine;
import org.claimbench.domain.WordBox;

/**
 * Where a stretch of a document's text stands on the pages of its original: the boxes around its words, one per
 * printed line, on each page it covers. The page:line of each printed line (the document's source lines) says which
 * pages to look on; on each, the stretch's letters are looked for among the page's words, read line by line.
 * <p>
 * Both sides are compared as letters and digits only, folded to lower case: spaces, quotes, dashes and hyphens (a word
 * broken at a line's end) do not count. The pleading paper's line numbers in the margin are not text, nor is a line
 * the text does not have (a running header or footer, a clerk's stamp). When the stretch's letters occur more than
 * once on the page, the occurrence is chosen by its rank among those of the page's text; when the page's words and
 * its text do not agree on how often they occur, no box is drawn. A box is never drawn in the wrong place: where
 * the words cannot be told apart, there is none.
 * <p>
 * A page whose words were recognised from its image needs none of that: each recognised word was found in the text
 * at import and keeps its span of it with its box ({@link RecognisedBox}), so the boxes of a stretch are those of
 * the words it covers ({@link #onRecognisedPage}).
 */
public final class PassageBoxes {

    private PassageBoxes() {
    }

    /** The page (from 1) of the printed line holding {@code offset}, or of the last one before it; 0 without pages. */
    public static int pageOf(List<SourceLine> lines, int offset) {
        org.claimbench.domain.PageLine at = org.claimbench.domain.PageLines.at(lines, offset);
        return at != null ? at.page() : lines.isEmpty() ? 0 : lines.get(0).page();
    }

    /** Where the text of page {@code page} starts (its first printed line), or -1 when no line of the text is on it. */
    public static int startOfPage(List<SourceLine> lines, int page) {
        int start = -1;
        for (SourceLine l : lines) {
            if (l.page() == page && (start < 0 || l.start() < start)) {
                start = l.start();
            }
        }
        return start;
    }

    /** The pages (from 1, in order) holding some of [start, end). */
    public static List<Integer> pagesOf(List<SourceLine> lines, int start, int end) {
        List<Integer> pages = new ArrayList<>();
        for (SourceLine l : lines) {
            if (l.start() < end && l.end() > start && l.end() > l.start() && !pages.contains(l.page())) {
                pages.add(l.page());
            }
        }
        if (pages.isEmpty() && !lines.isEmpty() && end > start) {
            pages.add(pageOf(lines, start));
        }
        pages.sort(null);
        return pages;
    }

    /**
     * The boxes of [start, end) of {@code text} on every page it covers, in page order, then top to bottom. A page
     * whose words cannot be read ({@code wordsOfPage} gives null or none) or on which the words are not found gives
     * no box.
     */
    public static List<PageBox> boxes(String text, List<SourceLine> lines, int start, int end, IntFunction<List<WordBox>> wordsOfPage) {
        List<PageBox> out = new ArrayList<>();
        for (int page : pagesOf(lines, start, end)) {
            List<WordBox> words = wordsOfPage.apply(page);
            if (words != null && !words.isEmpty()) {
                out.addAll(onPage(text, lines, page, start, end, words));
            }
        }
        return out;
    }

    /** The boxes of the part of [start, end) of {@code text} that stands on page {@code page}, given the page's words. */
    public static List<PageBox> onPage(String text, List<SourceLine> lines, int page, int start, int end, List<WordBox> words) {
        List<SourceLine> onPage = lines.stream().filter(l -> l.page() == page)
                .sorted(Comparator.comparingInt(SourceLine::line).thenComparingInt(SourceLine::ordinal)).toList();
        // the page's text as its printed lines have it, letters only, each letter with its offset in the text
        Letters pageText = new Letters();
        for (SourceLine l : onPage) {
            pageText.add(text, Math.max(0, l.start()), Math.min(text.length(), l.end()), -1);
        }
        int[] span = pageText.within(start, end);
        if (span == null) {
            return List.of();
        }
        int from = span[0];
        int to = span[1];
        String wanted = pageText.letters.substring(from, to);
        int rank = 0;
        int total = 0;
        for (int i = pageText.letters.indexOf(wanted); i >= 0; i = pageText.letters.indexOf(wanted, i + 1)) {
            if (i < from) {
                rank++;
            }
            total++;
        }

        Letters printed = new Letters();
        List<WordBox> kept = new ArrayList<>();
        for (List<WordBox> row : textRows(onPage, text, words)) {
            for (WordBox w : row) {
                printed.add(w.text(), 0, w.text().length(), kept.size());
                kept.add(w);
            }
        }
        List<Integer> found = new ArrayList<>();
        for (int i = printed.letters.indexOf(wanted); i >= 0; i = printed.letters.indexOf(wanted, i + 1)) {
            found.add(i);
        }
        if (found.size() != total || rank >= found.size()) {
            return List.of(); // the page and its text disagree: better no box than a box in the wrong place
        }
        int at = found.get(rank);
        int last = at + wanted.length() - 1;
        int firstWord = printed.owner.get(at);
        int lastWord = printed.owner.get(last);
        List<WordBox> covered = new ArrayList<>(kept.subList(firstWord, lastWord + 1));
        // a passage that starts or ends inside a word (or leaves out its quote or comma) is cut there, by the share of
        // the word's characters it leaves out
        if (!marksBetween(text, start, pageText.offsets.get(from))) {
            covered.set(0, cut(covered.get(0), printed.offsets.get(at), covered.get(0).text().length()));
        }
        if (!marksBetween(text, pageText.offsets.get(to - 1) + 1, end)) {
            int w = covered.size() - 1;
            covered.set(w, cut(covered.get(w), w == 0 ? printed.offsets.get(at) : 0, printed.offsets.get(last) + 1));
        }
        return lineBoxes(page, covered);
    }

    /**
     * The boxes of the part of [start, end) of {@code text} on page {@code page} of a recognised document, given the
     * page's recognised words with their spans of the text: one box per printed line around the words the stretch
     * covers, a word it covers in part cut by the share of its characters left out. A stretch that covers no word
     * found on the page has no box.
     */
    public static List<PageBox> onRecognisedPage(String text, int page, int start, int end, List<RecognisedBox> words) {
        List<WordBox> covered = new ArrayList<>();
        for (RecognisedBox b : words) {
            if (b.page() != page || b.start() >= end || b.end() <= start || b.end() > text.length()) {
                continue;
            }
            String word = text.substring(b.start(), b.end());
            if (word.isBlank()) {
                continue;
            }
            WordBox w = new WordBox(word, b.left(), b.top(), b.right(), b.bottom());
            int from = Math.max(0, start - b.start());
            int to = Math.min(word.length(), end - b.start());
            // a stretch that starts or ends inside the word takes only its part, unless what it leaves out is no letter
            boolean startsInside = from > 0 && hasLetters(word, 0, from);
            boolean endsInside = to < word.length() && hasLetters(word, to, word.length());
            covered.add(startsInside || endsInside ? cut(w, startsInside ? from : 0, endsInside ? to : word.length()) : w);
        }
        return covered.isEmpty() ? List.of() : lineBoxes(page, covered);
    }

    private static boolean hasLetters(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether text[from, to) holds anything but spaces: a quote or a mark the passage takes in with its words. */
    private static boolean marksBetween(String text, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(text.length(), to); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The part of a word's box that its characters [from, to) fill, taking each character to be as wide as the next. */
    private static WordBox cut(WordBox w, int from, int to) {
        int n = w.text().length();
        if (from <= 0 && to >= n) {
            return w;
        }
        float each = w.width() / n;
        return new WordBox(w.text().substring(from, to), w.left() + from * each, w.top(), w.left() + to * each, w.bottom());
    }

    /** Printed lines a text line may skip to find its own: a header, a stamp, a heading the text left out. */
    private static final int LOOK_AHEAD = 12;

    /**
     * The page's printed lines that are lines of the text, in order, without the margin's numbers. Each line of the text
     * takes the next printed line that reads as it does (a word broken at the end of a line may read on in the next):
     * printed lines that no line of the text takes (a running header or footer, a clerk's stamp, the page number) are
     * left out.
     */
    static List<List<WordBox>> textRows(List<SourceLine> onPage, String text, List<WordBox> words) {
        float bodyLeft = bodyLeft(words);
        List<List<WordBox>> rows = new ArrayList<>();
        List<String> letters = new ArrayList<>();
        for (List<WordBox> row : rows(words)) {
            List<WordBox> body = row.stream().filter(w -> !isMarginNumber(w, bodyLeft)).toList();
            String l = letters(body);
            if (!l.isEmpty()) {
                rows.add(body);
                letters.add(l);
            }
        }
        List<List<WordBox>> kept = new ArrayList<>();
        int next = 0;
        for (SourceLine line : onPage) {
            Letters l = new Letters();
            l.add(text, Math.max(0, line.start()), Math.min(text.length(), line.end()), -1);
            String wanted = l.letters.toString();
            if (wanted.isEmpty()) {
                continue;
            }
            for (int j = next; j < Math.min(rows.size(), next + LOOK_AHEAD); j++) {
                if (readsAs(wanted, letters.get(j))) {
                    kept.add(rows.get(j));
                    next = j + 1;
                    break;
                }
            }
        }
        return kept;
    }

    /** Whether a printed line reads as a line of the text: the same letters, or most of them, at one end or the other. */
    private static boolean readsAs(String line, String printed) {
        if (line.equals(printed)) {
            return true;
        }
        String shorter = line.length() <= printed.length() ? line : printed;
        String longer = shorter == line ? printed : line;
        return shorter.length() >= 4 && shorter.length() >= 0.6 * longer.length()
                && (longer.startsWith(shorter) || longer.endsWith(shorter));
    }

    /** One box per printed line around the words, top to bottom. */
    private static List<PageBox> lineBoxes(int page, List<WordBox> words) {
        List<PageBox> out = new ArrayList<>();
        for (List<WordBox> row : rows(words)) {
            float left = Float.MAX_VALUE;
            float top = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            float bottom = -Float.MAX_VALUE;
            for (WordBox w : row) {
                left = Math.min(left, w.left());
                top = Math.min(top, w.top());
                right = Math.max(right, w.right());
                bottom = Math.max(bottom, w.bottom());
            }
            out.add(new PageBox(page, left, top, right, bottom));
        }
        return out;
    }

    /**
     * The words gathered into printed lines, top to bottom, each left to right. A word joins a line when its middle
     * lies within the line's height; order within the given list does not matter.
     */
    static List<List<WordBox>> rows(List<WordBox> words) {
        List<WordBox> byHeight = new ArrayList<>(words);
        byHeight.sort(Comparator.comparingDouble(WordBox::middle));
        List<List<WordBox>> rows = new ArrayList<>();
        List<WordBox> row = null;
        float rowMiddle = 0;
        float rowHeight = 0;
        for (WordBox w : byHeight) {
            if (row != null && Math.abs(w.middle() - rowMiddle) <= 0.5f * Math.max(rowHeight, w.height())) {
                row.add(w);
                continue;
            }
            row = new ArrayList<>();
            row.add(w);
            rows.add(row);
            rowMiddle = w.middle();
            rowHeight = w.height();
        }
        for (List<WordBox> r : rows) {
            r.sort(Comparator.comparingDouble(WordBox::left));
        }
        return rows;
    }

    /** Where the page's text starts on the left: the leftmost word that is not a bare number of one or two digits. */
    private static float bodyLeft(List<WordBox> words) {
        float left = Float.MAX_VALUE;
        for (WordBox w : words) {
            if (!w.text().matches("\\d{1,2}")) {
                left = Math.min(left, w.left());
            }
        }
        return left;
    }

    /** A line number of pleading paper: a bare number of one or two digits standing in the margin, left of the text. */
    static boolean isMarginNumber(WordBox w, float bodyLeft) {
        return w.text().matches("\\d{1,2}") && w.right() < bodyLeft;
    }

    private static String letters(List<WordBox> words) {
        Letters l = new Letters();
        for (WordBox w : words) {
            l.add(w.text(), 0, w.text().length(), 0);
        }
        return l.letters.toString();
    }

    /**
     * Letters and digits only, in lower case, each with where it came from: an offset of the text, or the index of a
     * word. A ligature or a raised digit is taken apart first (NFKC), so that "ﬁ" reads "fi" and "¹" reads "1".
     */
    private static final class Letters {
        final StringBuilder letters = new StringBuilder();
        /** For each letter: its offset in the text (words: -1 given) or the word it belongs to. */
        final List<Integer> owner = new ArrayList<>();
        /** For each letter: the offset in the text, or in the word, of the character it was read from. */
        final List<Integer> offsets = new ArrayList<>();

        /** Adds s[from, to); {@code word} is the owning word's index, or -1 to record each letter's offset instead. */
        void add(String s, int from, int to, int word) {
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                String folded = Character.isLetterOrDigit(c) && c < 0x80 ? null
                        : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                if (folded == null) {
                    append(Character.toLowerCase(c), word, i);
                } else {
                    for (int k = 0; k < folded.length(); k++) {
                        char f = folded.charAt(k);
                        if (Character.isLetterOrDigit(f)) {
                            append(Character.toLowerCase(f), word, i);
                        }
                    }
                }
            }
        }

        private void append(char c, int word, int offset) {
            letters.append(c);
            owner.add(word);
            offsets.add(offset);
        }

        /** The letters whose offsets lie in [start, end), as [first, last + 1); null when none do. */
        int[] within(int start, int end) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < offsets.size(); i++) {
                int o = offsets.get(i);
                if (o >= start && o < end) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            return first < 0 ? null : new int[] {first, last + 1};
        }
    }
}
