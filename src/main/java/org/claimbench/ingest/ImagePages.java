package org.claimbench.ingest;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.w3c.dom.NodeList;

/**
 * A document that is page images: a PNG or JPEG of one page, or a TIFF of one page or many, as scanners and fax
 * software save them. Each image is a page; its resolution comes from the file, or, when the file does not say, from
 * taking the page to be a US Letter page (8.5 inches across, or 11 when it lies in landscape).
 */
final class ImagePages implements PageRecognizer.Scans {

    private final ImageInputStream in;
    private final ImageReader reader;

    private ImagePages(byte[] bytes) throws IOException {
        in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes));
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            in.close();
            throw new IOException("no image reader for this content");
        }
        reader = readers.next();
        reader.setInput(in, false, false);
    }

    static ImagePages open(byte[] bytes) throws IngestException {
        try {
            return new ImagePages(bytes);
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    static IngestException damaged(Exception e) {
        org.slf4j.LoggerFactory.getLogger(ImagePages.class).warn("An image could not be read", e);
        return new IngestException("This image is damaged or incomplete and cannot be read. If it was downloaded, download it again;"
                + " otherwise scan the page again.", e);
    }

    /** The layout of an image document's pages, every one recognised. */
    static PageLayout.Layout layout(byte[] bytes, DocumentFormat format, Progress progress, int threads, OcrOptions ocr)
            throws IngestException {
        if (ocr.mode() == OcrOptions.Mode.NEVER) {
            throw new IngestException("This file is a picture of a page (" + format.description() + "): its text can only be read by "
                    + "recognising it, and recognition is turned off (--ocr never). Import it with --ocr auto.");
        }
        int count;
        try (ImagePages pages = open(bytes)) {
            count = pages.count();
        } catch (IOException e) {
            throw damaged(e);
        }
        if (count <= 0) {
            throw new IngestException("This " + format.description() + " holds no image.");
        }
        LanguageData.Found data = LanguageData.find(ocr);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(i);
        }
        List<PageText> pages = PageRecognizer.recognise(() -> new ImagePages(bytes), all, ocr.engine(), data, progress, threads);
        PageLayout.Layout layout = PageLayout.of(pages);
        if (layout.text().stream().allMatch(RawLine::isBlank)) {
            throw new IngestException("No text was found on " + (count == 1 ? "this picture of a page" : "these " + count + " pictures of pages")
                    + " when " + (count == 1 ? "it was" : "they were") + " recognised. If the pages hold text, scan them again at 300 dpi "
                    + "or more, upright and in focus, and import the new scan.");
        }
        return PdfReader.recognised(layout, pages, ocr);
    }

    /** How many pages (images) the file holds. */
    int count() throws IngestException {
        try {
            return reader.getNumImages(true);
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    @Override
    public PageRecognizer.Scan scan(int index) throws IngestException {
        try {
            BufferedImage image = reader.read(index);
            double dpi = dpi(reader.getImageMetadata(index), image);
            return new PageRecognizer.Scan(gray(image), dpi);
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    /** The size of page {@code index} (from 0) in points, without decoding its pixels. */
    float[] sizeInPoints(int index) throws IngestException {
        try {
            int w = reader.getWidth(index);
            int h = reader.getHeight(index);
            double dpi = dpi(reader.getImageMetadata(index), w, h);
            return new float[] {(float) (w * 72 / dpi), (float) (h * 72 / dpi)};
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    /** Page {@code index} (from 0) as the file has it, in its own colours, for showing it. */
    BufferedImage colour(int index) throws IngestException {
        try {
            return reader.read(index);
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.dispose();
        in.close();
    }

    private static double dpi(IIOMetadata metadata, BufferedImage image) {
        return dpi(metadata, image.getWidth(), image.getHeight());
    }

    private static double dpi(IIOMetadata metadata, int width, int height) {
        double fromFile = 0;
        try {
            if (metadata != null && metadata.isStandardMetadataFormatSupported()) {
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
                NodeList sizes = root.getElementsByTagName("HorizontalPixelSize");
                if (sizes.getLength() > 0) {
                    double mmPerPixel = Double.parseDouble(((IIOMetadataNode) sizes.item(0)).getAttribute("value"));
                    fromFile = mmPerPixel > 0 ? 25.4 / mmPerPixel : 0;
                }
            }
        } catch (RuntimeException e) {
            fromFile = 0; // metadata that cannot be read: fall back on the page's size
        }
        if (fromFile >= 70 && fromFile <= 1200) {
            return fromFile;
        }
        double inches = width > height ? 11 : 8.5;
        return Math.max(50, width / inches);
    }

    /** The image in grey, one byte a pixel; transparency is laid on white. */
    static BufferedImage gray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                int a = argb >>> 24;
                int lum = (299 * ((argb >> 16) & 0xFF) + 587 * ((argb >> 8) & 0xFF) + 114 * (argb & 0xFF)) / 1000;
                dst[y * w + x] = (byte) ((lum * a + 255 * (255 - a)) / 255);
            }
        }
        return out;
    }
}
