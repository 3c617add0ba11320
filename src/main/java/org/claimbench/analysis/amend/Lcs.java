package org.claimbench.analysis.amend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Longest common subsequences of word-id arrays: their length (bit-parallel) and the matched pairs themselves. */
final class Lcs {

    private Lcs() {
    }

    /** The positions of each word of {@code x} as a bit mask, for {@link #length(Map, int, int[], int, int)}. */
    static Map<Integer, long[]> masks(int[] x, int from, int to) {
        int m = to - from;
        int words = (m + 63) >>> 6;
        Map<Integer, long[]> masks = new HashMap<>();
        for (int i = 0; i < m; i++) {
            long[] mask = masks.computeIfAbsent(x[from + i], k -> new long[words]);
            mask[i >>> 6] |= 1L << (i & 63);
        }
        return masks;
    }

    /** The length of a longest common subsequence of x (given by its masks and length m) and y[from, to): Hyyrö's bit-vector method. */
    static int length(Map<Integer, long[]> masksOfX, int m, int[] y, int from, int to) {
        if (m == 0 || to <= from) {
            return 0;
        }
        int words = (m + 63) >>> 6;
        long[] v = new long[words];
        Arrays.fill(v, -1L);
        for (int j = from; j < to; j++) {
            long[] mask = masksOfX.get(y[j]);
            if (mask == null) {
                continue;
            }
            long carry = 0;
            for (int k = 0; k < words; k++) {
                long vk = v[k];
                long u = vk & mask[k];
                long sum = vk + u;
                long c1 = Long.compareUnsigned(sum, vk) < 0 ? 1 : 0;
                long sum2 = sum + carry;
                long c2 = carry == 1 && sum2 == 0 ? 1 : 0;
                carry = c1 | c2;
                v[k] = sum2 | (vk & ~u);
            }
        }
        int zeros = 0;
        for (int k = 0; k < words; k++) {
            int bits = Math.min(64, m - (k << 6));
            long w = bits == 64 ? v[k] : v[k] | (-1L << bits);
            zeros += Long.bitCount(~w);
        }
        return zeros;
    }

    /** The length of a longest common subsequence of two arrays. */
    static int length(int[] x, int[] y) {
        return length(masks(x, 0, x.length), x.length, y, 0, y.length);
    }

    /**
     * The matched index pairs of a longest common subsequence of x and y, in order. Common ends are matched first;
     * the middle is solved exactly unless it would take more than {@code maxCells} cells, when it stays unmatched.
     */
    static List<int[]> pairs(int[] x, int[] y, long maxCells) {
        List<int[]> out = new ArrayList<>();
        int n = x.length;
        int m = y.length;
        int head = 0;
        while (head < n && head < m && x[head] == y[head]) {
            out.add(new int[] {head, head});
            head++;
        }
        int tail = 0;
        while (tail < n - head && tail < m - head && x[n - 1 - tail] == y[m - 1 - tail]) {
            tail++;
        }
        int a = n - head - tail;
        int b = m - head - tail;
        if (a > 0 && b > 0 && (long) (a + 1) * (b + 1) <= maxCells) {
            int[][] dp = new int[a + 1][b + 1];
            for (int i = a - 1; i >= 0; i--) {
                for (int j = b - 1; j >= 0; j--) {
                    dp[i][j] = x[head + i] == y[head + j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < a && j < b) {
                if (x[head + i] == y[head + j]) {
                    out.add(new int[] {head + i, head + j});
                    i++;
                    j++;
                } else if (dp[i + 1][j] >= dp[i][j + 1]) {
                    i++;
                } else {
                    j++;
                }
            }
        }
        for (int t = tail; t > 0; t--) {
            out.add(new int[] {n - t, m - t});
        }
        return out;
    }
}
