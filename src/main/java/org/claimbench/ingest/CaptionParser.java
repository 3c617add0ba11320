package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.Caption;

/**
 * Reads court, case number, title and parties from the caption lines. Handles the two-column caption of
 * pleading paper, where a column of ")" separates the parties (left) from the case number and title (right).
 */
final class CaptionParser {

    private static final Pattern COLUMN = Pattern.compile("\\s*\\)\\s*|\\s+\u00a7\\s+");
    private static final Pattern CASE_NUMBER = Pattern.compile(
            "(?:(?:Case|CASE|Civil\\s+Action|CIVIL\\s+ACTION|Index|INDEX|Cause|CAUSE)\\s+)?(?:No|NO|Number|NUMBER)\\.?\\s*:?\\s*"
                    + "([A-Za-z0-9][A-Za-z0-9:\\-./]*\\d[A-Za-z0-9:\\-./]*)");
    private static final Pattern FEDERAL_NUMBER = Pattern.compile("\\b\\d{1,2}:\\d{2}-[a-zA-Z]{2}-\\d{3,6}(?:-[A-Z]{2,5})*\\b");
    private static final Pattern VERSUS = Pattern.compile("^(v\\.?|vs\\.?|versus)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_VERSUS = Pattern.compile("\\s(?:v\\.|vs\\.|V\\.|VS\\.)\\s");
    private static final Pattern PLAINTIFF_MARK = Pattern.compile(",?\\s*\\b(Plaintiffs?|PLAINTIFFS?|Petitioners?|PETITIONERS?)\\s*[.,;:]?\\s*$");
    private static final Pattern DEFENDANT_MARK = Pattern.compile(",?\\s*\\b(Defendants?|DEFENDANTS?|Respondents?|RESPONDENTS?)\\s*[.,;:]?\\s*$");
    private static final Pattern COURT_CONTINUATION = Pattern.compile(
            "^(FOR\\s+THE|IN\\s+AND\\s+FOR|OF\\s+THE|COUNTY\\s+OF|CITY\\s+AND\\s+COUNTY|(NORTHERN|SOUTHERN|EASTERN|WESTERN|CENTRAL|MIDDLE)\\s+DISTRICT"
                    + "|DISTRICT\\s+OF|STATE\\s+OF|[A-Z ]+\\s+DIVISION$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DESCRIPTOR = Pattern.compile(
            ",?\\s*\\b(?:(?:an?|the)\\s+[^,;]*?\\b(?:corporation|company|partnership|individual|entity|association|LLC|trust|business)"
                    + "|individually(?:\\s+and\\s+on\\s+behalf\\s+of\\s+[^,;]*)?|on\\s+behalf\\s+of\\s+[^,;]*|inclusive|et\\s+al\\.?)\\b\\.?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CORPORATE_SUFFIX = Pattern.compile(
            ",\\s*(Inc\\.?|INC\\.?|LLC|L\\.L\\.C\\.|Corp\\.?|CORP\\.?|Co\\.|CO\\.|Ltd\\.?|LTD\\.?|L\\.P\\.|LP|LLP|L\\.L\\.P\\.|N\\.A\\.|P\\.C\\.|PLLC)(?=\\W|$)");

    private CaptionParser() {
    }

    static Caption parse(List<RawLine> lines) {
        if (lines.isEmpty()) {
            return Caption.empty();
        }
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (RawLine l : lines) {
            String[] parts = COLUMN.split(l.text(), 2);
            boolean twoColumn = l.text().contains(")") && parts.length == 2 && !l.text().trim().startsWith("(");
            if (twoColumn) {
                add(left, parts[0]);
                add(right, parts[1]);
            } else {
                add(left, l.text());
            }
        }
        List<String> all = new ArrayList<>(left);
        all.addAll(right);

        String court = court(left);
        String caseNumber = caseNumber(all);
        String title = title(right.isEmpty() ? left : right, left);
        List<String> plaintiffs = new ArrayList<>();
        List<String> defendants = new ArrayList<>();
        parties(left, plaintiffs, defendants);
        return new Caption(court, caseNumber, title, plaintiffs, defendants);
    }

    private static void add(List<String> to, String s) {
        String t = s.strip();
        if (!t.isEmpty() && !t.equals(")")) {
            to.add(t);
        }
    }

    private static String court(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).toUpperCase(Locale.ROOT).matches(".*\\bCOURT\\b.*")) {
                StringBuilder sb = new StringBuilder(lines.get(i));
                for (int j = i + 1; j < lines.size() && COURT_CONTINUATION.matcher(lines.get(j)).find(); j++) {
                    sb.append(lines.get(j).matches("(?i)^(FOR|IN AND FOR|OF)\\b.*") ? " " : ", ").append(lines.get(j));
                }
                return sb.toString();
            }
        }
        return null;
    }

    private static String caseNumber(List<String> lines) {
        for (String l : lines) {
            Matcher f = FEDERAL_NUMBER.matcher(l);
            if (f.find()) {
                return f.group();
            }
        }
        for (String l : lines) {
            Matcher m = CASE_NUMBER.matcher(l);
            if (m.find() && (l.matches("(?i).*\\b(case|civil action|index|cause)\\b.*") || l.matches("^(No|NO)\\..*"))) {
                return m.group(1).replaceAll("[.,;:]$", "");
            }
        }
        return null;
    }

    private static String title(List<String> preferred, List<String> fallback) {
        for (List<String> lines : List.of(preferred, fallback)) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("COMPLAINT") || lines.get(i).matches("(?i)^(first |second |third )?amended complaint.*")) {
                    StringBuilder sb = new StringBuilder(stripCaseNumber(lines.get(i)));
                    for (int j = i + 1; j < lines.size(); j++) {
                        String next = lines.get(j);
                        if (!PleadingParser.isMostlyUpper(next) || next.matches(".*\\bCOURT\\b.*") || CASE_NUMBER.matcher(next).lookingAt()) {
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

    private static void parties(List<String> lines, List<String> plaintiffs, List<String> defendants) {
        int courtEnd = 0;
        for (int i = 0; i < lines.size(); i++) {
            String u = lines.get(i).toUpperCase(Locale.ROOT);
            if (u.matches(".*\\bCOURT\\b.*") || (i > 0 && i == courtEnd && COURT_CONTINUATION.matcher(lines.get(i)).find())) {
                courtEnd = i + 1;
            }
        }
        List<String> body = new ArrayList<>();
        for (String l : lines.subList(courtEnd, lines.size())) {
            if (!l.contains("COMPLAINT") && !FEDERAL_NUMBER.matcher(l).find() && !l.matches("(?i)^(case|civil action|index)\\s+no.*")
                    && !l.matches("(?i)^(jury trial demanded|demand for jury trial).*")) {
                body.add(l);
            }
        }
        int versus = -1;
        for (int i = 0; i < body.size(); i++) {
            if (VERSUS.matcher(body.get(i)).matches()) {
                versus = i;
                break;
            }
        }
        if (versus < 0) {
            for (int i = 0; i < body.size(); i++) {
                String[] halves = INLINE_VERSUS.split(body.get(i), 2);
                if (halves.length == 2) {
                    List<String> before = new ArrayList<>(body.subList(0, i));
                    before.add(halves[0]);
                    List<String> after = new ArrayList<>();
                    after.add(halves[1]);
                    after.addAll(body.subList(i + 1, body.size()));
                    plaintiffs.addAll(names(join(before), PLAINTIFF_MARK));
                    defendants.addAll(names(join(after), DEFENDANT_MARK));
                    return;
                }
            }
            return;
        }
        plaintiffs.addAll(names(join(body.subList(0, versus)), PLAINTIFF_MARK));
        defendants.addAll(names(join(body.subList(versus + 1, body.size())), DEFENDANT_MARK));
    }

    private static String join(List<String> lines) {
        return String.join(" ", lines).replaceAll("\\s+", " ").trim();
    }

    private static List<String> names(String text, Pattern roleMark) {
        String t = text;
        Matcher m = roleMark.matcher(t);
        if (m.find()) {
            t = t.substring(0, m.start());
        }
        return splitNames(t);
    }

    /** Splits "A, B, and C; D, Inc., a Delaware corporation" into names, keeping corporate suffixes. */
    static List<String> splitNames(String text) {
        String t = DESCRIPTOR.matcher(text).replaceAll("");
        t = CORPORATE_SUFFIX.matcher(t).replaceAll("\u0001$1");
        List<String> out = new ArrayList<>();
        for (String part : t.split(";|,\\s*and\\s+|,\\s*or\\s+|\\s+and\\s+|,\\s*&\\s*|\\s+&\\s+|,")) {
            String name = part.replace('\u0001', ',').replace(",", ", ").replaceAll("\\s+", " ").trim()
                    .replaceAll("^(and|or)\\s+", "").replaceAll("[,;:]+$", "").trim();
            if (!name.isEmpty() && !name.matches("(?i)(plaintiffs?|defendants?|inclusive|et al\\.?)")) {
                out.add(name);
            }
        }
        return out;
    }
}
