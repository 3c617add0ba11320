package org.claimbench.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimbench.analysis.amend.AmendedPair;
import org.claimbench.analysis.amend.Amendments;
import org.claimbench.domain.AmendmentKind;
import org.claimbench.domain.CarriedPassage;
import org.claimbench.domain.CarryState;
import org.claimbench.domain.Comparison;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;

/**
 * An amended complaint of about 300 pages (1,500 numbered paragraphs, 150,000 words each side, amendments of every
 * kind) compared with its original, and 5,000 highlighted passages carried into it. Two baselines from the same run:
 * reading both texts once into normalised word ids, and a naive comparison of every paragraph with every other
 * (word LCS by dynamic programming) on a slice of 150 by 150 paragraphs, scaled to the whole pair. Prints Markdown
 * tables.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:java -Dexec.mainClass=org.claimbench.bench.AmendmentBenchmark}
 */
public final class AmendmentBenchmark {

    private AmendmentBenchmark() {
    }

    interface Job {
        void run() throws Exception;
    }

    /** Median wall time in milliseconds of {@code rounds} runs after {@code warmups} warm-up runs. */
    static double median(int warmups, int rounds, Job job) throws Exception {
        for (int i = 0; i < warmups; i++) {
            job.run();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            job.run();
            times.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    public static void main(String[] args) throws Exception {
        int paragraphs = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        int passageCount = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        AmendedPair pair = AmendedPair.generate(300, paragraphs, 100, paragraphs / 7, passageCount);
        long oldWords = words(pair.before.text());
        long newWords = words(pair.after.text());

        Comparison[] comparison = new Comparison[1];
        List<CarriedPassage>[] carried = new List[1];
        long cold0 = System.nanoTime();
        Comparison first = Amendments.compare(pair.before, pair.after);
        long cold1 = System.nanoTime();
        Amendments.carry(first, pair.passages);
        double coldCompare = (cold1 - cold0) / 1e6;
        double cold = (System.nanoTime() - cold0) / 1e6;
        // warm up every path before anything is timed
        for (int i = 0; i < 15; i++) {
            Amendments.carry(Amendments.compare(pair.before, pair.after), pair.passages);
        }
        double compare = median(5, 9, () -> comparison[0] = Amendments.compare(pair.before, pair.after));
        double carry = median(5, 9, () -> carried[0] = Amendments.carry(comparison[0], pair.passages));
        double both = median(3, 11, () -> Amendments.carry(Amendments.compare(pair.before, pair.after), pair.passages));
        double tokenise = median(5, 9, () -> {
            Map<String, Integer> ids = new HashMap<>();
            read(pair.before.text(), ids);
            read(pair.after.text(), ids);
        });
        int slice = Math.min(150, paragraphs);
        List<int[]> olds = paragraphWords(pair.before.text(), pair.before.segments(), slice);
        List<int[]> news = paragraphWords(pair.after.text(), pair.after.segments(), slice);
        double naiveSlice = median(1, 3, () -> {
            double sum = 0;
            for (int[] x : olds) {
                for (int[] y : news) {
                    sum += naiveRatio(x, y);
                }
            }
            if (sum < 0) {
                throw new IllegalStateException();
            }
        });
        long oldParagraphs = pair.before.segments().stream().filter(s -> s.kind() == SegmentKind.NUMBERED_PARAGRAPH).count();
        long newParagraphs = pair.after.segments().stream().filter(s -> s.kind() == SegmentKind.NUMBERED_PARAGRAPH).count();
        double naiveWhole = naiveSlice * ((double) oldParagraphs * newParagraphs) / ((double) olds.size() * news.size());

        System.out.printf(Locale.ROOT, "%d / %d numbered paragraphs, %,d / %,d words, %,d / %,d characters, %,d passages, %d cores%n%n",
                oldParagraphs, newParagraphs, oldWords, newWords, pair.before.text().length(), pair.after.text().length(),
                pair.passages.size(), Runtime.getRuntime().availableProcessors());
        System.out.println("| step | median | × reading both texts once |");
        System.out.println("|---|---:|---:|");
        row("reading both texts into word ids (baseline)", tokenise, tokenise);
        row("compare", compare, tokenise);
        row("carry 5,000 passages", carry, tokenise);
        row("compare + carry", both, tokenise);
        row("compare + carry, first call in a fresh JVM", cold, tokenise);
        row("of which compare", coldCompare, tokenise);
        row(String.format(Locale.ROOT, "naive all-pairs word LCS, %d × %d paragraphs (measured)", olds.size(), news.size()), naiveSlice, tokenise);
        row("naive all-pairs, whole pair (scaled)", naiveWhole, tokenise);
        System.out.printf(Locale.ROOT, "%ncompare + carry is %.0f\u00d7 faster than the naive all-pairs comparison alone.%n", naiveWhole / both);

        Map<AmendmentKind, Integer> kinds = new EnumMap<>(AmendmentKind.class);
        comparison[0].paragraphRows().forEach(r -> kinds.merge(r.kind(), 1, Integer::sum));
        Map<CarryState, Integer> states = new EnumMap<>(CarryState.class);
        int surviving = 0;
        int alone = 0;
        int wrong = 0;
        for (CarriedPassage cp : carried[0]) {
            states.merge(cp.state(), 1, Integer::sum);
            AmendedPair.Truth t = pair.truth.get(cp.passageId());
            surviving += t.survives() ? 1 : 0;
            if (cp.state() == CarryState.EXACT || cp.state() == CarryState.MOVED) {
                if (t.survives() && t.start() == cp.start()) {
                    alone++;
                } else {
                    wrong++;
                }
            }
        }
        System.out.println();
        System.out.println("Summary: " + comparison[0].summary());
        System.out.println("Paragraph rows: " + kinds);
        System.out.println("Passages: " + states);
        System.out.printf(Locale.ROOT, "Passages whose words survive: %d; carried without the user: %d (%.1f%%); landed on other words: %d%n",
                surviving, alone, 100.0 * alone / surviving, wrong);
    }

    private static void row(String step, double ms, double baseline) {
        System.out.printf(Locale.ROOT, "| %s | %.1f ms | %.1f\u00d7 |%n", step, ms, ms / baseline);
    }

    private static long words(String text) {
        long n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** Every word of the text, lower-cased, numbered through {@code ids}. */
    private static int read(String text, Map<String, Integer> ids) {
        int n = 0;
        int i = 0;
        StringBuilder sb = new StringBuilder();
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            sb.setLength(0);
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                sb.append(Character.toLowerCase(text.charAt(i++)));
            }
            n += ids.computeIfAbsent(sb.toString(), k -> ids.size());
        }
        return n;
    }

    private static List<int[]> paragraphWords(String text, List<Segment> segments, int limit) {
        Map<String, Integer> ids = new HashMap<>();
        List<int[]> out = new ArrayList<>();
        for (Segment s : segments) {
            if (s.kind() != SegmentKind.NUMBERED_PARAGRAPH || out.size() == limit) {
                continue;
            }
            List<Integer> w = new ArrayList<>();
            String[] parts = text.substring(s.start(), s.end()).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
            for (String p : parts) {
                if (!p.isEmpty()) {
                    w.add(ids.computeIfAbsent(p, k -> ids.size()));
                }
            }
            out.add(w.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    /** 2·lcs / (|x| + |y|) by the textbook dynamic programme. */
    private static double naiveRatio(int[] x, int[] y) {
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                cur[j] = x[i - 1] == y[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return x.length + y.length == 0 ? 1 : 2.0 * prev[y.length] / (x.length + y.length);
    }
}
