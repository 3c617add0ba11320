package org.claimbench.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.claimbench.domain.DocumentKind;
import org.claimbench.ingest.FixturePdfs;
import org.claimbench.ingest.PleadingParser;
import org.claimbench.ingest.Progress;
import org.claimbench.ingest.Readers;
import org.claimbench.service.ImportService;
import org.claimbench.store.Store;

/**
 * Import of a generated pleading-paper PDF (reading with layout, structure, and storing, together) against
 * PDFBox's own plain text extraction of the same file, in the same run. Prints a Markdown table.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:java -Dexec.mainClass=org.claimbench.bench.ImportBenchmark}
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] copies = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray() : new int[] {35, 375, 1250};
        System.out.println("| pages | PDFBox text extraction (ms) | read with layout (ms) | + structure (ms) | full import incl. store (ms) | import / PDFBox |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        for (int n : copies) {
            byte[] pdf = FixturePdfs.longPleading(n);
            int pages;
            try (PDDocument d = Loader.loadPDF(pdf)) {
                pages = d.getNumberOfPages();
            }
            int rounds = pages > 500 ? 5 : 9;
            double baseline = median(rounds, () -> {
                try (PDDocument d = Loader.loadPDF(pdf)) {
                    new PDFTextStripper().getText(d);
                }
            });
            double read = median(rounds, () -> Readers.read("long.pdf", pdf, Progress.NONE));
            double parse = median(rounds, () -> new PleadingParser().parse(Readers.read("long.pdf", pdf, Progress.NONE).lines()));
            double full;
            try (Store store = Store.inMemory()) {
                // the store is open already when a user imports, as in the window
                ImportService service = new ImportService(store);
                full = median(rounds, () -> {
                    long caseId = store.cases().create("Benchmark", null, null, null).id();
                    service.importBytes(caseId, "long.pdf", pdf, DocumentKind.COMPLAINT, null, Progress.NONE);
                });
            }
            System.out.printf(Locale.ROOT, "| %d | %.0f | %.0f | %.0f | %.0f | %.2f\u00d7 |%n", pages, baseline, read, parse, full, full / baseline);
        }
    }

    interface Job {
        void run() throws Exception;
    }

    /** Median wall time in milliseconds after two warm-up runs. */
    static double median(int rounds, Job job) throws Exception {
        job.run();
        job.run();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            job.run();
            times.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }
}
