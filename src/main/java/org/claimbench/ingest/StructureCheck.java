package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;

/**
 * Signs that a pleading's structure was not read as it stands on the page: no numbered paragraphs at all, or one
 * block holding most of the text (the shape a missed margin column or an unknown numbering leaves behind). Each
 * concern is said in the user's words, so that the window can show it after an import and offer the layout view.
 */
public final class StructureCheck {

    /** Below this, a document is too short for the share of one block to mean anything. */
    private static final int LONG_ENOUGH = 3_000;

    private StructureCheck() {
    }

    public static List<String> concerns(ParsedPleading p) {
        List<String> out = new ArrayList<>();
        if (p.numberedParagraphs().isEmpty()) {
            out.add("No numbered paragraphs were found.");
        }
        int length = p.text().length();
        if (length >= LONG_ENOUGH) {
            for (Segment s : p.segments()) {
                int share = (int) Math.round(100.0 * (s.end() - s.start()) / length);
                if (share > 50) {
                    out.add(String.format(Locale.ROOT, "%d%% of the text is in one block (%s%s).", share, describe(s.kind()),
                            s.label() == null ? "" : " " + s.label()));
                    break;
                }
            }
        }
        return out;
    }

    private static String describe(SegmentKind kind) {
        return switch (kind) {
            case NUMBERED_PARAGRAPH -> "paragraph";
            case COUNT_HEADING -> "a count's heading";
            case JURY_DEMAND -> "the jury demand";
            default -> kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
