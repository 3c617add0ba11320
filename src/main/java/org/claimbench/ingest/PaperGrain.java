package org.claimbench.ingest;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Whitens the paper of a scanned page. A scanner records the grain of the paper and the noise of its sensor as
 * speckled grey around the print; the engine reads grey, and such speckle beside a short, isolated word (a margin
 * number, a page number) turns its digits into letters. Every pixel nearer the paper's shade than the print's is set
 * to white; the print, and the grey at the edges of its strokes, are kept as they are.
 */
final class PaperGrain {

    private PaperGrain() {
    }

    /** The page with its paper whitened (the same image, changed in place). */
    static BufferedImage whiten(BufferedImage gray) {
        byte[] px = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int[] histogram = new int[256];
        for (byte b : px) {
            histogram[b & 0xFF]++;
        }
        int ink = otsu(histogram, px.length);
        int paper = ink;
        for (int v = ink; v < 256; v++) {
            if (histogram[v] > histogram[paper]) {
                paper = v;
            }
        }
        if (paper - ink < 40) {
            return gray; // no clear paper and print: a photograph, or a page all one shade
        }
        int cut = (ink + paper) / 2;
        for (int i = 0; i < px.length; i++) {
            if ((px[i] & 0xFF) > cut) {
                px[i] = (byte) 255;
            }
        }
        return gray;
    }

    /** The threshold that best splits the histogram into two classes (Otsu's method). */
    static int otsu(int[] histogram, int total) {
        double sum = 0;
        for (int v = 0; v < 256; v++) {
            sum += (double) v * histogram[v];
        }
        double sumBelow = 0;
        long below = 0;
        double best = -1;
        int threshold = 128;
        for (int v = 0; v < 256; v++) {
            below += histogram[v];
            if (below == 0) {
                continue;
            }
            long above = total - below;
            if (above == 0) {
                break;
            }
            sumBelow += (double) v * histogram[v];
            double meanBelow = sumBelow / below;
            double meanAbove = (sum - sumBelow) / above;
            double between = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best) {
                best = between;
                threshold = v;
            }
        }
        return threshold;
    }
}
