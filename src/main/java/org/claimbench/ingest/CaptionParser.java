package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.Caption;

/**
 * Reads court, case number, title and parties from the caption lines.
 *
 * <p>A caption is often printed in two columns: the parties on the left, the case number and title on the right,
 * with a column of ")" or "§" between them or only a wide gap. The reader marks a wide gap with a tab; without
 * one, a lone ")" or "§" still shows where the columns meet. Each line is first cut into its left and right cell,
 * so that a case number or a title printed beside a party never becomes part of the party's name.
 */
final class CaptionParser {

    /** One printed line cut into its columns; a line printed across the page has only a left cell. */
    record Row(String left, String right) {
        String cell(boolean inRight) {
            return inRight ? right : left;
        }
    }

    private static final Pattern LONE_PAREN = Pattern.compile("(?:^|\\s)\\)(?=\\s|$)");
    // "§ 1983" in a title is a citation, not a column; "§ 224TH JUDICIAL DISTRICT" is a column
    private static final Pattern LONE_SECTION = Pattern.compile("(?:^|\\s)\u00a7(?=\\s+(?!\\d[\\d.()a-z\\-]*(?:[\\s,;]|$))|\\s*$)");
    private static final Pattern COLUMN_MARK = Pattern.compile("^[)\u00a7:]+$");

    /** A case number; Cook County's "2024 L 004512" and "2023 CH 01234" keep their spaces. */
    private static final String NUMBER_VALUE = "(\\d{2,4}\\s[A-Z]{1,3}\\s\\d{2,7}\\b|(?:[A-Z]{1,4}\\s)?[A-Za-z0-9][A-Za-z0-9:\\-./]*\\d[A-Za-z0-9:\\-./]*)";
    private static final Pattern NUMBER_LABEL = Pattern.compile(
            "(?i)(?:\\b(?:(?:civil\\s+)?case|civil\\s+action|civil|index|cause|docket|c\\.\\s?a\\.)\\s+(?:no\\b\\.?|number\\b|#)|^no\\s*[.:]|^number\\b)\\s*:?\\s*");
    private static final Pattern NUMBER_AT_START = Pattern.compile("^" + NUMBER_VALUE);
    private static final Pattern FEDERAL_NUMBER = Pattern.compile("\\b\\d{1,2}:\\d{2}-[a-zA-Z]{2,4}-\\d{1,6}(?:-[A-Z]{2,5})*\\b");
    /** A case number printed after a party on the same line when the reader kept no gap between them. */
    private static final Pattern EMBEDDED_NUMBER = Pattern.compile(
            "^(.*?\\S)\\s+((?:(?i:case|civil\\s+action|index|cause)\\s+(?i:no\\b\\.?|number\\b)|(?i:no\\.)\\s*(?=\\d{1,2}[:-]\\d{2})|(?=\\d{1,2}:\\d{2}-[a-zA-Z]{2})).*)$");

    private static final Pattern VERSUS = Pattern.compile("^(?:v\\.?|vs\\.?|versus|-+\\s*against\\s*-+|against|-\\s*v\\.?\\s*-)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_VERSUS = Pattern.compile("\\s(?:v\\.|vs\\.?|VS\\.?|-against-|versus)\\s");
    /** "V." may also be a middle initial ("JOHN V. SMITH"), so it divides the sides only where nothing else does. */
    private static final Pattern INLINE_CAPITAL_V = Pattern.compile("\\sV\\.\\s");
    private static final Pattern PLAINTIFF_MARK = Pattern.compile(
            ",?\\s*\\b(?:Plaintiffs?|PLAINTIFFS?|Petitioners?|PETITIONERS?|Relators?|RELATORS?|Claimants?|CLAIMANTS?)(?:\\(s\\)|\\(S\\))?"
                    + "(?=\\s*(?:[.,;:]|$))[.,;:]?");
    private static final Pattern DEFENDANT_MARK = Pattern.compile(
            ",?\\s*\\b(?:Defendants?|DEFENDANTS?|Respondents?|RESPONDENTS?)(?:\\(s\\)|\\(S\\))?(?=\\s*(?:[.,;:]|$))[.,;:]?");
    private static final Pattern COURT = Pattern.compile("(?i)\\bCOURT\\b");
    private static final Pattern COURT_CONTINUATION = Pattern.compile(
            "^(FOR\\s+THE|IN\\s+AND\\s+FOR|OF\\s+THE|COUNTY\\s+OF|CITY\\s+AND\\s+COUNTY|(NORTHERN|SOUTHERN|EASTERN|WESTERN|CENTRAL|MIDDLE)\\s+DISTRICT"
                    + "|DISTRICT\\s+OF|STATE\\s+OF|COMMONWEALTH\\s+OF|[A-Z .,'-]+\\s+DIVISION$|[A-Z .'-]+\\s+COUNTY(,\\s*[A-Z .]+)?$"
                    + "|[A-Z0-9 .'-]*JUDICIAL\\s+(DISTRICT|CIRCUIT)\\b|AT\\s+[A-Z]+$|[A-Z ]+\\s+PART$)");
    private static final Pattern OPEN_END = Pattern.compile("(?i)\\b(OF|FOR|IN AND FOR|OF THE|FOR THE)$");
    private static final Pattern JOINING_START = Pattern.compile("(?i)^(FOR|IN AND FOR|OF)\\b");
    /** Lines of a caption that are neither a party nor a role: title, number, judge, jury demand, rules. */
    private static final Pattern NOT_A_PARTY = Pattern.compile(
            "COMPLAINT|\\bPETITION\\b(?!ER)|JURY|CLASS\\s+ACTION|(?i:^\\(\\d+\\))|(?i:^(judge|hon\\.|honorable|magistrate|dept\\.?|department|courtroom|ctrm"
                    + "|action\\s+filed|complaint\\s+filed|trial\\s+date)\\b)|^\\[.*\\]$|UNLIMITED|^[-_=*.xX\\s]{3,}$|^[xX]$"
                    + "|^\\d+$|(?i:demand\\s+for)");
    private static final Pattern ATTORNEY_LINE = Pattern.compile(
            "(?i)\\battorneys?\\s+for\\b|\\bcounsel\\s+for\\b|@|\\btelephone\\b|\\bfacsimile\\b|\\bfax\\b|\\(SBN|\\bbar\\s+no\\b|\\bEsq\\.|\\bsuite\\s+\\d"
                    + "|\\bpro\\s+hac\\s+vice\\b|\\b\\d{5}(?:-\\d{4})?$|\\(\\d{3}\\)\\s*\\d{3}-\\d{4}");
    private static final Pattern ATTORNEY_FOR_ALONE = Pattern.compile("(?i).*\\b(attorneys?|counsel)\\s+for\\s+(the\\s+)?(plaintiffs?|defendants?|petitioners?)\\s*$");

    /** What a caption says about a party beside its name: its form, its capacity, whom it sues for. */
    private static final Pattern DESCRIPTOR = Pattern.compile(
            "(?:,|^)\\s*(?:(?i:an?)\\s+[^,;]{0,60}?\\b(?i:corporation|company|partnership|individual|entity|association|L\\.?L\\.?C\\.?"
                    + "|trust|business|organization|agency|subdivision|municipality|minor|resident|citizen|proprietorship|cooperative"
                    + "|non-?profit|bank|government|instrumentality|person|adult|foundation|union|institution|limited|L\\.?P\\.?|enterprise)\\b"
                    + "(?:(?!\\s(?:and|AND)\\s+\\p{Lu})[^,;]){0,200}"
                    + "|(?i:individually)(?:\\s+and\\s+(?:on\\s+behalf\\s+of|as|in)\\b[^,;]*)?"
                    + "|(?i:(?:for\\s+and\\s+)?on\\s+behalf\\s+of)\\s+[^,;]*"
                    + "|(?i:in\\s+(?:his|her|their|its)\\s+[^,;]*capacit(?:y|ies))(?:\\s+as\\s+[^,;]*)?"
                    + "|(?i:(?:and\\s+)?as\\s+(?:the\\s+)?(?:trustees?|executor|executrix|administrat\\w+|personal\\s+representative|guardian|parent|next\\s+friend|successor)\\b)[^,;]*"
                    + "|(?i:by\\s+and\\s+through)\\s+[^,;A-Z]*"
                    + "|(?i:husband\\s+and\\s+wife|wife\\s+and\\s+husband|a\\s+married\\s+couple)"
                    + "|(?i:inclusive|et\\s+al\\.?))(?=\\s*(?:[,;]|$)|\\s+(?:and|AND)\\s+\\p{Lu})");
    private static final Pattern CORPORATE_SUFFIX = Pattern.compile(
            ",\\s*(Inc\\.?|INC\\.?|Incorporated|INCORPORATED|LLC|L\\.L\\.C\\.|Corp\\.?|CORP\\.?|Co\\.|CO\\.|Ltd\\.?|LTD\\.?|Limited|LIMITED|L\\.P\\.|LP|LLP"
                    + "|L\\.L\\.P\\.|N\\.A\\.|P\\.C\\.|PC|PLLC|P\\.A\\.|PLC|S\\.A\\.|N\\.V\\.|B\\.V\\.|GmbH|AG|Jr\\.|JR\\.|Sr\\.|SR\\.|II|III|IV)(?=\\W|$)");
    private static final Pattern ALIAS = Pattern.compile(
            ",\\s*(d/b/a|D/B/A|dba|DBA|d\\.b\\.a\\.|f/k/a|F/K/A|a/k/a|A/K/A|(?i:formerly\\s+known\\s+as|also\\s+known\\s+as|doing\\s+business\\s+as))\\s");
    private static final Pattern ENDS_WITH_SUFFIX = Pattern.compile(
            "(?i)(?:\\b(?:inc|incorporated|llc|l\\.l\\.c|corp|corporation|co|company|ltd|limited|l\\.p|lp|llp|l\\.l\\.p|n\\.a|p\\.c|pllc|plc)\\.?)$");
    private static final Set<String> ORGANISATION_WORDS = Set.of("INC", "LLC", "CORP", "CORPORATION", "COMPANY", "CO", "BANK", "TRUST", "FUND",
            "PLAN", "GROUP", "ASSOCIATION", "ASSOCIATES", "UNION", "BOARD", "COUNCIL", "COMMITTEE", "DEPARTMENT", "AGENCY", "COMMISSION",
            "SERVICES", "SYSTEMS", "HOLDINGS", "PARTNERS", "UNIVERSITY", "COLLEGE", "SCHOOL", "HOSPITAL", "CENTER", "FOUNDATION", "INSTITUTE",
            "SOCIETY", "CITY", "COUNTY", "STATE", "TOWN", "VILLAGE", "AUTHORITY", "DISTRICT", "TECHNOLOGIES", "ELECTRONICS", "INDUSTRIES",
            "ENTERPRISES", "INTERNATIONAL", "AMERICA", "USA", "LTD", "LP", "LLP", "PLC", "TRUSTEES", "ESTATE", "OF", "THE", "FOR", "INSURANCE",
            "MEDICAL", "HEALTH", "WELFARE", "PENSION", "TRAINING", "EDUCATIONAL", "PARTNERSHIP", "SECURITIES", "FINANCIAL");
    private static final Set<String> ABBREVIATIONS = Set.of("INC", "CORP", "CO", "LTD", "JR", "SR", "BROS", "ASSN", "INTL", "NO", "ST", "MFG",
            "COS", "DEPT", "L.L.C", "N.A", "P.C", "L.P", "P.A", "S.A", "U.S", "U.S.A", "ET AL");

    private CaptionParser() {
    }

    static Caption parse(List<RawLine> lines) {
        if (lines.isEmpty()) {
            return Caption.empty();
        }
        boolean tabbed = lines.stream().anyMatch(l -> l.text().indexOf('\t') >= 0);
        List<Row> rows = new ArrayList<>();
        for (RawLine l : lines) {
            Row r = row(l, tabbed);
            if (!r.left().isEmpty() || !r.right().isEmpty()) {
                rows.add(r);
            }
        }
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (Row r : rows) {
            add(left, r.left());
            add(right, r.right());
        }

        int[] court = courtPlace(rows);
        String courtName = court == null ? null : courtName(rows, court);
        String caseNumber = caseNumber(rows);
        String title = title(right.isEmpty() ? left : right, left);
        List<String> plaintiffs = new ArrayList<>();
        List<String> defendants = new ArrayList<>();
        parties(rows, court, plaintiffs, defendants);
        return new Caption(courtName, caseNumber, title, plaintiffs, defendants);
    }

    // ---- columns ---------------------------------------------------------------------------------------

    static Row row(RawLine line, boolean tabbed) {
        String text = line.text();
        if (text.indexOf('\t') >= 0) {
            return tabbedRow(text);
        }
        Matcher paren = LONE_PAREN.matcher(text);
        if (paren.find()) {
            return embedded(text.substring(0, paren.start()).strip(), text.substring(paren.end()).strip());
        }
        Matcher section = LONE_SECTION.matcher(text);
        if (section.find()) {
            return embedded(text.substring(0, section.start()).strip(), text.substring(section.end()).strip());
        }
        // New York's column of colons, the last mark on a party's line: "ACME CORP. and :"
        if (text.matches(".*\\S\\s+:$")) {
            return embedded(text.substring(0, text.length() - 1).strip(), "");
        }
        // a line that starts far right in a caption whose other lines have columns is the right column's
        if (tabbed && !line.centered() && line.indent() >= 40) {
            return new Row("", text.strip());
        }
        return embedded(text.strip(), "");
    }

    private static Row tabbedRow(String text) {
        String[] parts = text.split("\t");
        String left = "";
        StringBuilder right = new StringBuilder();
        boolean markSeen = false;
        boolean leadingGap = parts.length > 0 && parts[0].isBlank();
        for (String raw : parts) {
            String p = raw.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (COLUMN_MARK.matcher(p).matches()) {
                markSeen = true;
                continue;
            }
            // the reader may keep the mark with a cell when the gap on one side of it is narrow
            if (p.matches("^[)\u00a7]\\s+.*")) {
                markSeen = true;
                p = p.substring(1).strip();
            }
            boolean markAfter = p.matches(".*\\s[)\u00a7]$");
            if (markAfter) {
                p = p.substring(0, p.length() - 1).strip();
            }
            if (left.isEmpty() && right.length() == 0 && !markSeen && !leadingGap) {
                left = p;
            } else {
                right.append(right.length() == 0 ? "" : " ").append(p);
            }
        }
        return embedded(left, right.toString());
    }

    /** Moves a case number printed on a party's line, with no gap kept, to the right cell. */
    private static Row embedded(String left, String right) {
        Matcher m = EMBEDDED_NUMBER.matcher(left);
        if (m.matches() && !m.group(1).matches("(?i).*\\b(case|civil|action|index|cause)$")) {
            String moved = m.group(2).strip();
            return new Row(m.group(1).strip(), right.isEmpty() ? moved : moved + " " + right);
        }
        return new Row(left, right);
    }

    private static void add(List<String> to, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            to.add(t);
        }
    }

    // ---- court -----------------------------------------------------------------------------------------

    /** The row and column ({0 = left, 1 = right}) where the court's name starts and the row after it ends. */
    private static int[] courtPlace(List<Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            for (int side = 0; side < 2; side++) {
                String c = r.cell(side == 1);
                if (COURT.matcher(c).find() && c.length() <= 160 && !c.isEmpty() && !Character.isLowerCase(c.charAt(0))
                        && !ATTORNEY_LINE.matcher(c).find()) {
                    int end = i + 1;
                    int gap = 0;
                    for (int j = i + 1; j < rows.size() && gap <= 1; j++) {
                        String next = rows.get(j).cell(side == 1);
                        if (next.isEmpty()) {
                            gap++;
                            continue;
                        }
                        if (!isCourtContinuation(next)) {
                            break;
                        }
                        end = j + 1;
                        gap = 0;
                    }
                    return new int[] {i, side, end};
                }
            }
        }
        return null;
    }

    private static boolean isCourtContinuation(String s) {
        // a party's line ends with a comma ("STATE OF OHIO,"); a court's rarely does
        return COURT_CONTINUATION.matcher(s).find() && !s.endsWith(",") && PleadingParser.isMostlyUpper(s);
    }

    private static String courtName(List<Row> rows, int[] court) {
        boolean inRight = court[1] == 1;
        StringBuilder sb = new StringBuilder();
        for (int j = court[0]; j < court[2]; j++) {
            String c = rows.get(j).cell(inRight).strip();
            if (c.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                boolean join = OPEN_END.matcher(sb).find() || JOINING_START.matcher(c).find();
                sb.append(join ? " " : ", ");
            }
            sb.append(c);
        }
        return sb.toString().replaceAll("\\s+", " ");
    }

    // ---- case number -----------------------------------------------------------------------------------

    /**
     * The number printed after a "Case No." label. A label left blank gives no number: a number found elsewhere
     * (a cited case, another action) would be the wrong one.
     */
    private static String caseNumber(List<Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            for (int side = 1; side >= 0; side--) {
                String cell = rows.get(i).cell(side == 1);
                Matcher label = NUMBER_LABEL.matcher(cell);
                if (!label.find()) {
                    continue;
                }
                String rest = cell.substring(label.end()).strip();
                Matcher v = NUMBER_AT_START.matcher(rest);
                if (v.find()) {
                    return clean(v.group(1));
                }
                if (rest.isEmpty() || rest.matches("[_\\s.-]+")) {
                    // the number may be printed on the line below its label
                    String below = nextCell(rows, i, side == 1);
                    Matcher b = NUMBER_AT_START.matcher(below);
                    if (b.find() && (FEDERAL_NUMBER.matcher(below).lookingAt() || below.matches("^[A-Za-z0-9:\\-./ ]+$"))) {
                        return clean(b.group(1));
                    }
                }
                return null;
            }
        }
        for (Row r : rows) {
            for (String c : List.of(r.right(), r.left())) {
                Matcher f = FEDERAL_NUMBER.matcher(c);
                if (f.find()) {
                    return f.group();
                }
            }
        }
        return null;
    }

    private static String nextCell(List<Row> rows, int i, boolean inRight) {
        for (int j = i + 1; j < rows.size() && j <= i + 2; j++) {
            String c = rows.get(j).cell(inRight).strip();
            if (!c.isEmpty()) {
                return c;
            }
        }
        return "";
    }

    private static String clean(String number) {
        return number.strip().replaceAll("[.,;:]$", "");
    }

    // ---- title -----------------------------------------------------------------------------------------

    private static String title(List<String> preferred, List<String> fallback) {
        for (List<String> lines : List.of(preferred, fallback)) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("COMPLAINT") || lines.get(i).matches("(?i)^(first |second |third )?amended complaint.*")
                        || lines.get(i).matches(".*\\bPETITION\\b.*")) {
                    StringBuilder sb = new StringBuilder(stripCaseNumber(lines.get(i)));
                    for (int j = i + 1; j < lines.size(); j++) {
                        String next = lines.get(j);
                        if (!PleadingParser.isMostlyUpper(next) || COURT.matcher(next).find() || NUMBER_LABEL.matcher(next).lookingAt()) {
                            break;
                        }
                        // "COMPLAINT FOR DAMAGES" + "DEMAND FOR JURY TRIAL" are two titles of one paper
                        boolean separate = next.matches("(?i)^(demand for jury trial|jury trial demanded|and demand for jury trial)\\b.*")
                                && !next.regionMatches(true, 0, "and", 0, 3);
                        sb.append(separate ? "; " : " ").append(next);
                    }
                    String t = sb.toString().replaceAll("\\s+", " ").replaceAll("[;:,]$", "").trim();
                    if (!t.isEmpty()) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    private static String stripCaseNumber(String line) {
        return FEDERAL_NUMBER.matcher(line).replaceAll("").replaceAll("(?i)\\b(case|civil action)\\s+no\\.?\\s*:?", "").trim();
    }

    // ---- parties ---------------------------------------------------------------------------------------

    private static void parties(List<Row> rows, int[] court, List<String> plaintiffs, List<String> defendants) {
        int to = rows.size();
        int from = attorneyEnd(rows, firstVersus(rows));
        if (court != null) {
            // a court printed in the right column ("§ IN THE DISTRICT COURT OF") sits beside the parties
            from = court[1] == 1 ? court[0] : court[2];
        }
        if (sides(cells(rows, from, to), plaintiffs, defendants)) {
            return;
        }
        if (court != null && court[0] > 0) {
            // some transcriptions print the parties above the court's name
            sides(cells(rows, attorneyEnd(rows, court[0]), court[0]), plaintiffs, defendants);
        }
    }

    private static int firstVersus(List<Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            String c = rows.get(i).left().strip();
            if (VERSUS.matcher(c).matches() || INLINE_VERSUS.matcher(c).find()) {
                return i;
            }
        }
        return rows.size();
    }

    /** The first row after the attorneys' names and addresses printed above the caption. */
    private static int attorneyEnd(List<Row> rows, int before) {
        int end = 0;
        for (int i = 0; i < before; i++) {
            String t = rows.get(i).left() + " " + rows.get(i).right();
            if (ATTORNEY_LINE.matcher(t).find()) {
                end = i + 1;
                // "Attorneys for Plaintiff" with the client's name below, unless that name opens the caption itself
                if (ATTORNEY_FOR_ALONE.matcher(t.strip()).matches() && i + 2 < rows.size()
                        && !PLAINTIFF_MARK.matcher(rows.get(i + 2).left()).find() && !VERSUS.matcher(rows.get(i + 2).left().strip()).matches()) {
                    end = Math.min(before, i + 2);
                }
            }
        }
        return end;
    }

    private static List<String> cells(List<Row> rows, int from, int to) {
        List<String> out = new ArrayList<>();
        for (Row r : rows.subList(Math.min(from, to), to)) {
            String c = r.left().strip();
            if (!c.isEmpty() && !NOT_A_PARTY.matcher(c).find() && !NUMBER_LABEL.matcher(c).find() && !FEDERAL_NUMBER.matcher(c).find()
                    && !COURT.matcher(c).find()) {
                out.add(c);
            }
        }
        return out;
    }

    /** Splits the party cells at "v." (or the role words) into the two sides; false when neither side is known. */
    private static boolean sides(List<String> cells, List<String> plaintiffs, List<String> defendants) {
        int versus = -1;
        for (int i = 0; i < cells.size() && versus < 0; i++) {
            if (VERSUS.matcher(cells.get(i)).matches()) {
                versus = i;
            }
        }
        List<String> before;
        List<String> after;
        if (versus >= 0) {
            before = cells.subList(0, versus);
            after = cells.subList(versus + 1, cells.size());
        } else {
            int inline = -1;
            String[] halves = null;
            for (Pattern p : List.of(INLINE_VERSUS, INLINE_CAPITAL_V)) {
                for (int i = 0; i < cells.size() && inline < 0; i++) {
                    String[] h = p.split(cells.get(i), 2);
                    if (h.length == 2) {
                        inline = i;
                        halves = h;
                    }
                }
            }
            if (inline >= 0) {
                before = new ArrayList<>(cells.subList(0, inline));
                before.add(halves[0]);
                after = new ArrayList<>();
                after.add(halves[1]);
                after.addAll(cells.subList(inline + 1, cells.size()));
            } else {
                // no "v." at all: the role words alone still divide the sides
                int mark = markedCell(cells, PLAINTIFF_MARK);
                if (mark < 0 || markedCell(cells.subList(mark + 1, cells.size()), DEFENDANT_MARK) < 0) {
                    return false;
                }
                Matcher m = PLAINTIFF_MARK.matcher(cells.get(mark));
                m.find();
                before = new ArrayList<>(cells.subList(0, mark));
                before.add(cells.get(mark).substring(0, m.end()));
                after = new ArrayList<>();
                String rest = cells.get(mark).substring(m.end()).strip();
                if (!rest.isEmpty()) {
                    after.add(rest);
                }
                after.addAll(cells.subList(mark + 1, cells.size()));
            }
        }
        plaintiffs.addAll(names(before, PLAINTIFF_MARK));
        defendants.addAll(names(after, DEFENDANT_MARK));
        return !plaintiffs.isEmpty() || !defendants.isEmpty();
    }

    private static int markedCell(List<String> cells, Pattern mark) {
        for (int i = 0; i < cells.size(); i++) {
            if (mark.matcher(cells.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    /** The names on one side, up to its role word ("Plaintiffs,"); what follows the role word is not a party. */
    private static List<String> names(List<String> cells, Pattern roleMark) {
        StringBuilder sb = new StringBuilder();
        for (String cell : cells) {
            Matcher m = roleMark.matcher(cell);
            boolean last = m.find();
            String c = last ? cell.substring(0, m.start()) : cell;
            if (c.strip().matches("(?i)and|&|and/or")) {
                // "and" alone on a line divides names that each take several lines
                sb.append("; ");
            } else if (!c.isBlank()) {
                sb.append(sb.length() == 0 ? "" : " ").append(c.strip());
            }
            if (last) {
                break;
            }
        }
        return partyNames(sb.toString().replaceAll("\\s+", " ").trim());
    }

    /**
     * Splits "A, B and C" into names wherever "and" stands, for lists of short names such as a count's "against
     * Brightline and Pellam".
     */
    static List<String> splitNames(String text) {
        return names(text, true);
    }

    /**
     * Splits a caption's "A, B, and C; D, Inc., a Delaware corporation" into names, keeping corporate suffixes and
     * the "and" inside one name.
     */
    static List<String> partyNames(String text) {
        return names(text, false);
    }

    private static List<String> names(String text, boolean everyAnd) {
        String t = DESCRIPTOR.matcher(text).replaceAll("");
        t = t.replaceAll("\\s*,(?:\\s*,)+", ",").replaceAll("^\\s*,", "");
        t = CORPORATE_SUFFIX.matcher(t).replaceAll("\u0001$1");
        t = ALIAS.matcher(t).replaceAll("\u0001$1 ");
        List<String> out = new ArrayList<>();
        for (String piece : t.split(";")) {
            for (String part : piece.split(",\\s*(?:and|AND|And|&|or|OR)\\s+|,")) {
                String tidy = tidy(part);
                List<String> split = everyAnd ? Arrays.stream(tidy.split("\\s+(?:and|AND|&)\\s+")).map(CaptionParser::tidy).toList()
                        : splitOnBareAnd(tidy);
                for (String name : split) {
                    if (isName(name)) {
                        out.add(name);
                    }
                }
            }
        }
        return out;
    }

    private static String tidy(String part) {
        String name = part.replace("\u0001", ",").replaceAll("\\s*,\\s*", ", ").replaceAll("\\s+", " ").trim()
                .replaceAll("^(?:and|AND|or|OR|&)\\s+", "").replaceAll("\\s+(?:and|AND|or|OR|&)$", "")
                .replaceAll("[,;:]+$", "").trim();
        return dropSentenceStop(name);
    }

    /** "ACME CORP." keeps its period; "JOHN SMITH." from "JANE ROE v. JOHN SMITH." does not. */
    private static String dropSentenceStop(String name) {
        if (!name.endsWith(".")) {
            return name;
        }
        String lastWord = name.substring(name.lastIndexOf(' ') + 1, name.length() - 1).toUpperCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lastWord) || lastWord.length() <= 1 || lastWord.contains(".")) {
            return name;
        }
        return name.substring(0, name.length() - 1);
    }

    /**
     * "JANE ROE and JOHN ROE" are two people, "ACME, INC. and BETA LLC" two companies and "CITY OF ELM and JOHN ROE" a
     * city and a person, but "TRUSTEES OF THE
     * SAFETY TRAINING AND EDUCATION FUND" and "SMITH AND WESSON" are one name each.
     */
    private static List<String> splitOnBareAnd(String name) {
        String[] pieces = name.split("\\s+(?:and|AND|&)\\s+");
        if (pieces.length < 2) {
            return List.of(name);
        }
        for (int i = 0; i < pieces.length; i++) {
            boolean complete = isPersonalName(pieces[i]) || i < pieces.length - 1 && GOVERNMENT.matcher(pieces[i]).matches() || (i < pieces.length - 1 && ENDS_WITH_SUFFIX.matcher(pieces[i]).find()
                    && pieces[i].split("\\s+").length >= 2) || (i == pieces.length - 1 && ENDS_WITH_SUFFIX.matcher(pieces[i - 1]).find()
                    && pieces[i - 1].split("\\s+").length >= 2)
                    // "MILLBROOK TERRACE CONDOMINIUM and HUDSON ROOFING CO., INC.": a company after a whole name
                    || (i == pieces.length - 1 && !name.contains("&") && ENDS_WITH_SUFFIX.matcher(pieces[i]).find()
                    && pieces[i].replaceAll("(?i)[,\\s]*\\b(inc|llc|l\\.l\\.c|corp|co|ltd|l\\.p|lp|llp)\\b\\.?", "").split("\\s+").length >= 2);
            if (!complete) {
                return List.of(name);
            }
        }
        return List.of(pieces);
    }

    /** "CITY OF SILVER MESA", "COUNTY OF KERN": a whole name before "and OFFICER LANA DREW". */
    private static final Pattern GOVERNMENT = Pattern.compile(
            "(?i)(?:THE\\s+)?(?:CITY|COUNTY|TOWN|TOWNSHIP|VILLAGE|BOROUGH|STATE|COMMONWEALTH|PARISH)\\s+OF\\s+[\\p{L}.'-]+(?:\\s+[\\p{L}.'-]+){0,2}");

    private static boolean isPersonalName(String s) {
        String[] words = s.split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        for (String w : words) {
            String bare = w.replaceAll("[.,]", "").toUpperCase(Locale.ROOT);
            if (ORGANISATION_WORDS.contains(bare) || !w.matches("[\\p{Lu}\\d][\\p{L}\\d'’.\\-]*")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isName(String name) {
        return !name.isEmpty() && name.matches(".*[\\p{L}\\d].*") && !name.matches("(?i)(plaintiffs?|defendants?|inclusive|et al\\.?|v\\.?|vs\\.?)")
                && !name.matches("[\\p{Ll}\\s,.'-]+") && !name.matches("[\\d\\s.-]+");
    }
}
