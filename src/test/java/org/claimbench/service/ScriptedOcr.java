package org.claimbench.service;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.claimbench.ingest.LanguageData;
import org.claimbench.ingest.TextRecognizer;

/**
 * A recognition engine for tests: it reads {@link #SCRIPT} off any page, one line each 80 pixels from y = 300, each
 * word 22 pixels a letter and 22 apart, "Defendnat" with a confidence of 41 and every other word with 93; and a
 * blank page for it to read, 2550 × 3300 pixels, which is taken to be 300 dpi.
 */
public final class ScriptedOcr implements TextRecognizer.Engine {

    /** The page is 2550 × 3300 pixels, which is read as 300 dpi: a pixel is 0.24 pt. */
    public static final float PT = 72f / 300f;
    public static final List<String> SCRIPT = List.of("COMPLAINT", "1. Plaintiff bought a boat in May.", "2. Defendnat sold the boat twice.",
            "3. Defendant kept the money from", "the sale of the boat.");

    /** Each word's box in pixels, as read: {left, top, right, bottom}, by line and word ("line:word", from 0). */
    public final Map<String, int[]> boxes = new HashMap<>();

    @Override
    public String name() {
        return "Scripted 1.0";
    }

    @Override
    public TextRecognizer open(LanguageData.Found data) {
        return new TextRecognizer() {
            @Override
            public List<Line> recognise(BufferedImage gray, int dpi) {
                List<Line> lines = new ArrayList<>();
                int y = 300;
                for (int l = 0; l < SCRIPT.size(); l++) {
                    List<Box> words = new ArrayList<>();
                    int x = 300;
                    String[] ws = SCRIPT.get(l).split(" ");
                    for (int i = 0; i < ws.length; i++) {
                        int width = 22 * ws[i].length();
                        words.add(new Box(ws[i], x, y - 30, x + width, y + 6, ws[i].equals("Defendnat") ? 41f : 93f));
                        boxes.put(l + ":" + i, new int[] {x, y - 30, x + width, y + 6});
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

    /** A white page, 2550 × 3300 pixels, as a PNG. */
    public static byte[] blankPage() throws Exception {
        BufferedImage page = new BufferedImage(2550, 3300, BufferedImage.TYPE_BYTE_GRAY);
        var g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(page, "png", out);
        return out.toByteArray();
    }

}
