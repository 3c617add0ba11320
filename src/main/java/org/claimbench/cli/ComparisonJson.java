package org.claimbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimbench.domain.AlignedRow;
import org.claimbench.domain.AmendmentKind;
import org.claimbench.domain.Comparison;
import org.claimbench.domain.CountChange;
import org.claimbench.domain.PleadedCount;
import org.claimbench.domain.PleadingVersion;
import org.claimbench.domain.Segment;
import org.claimbench.domain.WordOp;

/** The JSON of `claimbench compare` (docs/formats.md): a contract, so fields are only ever added. */
record ComparisonJson(String before, String after, String summary, Map<String, Integer> paragraphs, List<RowJson> rows,
                      List<CountJson> counts, List<PartyJson> parties) {

    record RowJson(String kind, List<String> before, List<String> after, double similarity, String beforeText, String afterText,
                   List<OpJson> diff) {
    }

    record OpJson(String op, String before, String after) {
    }

    record CountJson(String kind, CountSide before, CountSide after, List<String> againstAdded, List<String> againstDropped) {
    }

    record CountSide(String label, String title, List<String> against) {
    }

    record PartyJson(String change, String role, String name) {
    }

    static ComparisonJson of(String before, String after, Comparison c) {
        Map<String, Integer> paragraphs = new java.util.LinkedHashMap<>();
        for (AmendmentKind k : AmendmentKind.values()) {
            paragraphs.put(name(k), c.paragraphs(k));
        }
        List<RowJson> rows = new ArrayList<>();
        for (AlignedRow r : c.rows()) {
            rows.add(new RowJson(name(r.kind()), labels(r.before()), labels(r.after()), Math.round(r.similarity() * 1000) / 1000.0,
                    text(c.before(), r.before()), text(c.after(), r.after()), ops(c, r)));
        }
        List<CountJson> counts = new ArrayList<>();
        for (CountChange cc : c.counts()) {
            counts.add(new CountJson(cc.kind().name().toLowerCase(Locale.ROOT), side(cc.before()), side(cc.after()), cc.againstAdded(),
                    cc.againstDropped()));
        }
        List<PartyJson> parties = c.parties().stream().map(p -> new PartyJson(p.kind().name().toLowerCase(Locale.ROOT),
                p.party().role().name().toLowerCase(Locale.ROOT), p.party().name())).toList();
        return new ComparisonJson(before, after, c.summary(), paragraphs, rows, counts, parties);
    }

    static String name(AmendmentKind k) {
        return k.name().toLowerCase(Locale.ROOT);
    }

    private static List<String> labels(List<Segment> segments) {
        return segments.stream().map(s -> s.label() != null ? s.label() : s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
    }

    private static String text(PleadingVersion v, List<Segment> segments) {
        if (segments.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (Segment s : segments) {
            b.append(b.length() == 0 ? "" : "\n").append(v.textOf(s));
        }
        return b.toString();
    }

    /** The word changes of a changed, split or merged row (none for the others: their words are the same, or one-sided). */
    private static List<OpJson> ops(Comparison c, AlignedRow r) {
        if (r.diff().isEmpty() || r.kind().sameWords()) {
            return List.of();
        }
        List<OpJson> ops = new ArrayList<>();
        for (WordOp op : r.diff()) {
            String b = op.oldEnd() > op.oldStart() ? c.before().text().substring(op.oldStart(), op.oldEnd()) : null;
            String a = op.newEnd() > op.newStart() ? c.after().text().substring(op.newStart(), op.newEnd()) : null;
            ops.add(new OpJson(op.op().name().toLowerCase(Locale.ROOT), b, a));
        }
        return ops;
    }

    private static CountSide side(PleadedCount c) {
        return c == null ? null : new CountSide(c.label(), c.title(), c.against());
    }

    /** "¶ 12 → ¶ 14" style labels for the text output. */
    static String where(List<String> labels) {
        if (labels.isEmpty()) {
            return "—";
        }
        return String.join(", ", labels.stream().map(l -> l.chars().allMatch(Character::isDigit) ? "\u00b6 " + l : l).toList());
    }
}
