package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the lines an {@link TextRecognizer} found on a page image into the rows of positioned words a text layer gives,
 * so that the page layout reads a scanned page as it reads any other: pixels become points, each line of the
 * engine becomes a row whose {@code y} is its baseline, and every word of a row gets the row's font size.
 *
 * <p>A line's font size is measured from its letters, not from its box (which is taller when a line has
 * descenders): the height above the baseline of its words with a capital, a digit or an ascender, as a share of
 * the em such letters take in book faces; a line of x-height letters only is measured by those. Lines within a
 * tenth of the page's usual size are given that size, so that a page's body text is one size, as it is in print.
 */
final class RecognisedPage {

    /** Words recognised with a confidence below this (of 100), or with no text, are noise and dropped. */
    static final float DROP_BELOW = 0f;

    /** A line whose words' mean confidence is below this is left out as unreadable. */
    static final float UNREADABLE_BELOW = 25f;

    /** Cap height and x-height as a share of the em, about what Times, Century and Helvetica have. */
    private static final double TALL = 0.69;
    private static final double SHORT = 0.46;
    private static final String TALL_LETTERS = "bdfhklt";
    private static final String SHORT_LETTERS = "acemnorsuvwxz";

    private RecognisedPage() {
    }

    /** Page {@code page}, {@code width}×{@code height} pixels scanned at {@code dpi}, from the engine's lines. */
    static PageText of(int page, List<TextRecognizer.Line> lines, int width, int height, double dpi) {
        return of(page, lines, width, height, dpi, 0);
    }

    /**
     * As above, for a page the engine read after it was turned by {@code skew} degrees to straighten it
     * ({@link Deskew#rotate}): each word's box on the page as it is shown is its box turned back.
     */
    static PageText of(int page, List<TextRecognizer.Line> lines, int width, int height, double dpi, double skew) {
        double pt = 72.0 / dpi;
        List<float[]> measured = new ArrayList<>(); // per kept line: {size in points, characters}
        List<List<TextRecognizer.Box>> kept = new ArrayList<>();
        List<Float> baselines = new ArrayList<>();
        for (TextRecognizer.Line line : lines) {
            List<TextRecognizer.Box> words = new ArrayList<>();
            for (TextRecognizer.Box b : line.words()) {
                if (!b.text().isBlank() && b.confidence() >= DROP_BELOW) {
                    words.add(new TextRecognizer.Box(b.text().strip(), b.left(), b.top(), b.right(), b.bottom(), b.confidence()));
                }
            }
            if (words.isEmpty() || speck(words) || unreadable(words)) {
                continue;
            }
            words.sort((a, b) -> Integer.compare(a.left(), b.left()));
            kept.add(words);
            baselines.add((float) (line.baselineAt(words.get(0).left()) * pt));
            measured.add(new float[] {(float) (size(line, words) * pt), words.stream().mapToInt(w -> w.text().length()).sum()});
        }
        float usual = usualSize(measured);
        List<PageText.TextRow> rows = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            float size = measured.get(i)[0];
            if (Float.isNaN(size) || Math.abs(size - usual) <= 0.1f * usual) {
                size = usual;
            }
            size = Math.round(size * 10) / 10f;
            List<PageText.Word> words = new ArrayList<>();
            for (TextRecognizer.Box b : kept.get(i)) {
                words.add(new PageText.Word(b.text(), (float) (b.left() * pt), (float) (b.right() * pt), size, false, b.confidence(),
                        shown(b, width, height, pt, skew)));
            }
            rows.add(new PageText.TextRow(baselines.get(i), words));
        }
        rows.sort((a, b) -> Float.compare(a.y(), b.y()));
        return new PageText(page, (float) (width * pt), (float) (height * pt), rows, List.of(), false, true);
    }

    /**
     * The box of a word on the page as it is shown, in points: the box the engine gave, on the straightened page, turned
     * back by {@code skew} degrees about the page's centre (the smallest box upright around it), within the page.
     */
    static org.claimbench.domain.WordBox shown(TextRecognizer.Box b, int width, int height, double pt, double skew) {
        double left = b.left();
        double top = b.top();
        double right = b.right();
        double bottom = b.bottom();
        if (skew != 0) {
            double a = Math.toRadians(skew);
            double cos = Math.cos(a);
            double sin = Math.sin(a);
            double cx = (width - 1) / 2.0;
            double cy = (height - 1) / 2.0;
            double[] xs = {b.left(), b.right(), b.left(), b.right()};
            double[] ys = {b.top(), b.top(), b.bottom(), b.bottom()};
            left = top = Double.MAX_VALUE;
            right = bottom = -Double.MAX_VALUE;
            for (int i = 0; i < 4; i++) {
                // where the straightened page's pixel came from on the page as scanned (Deskew.rotate's own mapping)
                double fx = cx + (ys[i] - cy) * sin + (xs[i] - cx) * cos;
                double fy = cy + (ys[i] - cy) * cos - (xs[i] - cx) * sin;
                left = Math.min(left, fx);
                right = Math.max(right, fx);
                top = Math.min(top, fy);
                bottom = Math.max(bottom, fy);
            }
        }
        float l = (float) (Math.max(0, Math.min(width, left)) * pt);
        float t = (float) (Math.max(0, Math.min(height, top)) * pt);
        float r = (float) (Math.max(0, Math.min(width, right)) * pt);
        float bt = (float) (Math.max(0, Math.min(height, bottom)) * pt);
        return new org.claimbench.domain.WordBox(b.text(), l, t, Math.max(l, r), Math.max(t, bt));
    }

    /** A line of nothing but a stray mark or two the engine is unsure of: dust on the glass, not print. */
    private static boolean speck(List<TextRecognizer.Box> words) {
        int letters = 0;
        for (TextRecognizer.Box b : words) {
            if (b.confidence() >= 50) {
                return false;
            }
            letters += (int) b.text().codePoints().filter(Character::isLetterOrDigit).count();
        }
        return letters <= 1;
    }

    /**
     * A line the engine could not read at all: a rule typed as a row of hyphens, a smudge, handwriting. Its words
     * are guesses (the mean confidence is below {@value #UNREADABLE_BELOW}), and taking them would put nonsense
     * in the text.
     */
    private static boolean unreadable(List<TextRecognizer.Box> words) {
        double sum = 0;
        for (TextRecognizer.Box b : words) {
            sum += b.confidence();
        }
        return sum / words.size() < UNREADABLE_BELOW;
    }

    /** The line's em in pixels, or NaN when none of its words tells. */
    private static double size(TextRecognizer.Line line, List<TextRecognizer.Box> words) {
        List<Double> tall = new ArrayList<>();
        List<Double> small = new ArrayList<>();
        for (TextRecognizer.Box b : words) {
            double above = line.baselineAt((b.left() + b.right()) / 2.0) - b.top();
            if (above <= 0) {
                continue;
            }
            if (hasTall(b.text())) {
                tall.add(above / TALL);
            } else if (b.text().chars().allMatch(c -> SHORT_LETTERS.indexOf(c) >= 0 || !Character.isLetterOrDigit(c))
                    && b.text().chars().anyMatch(c -> SHORT_LETTERS.indexOf(c) >= 0)) {
                small.add(above / SHORT);
            }
        }
        List<Double> use = !tall.isEmpty() ? tall : small;
        if (use.isEmpty()) {
            return Double.NaN;
        }
        double[] v = use.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v[v.length / 2];
    }

    private static boolean hasTall(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c) || TALL_LETTERS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The size most of the page's characters are in, or 12 pt when no line could be measured. */
    private static float usualSize(List<float[]> measured) {
        float[][] known = measured.stream().filter(m -> !Float.isNaN(m[0])).toArray(float[][]::new);
        if (known.length == 0) {
            return 12f;
        }
        Arrays.sort(known, (a, b) -> Float.compare(a[0], b[0]));
        float total = 0;
        for (float[] m : known) {
            total += m[1];
        }
        float half = 0;
        for (float[] m : known) {
            half += m[1];
            if (half >= total / 2) {
                return m[0];
            }
        }
        return known[known.length - 1][0];
    }
}
