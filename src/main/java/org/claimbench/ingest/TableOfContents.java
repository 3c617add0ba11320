package org.claimbench.ingest;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the entries of a table of contents. They repeat the document's headings ("COUNT I – Breach of
 * Contract ........ 12"), so they must never be taken for the headings and counts themselves.
 */
final class TableOfContents {

    private static final Pattern HEADING = Pattern.compile("^(?:TABLE\\s+OF\\s+CONTENTS|CONTENTS|INDEX)\\s*:?$", Pattern.CASE_INSENSITIVE);
    /** A dot leader (". . . ." or "....", or an ellipsis character) or a rule of underscores, then a page number. */
    private static final Pattern LEADER = Pattern.compile("(?:(?:\\.\\s?){4,}|\u2026{2,}|\u2026\\.{2,}|_{4,})\\s*(?:\\d{1,4}|[ivxlc]{1,6})\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** A wide gap (a tab) and nothing after it but a page number. */
    private static final Pattern TAB_PAGE = Pattern.compile("^(\\S.*)\\t\\s*(?:\\d{1,4}|[ivxlc]{1,6})\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLINE = Pattern.compile("^(?:[IVXLC]+|[A-Z]|\\d{1,2})\\.\\s.*");
    /** Under a "TABLE OF CONTENTS" heading, a short line that ends in a page number after a space. */
    private static final Pattern TRAILING_PAGE = Pattern.compile("^\\D.{2,118}\\s(?:\\d{1,3}|[ivx]{1,5})$");

    private TableOfContents() {
    }

    static boolean isHeading(String t) {
        return HEADING.matcher(t.strip()).matches();
    }

    /** The lines that are entries of a table of contents (not its heading), by identity. */
    static Set<RawLine> entries(List<RawLine> lines) {
        Set<RawLine> entries = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean underHeading = false;
        for (int i = 0; i < lines.size(); i++) {
            RawLine l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            String t = l.text();
            if (isHeading(t)) {
                underHeading = true;
                continue;
            }
            if (hasPageNumber(t, underHeading)) {
                entries.add(l);
                continue;
            }
            // an entry whose title wraps: its first line has no page number, the next line does
            RawLine next = nextNonBlank(lines, i);
            boolean wrapped = t.length() <= 120 && next != null && hasPageNumber(next.text(), underHeading)
                    && (underHeading || previousIsEntry(lines, i, entries));
            if (wrapped) {
                entries.add(l);
            } else {
                underHeading = false;
            }
        }
        return entries;
    }

    private static boolean hasPageNumber(String t, boolean underHeading) {
        if (!mayEndInAPageNumber(t)) {
            return false;
        }
        if (mayHoldALeader(t) && LEADER.matcher(t).find() || underHeading && TRAILING_PAGE.matcher(t.strip()).matches()) {
            return true;
        }
        // a tab before a number is also how a table prints a figure, so only a heading-like line counts
        if (t.indexOf('\t') < 0) {
            return false;
        }
        Matcher m = TAB_PAGE.matcher(t);
        if (!m.matches()) {
            return false;
        }
        String before = m.group(1).strip();
        return underHeading || PleadingParser.isMostlyUpper(before) || OUTLINE.matcher(before).matches()
                || PleadingParser.COUNT_HEADING.matcher(before).find();
    }

    /** Cheap tests that let most lines of a body skip the patterns: an entry ends in a page number, arabic or roman. */
    private static boolean mayEndInAPageNumber(String t) {
        for (int i = t.length() - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c >= '0' && c <= '9' || "ivxlcIVXLC".indexOf(c) >= 0;
            }
        }
        return false;
    }

    private static boolean mayHoldALeader(String t) {
        return t.contains("..") || t.contains(". .") || t.indexOf('\u2026') >= 0 || t.contains("____");
    }

    private static RawLine nextNonBlank(List<RawLine> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return lines.get(j);
            }
        }
        return null;
    }

    private static boolean previousIsEntry(List<RawLine> lines, int i, Set<RawLine> entries) {
        for (int j = i - 1; j >= 0; j--) {
            if (!lines.get(j).isBlank()) {
                return entries.contains(lines.get(j));
            }
        }
        return false;
    }
}
