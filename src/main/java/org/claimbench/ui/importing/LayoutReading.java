package org.claimbench.ui.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimbench.ingest.LaidLine;
import org.claimbench.ingest.LineRole;
import org.claimbench.service.ImportService;

/**
 * What the layout view shows of one document: each printed line with the role the page layout gave it and why,
 * what the reader noticed about the file as a whole, and what looks wrong with the structure found. Built off the
 * FX thread from an analysis; the window only displays it.
 */
public record LayoutReading(String name, String format, List<String> concerns, List<String> findings, List<Line> lines,
                     Map<LineRole, Integer> counts) {

    /** One printed line. Page and line are 0 where the format has none. */
    public record Line(int page, int line, LineRole role, String text, String reason, String geometry) {

        /** "3:14", or "" where the format has no pages. */
        public String where() {
            return page > 0 && line > 0 ? page + ":" + line : page > 0 ? page + ":" : "";
        }

        String roleLabel() {
            return role.label();
        }

        /** The line as one tab-separated row, for the clipboard. */
        String asRow() {
            return where() + "\t" + roleLabel() + "\t" + text.replace('\t', ' ') + "\t" + reason;
        }
    }

    public LayoutReading {
        concerns = List.copyOf(concerns);
        findings = List.copyOf(findings);
        lines = List.copyOf(lines);
        counts = Map.copyOf(counts);
    }

    public static LayoutReading of(String name, ImportService.Analysis a) {
        List<Line> lines = new ArrayList<>(a.read().layout().size());
        Map<LineRole, Integer> counts = new EnumMap<>(LineRole.class);
        for (LaidLine l : a.read().layout()) {
            String geometry = l.fontSize() > 0 ? String.format(Locale.ROOT, "x=%.0f y=%.0f %.1fpt", l.x(), l.y(), l.fontSize()) : "";
            String why = l.reason() + (l.centered() ? "; centred" : "") + (l.bold() ? "; bold" : "");
            lines.add(new Line(l.page(), l.line(), l.role(), l.text(), why, geometry));
            counts.merge(l.role(), 1, Integer::sum);
        }
        return new LayoutReading(name, a.read().format().description(), a.concerns(), a.read().findings(), lines, counts);
    }

    /** "1,204 lines: 812 body, 320 margin number, 24 filing stamp". */
    String summary() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%,d printed lines", lines.size()));
        String sep = ": ";
        for (LineRole r : LineRole.values()) {
            Integer n = counts.get(r);
            if (n != null) {
                sb.append(sep).append(String.format(Locale.ROOT, "%,d", n)).append(' ').append(r.label());
                sep = ", ";
            }
        }
        return sb.toString();
    }
}
