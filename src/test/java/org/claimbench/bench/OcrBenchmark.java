package org.claimbench.bench;

import java.util.Locale;

import org.claimbench.ingest.OcrBench;
import org.claimbench.ingest.Readers;
import org.claimbench.domain.TextSource;

/**
 * Recognising scanned pages: the test complaint on pleading paper, scanned at 300 dpi (turned by 1°, with grain and
 * dust, no text layer), read with recognition on one thread and on one per core. Prints seconds per page (wall
 * time, median of the rounds after a warm-up), the pages per minute, and the character error rate of the recognised
 * text against the text layer of the same complaint, as a Markdown table.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:java -Dexec.mainClass=org.claimbench.bench.OcrBenchmark}
 */
public final class OcrBenchmark {

    private OcrBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        byte[] printed = OcrBench.printed();
        byte[] scan = OcrBench.scanned(printed);
        Readers.Read truth = Readers.read("complaint.pdf", printed, org.claimbench.ingest.Progress.NONE);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "%s, %d cores, Java %s%n%n", System.getProperty("os.arch"), cores, System.getProperty("java.version"));
        System.out.println("| threads | pages | s/page | pages/min | mean word confidence | words < 60 | character error rate |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
            Readers.Read last = OcrBench.read("scan.pdf", scan, threads); // warm-up
            double[] times = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                last = OcrBench.read("scan.pdf", scan, threads);
                times[i] = (System.nanoTime() - t0) / 1e9;
            }
            java.util.Arrays.sort(times);
            TextSource s = last.textSource();
            double perPage = times[rounds / 2] / s.pagesRecognised();
            System.out.printf(Locale.ROOT, "| %d | %d | %.2f | %.1f | %.1f | %d of %d | %.2f%% |%n", threads, s.pagesRecognised(), perPage,
                    60 / perPage, s.meanConfidence(), s.uncertainWords(), s.words(), 100 * OcrBench.characterErrorRate(truth, last));
        }
    }
}
