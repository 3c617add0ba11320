package org.claimbench.analysis.amend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.claimbench.domain.AnchorState;
import org.claimbench.domain.Party;
import org.claimbench.domain.PartyRole;
import org.claimbench.domain.Passage;
import org.claimbench.domain.PleadedCount;
import org.claimbench.domain.PleadingVersion;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;

/** A complaint written block by block for a test: numbered paragraphs are numbered as they come, blocks are a blank line apart. */
final class Draft {

    private final long documentId;
    private final StringBuilder text = new StringBuilder();
    private final List<Segment> segments = new ArrayList<>();
    private final List<PleadedCount> counts = new ArrayList<>();
    private final List<Party> parties = new ArrayList<>();
    private int number;

    Draft(long documentId) {
        this.documentId = documentId;
    }

    Draft caption(String words) {
        return block(SegmentKind.CAPTION, null, words);
    }

    Draft heading(String words) {
        return block(SegmentKind.HEADING, null, words);
    }

    Draft prayer(String words) {
        return block(SegmentKind.PRAYER, null, words);
    }

    /** The next numbered paragraph. */
    Draft p(String words) {
        number++;
        return block(SegmentKind.NUMBERED_PARAGRAPH, Integer.toString(number), number + ". " + words);
    }

    /** A count's heading, and the count itself. */
    Draft count(String label, String title, String... against) {
        block(SegmentKind.COUNT_HEADING, null, "COUNT " + label + " \u2014 " + title);
        Segment heading = segments.get(segments.size() - 1);
        counts.add(new PleadedCount(counts.size() + 1, documentId, counts.size(), label, title, Arrays.asList(against),
                heading.id(), Integer.toString(number + 1), List.of()));
        return this;
    }

    Draft party(PartyRole role, String name) {
        parties.add(new Party(parties.size() + 1, 1, role, name, parties.size()));
        return this;
    }

    private Draft block(SegmentKind kind, String label, String words) {
        if (text.length() > 0) {
            text.append("\n\n");
        }
        int start = text.length();
        text.append(words);
        segments.add(new Segment(documentId * 10_000 + segments.size(), documentId, segments.size(), kind, label, start, text.length(), null, null));
        return this;
    }

    PleadingVersion version() {
        return new PleadingVersion(documentId, text.toString(), segments, counts, parties);
    }

    /** A passage over the {@code nth} (from 0) occurrence of {@code quote} in the segment that holds {@code within}. */
    static Passage passage(long id, PleadingVersion v, String within, String quote, int nth) {
        String text = v.text();
        Segment home = v.segments().stream().filter(s -> v.textOf(s).contains(within)).findFirst()
                .orElseThrow(() -> new AssertionError("no segment holds " + within));
        int at = text.indexOf(quote, home.start());
        for (int k = 0; k < nth && at >= 0; k++) {
            at = text.indexOf(quote, at + 1);
        }
        if (at < 0 || at + quote.length() > home.end()) {
            throw new AssertionError("\"" + quote + "\" is not in " + v.textOf(home));
        }
        return passageAt(id, v, at, at + quote.length());
    }

    /** A passage over {@code quote} in the numbered paragraph {@code label}. */
    static Passage passageIn(long id, PleadingVersion v, String label, String quote) {
        Segment home = v.segments().stream().filter(s -> label.equals(s.label())).findFirst().orElseThrow();
        int at = v.text().indexOf(quote, home.start());
        if (at < 0 || at + quote.length() > home.end()) {
            throw new AssertionError("\"" + quote + "\" is not in \u00b6 " + label);
        }
        return passageAt(id, v, at, at + quote.length());
    }

    static Passage passage(long id, PleadingVersion v, String within, String quote) {
        return passage(id, v, within, quote, 0);
    }

    static Passage passageAt(long id, PleadingVersion v, int start, int end) {
        String text = v.text();
        return new Passage(id, 1, v.documentId(), start, end, text.substring(start, end),
                text.substring(Math.max(0, start - 32), start), text.substring(end, Math.min(text.length(), end + 32)),
                null, null, null, null, null, null, AnchorState.ANCHORED, Instant.EPOCH);
    }
}
