package org.claimbench.ingest;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether and how the pages of a scan are recognised (OCR): when ({@link Mode}), in which language, and, when the
 * language data is not the English that ships with ClaimBench, the folder that holds {@code <language>.traineddata}.
 */
public record OcrOptions(Mode mode, String language, Path dataDir, TextRecognizer.Engine engine) {

    /** When pages are recognised. */
    public enum Mode {
        /** Only the pages without a text layer: what a scanned page is. */
        AUTO,
        /** Every page, even one with a text layer (a bad text layer, a scan with a poor OCR layer of its own). */
        ALWAYS,
        /** No page: a PDF that is all scans is refused, as before recognition existed. */
        NEVER;

        /** The mode a command-line value names ("auto", "always", "never"). */
        public static Mode of(String value) {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--ocr takes auto, always or never, not \u201c" + value + "\u201d");
            }
        }
    }

    /** The environment variable naming a folder of language data ({@code eng.traineddata}, {@code deu.traineddata}…). */
    public static final String DATA_DIR_VARIABLE = "CLAIMBENCH_TESSDATA";

    /** Recognise scanned pages in English, with the data that ships with ClaimBench. */
    public static final OcrOptions DEFAULT = new OcrOptions(Mode.AUTO, "eng", null);

    public OcrOptions {
        mode = mode == null ? Mode.AUTO : mode;
        language = language == null || language.isBlank() ? "eng" : language.strip();
        engine = engine == null ? TesseractRecognizer.ENGINE : engine;
    }

    /** With the engine that ships (Tesseract). */
    public OcrOptions(Mode mode, String language, Path dataDir) {
        this(mode, language, dataDir, null);
    }

    public OcrOptions withMode(Mode m) {
        return new OcrOptions(m, language, dataDir, engine);
    }

    /** With another engine to recognise the pages. */
    public OcrOptions withEngine(TextRecognizer.Engine e) {
        return new OcrOptions(mode, language, dataDir, e);
    }
}
