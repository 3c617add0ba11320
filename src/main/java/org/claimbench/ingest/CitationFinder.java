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
    private static final Pattern CASE = Pattern.compile(
            "(?:((?:[A-Z][\\w.'&\u2019-]*|of|the|and|&|ex|rel\\.|in|re|for)(?:[\\s,]+(?:[A-Z][\\w.'&\u2019-]*|of|the|and|&|ex|rel\\.|for|Inc\\.|Co\\.|Corp\\.|LLC|Ltd\\.)){0,8}"
                    + "\\s+v\\.\\s+(?:[A-Z][\\w.'&\u2019-]*)(?:[\\s,]+(?:[A-Z][\\w.'&\u2019-]*|of|the|and|&|Inc\\.|Co\\.|Corp\\.|LLC|Ltd\\.)){0,8}),\\s+)?"
                    + "\\b(\\d{1,4})\\s+" + REPORTER + "\\s+(\\d{1,6})(?:,\\s*\\d+(?:[-\u2013]\\d+)?)?(?:\\s*\\([^)]{0,40}\\d{4}\\))?");
    private static final Pattern EXHIBIT = Pattern.compile("\\b(?:Exhibits?|EXHIBITS?|Exh?\\.|EXH?\\.)\\s+(?:[A-Z]{1,2}|\\d{1,3})(?:-\\d+)?\\b");

    private CitationFinder() {
    }

    public static List<ParsedCitation> find(String text, List<Segment> segments) {
        List<ParsedCitation> found = new ArrayList<>();
        collect(found, text, FEDERAL, CitationKind.STATUTE, segments);
        collect(found, text, STATE_CODE, CitationKind.STATUTE, segments);
        collect(found, text, NAMED_CODE_SECTION, CitationKind.STATUTE, segments);
        collect(found, text, SECTION_OF_CODE, CitationKind.STATUTE, segments);
        collect(found, text, REGULATION, CitationKind.REGULATION, segments);
        collect(found, text, CASE, CitationKind.CASE, segments);
        collect(found, text, EXHIBIT, CitationKind.EXHIBIT, segments);
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

    private static void collect(List<ParsedCitation> out, String text, Pattern p, CitationKind kind, List<Segment> segments) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            String t = m.group().replaceAll("[\\s,;]+$", "");
            if (kind == CitationKind.CASE && t.matches("^\\d+\\s+WL.*") && !t.matches(".*WL\\s+\\d{4,}.*")) {
                continue;
            }
            out.add(new ParsedCitation(kind, t.replaceAll("\\s+", " "), m.start(), m.start() + t.length(), segmentAt(segments, m.start())));
        }
    }

    private static int segmentAt(List<Segment> segments, int offset) {
        for (Segment s : segments) {
            if (s.contains(offset)) {
                return s.ordinal();
            }
        }
        return -1;
    }
}
