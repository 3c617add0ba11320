package org.claimbench.domain;

import java.util.List;

/** Finds the segment that holds an offset, in segments listed in text order. */
public final class Segments {

    private Segments() {
    }

    /** The segment holding {@code offset}, or null. */
    public static Segment at(List<Segment> segments, int offset) {
        int lo = 0;
        int hi = segments.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Segment s = segments.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }
}
