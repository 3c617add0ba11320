package org.claimbench.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.claimbench.ingest.LaidLine;
import org.claimbench.ingest.LineRole;
import org.claimbench.ingest.Readers;

/**
 * {@code analyze --explain}: every printed line with the role the layout gave it and why, so that a reader can see
 * why a paragraph was missed or a stamp was kept.
 */
final class LayoutExplanation {

    private LayoutExplanation() {
    }

    static void print(PrintWriter out, String name, Readers.Read read) {
        out.println(name + " \u2014 " + read.format().description() + ": how each printed line was read");
        for (String f : read.findings()) {
            out.println("  " + f);
        }
        Map<LineRole, Integer> counts = new EnumMap<>(LineRole.class);
        read.layout().forEach(l -> counts.merge(l.role(), 1, Integer::sum));
        out.println("  lines by role: " + counts.entrySet().stream().map(e -> label(e.getKey()) + " (" + e.getValue() + ")")
                .reduce((a, b) -> a + ", " + b).orElse("none"));
        out.println();
        int page = -1;
        for (LaidLine l : read.layout()) {
            if (l.page() != page && l.page() > 0) {
                page = l.page();
                out.println("page " + page);
            }
            String where = l.page() > 0 && l.line() > 0 ? l.page() + ":" + l.line() : "";
            String geometry = l.fontSize() > 0 ? String.format(Locale.ROOT, "x=%.0f y=%.0f %.1fpt", l.x(), l.y(), l.fontSize()) : "";
            out.printf(Locale.ROOT, "  %-7s %-14s %-22s %s%n", where, label(l.role()), geometry, shown(l.text()));
            out.printf(Locale.ROOT, "  %-7s %-14s %s%n", "", "", "\u2190 " + l.reason() + (l.centered() ? "; centred" : "")
                    + (l.bold() ? "; bold" : ""));
        }
    }

    private static String label(LineRole role) {
        return role.label();
    }

    private static String shown(String text) {
        String t = text.replace('\t', '\u2192');
        return t.length() > 110 ? t.substring(0, 107) + "\u2026" : t;
    }
}
