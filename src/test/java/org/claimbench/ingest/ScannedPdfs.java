package org.claimbench.ingest;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Turns a test PDF into what a scanner makes of its printout: each chosen page rendered in grey at 300 dpi, turned
 * a little as paper goes through a feeder askew, speckled with dust and the grain of the paper, and saved as a
 * JPEG that fills a page with no text layer. Pages not chosen keep their text layer.
 */
final class ScannedPdfs {

    static final int DPI = 300;

    private ScannedPdfs() {
    }

    /** The PDF with the pages {@code scanned} (from 1) replaced by scans turned by {@code degrees}. */
    static byte[] scan(byte[] pdf, IntPredicate scanned, double degrees, long seed) {
        try (PDDocument src = Loader.loadPDF(pdf); PDDocument out = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDFRenderer renderer = new PDFRenderer(src);
            Random random = new Random(seed);
            for (int i = 0; i < src.getNumberOfPages(); i++) {
                PDPage page = src.getPage(i);
                if (!scanned.test(i + 1)) {
                    out.importPage(page);
                    continue;
                }
                BufferedImage img = scanned(renderer.renderImageWithDPI(i, DPI, ImageType.GRAY), degrees, random);
                PDRectangle box = page.getMediaBox();
                PDPage copy = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
                out.addPage(copy);
                PDImageXObject image = JPEGFactory.createFromImage(out, img, 0.85f, DPI);
                try (PDPageContentStream cs = new PDPageContentStream(out, copy)) {
                    cs.drawImage(image, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            out.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] scanAll(byte[] pdf, double degrees, long seed) {
        return scan(pdf, p -> true, degrees, seed);
    }

    /** The pages of a PDF as scanned images, as {@link #scan} makes them. */
    static BufferedImage[] images(byte[] pdf, Set<Integer> pages, double degrees, long seed) {
        try (PDDocument src = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(src);
            Random random = new Random(seed);
            return pages.stream().sorted().map(p -> {
                try {
                    return scanned(renderer.renderImageWithDPI(p - 1, DPI, ImageType.GRAY), degrees, random);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toArray(BufferedImage[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rendered page turned counter-clockwise by {@code degrees}, with grain and specks of dust. */
    static BufferedImage scanned(BufferedImage page, double degrees, Random random) {
        BufferedImage turned = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = turned.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(-degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.drawImage(page, 0, 0, null);
        g.dispose();
        byte[] px = ((DataBufferByte) turned.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            int v = (px[i] & 0xFF) + (int) Math.round(random.nextGaussian() * 12);
            if (random.nextInt(4000) == 0) {
                v = 40; // a speck of dust
            }
            px[i] = (byte) Math.max(0, Math.min(255, v));
        }
        return turned;
    }

    /** Pages as one TIFF, a page an image, with their resolution; or a single PNG for one page. */
    static byte[] tiff(BufferedImage... pages) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("Deflate");
            writer.prepareWriteSequence(null);
            for (BufferedImage p : pages) {
                writer.writeToSequence(new IIOImage(p, null, null), param);
            }
            writer.endWriteSequence();
            writer.dispose();
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png(BufferedImage page) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            ImageIO.write(page, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
