package org.claimbench.analysis.amend;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.domain.AlignedRow;
import org.claimbench.domain.CarriedPassage;
import org.claimbench.domain.CarryState;
import org.claimbench.domain.Comparison;
import org.claimbench.domain.Passage;
import org.claimbench.domain.Segment;
import org.claimbench.domain.Segments;

/**
 * Carries passages of the old version into the new one, through the comparison's rows.
 *
 * <p>A passage's <em>home</em> is the old segment(s) its range overlaps; its <em>region</em> is the new segment(s) in
 * the home rows; its <em>neighbours</em> are the new segments just before and after the region (for a removed home,
 * the new segments around the place it was removed from). In order:
 * <ol>
 * <li>The exact quote inside the region. If every home row kept its words (unchanged or renumbered) and the quote
 *     occurs there as often as in the home, the occurrence of the same rank is taken: {@code EXACT}. Otherwise the
 *     occurrence whose surroundings best match the passage's prefix and suffix (then the one nearest the same
 *     relative place) is taken: {@code MOVED}.</li>
 * <li>The exact quote outside the region, only if it has at least {@link Amendments#MOVE_WORDS} words and occurs
 *     once in the whole old text: so a sentence repeated in two paragraphs never jumps to the other copy. In the
 *     neighbours first (best surroundings), else anywhere if it occurs once in the new text: {@code MOVED}.</li>
 * <li>The closest run of words in the region and neighbours, never further: {@code CHANGED} if at least
 *     {@link Amendments#FUZZY} alike, else {@code ORPHANED}.</li>
 * </ol>
 * An exact or moved passage is checked to sit on its own quote; anything else would be a bug and throws.
 */
final class Carrier {

    private final Comparison comparison;
    private final String oldText;
    private final String newText;
    private final List<Segment> olds;
    private final List<Segment> news;
    private final int[] rowOfOld;
    private final int[] rowFirst;
    private final int[] rowLast;
    private final int[] before;
    private final int[] after;
    private final Words.Dictionary dictionary = new Words.Dictionary();
    private TextIndex oldIndex;
    private TextIndex newIndex;

    Carrier(Comparison comparison) {
        this.comparison = comparison;
        this.oldText = comparison.before().text();
        this.newText = comparison.after().text();
        this.olds = comparison.before().segments();
        this.news = comparison.after().segments();
        Map<Segment, Integer> oldIndex = new HashMap<>();
        for (int i = 0; i < olds.size(); i++) {
            oldIndex.put(olds.get(i), i);
        }
        Map<Segment, Integer> newIndex = new HashMap<>();
        for (int j = 0; j < news.size(); j++) {
            newIndex.put(news.get(j), j);
        }
        List<AlignedRow> rows = comparison.rows();
        rowOfOld = new int[olds.size()];
        java.util.Arrays.fill(rowOfOld, -1);
        rowFirst = new int[rows.size()];
        rowLast = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (Segment s : rows.get(r).before()) {
                Integer i = oldIndex.get(s);
                if (i != null) {
                    rowOfOld[i] = r;
                }
            }
            rowFirst[r] = Integer.MAX_VALUE;
            rowLast[r] = -1;
            for (Segment s : rows.get(r).after()) {
                Integer j = newIndex.get(s);
                if (j != null) {
                    rowFirst[r] = Math.min(rowFirst[r], j);
                    rowLast[r] = Math.max(rowLast[r], j);
                }
            }
        }
        // the last new segment at or before each row, and the first at or after it
        before = new int[rows.size()];
        after = new int[rows.size()];
        int last = -1;
        for (int r = 0; r < rows.size(); r++) {
            last = rowLast[r] >= 0 ? rowLast[r] : last;
            before[r] = last;
        }
        int next = news.size();
        for (int r = rows.size() - 1; r >= 0; r--) {
            next = rowLast[r] >= 0 ? rowFirst[r] : next;
            after[r] = next;
        }
    }

    /**
     * A carrier onto one text with no older version to compare it with, for quotes that come from outside (a web
     * annotation's quote, with the words around it and perhaps its place): see {@link #anchor}.
     */
    Carrier(String text, List<Segment> segments) {
        this.comparison = null;
        this.oldText = "";
        this.newText = text;
        this.olds = List.of();
        this.news = segments;
        this.rowOfOld = new int[0];
        this.rowFirst = new int[0];
        this.rowLast = new int[0];
        this.before = new int[0];
        this.after = new int[0];
    }

    /** How far around its stated place a quote whose words changed is looked for, in characters either side. */
    static final int NEAR = 4000;

    /**
     * A quote placed in the text by the same rules as a carried passage, where its place in the old text is only
     * {@code hint} (its stated start in this text's offsets, or -1 when it has none):
     * <ol>
     * <li>the quote at its stated place: {@code EXACT}; with no place stated, the one occurrence whose surroundings are
     *     the quote's prefix and suffix in full is {@code EXACT} too;</li>
     * <li>else the occurrence whose surroundings best match the prefix and suffix, then the one nearest the stated
     *     place: {@code MOVED};</li>
     * <li>else the closest run of words within {@link #NEAR} characters of the stated place (anywhere without one):
     *     {@code CHANGED} if at least {@link Amendments#FUZZY} alike, else {@code ORPHANED}.</li>
     * </ol>
     */
    CarriedPassage anchor(Passage p, int hint) {
        String quote = p.quote();
        if (hint >= 0 && hint + quote.length() <= newText.length() && newText.regionMatches(hint, quote, 0, quote.length())) {
            return placed(p, CarryState.EXACT, hint);
        }
        int expected = Math.max(0, Math.min(hint, newText.length()));
        int found = best(quote, p, 0, newText.length(), expected, -1, -1);
        if (found >= 0) {
            int full = (p.prefix() == null ? 0 : p.prefix().length()) + (p.suffix() == null ? 0 : p.suffix().length());
            boolean whole = hint < 0 && full > 0 && context(newText, found, quote.length(), p.prefix(), p.suffix()) == full;
            if (whole) {
                int n = 0;
                for (int at = find(newText, quote, 0, newText.length()); at >= 0 && n < 2; at = find(newText, quote, at + 1, newText.length())) {
                    if (context(newText, at, quote.length(), p.prefix(), p.suffix()) == full) {
                        n++;
                    }
                }
                whole = n == 1;
            }
            return placed(p, whole ? CarryState.EXACT : CarryState.MOVED, found);
        }
        int lo = hint < 0 ? 0 : Math.max(0, expected - NEAR);
        int hi = hint < 0 ? newText.length() : Math.min(newText.length(), expected + quote.length() + NEAR);
        double[] candidate = closest(quote, lo, hi, lo, hi, expected);
        if (candidate != null) {
            candidate = edges(quote, candidate, lo, hi);
        }
        if (candidate != null && candidate[2] >= Amendments.FUZZY) {
            int cs = (int) candidate[0];
            int ce = (int) candidate[1];
            return new CarriedPassage(p.id(), CarryState.CHANGED, p.start(), p.end(), cs, ce, newText.substring(cs, ce), candidate[2],
                    segmentId(cs));
        }
        return orphan(p, candidate == null ? 0 : candidate[2]);
    }

    CarriedPassage carry(Passage p) {
        if (p.documentId() != comparison.before().documentId()) {
            throw new IllegalArgumentException("passage " + p.id() + " belongs to document " + p.documentId()
                    + ", not to the old version " + comparison.before().documentId());
        }
        String quote = p.quote();
        int start = Math.min(p.start(), oldText.length());
        int end = Math.min(Math.max(p.end(), start), oldText.length());
        // home: the old segments the passage overlaps; else the ones around it
        int h0 = firstEndingAfter(start);
        int h1 = h0;
        while (h1 < olds.size() && olds.get(h1).start() < Math.max(end, start + 1)) {
            h1++;
        }
        int regionLo = Integer.MAX_VALUE;
        int regionHi = -1;
        boolean sameWords = h1 > h0;
        for (int i = h0; i < h1; i++) {
            int r = rowOfOld[i];
            if (r < 0) {
                sameWords = false;
                continue;
            }
            AlignedRow row = comparison.rows().get(r);
            sameWords &= row.kind().sameWords();
            if (rowLast[r] >= 0) {
                regionLo = Math.min(regionLo, rowFirst[r]);
                regionHi = Math.max(regionHi, rowLast[r]);
            }
        }
        int nLo;
        int nHi;
        if (regionHi >= 0) {
            nLo = Math.max(0, regionLo - 1);
            nHi = Math.min(news.size() - 1, regionHi + 1);
        } else {
            int rBefore = h0 > 0 ? rowOfOld[h0 - 1] : -1;
            int rAfter = h1 < olds.size() ? rowOfOld[h1] : -1;
            if (h1 > h0) {
                rBefore = rowOfOld[h0];
                rAfter = rowOfOld[h1 - 1];
            }
            nLo = rBefore >= 0 ? Math.max(0, before[rBefore]) : 0;
            nHi = rAfter >= 0 ? Math.min(news.size() - 1, after[rAfter]) : news.size() - 1;
            if (h1 == h0 && rBefore < 0 && rAfter < 0) {
                nHi = -1;
            }
        }
        int homeStart = h1 > h0 ? olds.get(h0).start() : start;
        int homeEnd = h1 > h0 ? olds.get(h1 - 1).end() : end;
        double relative = homeEnd > homeStart ? (double) (start - homeStart) / (homeEnd - homeStart) : 0;

        // 1. the exact quote in the region
        if (regionHi >= 0) {
            int rs = news.get(regionLo).start();
            int re = news.get(regionHi).end();
            int expected = rs + (int) Math.round(relative * (re - rs));
            int found = -1;
            if (sameWords) {
                int rank = rank(oldText, quote, homeStart, homeEnd, start);
                if (rank >= 0 && occurrences(oldText, quote, homeStart, homeEnd) == occurrences(newText, quote, rs, re)) {
                    found = nth(newText, quote, rs, re, rank);
                }
            }
            if (found >= 0) {
                return placed(p, CarryState.EXACT, found);
            }
            found = best(quote, p, rs, re, expected, -1, -1);
            if (found >= 0) {
                return placed(p, CarryState.MOVED, found);
            }
        }
        // 2. the exact quote elsewhere, if it cannot be another copy
        Words quoteWords = Words.of(quote, 0, quote.length(), dictionary);
        int[] first = new int[1];
        if (quoteWords.size >= Math.max(3, Amendments.MOVE_WORDS) && oldIndex().count(quote, quoteWords, 2, first) == 1) {
            if (nHi >= nLo && nHi >= 0) {
                int rs = news.get(nLo).start();
                int re = news.get(nHi).end();
                int skipFrom = regionHi >= 0 ? news.get(regionLo).start() : -1;
                int skipTo = regionHi >= 0 ? news.get(regionHi).end() : -1;
                int found = best(quote, p, rs, re, rs + (int) Math.round(relative * (re - rs)), skipFrom, skipTo);
                if (found >= 0) {
                    return placed(p, CarryState.MOVED, found);
                }
            }
            if (newIndex().count(quote, quoteWords, 2, first) == 1) {
                return placed(p, CarryState.MOVED, first[0]);
            }
        }
        // 3. the closest words nearby
        if (nHi >= nLo && nHi >= 0) {
            int rs = news.get(nLo).start();
            int re = news.get(nHi).end();
            int regionStart = regionHi >= 0 ? news.get(regionLo).start() : rs;
            int regionEnd = regionHi >= 0 ? news.get(regionHi).end() : re;
            int expected = regionStart + (int) Math.round(relative * (regionEnd - regionStart));
            double[] candidate = closest(quote, rs, re, regionStart, regionEnd, expected);
            if (candidate != null) {
                candidate = edges(quote, candidate, rs, re);
            }
            if (candidate != null && candidate[2] >= Amendments.FUZZY) {
                int cs = (int) candidate[0];
                int ce = (int) candidate[1];
                return new CarriedPassage(p.id(), CarryState.CHANGED, p.start(), p.end(), cs, ce, newText.substring(cs, ce),
                        candidate[2], segmentId(cs));
            }
            return orphan(p, candidate == null ? 0 : candidate[2]);
        }
        return orphan(p, 0);
    }

    private CarriedPassage orphan(Passage p, double best) {
        return new CarriedPassage(p.id(), CarryState.ORPHANED, p.start(), p.end(), -1, -1, null, best, null);
    }

    private CarriedPassage placed(Passage p, CarryState state, int at) {
        String quote = p.quote();
        int end = at + quote.length();
        if (at < 0 || end > newText.length() || !newText.regionMatches(at, quote, 0, quote.length())) {
            throw new IllegalStateException("passage " + p.id() + " would land " + state + " on other words at " + at);
        }
        return new CarriedPassage(p.id(), state, p.start(), p.end(), at, end, newText.substring(at, end), 1.0, segmentId(at));
    }

    private Long segmentId(int offset) {
        Segment s = Segments.at(news, offset);
        return s == null ? null : s.id();
    }

    private int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = olds.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (olds.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The occurrence in [from, to) whose surroundings best match the passage's, then nearest {@code expected}; outside [skipFrom, skipTo). */
    private int best(String quote, Passage p, int from, int to, int expected, int skipFrom, int skipTo) {
        int found = -1;
        int bestScore = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int at = find(newText, quote, from, to); at >= 0; at = find(newText, quote, at + 1, to)) {
            if (at >= skipFrom && at < skipTo) {
                continue;
            }
            int score = context(newText, at, quote.length(), p.prefix(), p.suffix());
            int distance = Math.abs(at - expected);
            if (score > bestScore || score == bestScore && distance < bestDistance) {
                found = at;
                bestScore = score;
                bestDistance = distance;
            }
        }
        return found;
    }

    /** How many characters before and after an occurrence agree with the passage's prefix and suffix. */
    static int context(String text, int at, int length, String prefix, String suffix) {
        int k = 0;
        if (prefix != null) {
            while (k < prefix.length() && at - 1 - k >= 0 && text.charAt(at - 1 - k) == prefix.charAt(prefix.length() - 1 - k)) {
                k++;
            }
        }
        int m = 0;
        if (suffix != null) {
            int after = at + length;
            while (m < suffix.length() && after + m < text.length() && text.charAt(after + m) == suffix.charAt(m)) {
                m++;
            }
        }
        return k + m;
    }

    /** The first occurrence of {@code quote} wholly inside [from, to), or -1; reads nothing outside the range. */
    static int find(String text, String quote, int from, int to) {
        int last = Math.min(to, text.length()) - quote.length();
        if (quote.isEmpty()) {
            return -1;
        }
        char c = quote.charAt(0);
        for (int i = Math.max(0, from); i <= last; i++) {
            if (text.charAt(i) == c && text.regionMatches(i, quote, 0, quote.length())) {
                return i;
            }
        }
        return -1;
    }

    private static int occurrences(String text, String quote, int from, int to) {
        return occurrences(text, quote, from, to, Integer.MAX_VALUE);
    }

    private static int occurrences(String text, String quote, int from, int to, int enough) {
        int n = 0;
        for (int at = find(text, quote, from, to); at >= 0 && n < enough; at = find(text, quote, at + 1, to)) {
            n++;
        }
        return n;
    }

    /** The rank of the occurrence at {@code start} among those in [from, to), or -1 if the quote is not there. */
    private static int rank(String text, String quote, int from, int to, int start) {
        int n = 0;
        for (int at = find(text, quote, from, to); at >= 0; at = find(text, quote, at + 1, to)) {
            if (at == start) {
                return n;
            }
            n++;
        }
        return -1;
    }

    private static int nth(String text, String quote, int from, int to, int rank) {
        int n = 0;
        for (int at = find(text, quote, from, to); at >= 0; at = find(text, quote, at + 1, to)) {
            if (n++ == rank) {
                return at;
            }
        }
        return -1;
    }

    private TextIndex oldIndex() {
        if (oldIndex == null) {
            oldIndex = new TextIndex(oldText, dictionary);
        }
        return oldIndex;
    }

    private TextIndex newIndex() {
        if (newIndex == null) {
            newIndex = new TextIndex(newText, dictionary);
        }
        return newIndex;
    }

    /**
     * The run of words in [from, to) closest to the quote's words: the least word edits (substitute, add, drop) with a
     * free start and end in the text. Returns {start, end, similarity}, or null if the quote has no words or the
     * range none. Ties go to a run inside the region, then to the one nearest {@code expected}.
     */
    private double[] closest(String quote, int from, int to, int regionStart, int regionEnd, int expected) {
        Words q = Words.of(quote, 0, quote.length(), dictionary);
        Words t = Words.of(newText, from, to, dictionary);
        int n = q.size;
        int m = t.size;
        if (n == 0 || m == 0) {
            return null;
        }
        int[] prev = new int[m + 1];
        int[] prevStart = new int[m + 1];
        int[] cur = new int[m + 1];
        int[] curStart = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prevStart[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            curStart[0] = 0;
            int qi = q.ids[i - 1];
            for (int j = 1; j <= m; j++) {
                int cost = prev[j - 1] + (qi == t.ids[j - 1] ? 0 : 1);
                int st = prevStart[j - 1];
                if (prev[j] + 1 < cost) {
                    cost = prev[j] + 1;
                    st = prevStart[j];
                }
                if (cur[j - 1] + 1 < cost) {
                    cost = cur[j - 1] + 1;
                    st = curStart[j - 1];
                }
                cur[j] = cost;
                curStart[j] = st;
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
            swap = prevStart;
            prevStart = curStart;
            curStart = swap;
        }
        double[] best = null;
        boolean bestInside = false;
        int bestDistance = Integer.MAX_VALUE;
        for (int j = 1; j <= m; j++) {
            int s = prevStart[j];
            int length = j - s;
            if (length <= 0) {
                continue;
            }
            double similarity = 1.0 - (double) prev[j] / Math.max(n, length);
            int cs = t.starts[s];
            int ce = t.ends[j - 1];
            boolean inside = cs >= regionStart && ce <= regionEnd;
            int distance = Math.abs(cs - expected);
            if (best == null || similarity > best[2] + 1e-9
                    || Math.abs(similarity - best[2]) <= 1e-9 && (inside && !bestInside || inside == bestInside && distance < bestDistance)) {
                best = new double[] {cs, ce, similarity};
                bestInside = inside;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** How many words back or on a candidate may reach to take the quote's edges. */
    private static final int EDGE_WORDS = 3;

    /**
     * The candidate with the quote's edges: when the quote starts a sentence or ends one (with its full stop), the
     * candidate reaches back to its sentence's first word and on to its sentence's end, a few words at most, inside
     * {@code lo..hi}, where that makes it no less alike. The edit distance alone cannot tell "late November … forecast"
     * from "In late November … forecast windstorm." when both cost as much.
     */
    private double[] edges(String quote, double[] found, int lo, int hi) {
        int cs = (int) found[0];
        int ce = (int) found[1];
        String q = quote.strip();
        if (q.isEmpty()) {
            return found;
        }
        if (Character.isUpperCase(q.charAt(0)) && !Character.isUpperCase(newText.charAt(cs))) {
            int at = cs;
            for (int w = 0; w < EDGE_WORDS && at > lo; w++) {
                int i = at - 1;
                while (i > lo && newText.charAt(i) == ' ') {
                    i--;
                }
                if (newText.charAt(i) == '\n' || ".?!:;".indexOf(newText.charAt(i)) >= 0) {
                    break; // the sentence starts at {@code at}
                }
                int start = i;
                while (start > lo && !Character.isWhitespace(newText.charAt(start - 1))) {
                    start--;
                }
                at = start;
                if (Character.isUpperCase(newText.charAt(at)) && sentenceStartsAt(at, lo)) {
                    cs = at;
                    break;
                }
            }
        }
        char last = q.charAt(q.length() - 1);
        if (".?!;:".indexOf(last) >= 0 && (ce >= newText.length() || newText.charAt(ce) != last)) {
            int words = 0;
            for (int i = ce; i < hi && i < ce + 80; i++) {
                char c = newText.charAt(i);
                if (c == '\n') {
                    break;
                }
                if (c == ' ' && i > ce && newText.charAt(i - 1) != ' ' && ++words > EDGE_WORDS) {
                    break;
                }
                if (c == last) {
                    ce = i + 1;
                    break;
                }
            }
        } else if (".?!;:".indexOf(last) >= 0 && ce < newText.length() && newText.charAt(ce) == last) {
            ce = ce + 1;
        }
        if (cs == (int) found[0] && ce == (int) found[1]) {
            return found;
        }
        double alike = alike(quote, cs, ce);
        return alike + 1e-9 >= found[2] ? new double[] {cs, ce, alike} : found;
    }

    /** Whether a sentence starts at {@code at}: at the start of the text or a line, or after a full stop and a space. */
    private boolean sentenceStartsAt(int at, int lo) {
        int i = at - 1;
        while (i >= lo && newText.charAt(i) == ' ') {
            i--;
        }
        return i < lo || newText.charAt(i) == '\n' || ".?!:;".indexOf(newText.charAt(i)) >= 0;
    }

    /** {@code 1 − edits / max(words)} between the quote and the new text's words over {@code from..to}. */
    private double alike(String quote, int from, int to) {
        Words q = Words.of(quote, 0, quote.length(), dictionary);
        Words t = Words.of(newText, from, to, dictionary);
        int n = q.size;
        int m = t.size;
        if (n == 0 || m == 0) {
            return 0;
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            for (int j = 1; j <= m; j++) {
                cur[j] = Math.min(prev[j - 1] + (q.ids[i - 1] == t.ids[j - 1] ? 0 : 1), Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return 1.0 - (double) prev[m] / Math.max(n, m);
    }
}
