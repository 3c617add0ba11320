package org.claimbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.List;

import org.claimbench.domain.RecognisedBox;
import org.claimbench.domain.WordBox;
import org.junit.jupiter.api.Test;

/**
 * Where a recognised word stands on the page as it is shown: the engine reads the page straightened, and each word's
 * box is turned back onto the page as scanned; the locator that finds uncertain words in the text finds every word's
 * span for its box.
 */
class WordPlaceTest {

    @Test
    void a_box_read_on_the_straightened_page_is_turned_back_onto_the_page_as_scanned() {
        int w = 1200;
        int h = 1600;
        BufferedImage page = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
        Arrays.fill(px, (byte) 255);
        // a dark block where a word is printed on the page as scanned, far from the centre
        int x0 = 900;
        int y0 = 1300;
        for (int y = y0; y < y0 + 20; y++) {
            for (int x = x0; x < x0 + 60; x++) {
                px[y * w + x] = 0;
            }
        }
        double skew = 3.0;
        BufferedImage straight = Deskew.rotate(page, skew);
        int[] found = darkBounds(straight); // where the engine would see the word
        double pt = 72.0 / 300;
        WordBox shown = RecognisedPage.shown(new TextRecognizer.Box("word", found[0], found[1], found[2], found[3], 90), w, h, pt, skew);
        // the box turned back holds the block, and is not much larger than it (it is the upright box around a tilted one)
        assertTrue(shown.left() <= x0 * pt + 0.5 && shown.right() >= (x0 + 60) * pt - 0.5, shown.toString());
        assertTrue(shown.top() <= y0 * pt + 0.5 && shown.bottom() >= (y0 + 20) * pt - 0.5, shown.toString());
        assertTrue(shown.width() < 70 * pt && shown.height() < 30 * pt, shown.toString());
        // the same box without a skew is the box as read, in points
        WordBox plain = RecognisedPage.shown(new TextRecognizer.Box("word", found[0], found[1], found[2], found[3], 90), w, h, pt, 0);
        assertEquals(found[0] * pt, plain.left(), 0.001);
        assertTrue(Math.abs(plain.left() - x0 * pt) > 5, "without turning it back, the box would be off by several points: " + plain);
    }

    static int[] darkBounds(BufferedImage gray) {
        byte[] px = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int w = gray.getWidth();
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = -1;
        int bottom = -1;
        for (int i = 0; i < px.length; i++) {
            if ((px[i] & 0xff) < 128) {
                left = Math.min(left, i % w);
                right = Math.max(right, i % w + 1);
                top = Math.min(top, i / w);
                bottom = Math.max(bottom, i / w + 1);
            }
        }
        return new int[] {left, top, right, bottom};
    }

    @Test
    void every_recognised_word_is_found_where_it_stands_and_the_uncertain_ones_are_the_same_spans() throws Exception {
        ExtensionPointsTest.ScriptedEngine engine = new ExtensionPointsTest.ScriptedEngine(List.of("COMPLAINT",
                "1. Plaintiff bought a boat and a boat in May.", "2. Defendnat sold the boat twice."));
        BufferedImage page = new BufferedImage(2550, 3300, BufferedImage.TYPE_BYTE_GRAY);
        Arrays.fill(((DataBufferByte) page.getRaster().getDataBuffer()).getData(), (byte) 255);
        Readers.Read read = Readers.read("page.png", ScannedPdfs.png(page), OcrOptions.DEFAULT.withEngine(engine), Progress.NONE);
        ParsedPleading parsed = new PleadingParser().parse(read.lines());
        String text = parsed.text();
        List<RecognisedBox> boxes = WordSpans.boxes(parsed, read.recognisedWords());
        // "boat" printed twice on a line: each box is the one printed at its place
        int first = text.indexOf("boat");
        int second = text.indexOf("boat", first + 1);
        RecognisedBox a = boxes.stream().filter(b -> b.start() == first).findFirst().orElseThrow();
        RecognisedBox b = boxes.stream().filter(x -> x.start() == second).findFirst().orElseThrow();
        assertTrue(a.left() < b.left(), a + " " + b);
        assertEquals(a.top(), b.top(), 0.01);
        for (RecognisedBox r : boxes) {
            String word = text.substring(r.start(), r.end());
            assertTrue(read.recognisedWords().stream().anyMatch(wd -> wd.text().contains(word)), word);
        }
        // the uncertain words are the located words read with little confidence, span for span
        List<int[]> uncertain = UncertainSpans.locate(parsed, read.recognisedWords()).stream().map(u -> new int[] {u.start(), u.end()}).toList();
        List<int[]> fromBoxes = boxes.stream().filter(RecognisedBox::uncertain).map(r -> new int[] {r.start(), r.end()}).toList();
        assertEquals(1, uncertain.size());
        assertEquals(Arrays.toString(uncertain.get(0)), Arrays.toString(fromBoxes.get(0)));
        assertEquals("Defendnat", text.substring(uncertain.get(0)[0], uncertain.get(0)[1]));
    }
}
