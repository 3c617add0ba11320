package org.claimbench.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The pages of a report's PDF as images: what the preview shows and what goes to the printer. */
public final class PdfPages implements AutoCloseable {

    private final PDDocument doc;
    private final PDFRenderer renderer;

    private PdfPages(PDDocument doc) {
        this.doc = doc;
        this.renderer = new PDFRenderer(doc);
    }

    /** Opens a PDF to render its pages one at a time (by one thread at a time); close it when done. */
    public static PdfPages open(byte[] pdf) throws IOException {
        return new PdfPages(Loader.loadPDF(pdf));
    }

    public int count() {
        return doc.getNumberOfPages();
    }

    /** Page {@code index} (from 0) at {@code dpi}. */
    public BufferedImage render(int index, float dpi) throws IOException {
        return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    /** Renders every page at {@code dpi}; {@code pageDone} hears (page, of pages) as each is finished. */
    public static List<BufferedImage> render(byte[] pdf, float dpi, java.util.function.BiConsumer<Integer, Integer> pageDone) throws IOException {
        try (PdfPages pages = open(pdf)) {
            List<BufferedImage> out = new ArrayList<>();
            for (int i = 0; i < pages.count(); i++) {
                out.add(pages.render(i, dpi));
                pageDone.accept(i + 1, pages.count());
            }
            return out;
        }
    }
}
