package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.claimbench.ingest.OcrOptions;
import org.claimbench.ingest.Progress;

import picocli.CommandLine.Option;

/** The options of the commands that read a document: whether scanned pages are recognised, and in which language. */
final class OcrCliOptions {

    @Option(names = "--ocr", paramLabel = "WHEN", defaultValue = "auto",
            description = "Recognise scanned pages: auto (pages without a text layer, and page images; the default), "
                    + "always (every page, even one with a text layer) or never (a PDF that is all scans is refused).")
    String ocr;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "eng",
            description = "The language of scanned pages, as Tesseract names it (default: eng; several joined by +, such as eng+spa). "
                    + "Languages other than English need LANG.traineddata in the folder of --tessdata.")
    String language;

    @Option(names = "--tessdata", paramLabel = "DIR",
            description = "A folder of Tesseract language data (LANG.traineddata), for languages ClaimBench does not bring "
                    + "(default: $" + OcrOptions.DATA_DIR_VARIABLE + ").")
    Path dataDir;

    OcrOptions options() {
        return new OcrOptions(OcrOptions.Mode.of(ocr), language, dataDir);
    }

    /** Progress that tells, on {@code err}, how far the recognition of scanned pages is; other steps are quick. */
    static Progress reporting(PrintWriter err) {
        return new Progress() {
            private String last;

            @Override
            public synchronized void update(String message, long done, long total) {
                if (message.startsWith("Recognis") && !message.equals(last)) {
                    err.println(message);
                    err.flush();
                    last = message;
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
