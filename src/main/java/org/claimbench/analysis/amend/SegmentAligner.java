package org.claimbench.analysis.amend;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.domain.AlignedRow;
import org.claimbench.domain.AmendmentKind;
import org.claimbench.domain.DiffOp;
import org.claimbench.domain.PleadingVersion;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.claimbench.domain.WordOp;

/**
 * Aligns the segments of two versions in order. Segments pair only with segments of the same kind.
 * <ol>
 * <li>Anchors: segments with the same words that occur once on each side, kept in order (the longest increasing run,
 *     as in patience diff), recursively inside the gaps between anchors, with equal ends of each gap matched first.</li>
 * <li>Similar segments inside each remaining gap: word-LCS ratio {@code 2·lcs / (|old| + |new|)} at least
 *     {@link Amendments#SIMILAR}, chosen as the heaviest chain that keeps both orders. A large gap is searched only
 *     among candidates that share rare three-word shingles, plus the segment at the same relative place.</li>
 * <li>Splits and merges: a changed pair takes in unmatched paragraphs beside it whose words come mostly
 *     ({@link Amendments#CONTAINED}) from its partner, when that makes the pair more alike; and in a gap that is
 *     still unmatched, one old paragraph whose words hold two or more consecutive new ones (or the reverse) becomes
 *     a split (or a merge).</li>
 * </ol>
 */
final class SegmentAligner {

    /** A segment's words, without a numbered paragraph's own number. */
    static final class Unit {
        final Segment segment;
        final int[] ids;
        final int[] starts;
        final int[] ends;
        int content;
        private Map<Integer, long[]> masks;

        Unit(Segment segment, Words w, int skip) {
            this.segment = segment;
            this.ids = Arrays.copyOfRange(w.ids, skip, w.size);
            this.starts = Arrays.copyOfRange(w.starts, skip, w.size);
            this.ends = Arrays.copyOfRange(w.ends, skip, w.size);
        }

        Map<Integer, long[]> masks() {
            if (masks == null) {
                masks = Lcs.masks(ids, 0, ids.length);
            }
            return masks;
        }

        boolean numbered() {
            return segment.kind() == SegmentKind.NUMBERED_PARAGRAPH;
        }
    }

    private record Key(SegmentKind kind, int[] ids) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.kind == kind && Arrays.equals(k.ids, ids);
        }

        @Override
        public int hashCode() {
            return kind.hashCode() * 31 + Arrays.hashCode(ids);
        }
    }

    /** A group of consecutive old units [a0, a1) answering to consecutive new units [b0, b1). */
    private static final class Group {
        int a0;
        int a1;
        int b0;
        int b1;
        double similarity;

        Group(int a0, int a1, int b0, int b1, double similarity) {
            this.a0 = a0;
            this.a1 = a1;
            this.b0 = b0;
            this.b1 = b1;
            this.similarity = similarity;
        }
    }

    private static final int ALL_PAIRS = 4096;
    private static final int LEFTOVER = 64;
    private static final int POSTINGS = 32;
    private static final int CANDIDATES = 8;

    final Unit[] a;
    final Unit[] b;
    private final int[] pairA;
    private final int[] pairB;
    private final double[] simA;
    private final List<int[]> gaps = new ArrayList<>();

    SegmentAligner(PleadingVersion before, PleadingVersion after) {
        Words.Dictionary dictionary = new Words.Dictionary();
        Map<Key, Integer> contents = new HashMap<>();
        this.a = units(before, dictionary, contents);
        this.b = units(after, dictionary, contents);
        pairA = new int[a.length];
        pairB = new int[b.length];
        simA = new double[a.length];
        Arrays.fill(pairA, -1);
        Arrays.fill(pairB, -1);
    }

    private static Unit[] units(PleadingVersion v, Words.Dictionary dictionary, Map<Key, Integer> contents) {
        Unit[] units = new Unit[v.segments().size()];
        for (int i = 0; i < units.length; i++) {
            Segment s = v.segments().get(i);
            Words w = Words.of(v.text(), s.start(), s.end(), dictionary);
            int skip = 0;
            if (s.kind() == SegmentKind.NUMBERED_PARAGRAPH && s.label() != null && w.size > 0
                    && v.text().substring(w.starts[0], w.ends[0]).equalsIgnoreCase(s.label().strip())) {
                skip = 1;
            }
            Unit u = new Unit(s, w, skip);
            u.content = contents.computeIfAbsent(new Key(s.kind(), u.ids), k -> contents.size());
            units[i] = u;
        }
        return units;
    }

    /** The aligned rows, in the order of both texts. */
    List<AlignedRow> rows() {
        anchors();
        for (int[] gap : gaps) {
            similar(gap[0], gap[1], gap[2], gap[3]);
        }
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (pairA[i] >= 0) {
                groups.add(new Group(i, i + 1, pairA[i], pairA[i] + 1, simA[i]));
            }
        }
        int[] groupA = new int[a.length];
        int[] groupB = new int[b.length];
        Arrays.fill(groupA, -1);
        Arrays.fill(groupB, -1);
        for (int g = 0; g < groups.size(); g++) {
            mark(groups.get(g), g, groupA, groupB);
        }
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            if (group.similarity < 1.0) {
                widen(group, g, groupA, groupB);
            }
        }
        leftovers(groups, groupA, groupB);
        return build(groups, groupA, groupB);
    }

    private static void mark(Group g, int index, int[] groupA, int[] groupB) {
        for (int i = g.a0; i < g.a1; i++) {
            groupA[i] = index;
        }
        for (int j = g.b0; j < g.b1; j++) {
            groupB[j] = index;
        }
    }

    private void pair(int i, int j, double similarity) {
        pairA[i] = j;
        pairB[j] = i;
        simA[i] = similarity;
    }

    // ---- 1. anchors --------------------------------------------------------------------------------

    private void anchors() {
        Deque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {0, a.length, 0, b.length});
        while (!work.isEmpty()) {
            int[] r = work.pop();
            int a0 = r[0];
            int a1 = r[1];
            int b0 = r[2];
            int b1 = r[3];
            while (a0 < a1 && b0 < b1 && a[a0].content == b[b0].content) {
                pair(a0++, b0++, 1.0);
            }
            while (a0 < a1 && b0 < b1 && a[a1 - 1].content == b[b1 - 1].content) {
                pair(--a1, --b1, 1.0);
            }
            if (a0 == a1 || b0 == b1) {
                continue;
            }
            Map<Integer, int[]> seen = new HashMap<>();
            for (int i = a0; i < a1; i++) {
                int[] s = seen.computeIfAbsent(a[i].content, k -> new int[4]);
                s[0]++;
                s[1] = i;
            }
            for (int j = b0; j < b1; j++) {
                int[] s = seen.get(b[j].content);
                if (s != null) {
                    s[2]++;
                    s[3] = j;
                }
            }
            List<int[]> unique = new ArrayList<>();
            for (int[] s : seen.values()) {
                if (s[0] == 1 && s[2] == 1) {
                    unique.add(new int[] {s[1], s[3]});
                }
            }
            if (unique.isEmpty()) {
                gaps.add(new int[] {a0, a1, b0, b1});
                continue;
            }
            unique.sort(Comparator.comparingInt(p -> p[0]));
            List<int[]> chain = increasing(unique);
            int pa = a0;
            int pb = b0;
            for (int[] p : chain) {
                pair(p[0], p[1], 1.0);
                if (pa < p[0] || pb < p[1]) {
                    work.push(new int[] {pa, p[0], pb, p[1]});
                }
                pa = p[0] + 1;
                pb = p[1] + 1;
            }
            if (pa < a1 || pb < b1) {
                work.push(new int[] {pa, a1, pb, b1});
            }
        }
    }

    /** The longest run of pairs (sorted by their first index) whose second index increases. */
    private static List<int[]> increasing(List<int[]> pairs) {
        int n = pairs.size();
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int k = 0; k < n; k++) {
            int v = pairs.get(k)[1];
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairs.get(tails[mid])[1] < v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[k] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = k;
            if (lo == length) {
                length++;
            }
        }
        List<int[]> out = new ArrayList<>(length);
        for (int k = length > 0 ? tails[length - 1] : -1; k >= 0; k = previous[k]) {
            out.add(pairs.get(k));
        }
        java.util.Collections.reverse(out);
        return out;
    }

    // ---- 2. similar segments in the gaps -----------------------------------------------------------

    double ratio(Unit x, Unit y) {
        if (x.segment.kind() != y.segment.kind()) {
            return 0;
        }
        if (x.ids.length + y.ids.length == 0) {
            return 1;
        }
        int lcs = Lcs.length(x.masks(), x.ids.length, y.ids, 0, y.ids.length);
        return 2.0 * lcs / (x.ids.length + y.ids.length);
    }

    /** How much of {@code part}'s words appear, in order, in {@code whole}. */
    private double contained(Unit whole, Unit part) {
        if (whole.segment.kind() != part.segment.kind() || part.ids.length == 0) {
            return 0;
        }
        return (double) Lcs.length(whole.masks(), whole.ids.length, part.ids, 0, part.ids.length) / part.ids.length;
    }

    private void similar(int a0, int a1, int b0, int b1) {
        int na = a1 - a0;
        int nb = b1 - b0;
        List<double[]> candidates = new ArrayList<>();
        if ((long) na * nb <= ALL_PAIRS) {
            for (int i = a0; i < a1; i++) {
                for (int j = b0; j < b1; j++) {
                    double r = ratio(a[i], b[j]);
                    if (r >= Amendments.SIMILAR) {
                        candidates.add(new double[] {i, j, r});
                    }
                }
            }
        } else {
            candidates = shingled(a0, a1, b0, b1);
        }
        if (candidates.isEmpty()) {
            return;
        }
        // heaviest chain increasing in both: by old index ascending, new index descending, over a max-Fenwick on the new index
        candidates.sort((p, q) -> p[0] != q[0] ? Double.compare(p[0], q[0]) : Double.compare(q[1], p[1]));
        int k = candidates.size();
        double[] best = new double[k];
        int[] previous = new int[k];
        double[] tree = new double[nb + 1];
        int[] treeAt = new int[nb + 1];
        Arrays.fill(treeAt, -1);
        int top = -1;
        for (int c = 0; c < k; c++) {
            double[] p = candidates.get(c);
            int j = (int) p[1] - b0;
            double before = 0;
            int from = -1;
            for (int x = j; x > 0; x -= x & -x) {
                if (tree[x] > before) {
                    before = tree[x];
                    from = treeAt[x];
                }
            }
            best[c] = before + p[2];
            previous[c] = from;
            for (int x = j + 1; x <= nb; x += x & -x) {
                if (best[c] > tree[x]) {
                    tree[x] = best[c];
                    treeAt[x] = c;
                }
            }
            if (top < 0 || best[c] > best[top]) {
                top = c;
            }
        }
        for (int c = top; c >= 0; c = previous[c]) {
            double[] p = candidates.get(c);
            pair((int) p[0], (int) p[1], p[2]);
        }
    }

    private List<double[]> shingled(int a0, int a1, int b0, int b1) {
        Map<Long, int[]> postings = new HashMap<>();
        for (int i = a0; i < a1; i++) {
            for (long s : shingles(a[i])) {
                int[] list = postings.get(s);
                if (list == null) {
                    postings.put(s, new int[] {1, i});
                } else if (list[0] <= POSTINGS) {
                    if (list[list.length - 1] == i) {
                        continue;
                    }
                    int[] grown = Arrays.copyOf(list, list.length + 1);
                    grown[0]++;
                    grown[grown.length - 1] = i;
                    postings.put(s, grown);
                }
            }
        }
        List<double[]> out = new ArrayList<>();
        int[] shared = new int[a1 - a0];
        List<Integer> touched = new ArrayList<>();
        for (int j = b0; j < b1; j++) {
            touched.clear();
            for (long s : shingles(b[j])) {
                int[] list = postings.get(s);
                if (list == null || list[0] > POSTINGS) {
                    continue;
                }
                for (int k = 1; k < list.length; k++) {
                    if (shared[list[k] - a0]++ == 0) {
                        touched.add(list[k]);
                    }
                }
            }
            touched.sort((p, q) -> Integer.compare(shared[q - a0], shared[p - a0]));
            List<Integer> look = new ArrayList<>(touched.subList(0, Math.min(CANDIDATES, touched.size())));
            int guess = a0 + (int) ((long) (j - b0) * (a1 - a0) / (b1 - b0));
            for (int g = guess - 1; g <= guess + 1; g++) {
                if (g >= a0 && g < a1 && !look.contains(g)) {
                    look.add(g);
                }
            }
            for (int i : look) {
                double r = ratio(a[i], b[j]);
                if (r >= Amendments.SIMILAR) {
                    out.add(new double[] {i, j, r});
                }
            }
            for (int i : touched) {
                shared[i - a0] = 0;
            }
        }
        return out;
    }

    private static long[] shingles(Unit u) {
        int n = u.ids.length;
        if (n < 3) {
            return n == 0 ? new long[0] : new long[] {((long) u.ids[0] << 21) ^ (n == 2 ? u.ids[1] : -1)};
        }
        long[] out = new long[n - 2];
        for (int i = 0; i + 2 < n; i++) {
            out[i] = ((long) u.ids[i] * 1_000_003L + u.ids[i + 1]) * 1_000_033L + u.ids[i + 2];
        }
        return out;
    }

    // ---- 3. splits and merges ----------------------------------------------------------------------

    private double ratio(int a0, int a1, int b0, int b1) {
        int[] x = concat(a, a0, a1);
        int[] y = concat(b, b0, b1);
        if (x.length + y.length == 0) {
            return 1;
        }
        return 2.0 * Lcs.length(x, y) / (x.length + y.length);
    }

    private static int[] concat(Unit[] units, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += units[i].ids.length;
        }
        int[] out = new int[n];
        int at = 0;
        for (int i = from; i < to; i++) {
            System.arraycopy(units[i].ids, 0, out, at, units[i].ids.length);
            at += units[i].ids.length;
        }
        return out;
    }

    private static final double GAIN = 0.02;

    /** Lets a changed one-to-one pair take in unmatched paragraphs beside it: a split first, else a merge. */
    private void widen(Group g, int index, int[] groupA, int[] groupB) {
        Unit old = a[g.a0];
        Unit now = b[g.b0];
        if (!old.numbered()) {
            return;
        }
        while (g.b1 < b.length && groupB[g.b1] < 0 && contained(old, b[g.b1]) >= Amendments.CONTAINED) {
            double r = ratio(g.a0, g.a1, g.b0, g.b1 + 1);
            if (r <= g.similarity + GAIN) {
                break;
            }
            g.similarity = r;
            groupB[g.b1++] = index;
        }
        while (g.b0 > 0 && groupB[g.b0 - 1] < 0 && contained(old, b[g.b0 - 1]) >= Amendments.CONTAINED) {
            double r = ratio(g.a0, g.a1, g.b0 - 1, g.b1);
            if (r <= g.similarity + GAIN) {
                break;
            }
            g.similarity = r;
            groupB[--g.b0] = index;
        }
        if (g.b1 - g.b0 > 1) {
            return;
        }
        while (g.a1 < a.length && groupA[g.a1] < 0 && contained(now, a[g.a1]) >= Amendments.CONTAINED) {
            double r = ratio(g.a0, g.a1 + 1, g.b0, g.b1);
            if (r <= g.similarity + GAIN) {
                break;
            }
            g.similarity = r;
            groupA[g.a1++] = index;
        }
        while (g.a0 > 0 && groupA[g.a0 - 1] < 0 && contained(now, a[g.a0 - 1]) >= Amendments.CONTAINED) {
            double r = ratio(g.a0 - 1, g.a1, g.b0, g.b1);
            if (r <= g.similarity + GAIN) {
                break;
            }
            g.similarity = r;
            groupA[--g.a0] = index;
        }
    }

    /** Splits and merges among the paragraphs still unmatched between two groups (groups are in the order of both texts). */
    private void leftovers(List<Group> groups, int[] groupA, int[] groupB) {
        List<Group> found = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (int g = 0; g <= groups.size(); g++) {
            int ga = g < groups.size() ? groups.get(g).a0 : a.length;
            int gb = g < groups.size() ? groups.get(g).b0 : b.length;
            if (ga > i && gb > j && ga - i <= LEFTOVER && gb - j <= LEFTOVER) {
                found.addAll(inGap(i, ga, j, gb));
            }
            if (g < groups.size()) {
                i = groups.get(g).a1;
                j = groups.get(g).b1;
            }
        }
        groups.addAll(found);
        groups.sort(Comparator.comparingInt(g -> g.a0));
        for (int g = 0; g < groups.size(); g++) {
            mark(groups.get(g), g, groupA, groupB);
        }
    }

    private List<Group> inGap(int a0, int a1, int b0, int b1) {
        List<Group> out = new ArrayList<>();
        int from = b0;
        for (int i = a0; i < a1; i++) {
            if (!a[i].numbered()) {
                continue;
            }
            boolean done = false;
            for (int j = from; j < b1 && !done; j++) {
                if (!b[j].numbered()) {
                    continue;
                }
                // a split: old i holds new j, j+1, …
                int end = j;
                while (end < b1 && b[end].numbered() && contained(a[i], b[end]) >= Amendments.CONTAINED) {
                    end++;
                }
                if (end - j >= 2 && ratio(i, i + 1, j, end) >= Amendments.SIMILAR) {
                    out.add(new Group(i, i + 1, j, end, ratio(i, i + 1, j, end)));
                    from = end;
                    done = true;
                    continue;
                }
                // a merge: new j holds old i, i+1, …
                int last = i;
                while (last < a1 && a[last].numbered() && contained(b[j], a[last]) >= Amendments.CONTAINED) {
                    last++;
                }
                if (last - i >= 2 && ratio(i, last, j, j + 1) >= Amendments.SIMILAR) {
                    out.add(new Group(i, last, j, j + 1, ratio(i, last, j, j + 1)));
                    from = j + 1;
                    i = last - 1;
                    done = true;
                }
            }
        }
        return out;
    }

    // ---- the rows ----------------------------------------------------------------------------------

    private List<AlignedRow> build(List<Group> groups, int[] groupA, int[] groupB) {
        List<AlignedRow> rows = new ArrayList<>();
        int i = 0;
        int j = 0;
        int oldAt = 0;
        int newAt = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && groupA[i] < 0) {
                Unit u = a[i++];
                rows.add(new AlignedRow(AmendmentKind.REMOVED, List.of(u.segment), List.of(), 0,
                        runs(new Unit[] {u}, new Unit[0], List.of(), oldAt, newAt)));
                oldAt = u.segment.end();
            } else if (j < b.length && groupB[j] < 0) {
                Unit u = b[j++];
                rows.add(new AlignedRow(AmendmentKind.ADDED, List.of(), List.of(u.segment), 0,
                        runs(new Unit[0], new Unit[] {u}, List.of(), oldAt, newAt)));
                newAt = u.segment.end();
            } else {
                if (i >= a.length || j >= b.length || groupA[i] != groupB[j]) {
                    throw new IllegalStateException("the alignment crosses itself at old " + i + ", new " + j);
                }
                Group g = groups.get(groupA[i]);
                Unit[] olds = Arrays.copyOfRange(a, g.a0, g.a1);
                Unit[] news = Arrays.copyOfRange(b, g.b0, g.b1);
                AmendmentKind kind;
                List<int[]> pairs;
                if (olds.length > 1) {
                    kind = AmendmentKind.MERGED;
                } else if (news.length > 1) {
                    kind = AmendmentKind.SPLIT;
                } else if (olds[0].content == news[0].content) {
                    kind = olds[0].numbered() && !sameLabel(olds[0].segment, news[0].segment) ? AmendmentKind.RENUMBERED : AmendmentKind.UNCHANGED;
                } else {
                    kind = AmendmentKind.CHANGED;
                }
                if (kind.sameWords()) {
                    pairs = new ArrayList<>(olds[0].ids.length);
                    for (int k = 0; k < olds[0].ids.length; k++) {
                        pairs.add(new int[] {k, k});
                    }
                } else {
                    pairs = Lcs.pairs(concat(olds, 0, olds.length), concat(news, 0, news.length), 4_000_000L);
                }
                double similarity = kind.sameWords() ? 1.0 : g.similarity;
                List<Segment> before = Arrays.stream(olds).map(u -> u.segment).toList();
                List<Segment> after = Arrays.stream(news).map(u -> u.segment).toList();
                rows.add(new AlignedRow(kind, before, after, similarity, runs(olds, news, pairs, oldAt, newAt)));
                oldAt = olds[olds.length - 1].segment.end();
                newAt = news[news.length - 1].segment.end();
                i = g.a1;
                j = g.b1;
            }
        }
        return rows;
    }

    private static boolean sameLabel(Segment x, Segment y) {
        return x.label() == null ? y.label() == null : y.label() != null && x.label().strip().equalsIgnoreCase(y.label().strip());
    }

    /** The word runs of a row, from the matched word pairs of its concatenated old and new words. */
    private static List<WordOp> runs(Unit[] olds, Unit[] news, List<int[]> pairs, int oldAt, int newAt) {
        Side x = new Side(olds, oldAt);
        Side y = new Side(news, newAt);
        List<WordOp> out = new ArrayList<>();
        Run run = new Run(out);
        int p = 0;
        int xi = 0;
        int yi = 0;
        while (xi < x.size || yi < y.size) {
            int[] next = p < pairs.size() ? pairs.get(p) : new int[] {x.size, y.size};
            while (xi < next[0]) {
                run.add(DiffOp.DELETE, x, xi, y, -1);
                xi++;
            }
            while (yi < next[1]) {
                run.add(DiffOp.INSERT, x, -1, y, yi);
                yi++;
            }
            if (p < pairs.size()) {
                run.add(DiffOp.EQUAL, x, xi, y, yi);
                xi++;
                yi++;
                p++;
            }
        }
        run.close();
        return out;
    }

    /** The concatenated words of one side of a row, each with its unit. */
    private static final class Side {
        final int[] unit;
        final int[] starts;
        final int[] ends;
        final int size;
        final int[] unitStart;
        int at;

        Side(Unit[] units, int before) {
            int n = 0;
            for (Unit u : units) {
                n += u.ids.length;
            }
            size = n;
            unit = new int[n];
            starts = new int[n];
            ends = new int[n];
            unitStart = new int[units.length];
            int k = 0;
            for (int u = 0; u < units.length; u++) {
                unitStart[u] = units[u].segment.start();
                for (int w = 0; w < units[u].ids.length; w++) {
                    unit[k] = u;
                    starts[k] = units[u].starts[w];
                    ends[k] = units[u].ends[w];
                    k++;
                }
            }
            at = units.length > 0 ? (n > 0 ? starts[0] : units[0].segment.start()) : before;
        }
    }

    /** Collects words into runs of one kind within one segment on each side. */
    private static final class Run {
        final List<WordOp> out;
        DiffOp op;
        int os;
        int oe;
        int ns;
        int ne;
        int ou;
        int nu;
        int words;

        Run(List<WordOp> out) {
            this.out = out;
        }

        void add(DiffOp kind, Side x, int xi, Side y, int yi) {
            int xu = xi >= 0 ? x.unit[xi] : -1;
            int yu = yi >= 0 ? y.unit[yi] : -1;
            boolean joins = op == kind && words > 0 && (xi < 0 || xu == ou) && (yi < 0 || yu == nu);
            if (!joins) {
                close();
                op = kind;
                ou = xu;
                nu = yu;
                os = xi >= 0 ? x.starts[xi] : x.at;
                ns = yi >= 0 ? y.starts[yi] : y.at;
                oe = os;
                ne = ns;
            }
            if (xi >= 0) {
                oe = x.ends[xi];
                x.at = oe;
            }
            if (yi >= 0) {
                ne = y.ends[yi];
                y.at = ne;
            }
            words++;
        }

        void close() {
            if (words > 0) {
                out.add(new WordOp(op, os, oe, ns, ne, words));
            }
            words = 0;
        }
    }
}
