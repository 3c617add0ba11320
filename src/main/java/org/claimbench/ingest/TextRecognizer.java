package org.claimbench.ingest;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * An engine that reads the words of a page image: what recognising a scan needs of it. Tesseract is the one that
 * ships ({@link TesseractRecognizer}); another is one class that implements this, and its {@link Engine} given in
 * {@link OcrOptions}. A recogniser is used by one thread at a time, page after page, and closed when done.
 */
public interface TextRecognizer extends AutoCloseable {

    /** A recognised word: its text, its box in pixels (right and bottom exclusive) and its confidence (0–100). */
    record Box(String text, int left, int top, int right, int bottom, float confidence) {
    }

    /** A line of text as the engine found it: its baseline from (x1, y1) to (x2, y2), and its words left to right. */
    record Line(int x1, int y1, int x2, int y2, List<Box> words) {

        /** The baseline's y at {@code x}. */
        double baselineAt(double x) {
            return x2 == x1 ? y1 : y1 + (y2 - y1) * (x - x1) / (double) (x2 - x1);
        }
    }

    /** The lines of a grey page image scanned at {@code dpi}, top to bottom, with their words\u2019 boxes in pixels. */
    List<Line> recognise(BufferedImage gray, int dpi) throws IngestException;

    @Override
    void close();

    /** Makes recognisers: one per thread that recognises pages. */
    interface Engine {

        /** The engine's name and version, as a document's text source records it ("Tesseract 5.5.0"). */
        String name();

        /** A recogniser for the language of {@code data}. */
        TextRecognizer open(LanguageData.Found data) throws IngestException;
    }
}
