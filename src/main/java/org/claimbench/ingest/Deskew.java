package org.claimbench.ingest;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Straightens a page that was scanned a little askew. The angle is the one at which the page's dark pixels, summed
 * along slightly slanted rows, give the most sharply peaked profile: lines of text then fall each in rows of their
 * own, and the white between them in others. The page is then turned by that angle about its centre.
 */
final class Deskew {

    /** The largest skew looked for, in degrees: a page fed crooked, not one turned on its side. */
    static final double MOST = 4.0;
    /** Skews smaller than this are left alone: the engine reads such a page as well as a straight one. */
    static final double LEAST = 0.1;

    private static final int CELL = 4;

    private Deskew() {
    }

    /** The page straightened, or the page itself when it is straight. */
    static BufferedImage straighten(BufferedImage gray) {
        double angle = angle(gray);
        return Math.abs(angle) < LEAST ? gray : rotate(gray, angle);
    }

    /**
     * The angle in degrees the page's lines of text slope by: positive when they rise from left to right (the page was
     * turned counter-clockwise), which {@link #rotate} with the same angle undoes.
     */
    static double angle(BufferedImage gray) {
        int[] xs;
        int[] ys;
        int n;
        {
            // the dark cells of a coarse grid: a quarter of the resolution is plenty to find the lines
            byte[] px = pixels(gray);
            int w = gray.getWidth();
            int cw = w / CELL;
            int ch = gray.getHeight() / CELL;
            int[] dark = new int[cw * ch];
            for (int y = 0; y < ch * CELL; y++) {
                int row = y * w;
                int cellRow = (y / CELL) * cw;
                for (int x = 0; x < cw * CELL; x++) {
                    if ((px[row + x] & 0xFF) < 128) {
                        dark[cellRow + x / CELL]++;
                    }
                }
            }
            n = 0;
            for (int d : dark) {
                n += d >= 3 ? 1 : 0;
            }
            xs = new int[n];
            ys = new int[n];
            int k = 0;
            for (int i = 0; i < dark.length; i++) {
                if (dark[i] >= 3) {
                    xs[k] = i % cw - cw / 2;
                    ys[k] = i / cw;
                    k++;
                }
            }
            if (n < 200 || n > dark.length / 2) {
                return 0; // too little on the page to measure, or a page that is mostly dark
            }
        }
        int height = gray.getHeight() / CELL;
        double best = 0;
        double bestScore = score(xs, ys, n, 0, height);
        for (double a = -MOST; a <= MOST + 1e-9; a += 0.2) {
            double s = score(xs, ys, n, a, height);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double coarse = best;
        for (double a = coarse - 0.2; a <= coarse + 0.2 + 1e-9; a += 0.025) {
            double s = score(xs, ys, n, a, height);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return best;
    }

    /** How peaked the profile of rows slanted by {@code degrees} is: the sum of the squares of the row counts. */
    private static double score(int[] xs, int[] ys, int n, double degrees, int height) {
        double slope = Math.tan(Math.toRadians(degrees));
        int margin = (int) Math.ceil(Math.abs(slope) * 4096) + 2;
        int[] rows = new int[height + 2 * margin];
        for (int i = 0; i < n; i++) {
            int r = (int) Math.round(ys[i] + xs[i] * slope) + margin;
            if (r >= 0 && r < rows.length) {
                rows[r]++;
            }
        }
        double sum = 0;
        for (int c : rows) {
            sum += (double) c * c;
        }
        return sum;
    }

    /**
     * The page turned clockwise by {@code degrees} about its centre (counter-clockwise for a negative angle), on
     * white, with bilinear interpolation; the same size as the page.
     */
    static BufferedImage rotate(BufferedImage gray, double degrees) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] src = pixels(gray);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double cx = (w - 1) / 2.0;
        double cy = (h - 1) / 2.0;
        for (int y = 0; y < h; y++) {
            double dy = y - cy;
            // the source of each output pixel: the output turned back by the angle
            double sx = cx + dy * sin - cx * cos;
            double sy = cy + dy * cos + cx * sin;
            int o = y * w;
            for (int x = 0; x < w; x++) {
                double fx = sx + x * cos;
                double fy = sy - x * sin;
                int x0 = (int) Math.floor(fx);
                int y0 = (int) Math.floor(fy);
                int v;
                if (x0 < 0 || y0 < 0 || x0 >= w - 1 || y0 >= h - 1) {
                    v = 255;
                } else {
                    double tx = fx - x0;
                    double ty = fy - y0;
                    int i = y0 * w + x0;
                    double top = (src[i] & 0xFF) * (1 - tx) + (src[i + 1] & 0xFF) * tx;
                    double bottom = (src[i + w] & 0xFF) * (1 - tx) + (src[i + w + 1] & 0xFF) * tx;
                    v = (int) Math.round(top * (1 - ty) + bottom * ty);
                }
                dst[o + x] = (byte) v;
            }
        }
        return out;
    }

    private static byte[] pixels(BufferedImage gray) {
        return ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
    }
}
