package org.claimbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.claimbench.domain.WordBox;
import org.junit.jupiter.api.Test;

/** The pages of an original: their sizes, each drawn as an image, and the words a PDF page prints with their boxes. */
class OriginalPagesTest {

    static final String PDF = "application/pdf";
    static final PDType1Font TIMES = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    static final float SIZE = 12;
    static final float LEFT = 100;
    static final float TOP = 80;
    static final float PITCH = 24;

    static final String[] BODY = {
        "7. Each morning a crew leader handed the pickers a stack",
        "of blank bin tickets before the trailer left the yard.",
        "8. The clerk recorded a weight only after the bin had gone."};

    /** One page of pleading paper: the numbers 1 to 28 in the margin, right-aligned at 70 points, and three lines of text. */
    static byte[] pleadingPage() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            float h = page.getMediaBox().getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (int i = 0; i < 28; i++) {
                    String n = String.valueOf(i + 1);
                    show(cs, 70 - TIMES.getStringWidth(n) / 1000 * SIZE, h - TOP - i * PITCH, n);
                    if (i < BODY.length) {
                        show(cs, LEFT, h - TOP - i * PITCH, BODY[i]);
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static void show(PDPageContentStream cs, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(TIMES, SIZE);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    static WordBox word(List<WordBox> words, String text) {
        return words.stream().filter(w -> w.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError("no word " + text + " in " + words));
    }

    @Test
    void the_words_of_a_pleading_page_come_with_the_boxes_they_fill() throws Exception {
        try (OriginalPages pages = OriginalPages.open(pleadingPage(), PDF)) {
            assertEquals(1, pages.count());
            assertEquals(612, pages.size(1).width(), 0.01);
            assertEquals(792, pages.size(1).height(), 0.01);
            List<WordBox> words = pages.words(1);

            // the first word of the body stands where it was printed: 100 points in, on the first line's baseline
            WordBox seven = word(words, "7.");
            assertEquals(LEFT, seven.left(), 0.5);
            assertEquals(LEFT + TIMES.getStringWidth("7.") / 1000 * SIZE, seven.right(), 0.5);
            assertTrue(seven.top() < TOP && seven.bottom() > TOP, "the box spans the baseline at " + TOP + ": " + seven);
            assertTrue(seven.height() > 0.6 * SIZE && seven.height() < 1.4 * SIZE, seven.toString());

            // a word of the second line is one line pitch lower
            WordBox blank = word(words, "blank");
            assertEquals(LEFT + TIMES.getStringWidth("of ") / 1000 * SIZE, blank.left(), 0.8);
            assertEquals(seven.top() + PITCH, blank.top(), 0.5);
            WordBox yard = word(words, "yard.");
            assertTrue(yard.left() > blank.right(), "words of a line left to right");

            // the margin's numbers 1 to 28 are words too, each left of the text on its line
            List<String> margin = new ArrayList<>();
            for (WordBox w : words) {
                if (w.text().matches("\\d{1,2}") && w.right() <= 70.5f) {
                    margin.add(w.text());
                    assertTrue(w.right() < LEFT, w.toString());
                }
            }
            assertEquals(28, margin.size(), margin.toString());
            WordBox twentyEight = word(words, "28");
            assertEquals(TOP + 27 * PITCH, (twentyEight.top() + twentyEight.bottom()) / 2, SIZE);
            assertEquals(28 + String.join(" ", BODY).split(" ").length, words.size(), "every word, once: " + words);
        }
    }

    @Test
    void a_page_is_drawn_at_the_scale_asked_for() throws Exception {
        try (OriginalPages pages = OriginalPages.open(pleadingPage(), PDF)) {
            BufferedImage image = pages.render(1, 1.5f);
            assertEquals(918, image.getWidth());
            assertEquals(1188, image.getHeight());
            // ink where the first word is, paper where nothing is printed
            assertTrue(darkest(image, (int) (LEFT * 1.5), (int) ((TOP - 8) * 1.5), 12, 12) < 100, "the text is drawn");
            assertTrue(darkest(image, 500, 900, 40, 40) > 240, "the paper is white");
        }
    }

    static int darkest(BufferedImage image, int x, int y, int w, int h) {
        int min = 255;
        for (int i = x; i < x + w; i++) {
            for (int j = y; j < y + h; j++) {
                min = Math.min(min, image.getRGB(i, j) & 0xFF);
            }
        }
        return min;
    }

    @Test
    void a_damaged_pdf_is_refused_with_a_message() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nthis is not the rest of a PDF".getBytes();
        IngestException e = assertThrows(IngestException.class, () -> OriginalPages.open(broken, PDF));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void a_pdf_locked_with_a_password_is_refused_with_a_message() throws Exception {
        byte[] locked;
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pleadingPage()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "reader-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            locked = out.toByteArray();
        }
        IngestException e = assertThrows(IngestException.class, () -> OriginalPages.open(locked, PDF));
        assertTrue(e.getMessage().contains("locked with a password"), e.getMessage());
    }

    @Test
    void a_word_file_has_no_pages_to_show() {
        String docx = DocumentFormat.DOCX.mediaType();
        assertFalse(OriginalPages.paginated(docx));
        assertFalse(OriginalPages.paginated("text/plain"));
        assertTrue(OriginalPages.paginated(PDF));
        assertTrue(OriginalPages.paginated("image/tiff"));
        assertEquals("a Word file", OriginalPages.kindOfFile(docx));
        IngestException e = assertThrows(IngestException.class, () -> OriginalPages.open(FixturePdfs.orchardDocx(), docx));
        assertTrue(e.getMessage().contains("a Word file"), e.getMessage());
    }

    @Test
    void a_picture_of_a_page_is_one_page_without_words() throws Exception {
        BufferedImage scan = new BufferedImage(850, 1100, BufferedImage.TYPE_INT_RGB); // 8.5 by 11 inches at 100 dpi
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(scan, "png", png);
        try (OriginalPages pages = OriginalPages.open(png.toByteArray(), "image/png")) {
            assertEquals(1, pages.count());
            assertEquals(612, pages.size(1).width(), 1);
            assertEquals(792, pages.size(1).height(), 1);
            assertEquals(612, pages.render(1, 1f).getWidth(), 1);
            assertEquals(List.of(), pages.words(1));
        }
    }

    @Test
    void the_orchard_complaint_on_pleading_paper_has_several_pages_of_words() throws Exception {
        try (OriginalPages pages = OriginalPages.open(FixturePdfs.orchardPleading(), PDF)) {
            assertTrue(pages.count() >= 3, "pages: " + pages.count());
            for (int p = 1; p <= pages.count(); p++) {
                List<WordBox> words = pages.words(p);
                assertTrue(words.stream().anyMatch(w -> w.text().equals("28")), "page " + p + " has its margin numbers");
                assertTrue(words.stream().allMatch(w -> w.left() >= 0 && w.right() <= 612 && w.top() >= 0 && w.bottom() <= 792),
                        "every word lies on page " + p);
            }
        }
    }
}
