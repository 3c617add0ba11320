package org.claimbench.report;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.NodeKind;

/**
 * The proof chart as CSV: a row per evidence item of each allegation (a row with empty evidence columns when it has
 * none). Cells that a spreadsheet would run as a formula (=, +, -, @, tab, return) are neutralised with a quote mark.
 */
public final class CsvReport {

    public static final List<String> HEADER = List.of("count", "element", "allegation", "support level", "override reason",
            "complaint text", "cite", "evidence", "status", "basis", "weight", "source", "note", "wording", "answer");

    private CsvReport() {
    }

    public static String render(ReportModel m) {
        StringBuilder out = new StringBuilder();
        line(out, HEADER);
        String count = "";
        String element = "";
        for (ReportModel.Section s : m.chart()) {
            if (s.kind().isTopLevel()) {
                count = s.title();
                element = "";
                continue;
            }
            if (s.kind() == NodeKind.ELEMENT) {
                element = s.title();
                continue;
            }
            String quote = s.quotes().isEmpty() ? (s.text() == null ? "" : s.text()) : s.quotes().get(0).text();
            String cite = s.quotes().isEmpty() ? "" : s.quotes().get(0).cite();
            List<String> base = List.of(count, element, s.title(), s.level().label(), nz(s.overrideReason()), quote, cite);
            String wording = String.join("; ", s.wording());
            if (s.evidence().isEmpty()) {
                List<String> row = new ArrayList<>(base);
                row.addAll(List.of("", "", "", "", "", nz(s.note()), wording, nz(s.answer())));
                line(out, row);
            }
            for (ReportModel.EvidenceRow e : s.evidence()) {
                List<String> row = new ArrayList<>(base);
                row.addAll(List.of(e.description(), e.status(), e.basis(), e.weight(), nz(e.source()),
                        joinNotes(s.note(), e.note()), wording, nz(s.answer())));
                line(out, row);
            }
        }
        return out.toString();
    }

    private static String joinNotes(String a, String b) {
        return a == null ? nz(b) : b == null ? a : a + " / " + b;
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** One quoted cell; a leading =, +, -, @, tab or return is made inert. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
