package org.claimbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The readers of formats and the engine that recognises scans are interfaces: another is one class away. */
class ExtensionPointsTest {

    @Test
    void every_format_has_exactly_one_reader() {
        Set<DocumentFormat> seen = EnumSet.noneOf(DocumentFormat.class);
        for (FormatReader r : FormatReader.ALL) {
            for (DocumentFormat f : r.formats()) {
                assertTrue(seen.add(f), f + " has two readers");
            }
        }
        assertEquals(EnumSet.allOf(DocumentFormat.class), seen);
    }

    /** An engine that "recognises" a fixed complaint, one numbered line per 40 pixels, and counts what it was asked. */
    static final class ScriptedEngine implements TextRecognizer.Engine {
        final AtomicInteger opened = new AtomicInteger();
        final AtomicInteger pages = new AtomicInteger();
        final List<String> script;

        ScriptedEngine(List<String> script) {
            this.script = script;
        }

        @Override
        public String name() {
            return "Scripted 1.0";
        }

        @Override
        public TextRecognizer open(LanguageData.Found data) {
            opened.incrementAndGet();
            return new TextRecognizer() {
                @Override
                public List<Line> recognise(BufferedImage gray, int dpi) {
                    pages.incrementAndGet();
                    List<Line> lines = new ArrayList<>();
                    int y = 300;
                    for (String text : script) {
                        List<Box> words = new ArrayList<>();
                        int x = 300;
                        for (String w : text.split(" ")) {
                            int width = 22 * w.length();
                            words.add(new Box(w, x, y - 30, x + width, y, w.equals("Defendnat") ? 41f : 93f));
                            x += width + 22;
                        }
                        lines.add(new Line(300, y, x, y, words));
                        y += 80;
                    }
                    return lines;
                }

                @Override
                public void close() {
                }
            };
        }
    }

    @Test
    void a_scan_is_read_by_the_engine_the_options_name() throws Exception {
        ScriptedEngine engine = new ScriptedEngine(List.of("COMPLAINT", "1. Plaintiff bought a boat in May.",
                "2. Defendnat sold the boat twice.", "COUNT I - CONVERSION", "3. Defendant kept the money."));
        BufferedImage page = new BufferedImage(2550, 3300, BufferedImage.TYPE_BYTE_GRAY);
        var g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.dispose();
        Readers.Read read = Readers.read("page.png", ScannedPdfs.png(page), OcrOptions.DEFAULT.withEngine(engine), Progress.NONE);
        assertEquals(1, engine.pages.get());
        assertTrue(engine.opened.get() >= 1);
        assertEquals("Scripted 1.0", read.textSource().engine());
        String text = String.join("\n", read.lines().stream().map(RawLine::text).toList());
        assertTrue(text.contains("Plaintiff bought a boat in May."), text);
        assertTrue(read.recognisedWords().stream().anyMatch(w -> w.text().equals("Defendnat") && w.confidence() < 60),
                "the engine's confidence reaches the reading");
    }
}
