package org.claimbench.domain;

import java.util.List;

/** Looks up the printed page:line of an offset of the normalised text. */
public final class PageLines {

    private PageLines() {
    }

    /** The printed line holding {@code offset}, or the last one starting before it; null without pages. */
    public static PageLine at(List<SourceLine> lines, int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        SourceLine best = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (lines.get(mid).start() <= offset) {
                best = lines.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best == null ? null : best.pageLine();
    }
}
