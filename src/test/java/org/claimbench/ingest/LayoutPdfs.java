package org.claimbench.ingest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Draws small PDFs for the page-layout tests, one drawing operation at a time and in the order given, so that a
 * test decides what the content stream draws first. Places are in points from the page's top-left corner; a
 * text's place is its baseline's start.
 */
final class LayoutPdfs {

    static final float WIDTH = PDRectangle.LETTER.getWidth();
    static final float HEIGHT = PDRectangle.LETTER.getHeight();
    static final float BODY_SIZE = 12f;

    static final PDType1Font TIMES = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    static final PDType1Font TIMES_BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);

    private LayoutPdfs() {
    }

    /** One thing a page draws. */
    private interface Op {
        void draw(PDDocument doc, PDPageContentStream cs) throws IOException;
    }

    /** The width of {@code s} in {@code size}-point Times. */
    static float width(String s, float size) {
        try {
            return TIMES.getStringWidth(s) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page being drawn: its operations, in content-stream order. */
    static final class Page {
        private final List<Op> ops = new ArrayList<>();

        /** Body text: 12-point Times. */
        Page text(float x, float top, String s) {
            return text(x, top, BODY_SIZE, s);
        }

        Page text(float x, float top, float size, String s) {
            return text(TIMES, x, top, size, s);
        }

        Page bold(float x, float top, String s) {
            return text(TIMES_BOLD, x, top, BODY_SIZE, s);
        }

        private Page text(PDType1Font font, float x, float top, float size, String s) {
            ops.add((doc, cs) -> {
                cs.beginText();
                cs.setFont(font, size);
                cs.newLineAtOffset(x, HEIGHT - top);
                cs.showText(s);
                cs.endText();
            });
            return this;
        }

        /** Text whose right edge is at {@code rightX}, as pleading paper sets its margin numbers. */
        Page rightAligned(float rightX, float top, float size, String s) {
            return text(rightX - width(s, size), top, size, s);
        }

        /** Text centred on the page. */
        Page centred(float top, float size, String s) {
            return text((WIDTH - width(s, size)) / 2, top, size, s);
        }

        /**
         * Pieces of one line shown in a single text run (one TJ array), each moved to its own x by the run's
         * positioning: {@code x1, text1, x2, text2, ...}. A word processor that draws a margin number and the
         * line's first word together does this.
         */
        Page run(float top, float size, Object... xAndText) {
            ops.add((doc, cs) -> {
                cs.beginText();
                cs.setFont(TIMES, size);
                float x0 = ((Number) xAndText[0]).floatValue();
                cs.newLineAtOffset(x0, HEIGHT - top);
                List<Object> tj = new ArrayList<>();
                float at = x0;
                for (int i = 0; i < xAndText.length; i += 2) {
                    float x = ((Number) xAndText[i]).floatValue();
                    String s = (String) xAndText[i + 1];
                    if (i > 0) {
                        tj.add(-(x - at) * 1000f / size);
                    }
                    tj.add(s);
                    at = x + width(s, size);
                }
                cs.showTextWithPositioning(tj.toArray());
                cs.endText();
            });
            return this;
        }

        /** A filled black rectangle: a redaction box. */
        Page box(float x, float top, float w, float h) {
            ops.add((doc, cs) -> {
                cs.setNonStrokingColor(Color.BLACK);
                cs.addRect(x, HEIGHT - top - h, w, h);
                cs.fill();
            });
            return this;
        }

        /** A picture over the whole page, big enough in pixels to be a scan or a screenshot. */
        Page pageImage() {
            ops.add((doc, cs) -> {
                BufferedImage img = new BufferedImage(612, 792, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = img.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, 612, 792);
                g.setColor(Color.DARK_GRAY);
                for (int y = 60; y < 740; y += 30) {
                    g.fillRect(60, y, 300 + (y * 7) % 180, 10);
                }
                g.dispose();
                PDImageXObject x = LosslessFactory.createFromImage(doc, img);
                cs.drawImage(x, 0, 0, WIDTH, HEIGHT);
            });
            return this;
        }
    }

    static Page page() {
        return new Page();
    }

    static byte[] pdf(Page... pages) {
        return pdf(List.of(pages));
    }

    static byte[] pdf(List<Page> pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Page p : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Op op : p.ops) {
                        op.draw(doc, cs);
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- pleading paper ------------------------------------------------------------------------------------

    /** Where a page's margin numbers are drawn in its content stream, relative to the text. */
    enum Order {
        /** Every number, then every line of text (a numbered-paper template laid under the text). */
        NUMBERS_FIRST,
        /** The text, then the numbers (a template laid over it). */
        NUMBERS_LAST,
        /** Each number just before the text of its line. */
        INTERLEAVED,
        /** Each number in the same text run as its line's first word. */
        FUSED
    }

    /** A pleading-paper grid: numbers 1 to {@code lines}, right-aligned at {@code numberRight}, one every {@code pitch}. */
    record Grid(int lines, float top, float pitch, float numberRight, float bodyX) {

        static Grid of(int lines) {
            // the numbered lines fill the same part of the page whatever their count
            return new Grid(lines, 72, 648f / lines, 46, 72);
        }

        float y(int line) {
            return top + (line - 1) * pitch;
        }
    }

    /**
     * A pleading-paper page: each of {@code text}'s lines printed beside its margin number (line number to text);
     * numbers in {@code missing} are not printed.
     */
    static Page pleading(Grid g, Order order, Map<Integer, String> text, Set<Integer> missing) {
        Page p = page();
        if (order == Order.NUMBERS_LAST) {
            for (int n = 1; n <= g.lines(); n++) {
                if (text.containsKey(n)) {
                    p.text(g.bodyX(), g.y(n), text.get(n));
                }
            }
        }
        for (int n = 1; n <= g.lines(); n++) {
            String number = String.valueOf(n);
            boolean printed = !missing.contains(n);
            String line = text.get(n);
            switch (order) {
                case NUMBERS_FIRST, NUMBERS_LAST -> {
                    if (printed) {
                        p.rightAligned(g.numberRight(), g.y(n), BODY_SIZE, number);
                    }
                }
                case INTERLEAVED -> {
                    if (printed) {
                        p.rightAligned(g.numberRight(), g.y(n), BODY_SIZE, number);
                    }
                    if (line != null) {
                        p.text(g.bodyX(), g.y(n), line);
                    }
                }
                case FUSED -> {
                    float nx = g.numberRight() - width(number, BODY_SIZE);
                    if (printed && line != null) {
                        p.run(g.y(n), BODY_SIZE, nx, number + " ", g.bodyX(), line);
                    } else if (printed) {
                        p.text(nx, g.y(n), number);
                    } else if (line != null) {
                        p.text(g.bodyX(), g.y(n), line);
                    }
                }
            }
        }
        if (order == Order.NUMBERS_FIRST) {
            for (int n = 1; n <= g.lines(); n++) {
                if (text.containsKey(n)) {
                    p.text(g.bodyX(), g.y(n), text.get(n));
                }
            }
        }
        return p;
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** The two stages under test, on their own: extraction, then the layout of its pages. */
    static PageLayout.Layout layout(byte[] pdf) throws IngestException {
        return PageLayout.of(PdfTextExtractor.extract(pdf, Progress.NONE, 1));
    }
}
