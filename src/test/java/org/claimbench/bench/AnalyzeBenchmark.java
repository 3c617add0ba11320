package org.claimbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.claimbench.ingest.Progress;
import org.claimbench.service.ImportService;

/**
 * What {@code claimbench analyze} costs on each file of a folder of filings: reading with layout and finding the
 * structure, in one warm JVM (the command's own start-up is left out), against PDFBox's plain text extraction of
 * the same PDF in the same run. Prints a Markdown table.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:java -Dexec.mainClass=org.claimbench.bench.AnalyzeBenchmark -Dexec.args=FOLDER}
 */
public final class AnalyzeBenchmark {

    private AnalyzeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : ".");
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().matches("(?i).*\\.(pdf|docx|html?|txt|md)$"))
                    .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme")).sorted().toList();
        }
        System.out.println("| file | pages | PDFBox text extraction (ms) | analyze (ms) | analyze / PDFBox |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            String name = f.getFileName().toString();
            boolean pdf = name.toLowerCase(Locale.ROOT).endsWith(".pdf");
            int pages = 0;
            double baseline = Double.NaN;
            if (pdf) {
                try (PDDocument d = Loader.loadPDF(bytes)) {
                    pages = d.getNumberOfPages();
                }
                baseline = ImportBenchmark.median(9, () -> {
                    try (PDDocument d = Loader.loadPDF(bytes)) {
                        new PDFTextStripper().getText(d);
                    }
                });
            }
            double analyze = ImportBenchmark.median(9, () -> ImportService.analyze(name, bytes, Progress.NONE));
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %.0f | %s |%n", name, pdf ? String.valueOf(pages) : "\u2013",
                    pdf ? String.format(Locale.ROOT, "%.0f", baseline) : "\u2013", analyze,
                    pdf ? String.format(Locale.ROOT, "%.2f\u00d7", analyze / baseline) : "\u2013");
        }
    }
}
