package org.claimbench.domain;

/**
 * How a document's text was obtained: from the file itself (a PDF's text layer, or a format that is text), by
 * recognising page images (OCR), or both, page by page ("mixed"). For recognised text it names the engine and
 * language, how many pages were recognised, the mean confidence of the recognised words (0–100) and how many were
 * recognised with a confidence below {@link #UNCERTAIN_BELOW}: the words worth checking against the scan.
 */
public record TextSource(String kind, String engine, String language, int pages, int pagesRecognised, int words,
                         double meanConfidence, int uncertainWords) {

    public static final String TEXT_LAYER = "text layer";
    public static final String FILE_TEXT = "file text";
    public static final String OCR = "OCR";
    public static final String MIXED = "mixed";

    /** Words recognised with less confidence than this (of 100) are counted as uncertain. */
    public static final float UNCERTAIN_BELOW = 60f;

    /** The text of a PDF of {@code pages} pages, all from its text layer. */
    public static TextSource textLayer(int pages) {
        return new TextSource(TEXT_LAYER, null, null, pages, 0, 0, 0, 0);
    }

    /** The text of a format that is text (DOCX, HTML, Markdown, plain text). */
    public static TextSource fileText() {
        return new TextSource(FILE_TEXT, null, null, 0, 0, 0, 0, 0);
    }

    public boolean recognised() {
        return pagesRecognised > 0;
    }

    /** One line for people: "OCR (Tesseract 5.5.3, eng): 6 of 6 pages, mean confidence 93, 12 uncertain words". */
    public String describe() {
        if (!recognised()) {
            return kind;
        }
        return String.format(java.util.Locale.ROOT, "%s (%s, %s): %d of %d pages recognised, mean word confidence %.0f, %d of %d words uncertain",
                kind, engine, language, pagesRecognised, pages, meanConfidence, uncertainWords, words);
    }
}
