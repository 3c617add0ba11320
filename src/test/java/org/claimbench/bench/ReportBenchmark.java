package org.claimbench.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.claimbench.report.HtmlReport;
import org.claimbench.report.ReportModel;
import org.claimbench.report.ReportOptions;
import org.claimbench.service.DemoCase;
import org.claimbench.service.LargeCase;
import org.claimbench.service.ReportService;
import org.claimbench.store.Store;

/**
 * The report's PDF for a case of 500 allegations and 1,500 evidence items, against the demo case (14
 * allegations) in the same run, with PDFBox's reading of the same PDF as a second baseline. Prints a Markdown table.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:java -Dexec.mainClass=org.claimbench.bench.ReportBenchmark}
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (Store store = Store.inMemory()) {
            long demo = new DemoCase(store).install();
            long big = store.cases().create("Large case", null, null, null).id();
            LargeCase.fill(store, big, 500, 3);
            ReportService reports = org.claimbench.service.Services.of(store, null).reports();
            ReportOptions options = ReportOptions.defaults();
            java.util.List<String> previews = new java.util.ArrayList<>();
            System.out.println("| case | build the model | lay out the PDF | pages | PDFBox reads the PDF back | PDF / reading it |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            for (long caseId : new long[] {demo, big}) {
                ReportModel[] model = new ReportModel[1];
                double build = median(7, () -> model[0] = reports.model(caseId, options));
                byte[][] pdf = new byte[1][];
                double layout = median(caseId == big ? 5 : 9, () -> pdf[0] = ReportService.render(model[0], org.claimbench.report.ReportFormat.PDF));
                int pages;
                try (PDDocument d = Loader.loadPDF(pdf[0])) {
                    pages = d.getNumberOfPages();
                }
                double read = median(7, () -> {
                    try (PDDocument d = Loader.loadPDF(pdf[0])) {
                        new PDFTextStripper().getText(d);
                    }
                });
                System.out.printf(Locale.ROOT, "| %s (%d allegations, %d evidence items) | %.0f ms | %.0f ms | %d | %.0f ms | %.1f\u00d7 |%n",
                        caseId == demo ? "demo" : "large", model[0].summary().allegations(),
                        model[0].chart().stream().mapToInt(s -> s.evidence().size()).sum(), build, layout, pages, read, layout / read);
                if (caseId == big && HtmlReport.render(model[0]).length() < 100_000) {
                    throw new IllegalStateException("the large report is unexpectedly small");
                }
                // the preview: its first page (the model built, laid out and page 1 rendered) against every page rendered
                double first = median(5, () -> {
                    try (org.claimbench.report.PdfPages p = org.claimbench.report.PdfPages.open(
                            ReportService.render(reports.model(caseId, options), org.claimbench.report.ReportFormat.PDF))) {
                        p.render(0, 110);
                    }
                });
                double all = median(3, () -> org.claimbench.report.PdfPages.render(
                        ReportService.render(reports.model(caseId, options), org.claimbench.report.ReportFormat.PDF), 110, (n, t) -> { }));
                previews.add(String.format(Locale.ROOT, "| %s | %d | %.0f ms | %.0f ms | %.1f\u00d7 |", caseId == demo ? "demo" : "large",
                        pages, first, all, all / first));
            }
            System.out.println();
            System.out.println("| case | pages | preview: first page on show | every page rendered (as before) | every page / first page |");
            System.out.println("|---|---:|---:|---:|---:|");
            previews.forEach(System.out::println);
        }
    }

    interface Job {
        void run() throws Exception;
    }

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
