package org.claimbench.ingest;

import static org.bytedeco.tesseract.global.tesseract.OEM_LSTM_ONLY;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_BLOCK;
import static org.bytedeco.tesseract.global.tesseract.RIL_TEXTLINE;
import static org.bytedeco.tesseract.global.tesseract.RIL_WORD;
import static org.bytedeco.tesseract.global.tesseract.TessDeleteText;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;

/**
 * One Tesseract engine: recognises the words of a grey page image with their boxes in pixels, line by line. An
 * engine is not safe to share between threads; each thread that recognises pages has one, and reuses it for page
 * after page. The page is read as one block of text (Tesseract's "single block" segmentation), so that a
 * pleading-paper margin number stays the first word of the line printed beside it.
 */
final class TesseractRecognizer implements TextRecognizer {

    /** Tesseract, as the engine that recognises scanned pages unless another is given. */
    static final Engine ENGINE = new Engine() {
        @Override
        public String name() {
            return TesseractRecognizer.name();
        }

        @Override
        public TextRecognizer open(LanguageData.Found data) throws IngestException {
            return new TesseractRecognizer(data);
        }
    };

    private static volatile String version;

    private final TessBaseAPI api = new TessBaseAPI();
    private boolean open;

    TesseractRecognizer(LanguageData.Found data) throws IngestException {
        int rc;
        if (data.bytes() != null) {
            try (BytePointer bytes = new BytePointer(data.bytes()); BytePointer language = new BytePointer(data.language())) {
                rc = api.Init(bytes, data.bytes().length, language, OEM_LSTM_ONLY, (PointerPointer<?>) null, 0, null, null, false, null);
            }
        } else {
            rc = api.Init(data.folder().toString(), data.language(), OEM_LSTM_ONLY);
        }
        if (rc != 0) {
            api.close();
            throw new IngestException("The recognition data for \u201c" + data.language() + "\u201d could not be loaded"
                    + (data.folder() == null ? "" : " from " + data.folder().toAbsolutePath())
                    + ": the .traineddata file may be damaged or from a Tesseract older than version 4. Download it again.");
        }
        open = true;
        api.SetPageSegMode(PSM_SINGLE_BLOCK);
        api.SetVariable("debug_file", System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** "Tesseract 5.5.3": the engine's name and version. */
    static String name() {
        String v = version;
        if (v == null) {
            v = TessBaseAPI.Version().getString(StandardCharsets.UTF_8); // a static string of the library's
            version = v;
        }
        return "Tesseract " + v;
    }

    /** The lines of a page image of {@code dpi} dots per inch, top to bottom as the engine found them. */
    @Override
    public List<Line> recognise(BufferedImage gray, int dpi) throws IngestException {
        if (gray.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("a grey image is recognised, not type " + gray.getType());
        }
        int w = gray.getWidth();
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        api.SetImage(pixels, w, gray.getHeight(), 1, w);
        api.SetSourceResolution(dpi);
        List<Line> lines = new ArrayList<>();
        try {
            if (api.Recognize(null) != 0) {
                throw new IngestException("The page image could not be recognised.");
            }
            ResultIterator it = api.GetIterator();
            if (it == null) {
                return lines;
            }
            try {
                int[] l = new int[1];
                int[] t = new int[1];
                int[] r = new int[1];
                int[] b = new int[1];
                LineBuilder line = null;
                do {
                    if (line == null || it.IsAtBeginningOf(RIL_TEXTLINE)) {
                        if (line != null) {
                            line.addTo(lines);
                        }
                        line = new LineBuilder();
                        if (it.Baseline(RIL_TEXTLINE, l, t, r, b)) {
                            line.baseline = new int[] {l[0], t[0], r[0], b[0]};
                        }
                    }
                    BytePointer p = it.GetUTF8Text(RIL_WORD);
                    if (p == null || p.isNull()) {
                        continue;
                    }
                    String text = p.getString(StandardCharsets.UTF_8);
                    TessDeleteText(p);
                    if (it.BoundingBox(RIL_WORD, l, t, r, b)) {
                        line.words.add(new Box(text, l[0], t[0], r[0], b[0], it.Confidence(RIL_WORD)));
                    }
                } while (it.Next(RIL_WORD));
                if (line != null) {
                    line.addTo(lines);
                }
            } finally {
                it.close();
            }
        } finally {
            api.Clear();
        }
        return lines;
    }

    /** The words of a line as they come, and its baseline when the engine gives one. */
    private static final class LineBuilder {
        final List<Box> words = new ArrayList<>();
        int[] baseline;

        void addTo(List<Line> lines) {
            if (words.isEmpty()) {
                return;
            }
            int[] base = baseline;
            if (base == null) { // the words' lowest edge, which is the baseline of a line without descenders
                int bottom = words.stream().mapToInt(Box::bottom).max().orElse(0);
                base = new int[] {words.get(0).left(), bottom, words.get(words.size() - 1).right(), bottom};
            }
            lines.add(new Line(base[0], base[1], base[2], base[3], List.copyOf(words)));
        }
    }

    @Override
    public void close() {
        if (open) {
            api.End();
            open = false;
        }
        api.close();
    }
}
