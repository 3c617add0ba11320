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
public final class PdfPages {

    private PdfPages() {
    }

    /** Renders every page at {@code dpi}; {@code pageDone} hears (page, of pages) as each is finished. */
    public static List<BufferedImage> render(byte[] pdf, float dpi, java.util.function.BiConsumer<Integer, Integer> pageDone) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
                pageDone.accept(i + 1, doc.getNumberOfPages());
            }
            return pages;
        }
    }
}
