package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.PageBox;
import org.claimbench.ingest.Progress;
import org.claimbench.store.Store;
import org.junit.jupiter.api.AfterEach;

/**
 * A page turned by its /Rotate entry: a portrait page stored on its side (a landscape media box with /Rotate 90 or
 * 270) or upside down (/Rotate 180), whose text is set so that it reads upright as the page is shown. Its passages are
 * boxed where the page as shown prints them.
 */
class RotatedPageTest {

    static final float SIZE = 12;
    static final float LEFT = 72;
    static final float FIRST_BASELINE = 120;
    static final float PITCH = 28;
    static final List<String> LINES = List.of("COMPLAINT", "1. Plaintiff bought a boat in May from the dealer.",
            "2. Defendant sold the same boat twice that summer.", "3. Defendant kept the money and the boat.");

    static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /**
     * The page as shown is 612 × 792 points, turned clockwise by {@code rotation} when stored. Each line is set in the
     * stored page's space so that it reads left to right on the page as shown:
     * <ul>
     * <li>90: stored 792 wide and 612 high; a point (x, y) of the page as shown, from its top-left corner, is (y, x) stored;</li>
     * <li>180: stored 612 × 792; (x, y) shown is (612 − x, y) stored;</li>
     * <li>270: stored 792 × 612; (x, y) shown is (792 − y, 612 − x) stored.</li>
     * </ul>
     */
    static byte[] rotatedPdf(int rotation) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(rotation == 180 ? new PDRectangle(612, 792) : new PDRectangle(792, 612));
            page.setRotation(rotation);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (int i = 0; i < LINES.size(); i++) {
                    float baseline = FIRST_BASELINE + i * PITCH;
                    cs.beginText();
                    cs.setFont(FONT, SIZE);
                    cs.setTextMatrix(switch (rotation) {
                        case 90 -> new Matrix(0, 1, -1, 0, baseline, LEFT);
                        case 180 -> new Matrix(-1, 0, 0, -1, 612 - LEFT, baseline);
                        case 270 -> new Matrix(0, -1, 1, 0, 792 - baseline, 612 - LEFT);
                        default -> throw new IllegalArgumentException("rotation " + rotation);
                    });
                    cs.showText(LINES.get(i));
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Where {@code word} (its first occurrence on line {@code line}) stands on the page as shown: {left, right}. */
    static float[] shownAt(int line, String word) throws Exception {
        String text = LINES.get(line);
        int at = text.indexOf(word);
        float left = LEFT + FONT.getStringWidth(text.substring(0, at)) / 1000 * SIZE;
        return new float[] {left, left + FONT.getStringWidth(word) / 1000 * SIZE};
    }

    Store store;
    Services services;
    Document doc;

    void importIt(int rotation) throws Exception {
        store = Store.inMemory();
        services = Services.of(store, null);
        long caseId = store.cases().create("Rotated", null, null, null).id();
        doc = services.importer().importBytes(caseId, "rotated.pdf", rotatedPdf(rotation), DocumentKind.COMPLAINT, null, Progress.NONE);
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "/Rotate {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {90, 180, 270})
    void the_page_is_shown_upright_and_a_passage_is_boxed_on_its_words_as_shown(int rotation) throws Exception {
        importIt(rotation);
        PageService.Pages pages = services.pages().pages(doc.id());
        assertEquals(612, pages.size(1).width(), 0.01);
        assertEquals(792, pages.size(1).height(), 0.01);
        DocumentView view = services.documents().view(doc.id());
        String text = view.text();
        assertTrue(text.contains("Defendant sold the same boat twice that summer."), text);

        int start = text.indexOf("sold the same boat");
        List<PageBox> boxes = services.pages().boxes(view, start, start + "sold the same boat".length());
        assertEquals(1, boxes.size(), boxes.toString());
        PageBox b = boxes.get(0);
        float baseline = FIRST_BASELINE + 2 * PITCH;
        assertEquals(1, b.page());
        assertEquals(shownAt(2, "sold")[0], b.left(), 1.5, "starts at \u201csold\u201d: " + b);
        assertEquals(shownAt(2, "boat")[1], b.right(), 1.5, "ends after \u201cboat\u201d: " + b);
        assertTrue(b.top() < baseline - 0.5f * SIZE && b.bottom() > baseline && b.bottom() < baseline + 0.5f * SIZE,
                "on the third line of text, as shown: " + b);

        // and the page drawn has ink there, and none between the lines
        BufferedImage image = services.pages().render(doc.id(), 1, 2f);
        assertEquals(612 * 2, image.getWidth(), 1);
        assertTrue(dark(image, b.left(), b.top(), b.right(), b.bottom()) > 50, "the passage's words are drawn inside its box");
        assertEquals(0, dark(image, b.left(), baseline + 0.35f * SIZE, b.right(), baseline + PITCH - 0.8f * SIZE),
                "nothing is drawn between the lines");
    }

    /** How many dark pixels the rendered page (2 pixels a point) has in the box, in points. */
    static int dark(BufferedImage image, float left, float top, float right, float bottom) {
        int n = 0;
        for (int y = Math.round(top * 2); y < Math.round(bottom * 2); y++) {
            for (int x = Math.round(left * 2); x < Math.round(right * 2); x++) {
                int rgb = image.getRGB(x, y);
                n += ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3 < 128 ? 1 : 0;
            }
        }
        return n;
    }
}
