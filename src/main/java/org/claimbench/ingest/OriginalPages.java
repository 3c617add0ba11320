package org.claimbench.ingest;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.claimbench.domain.WordBox;

/**
 * The pages of a document's original file as they were filed: a PDF's pages, or the pictures of a scan (PNG, JPEG,
 * TIFF), each drawn as an image at the scale asked for, and the words a PDF page prints with the box each fills.
 * Not safe for use by two threads at once; never on the window's event thread.
 */
public final class OriginalPages implements AutoCloseable {

    /** The size of a page as it is shown, in points. */
    public record Size(float width, float height) {
    }

    private final PDDocument pdf;
    private final PDFRenderer renderer;
    private final ImagePages images;
    private final List<Size> sizes;

    private OriginalPages(PDDocument pdf, ImagePages images, List<Size> sizes) {
        this.pdf = pdf;
        this.renderer = pdf == null ? null : new PDFRenderer(pdf);
        this.images = images;
        this.sizes = List.copyOf(sizes);
    }

    /** Whether an original of this media type is made of pages (a PDF or a picture of a page). */
    public static boolean paginated(String mediaType) {
        DocumentFormat f = format(mediaType);
        return f == DocumentFormat.PDF || f != null && f.isImage();
    }

    /** What an original without pages was, for a sentence: "a Word file", "a web page", "a text file". */
    public static String kindOfFile(String mediaType) {
        DocumentFormat f = format(mediaType);
        if (f == null) {
            return "a file without pages";
        }
        return switch (f) {
            case DOCX -> "a Word file";
            case HTML -> "a web page";
            case MARKDOWN -> "a Markdown file";
            case TEXT -> "a text file";
            case PDF -> "a PDF";
            case PNG, JPEG, TIFF -> "a picture of a page";
        };
    }

    private static DocumentFormat format(String mediaType) {
        String m = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        for (DocumentFormat f : DocumentFormat.values()) {
            if (m.startsWith(f.mediaType())) {
                return f;
            }
        }
        return null;
    }

    /**
     * Opens an original of a paginated media type. A damaged file, a PDF locked with a password or a file of another
     * kind is refused with a message for the reader.
     */
    public static OriginalPages open(byte[] bytes, String mediaType) throws IngestException {
        Readers.refuseForbiddenThread();
        DocumentFormat f = format(mediaType);
        if (f == DocumentFormat.PDF) {
            return openPdf(bytes);
        }
        if (f != null && f.isImage()) {
            ImagePages pages = ImagePages.open(bytes);
            try {
                int count = pages.count();
                if (count <= 0) {
                    throw new IngestException("The original picture holds no image, so there is no page to show.");
                }
                List<Size> sizes = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    float[] s = pages.sizeInPoints(i);
                    sizes.add(new Size(s[0], s[1]));
                }
                return new OriginalPages(null, pages, sizes);
            } catch (IngestException e) {
                closeQuietly(pages);
                throw e;
            }
        }
        throw new IngestException("This document was read from " + kindOfFile(mediaType) + ", which has no pages to show.");
    }

    private static OriginalPages openPdf(byte[] bytes) throws IngestException {
        PDDocument doc = null;
        try {
            doc = Loader.loadPDF(bytes);
            int count = doc.getNumberOfPages();
            if (count == 0) {
                throw new IngestException("The original PDF has no pages.");
            }
            List<Size> sizes = new ArrayList<>();
            for (PDPage p : doc.getPages()) {
                PDRectangle box = p.getCropBox() != null ? p.getCropBox() : p.getMediaBox();
                boolean turned = p.getRotation() % 180 != 0;
                sizes.add(new Size(turned ? box.getHeight() : box.getWidth(), turned ? box.getWidth() : box.getHeight()));
            }
            return new OriginalPages(doc, null, sizes);
        } catch (InvalidPasswordException e) {
            closeQuietly(doc);
            throw new IngestException("The original PDF is locked with a password, so its pages cannot be shown.", e);
        } catch (IngestException e) {
            closeQuietly(doc);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(doc);
            throw damaged(e);
        }
    }

    private static IngestException damaged(Exception e) {
        org.slf4j.LoggerFactory.getLogger(OriginalPages.class).warn("The pages of an original could not be read", e);
        return new IngestException("The original PDF is damaged, so its pages cannot be shown. The text read from it at import is "
                + "not affected.", e);
    }

    /** How many pages the original has. */
    public int count() {
        return sizes.size();
    }

    /** The size of page {@code page} (from 1) as it is shown, in points. */
    public Size size(int page) {
        return sizes.get(checked(page) - 1);
    }

    private int checked(int page) {
        if (page < 1 || page > sizes.size()) {
            throw new IllegalArgumentException("page " + page + " of " + sizes.size());
        }
        return page;
    }

    /** Page {@code page} (from 1) drawn at {@code scale} pixels a point, as it is shown (its rotation applied). */
    public BufferedImage render(int page, float scale) throws IngestException {
        Readers.refuseForbiddenThread();
        checked(page);
        if (pdf != null) {
            try {
                return renderer.renderImage(page - 1, scale, ImageType.RGB);
            } catch (IOException | RuntimeException e) {
                throw damaged(e);
            }
        }
        BufferedImage picture = images.colour(page - 1);
        Size s = size(page);
        int w = Math.max(1, Math.round(s.width() * scale));
        int h = Math.max(1, Math.round(s.height() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(picture, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * The words page {@code page} (from 1) prints in its text layer, each with its box, in the order the page's text
     * is read. None for a page without a text layer (a scan) or a picture.
     */
    public List<WordBox> words(int page) throws IngestException {
        Readers.refuseForbiddenThread();
        checked(page);
        if (pdf == null) {
            return List.of();
        }
        try {
            WordCollector c = new WordCollector();
            c.setStartPage(page);
            c.setEndPage(page);
            c.getText(pdf);
            return c.words();
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    /**
     * Collects the words of a page with their glyphs' positions. The stripper hands over one word at a time; a word is
     * cut again at any space glyph inside it, and glyphs printed sideways (a clerk's stamp up the margin) are left out:
     * only the direction most of the page's letters run in is kept.
     */
    private static final class WordCollector extends PDFTextStripper {
        private final List<List<TextPosition>> words = new ArrayList<>();

        WordCollector() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            List<TextPosition> word = new ArrayList<>();
            for (TextPosition t : positions) {
                String u = t.getUnicode();
                if (u == null || u.isBlank()) {
                    if (!word.isEmpty()) {
                        words.add(word);
                        word = new ArrayList<>();
                    }
                } else {
                    word.add(t);
                }
            }
            if (!word.isEmpty()) {
                words.add(word);
            }
        }

        List<WordBox> words() {
            Map<Integer, Integer> letters = new HashMap<>();
            for (List<TextPosition> w : words) {
                for (TextPosition t : w) {
                    letters.merge(Math.round(t.getDir()), 1, Integer::sum);
                }
            }
            int upright = letters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
            List<WordBox> out = new ArrayList<>();
            for (List<TextPosition> w : words) {
                StringBuilder text = new StringBuilder();
                float left = Float.MAX_VALUE;
                float right = -Float.MAX_VALUE;
                float top = Float.MAX_VALUE;
                float bottom = -Float.MAX_VALUE;
                for (TextPosition t : w) {
                    if (Math.round(t.getDir()) != upright) {
                        continue;
                    }
                    text.append(t.getUnicode());
                    float size = t.getFontSizeInPt() > 0.5f ? t.getFontSizeInPt() : t.getHeightDir() / 0.7f;
                    float x = t.getXDirAdj();
                    float y = t.getYDirAdj();
                    left = Math.min(left, x);
                    right = Math.max(right, x + t.getWidthDirAdj());
                    top = Math.min(top, y - Math.max(t.getHeightDir(), 0.72f * size));
                    bottom = Math.max(bottom, y + 0.22f * size);
                }
                if (text.length() > 0) {
                    out.add(new WordBox(text.toString(), left, top, Math.max(left, right), Math.max(top, bottom)));
                }
            }
            return out;
        }
    }

    @Override
    public void close() {
        closeQuietly(pdf);
        closeQuietly(images);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(OriginalPages.class).debug("Closing an original", e);
        }
    }
}
