package org.claimbench.ingest;

import java.util.List;

/**
 * Reads the text layer of a PDF as court filings print it, in two stages: {@link PdfTextExtractor} takes every
 * word with its place on the page, and {@link PageLayout} gives every printed line a role from that geometry.
 * Pleading paper's margin numbers become each line's line number and leave the text; the court's filing stamp,
 * running heads and feet and page numbers leave it too; footnotes and block quotes are marked as such.
 */
public final class PdfReader {

    /** Pages a part of a long PDF read on a thread of its own has at least. */
    static final int PAGES_PER_PART = PdfTextExtractor.PAGES_PER_PART;

    private PdfReader() {
    }

    /** The layout of every page: all printed lines with their roles, the text lines, and what was found. */
    public static PageLayout.Layout layout(byte[] bytes, Progress progress) throws IngestException {
        return layout(bytes, progress, Runtime.getRuntime().availableProcessors());
    }

    static PageLayout.Layout layout(byte[] bytes, Progress progress, int threads) throws IngestException {
        List<PageText> pages = PdfTextExtractor.extract(bytes, progress, threads);
        PageLayout.Layout layout = PageLayout.of(pages);
        int characters = layout.text().stream().mapToInt(l -> l.text().length()).sum();
        if (characters < 20 * pages.size() && characters < 200) {
            throw new IngestException("This PDF has no text layer: it looks like a scan. Its text must be recognised first "
                    + "(run it through OCR, for example in Acrobat or with ocrmypdf), then import the recognised copy.");
        }
        return layout;
    }

    public static List<RawLine> read(byte[] bytes, Progress progress) throws IngestException {
        return layout(bytes, progress).text();
    }

    static List<RawLine> read(byte[] bytes, Progress progress, int threads) throws IngestException {
        return layout(bytes, progress, threads).text();
    }
}
