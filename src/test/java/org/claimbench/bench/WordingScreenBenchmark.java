package org.claimbench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.analysis.WordingScreen;

/**
 * The wording screen on 10 MB of complaint text, as many numbered paragraphs (one after the other, and as a document's
 * screen shares them over the cores) and as one paragraph, against one pass of a word pattern over the same text in
 * the same run. Prints a Markdown table.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:java -Dexec.mainClass=org.claimbench.bench.WordingScreenBenchmark}
 */
public final class WordingScreenBenchmark {

    private WordingScreenBenchmark() {
    }

    private static final String[] SENTENCES = {
        "On information and belief, Defendants knowingly concealed the defect from every buyer.",
        "The warehouse received the shipment on March 3 and signed for it.",
        "Defendants' conduct was outrageous, reckless and wholly without justification.",
        "The invoice states a price of $4,200 for the forty units delivered.",
        "Upon information and belief, the manager was aware of the complaints.",
        "Plaintiff paid the invoice in full by wire transfer on April 9.",
    };

    public static void main(String[] args) throws Exception {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        StringBuilder sb = new StringBuilder();
        List<int[]> paragraphs = new ArrayList<>();
        int n = 0;
        while (sb.length() < megabytes * 1_000_000) {
            int start = sb.length();
            sb.append(++n).append(". ");
            for (int i = 0; i < 2; i++) {
                sb.append(SENTENCES[(n + i) % SENTENCES.length]).append(' ');
            }
            paragraphs.add(new int[] {start, sb.length()});
            sb.append("\n\n");
        }
        String text = sb.toString();
        WordingScreen screen = WordingScreen.standard();
        Pattern word = Pattern.compile("\\b\\w+\\b");
        double baseline = ImportBenchmark.median(5, () -> {
            Matcher m = word.matcher(text);
            int count = 0;
            while (m.find()) {
                count++;
            }
            if (count == 0) {
                throw new IllegalStateException("no words");
            }
        });
        double many = ImportBenchmark.median(5, () -> {
            for (int[] p : paragraphs) {
                screen.screen(text, p[0], p[1], 2);
            }
        });
        List<org.claimbench.domain.Segment> segments = new ArrayList<>();
        for (int[] p : paragraphs) {
            segments.add(new org.claimbench.domain.Segment(0, 1, segments.size(), org.claimbench.domain.SegmentKind.NUMBERED_PARAGRAPH,
                    String.valueOf(segments.size() + 1), p[0], p[1], null, null));
        }
        double shared = ImportBenchmark.median(5, () -> screen.screen(text, segments, 2));
        double one = ImportBenchmark.median(5, () -> screen.screen(text, 0, text.length(), 2));
        System.out.printf(Locale.ROOT, "text: %,d characters, %,d numbered paragraphs%n%n", text.length(), paragraphs.size());
        System.out.println("| measure | time (ms) | / one pass of a word pattern |");
        System.out.println("|---|---:|---:|");
        System.out.printf(Locale.ROOT, "| one pass of a word pattern (baseline) | %.0f | 1.00\u00d7 |%n", baseline);
        System.out.printf(Locale.ROOT, "| wording screen, paragraph by paragraph | %.0f | %.2f\u00d7 |%n", many, many / baseline);
        System.out.printf(Locale.ROOT, "| wording screen of the document's paragraphs, shared over %d cores | %.0f | %.2f\u00d7 |%n",
                Runtime.getRuntime().availableProcessors(), shared, shared / baseline);
        System.out.printf(Locale.ROOT, "| wording screen, the whole text as one paragraph | %.0f | %.2f\u00d7 |%n", one, one / baseline);
    }
}
