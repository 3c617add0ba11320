package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;

/**
 * What a reader should know about a document's structure before trusting it: numbering that the filing itself
 * got wrong (kept as filed, never renumbered), no numbered paragraphs at all, or one segment that swallowed most
 * of the text (a sign that the paragraphs were not told apart).
 */
final class NumberingCheck {

    /** Below this many characters a document is too short for one long segment to mean anything. */
    private static final int LONG_DOCUMENT = 5000;

    private NumberingCheck() {
    }

    static List<String> warnings(String text, List<Segment> segments) {
        List<String> warnings = new ArrayList<>();
        List<Integer> numbers = segments.stream().filter(s -> s.kind() == SegmentKind.NUMBERED_PARAGRAPH)
                .map(s -> Integer.valueOf(s.label())).toList();
        if (numbers.isEmpty()) {
            warnings.add("no numbered paragraphs found");
        }
        Map<Integer, Integer> seen = new LinkedHashMap<>();
        Integer previous = null;
        for (int n : numbers) {
            seen.merge(n, 1, Integer::sum);
            if (previous != null && n > previous + 1) {
                warnings.add("numbering jumps from \u00b6 " + previous + " to \u00b6 " + n);
            } else if (previous != null && n < previous) {
                warnings.add("numbering goes back from \u00b6 " + previous + " to \u00b6 " + n);
            }
            previous = n;
        }
        seen.forEach((n, times) -> {
            if (times == 2) {
                warnings.add("\u00b6 " + n + " appears twice");
            } else if (times > 2) {
                warnings.add("\u00b6 " + n + " appears " + times + " times");
            }
        });
        int total = text.length();
        if (total >= LONG_DOCUMENT) {
            for (Segment s : segments) {
                int share = (int) Math.round(100.0 * (s.end() - s.start()) / total);
                if (s.end() - s.start() > total / 2) {
                    warnings.add(share + "% of the text is in one segment (" + describe(s) + ")");
                }
            }
        }
        return warnings;
    }

    private static String describe(Segment s) {
        if (s.kind() == SegmentKind.NUMBERED_PARAGRAPH) {
            return "\u00b6 " + s.label();
        }
        return s.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
