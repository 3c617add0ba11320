package org.claimbench.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimbench.domain.AlignedRow;
import org.claimbench.domain.AmendmentKind;
import org.claimbench.domain.Comparison;
import org.claimbench.domain.CountChange;
import org.claimbench.domain.CountChangeKind;
import org.claimbench.domain.DiffOp;
import org.claimbench.domain.PartyChange;
import org.claimbench.domain.PleadedCount;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.claimbench.domain.WordOp;

/**
 * A redline of an amended pleading against the one it amends: the two titles, the comparison's summary, the counts
 * and parties that came or went, then every paragraph that did not stay as it was, its words deleted struck through
 * and its words inserted underlined. The model is plain text in runs, built from a {@link Comparison}; the side-by-side
 * view of the window uses the same runs. Written as PDF ({@link #pdf}) or Word ({@link #docx}).
 */
public final class Redline {

    private Redline() {
    }

    /** How a run of words stands in the redline. */
    public enum Mark { SAME, DELETED, INSERTED }

    /** A stretch of text, all marked alike; {@code "\n"} inside it separates two paragraphs of one row. */
    public record Run(String text, Mark mark) {
    }

    /**
     * One row of the comparison: what became of it, where it stands ("¶ 12 → ¶ 14"), the old words with the deleted
     * ones marked, the new words with the inserted ones marked, and both in one text as a redline reads.
     */
    public record Row(AmendmentKind kind, String where, List<Run> before, List<Run> after, List<Run> redline) {
        public Row {
            before = List.copyOf(before);
            after = List.copyOf(after);
            redline = List.copyOf(redline);
        }
    }

    /** What a redline holds, ready to render. */
    public record Model(String oldTitle, String newTitle, String summary, List<String> counts, List<String> parties, List<Row> rows) {
        public Model {
            counts = List.copyOf(counts);
            parties = List.copyOf(parties);
            rows = List.copyOf(rows);
        }
    }

    /** The two formats a redline is written in. */
    public enum Format {
        PDF("PDF", "pdf"), DOCX("Word (DOCX)", "docx");

        private final String label;
        private final String extension;

        Format(String label, String extension) {
            this.label = label;
            this.extension = extension;
        }

        public String label() { return label; }

        public String extension() { return extension; }
    }

    /** The redline of a comparison: every row but the unchanged ones. */
    public static Model of(Comparison c, String oldTitle, String newTitle) {
        List<Row> rows = new ArrayList<>();
        for (AlignedRow r : c.rows()) {
            if (r.kind() != AmendmentKind.UNCHANGED) {
                rows.add(row(c, r));
            }
        }
        return new Model(oldTitle, newTitle, c.summary(), countChanges(c), partyChanges(c), rows);
    }

    /** Writes the redline in {@code format}. */
    public static void write(Model m, Format format, OutputStream out) throws IOException {
        if (format == Format.PDF) {
            pdf(m, out);
        } else {
            docx(m, out);
        }
    }

    public static void pdf(Model m, OutputStream out) throws IOException {
        PdfReport.renderHtml(RedlineHtml.render(m), out);
    }

    public static void docx(Model m, OutputStream out) throws IOException {
        RedlineDocx.render(m, out);
    }

    // ---- one row ------------------------------------------------------------------------------------------------

    /** A row of the comparison as runs of text. */
    public static Row row(Comparison c, AlignedRow r) {
        String oldText = c.before().text();
        String newText = c.after().text();
        List<int[]> deleted = new ArrayList<>();
        List<int[]> inserted = new ArrayList<>();
        for (WordOp op : r.diff()) {
            if (op.op() == DiffOp.DELETE) {
                deleted.add(new int[] {op.oldStart(), op.oldEnd()});
            } else if (op.op() == DiffOp.INSERT) {
                inserted.add(new int[] {op.newStart(), op.newEnd()});
            }
        }
        List<Run> before = side(oldText, r.before(), deleted, Mark.DELETED);
        List<Run> after = side(newText, r.after(), inserted, Mark.INSERTED);
        List<Run> redline;
        if (r.after().isEmpty()) {
            redline = before;
        } else if (r.before().isEmpty() || r.kind().sameWords()) {
            redline = after;
        } else {
            redline = merged(oldText, newText, r);
        }
        return new Row(r.kind(), where(r), before, after, redline);
    }

    /** One side's text, segment by segment, with the stretches {@code marked} (sorted, not overlapping) marked. */
    private static List<Run> side(String text, List<Segment> segments, List<int[]> marked, Mark mark) {
        Runs out = new Runs(false);
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (i > 0) {
                out.add("\n", Mark.SAME);
            }
            int at = s.start();
            for (int[] m : marked) {
                int from = Math.max(m[0], s.start());
                int to = Math.min(m[1], s.end());
                if (from >= to || from < at) {
                    continue;
                }
                out.add(flat(text, at, from), Mark.SAME);
                out.add(flat(text, from, to), mark);
                at = to;
            }
            out.add(flat(text, at, s.end()), Mark.SAME);
        }
        return out.done();
    }

    /** The new text of a changed, split or merged row with the old words deleted from it put back, struck. */
    private static List<Run> merged(String oldText, String newText, AlignedRow r) {
        Runs out = new Runs(true);
        List<Segment> segments = r.after();
        int at = segments.get(0).start();
        List<WordOp> ops = r.diff();
        for (int i = 0; i < ops.size(); i++) {
            WordOp op = ops.get(i);
            int until = op.newStart();
            if (op.op() == DiffOp.DELETE && i + 1 < ops.size() && sameSegment(segments, until, ops.get(i + 1).newStart())) {
                until = ops.get(i + 1).newStart(); // "CO. ~~Defendant~~ and", not "CO ~~Defendant~~. and": the new words' punctuation first
            }
            gap(out, newText, segments, at, until);
            at = Math.max(at, until);
            switch (op.op()) {
                case EQUAL -> out.add(flat(newText, op.newStart(), op.newEnd()), Mark.SAME);
                case INSERT -> out.add(flat(newText, op.newStart(), op.newEnd()), Mark.INSERTED);
                case DELETE -> out.add(flat(oldText, op.oldStart(), op.oldEnd()), Mark.DELETED);
            }
            at = Math.max(at, op.newEnd());
        }
        gap(out, newText, segments, at, segments.get(segments.size() - 1).end());
        return out.done();
    }

    private static boolean sameSegment(List<Segment> segments, int a, int b) {
        for (Segment s : segments) {
            if (a >= s.start() && a <= s.end()) {
                return b >= s.start() && b <= s.end();
            }
        }
        return false;
    }

    /** The new text between two words, within the row's segments only, a line break between two segments. */
    private static void gap(Runs out, String text, List<Segment> segments, int from, int to) {
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (i > 0 && from <= segments.get(i - 1).end() && to >= s.start() && from < to) {
                out.add("\n", Mark.SAME);
            }
            int a = Math.max(from, s.start());
            int b = Math.min(to, s.end());
            if (a < b) {
                out.add(flat(text, a, b), Mark.SAME);
            }
        }
    }

    /** The text of {@code [from, to)} with each run of spaces and line breaks made one space. */
    private static String flat(String text, int from, int to) {
        return from >= to ? "" : text.substring(from, to).replaceAll("\\s+", " ");
    }

    /**
     * Collects runs, next runs of one mark joined. In a redline ({@code spaced}), the old words put back into the new
     * text keep a space between them and the word beside them: "fee of $~~1,240,000~~ 1,420,000".
     */
    private static final class Runs {
        private final List<Run> runs = new ArrayList<>();
        private final boolean spaced;

        Runs(boolean spaced) {
            this.spaced = spaced;
        }

        void add(String text, Mark mark) {
            if (text.isEmpty()) {
                return;
            }
            if (!runs.isEmpty()) {
                Run last = runs.get(runs.size() - 1);
                boolean oneDeleted = (last.mark() == Mark.DELETED) != (mark == Mark.DELETED);
                char end = last.text().charAt(last.text().length() - 1);
                char start = text.charAt(0);
                boolean endsWord = Character.isLetterOrDigit(end) || ".,;:!?)]\u201d\u2019\"'".indexOf(end) >= 0;
                if (spaced && oneDeleted && endsWord && Character.isLetterOrDigit(start)) {
                    runs.add(new Run(" ", Mark.SAME));
                    last = runs.get(runs.size() - 1);
                }
                if (last.mark() == mark) {
                    runs.set(runs.size() - 1, new Run(last.text() + text, mark));
                    return;
                }
            }
            runs.add(new Run(text, mark));
        }

        List<Run> done() {
            return List.copyOf(runs);
        }
    }

    // ---- labels -------------------------------------------------------------------------------------------------

    /** "Changed", "Renumbered", "Added"… */
    public static String kindName(AmendmentKind k) {
        String n = k.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** Where a row stands: "¶ 12" when its number stayed, "¶ 12 → ¶ 14", "¶ 4 → ¶ 4, ¶ 5"; "Heading" without a number. */
    public static String where(AlignedRow r) {
        String was = side(r.before());
        String is = side(r.after());
        if (was.isEmpty()) {
            return is;
        }
        if (is.isEmpty() || is.equals(was)) {
            return was;
        }
        return was + " \u2192 " + is;
    }

    private static String side(List<Segment> segments) {
        List<String> labels = new ArrayList<>();
        for (Segment s : segments) {
            if (s.kind() == SegmentKind.NUMBERED_PARAGRAPH && s.label() != null) {
                labels.add("\u00b6 " + s.label());
            }
        }
        if (labels.isEmpty() && !segments.isEmpty()) {
            String n = segments.get(0).kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            return Character.toUpperCase(n.charAt(0)) + n.substring(1);
        }
        return String.join(", ", labels);
    }

    /** The counts that came, went or changed, one sentence each ("Count IV (Negligence) dropped"). */
    public static List<String> countChanges(Comparison c) {
        List<String> out = new ArrayList<>();
        for (CountChange cc : c.counts()) {
            String line = switch (cc.kind()) {
                case UNCHANGED -> cc.againstChanged() ? name(cc.after()) : null;
                case ADDED -> name(cc.after()) + " added";
                case DROPPED -> name(cc.before()) + " dropped";
                case RENUMBERED -> name(cc.before()) + " is now " + cc.after().label();
                case RENAMED -> name(cc.before()) + " renamed " + name(cc.after());
                case RETARGETED -> name(cc.after()) + " pleaded against other parties";
            };
            if (line == null) {
                continue;
            }
            if (!cc.againstAdded().isEmpty() && cc.kind() != CountChangeKind.ADDED) {
                line += "; now also against " + String.join(", ", cc.againstAdded());
            }
            if (!cc.againstDropped().isEmpty() && cc.kind() != CountChangeKind.DROPPED) {
                line += "; no longer against " + String.join(", ", cc.againstDropped());
            }
            out.add(line);
        }
        return out;
    }

    private static String name(PleadedCount c) {
        return c.title() == null || c.title().isBlank() ? c.label() : c.label() + " (" + c.title().strip() + ")";
    }

    /** The parties that joined or left ("Defendant added: Cascade Yard Services Inc."). */
    public static List<String> partyChanges(Comparison c) {
        List<String> out = new ArrayList<>();
        for (PartyChange p : c.parties()) {
            String role = p.party().role().name().toLowerCase(Locale.ROOT);
            out.add(Character.toUpperCase(role.charAt(0)) + role.substring(1) + (p.kind() == PartyChange.Kind.ADDED ? " added: " : " dropped: ")
                    + p.party().name());
        }
        return out;
    }
}
