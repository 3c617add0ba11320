package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.CitationKind;
import org.claimbench.domain.Segment;

/** Finds statutes, regulations, case citations and exhibit references in normalised text. */
public final class CitationFinder {

    private static final String SECTION = "\\d+[A-Za-z]?(?:[-.\u2013]\\d+[A-Za-z]?)*(?:\\([A-Za-z0-9]{1,4}\\))*";
    private static final String SECTIONS = SECTION + "(?:\\s*(?:,|,?\\s*and|,?\\s*&)\\s*(?!\\d+\\s+U\\.)" + SECTION + ")*(?:\\s+et\\s+seq\\.)?";
    private static final Pattern FEDERAL = Pattern.compile(
            "\\b\\d{1,2}\\s+U\\.\\s?S\\.\\s?C\\.(?:\\s?A\\.)?\\s*(?:\u00a7\u00a7?\\s*|[Ss]ections?\\s+|[Ss]ecs?\\.\\s*)?" + SECTIONS);
    private static final Pattern STATE_CODE = Pattern.compile(
            "\\b(?:Cal\\.|California|N\\.Y\\.|Tex\\.|Fla\\.|Ill\\.|Wash\\.|Mass\\.|Pa\\.|N\\.J\\.|Ga\\.|Ohio|Mich\\.|Va\\.|Colo\\.|Ariz\\.|Or\\.|Nev\\.)"
                    + "\\s+(?:[A-Z][a-z]*\\.?\\s+(?:&\\s+|and\\s+)?){0,4}(?:Code|Law|Stat\\.|Statutes|Ann\\.)(?:\\s+Ann\\.)?\\s*"
                    + "(?:\u00a7\u00a7?\\s*|[Ss]ections?\\s+|[Ss]ecs?\\.\\s*)" + SECTIONS);
    private static final String CODE_NAME = "(?:Civil|Penal|Business\\s+(?:and|&)\\s+Professions|Government|Labor|Evidence"
            + "|Health\\s+(?:and|&)\\s+Safety|Insurance|Corporations|Commercial|Family|Probate|Vehicle|Education|Welfare\\s+(?:and|&)\\s+Institutions)";
    private static final Pattern NAMED_CODE_SECTION = Pattern.compile(
            "\\b(?:[Cc]alifornia\\s+)?(?:" + CODE_NAME + "\\s+Code|Code\\s+of\\s+Civil\\s+Procedure)\\s+(?:[Ss]ections?|\u00a7\u00a7?)\\s*" + SECTIONS);
    private static final Pattern SECTION_OF_CODE = Pattern.compile(
            "\\b[Ss]ections?\\s+" + SECTIONS + "\\s+of\\s+the\\s+(?:[Cc]alifornia\\s+)?(?:" + CODE_NAME + "\\s+Code|Code\\s+of\\s+Civil\\s+Procedure)");
    private static final Pattern REGULATION = Pattern.compile(
            "\\b\\d{1,2}\\s+C\\.\\s?F\\.\\s?R\\.\\s*(?:[Pp]arts?\\s+|\u00a7\u00a7?\\s*)?" + SECTIONS);
    private static final String REPORTER = "(?:U\\.\\s?S\\.|S\\.\\s?Ct\\.|L\\.\\s?Ed\\.(?:\\s?2d)?|F\\.(?:\\s?(?:2d|3d|4th))?|F\\.\\s?Supp\\.(?:\\s?(?:2d|3d))?"
            + "|F\\.\\s?App'x|Cal\\.(?:\\s?App\\.)?(?:\\s?(?:2d|3d|4th|5th))?|Cal\\.\\s?Rptr\\.(?:\\s?(?:2d|3d))?|P\\.(?:\\s?(?:2d|3d))?"
            + "|N\\.E\\.(?:\\s?(?:2d|3d))?|N\\.W\\.(?:\\s?2d)?|S\\.E\\.(?:\\s?2d)?|S\\.W\\.(?:\\s?(?:2d|3d))?|So\\.(?:\\s?(?:2d|3d))?"
            + "|A\\.(?:\\s?(?:2d|3d))?|N\\.Y\\.(?:\\s?(?:2d|3d))?|B\\.R\\.|WL)";
    private static final String NAME_WORD = "(?:[A-Z][\\w.'&\u2019-]*|of|the|and|&|ex|rel\\.|in|re|for|Inc\\.|Co\\.|Corp\\.|LLC|Ltd\\.)";
    /** A reporter cite: volume, reporter, first page, pin cite and year. */
    private static final Pattern REPORTER_CITE = Pattern.compile(
            "\\b(\\d{1,4})\\s+" + REPORTER + "\\s+(\\d{1,6})(?:,\\s*\\d+(?:[-\u2013]\\d+)?)?(?:\\s*\\([^)]{0,40}\\d{4}\\))?");
    /** The case name just before a reporter cite: "Bell Atlantic Corp. v. Twombly, ". */
    private static final Pattern CASE_NAME_BEFORE = Pattern.compile(
            "([A-Z][\\w.'&\u2019-]*(?:[\\s,]+" + NAME_WORD + "){0,8}\\s+v\\.\\s+[A-Z][\\w.'&\u2019-]*(?:[\\s,]+" + NAME_WORD + "){0,8}),\\s+$");
    private static final Pattern TRAILING = Pattern.compile("[\\s,;]+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SHORT_WL = Pattern.compile("^\\d+\\s+WL\\s+\\d{1,3}\\b.*");
    private static final Pattern EXHIBIT = Pattern.compile("\\b(?:Exhibits?|EXHIBITS?|Exh?\\.|EXH?\\.)\\s+(?:[A-Z]{1,2}|\\d{1,3})(?:-\\d+)?\\b");

    private CitationFinder() {
    }

    public static List<ParsedCitation> find(String text, List<Segment> segments) {
        Lines lines = new Lines(text);
        List<ParsedCitation> found = new ArrayList<>();
        collect(found, text, lines.containing("U.S.C", "U. S. C"), FEDERAL, CitationKind.STATUTE, segments);
        collect(found, text, lines.containing("Code", "Stat", "Law", "Ann."), STATE_CODE, CitationKind.STATUTE, segments);
        collect(found, text, lines.containing("Code"), NAMED_CODE_SECTION, CitationKind.STATUTE, segments);
        collect(found, text, lines.containing("Code"), SECTION_OF_CODE, CitationKind.STATUTE, segments);
        collect(found, text, lines.containing("C.F.R", "C. F. R"), REGULATION, CitationKind.REGULATION, segments);
        collectCases(found, text, lines.containing("U.S.", "U. S.", "Ct.", "F.", "Cal.", "P.", "N.E.", "N.W.", "S.E.", "S.W.", "So.",
                "A.", "N.Y.", "B.R.", "WL", "Ed.", "App'x"), segments);
        collect(found, text, lines.containing("Ex", "EX"), EXHIBIT, CitationKind.EXHIBIT, segments);
        found.sort(Comparator.comparingInt(ParsedCitation::start).thenComparing(c -> -(c.end() - c.start())));
        List<ParsedCitation> kept = new ArrayList<>();
        int reach = -1;
        for (ParsedCitation c : found) {
            if (c.start() >= reach) {
                kept.add(c);
                reach = c.end();
            }
        }
        return kept;
    }

    /**
     * The text's lines, and which of them hold a trigger string. A citation never spans lines of the normalised
     * text, so each pattern need only run over the lines that hold one of its fixed parts.
     */
    private static final class Lines {
        private final String text;
        private final int[] starts;

        Lines(String text) {
            this.text = text;
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                s.add(i + 1);
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        /** [start, end) of each line that contains any of the triggers, in order. */
        List<int[]> containing(String... triggers) {
            java.util.BitSet hit = new java.util.BitSet(starts.length);
            for (String t : triggers) {
                for (int i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) {
                    int line = lineOf(i);
                    hit.set(line);
                    i = Math.max(i, end(line) - 1); // on to the next line
                }
            }
            List<int[]> out = new ArrayList<>();
            for (int l = hit.nextSetBit(0); l >= 0; l = hit.nextSetBit(l + 1)) {
                out.add(new int[] {starts[l], end(l)});
            }
            return out;
        }

        private int end(int line) {
            return line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
        }

        private int lineOf(int offset) {
            int i = java.util.Arrays.binarySearch(starts, offset);
            return i >= 0 ? i : -i - 2;
        }
    }

    private static void collect(List<ParsedCitation> out, String text, List<int[]> lines, Pattern p, CitationKind kind,
                                List<Segment> segments) {
        Matcher m = p.matcher(text);
        for (int[] line : lines) {
            m.region(line[0], line[1]);
            while (m.find()) {
                String t = TRAILING.matcher(m.group()).replaceFirst("");
                out.add(new ParsedCitation(kind, WHITESPACE.matcher(t).replaceAll(" "), m.start(), m.start() + t.length(),
                        segmentAt(segments, m.start())));
            }
        }
    }

    /** Case citations: find each reporter cite, then look just before it for the case name. */
    private static void collectCases(List<ParsedCitation> out, String text, List<int[]> lines, List<Segment> segments) {
        Matcher m = REPORTER_CITE.matcher(text);
        for (int[] line : lines) {
            m.region(line[0], line[1]);
            while (m.find()) {
                addCase(out, text, m, segments);
            }
        }
    }

    private static void addCase(List<ParsedCitation> out, String text, Matcher m, List<Segment> segments) {
        if (SHORT_WL.matcher(m.group()).matches()) {
            return; // "2 WL 5": not a Westlaw cite
        }
        int start = m.start();
        int windowStart = Math.max(0, start - 160);
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        Matcher name = CASE_NAME_BEFORE.matcher(text).region(Math.max(windowStart, lineStart), start);
        if (name.find()) {
            start = name.start(1);
        }
        String t = TRAILING.matcher(text.substring(start, m.end())).replaceFirst("");
        out.add(new ParsedCitation(CitationKind.CASE, WHITESPACE.matcher(t).replaceAll(" "), start, start + t.length(),
                segmentAt(segments, start)));
    }

    /** The ordinal of the segment holding {@code offset}, or -1. */
    private static int segmentAt(List<Segment> segments, int offset) {
        Segment s = org.claimbench.domain.Segments.at(segments, offset);
        return s == null ? -1 : s.ordinal();
    }
}
