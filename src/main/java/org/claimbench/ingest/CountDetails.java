package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;

/** For each count heading: its label, title, the parties it is against and the paragraphs it incorporates. */
final class CountDetails {

    /** The outline's own label before a count's numbering ("B. COUNT II"), which is no part of the count's label. */
    private static final Pattern OUTLINE_PREFIX = Pattern.compile("^" + PleadingParser.OUTLINE_PREFIX + "(?=\\S)");

    private static final Pattern AGAINST = Pattern.compile("\\((?:[^()]*?\\b)?(?:against|as\\s+to)\\s+([^()]+)\\)|^against\\s+(.+)$"
                    + "|\\s[-\u2013\u2014]\\s*against\\s+([^()\\n]+)$"
                    // "NEGLIGENCE AGAINST DEFENDANTS ACME CORP. AND" / "BETA LLC": after the title, running on to the heading's next line
                    + "|(?<=\\S)\\s+against\\s+((?:(?:all|each|both)\\s+(?:of\\s+the\\s+)?|the\\s+)?defendants?\\b[^()]*)$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final String VERB =
            "\\b(?:re-?alleges?|re-?alleged|incorporates?|incorporated|repeats?|repeated|re-?states?|re-?stated|re-?asserts?|re-?avers?|adopts?)\\b";
    /** The verb of an incorporation, and what it takes in; "software it chose to incorporate into the app" is not one. */
    private static final Pattern INCORPORATES = Pattern.compile(VERB + "[^.]{0,160}?(?:\\bparagraphs?\\b|\\bparas?\\.|\u00b6"
            + "|\\ballegations?\\b|\\baverments?\\b|\\babove\\b|\\bforegoing\\b|\\bpreceding\\b|\\bherein\\b|\\bby\\s+reference\\b)"
            + "|\\bas\\s+if\\s+(?:fully\\s+)?(?:set\\s+forth|re-?written|re-?stated|stated|alleged|pleaded)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "As described in Paragraphs 13 to 56 above": a count that builds on listed facts without the word "reallege". */
    private static final Pattern REFERS = Pattern.compile(
            "\\bas\\s+(?:described|alleged|set\\s+forth|stated|detailed|explained|discussed)\\s+(?:above\\s+)?(?:in|at)\\s+(?:paragraphs?|paras?\\.|\u00b6)",
            Pattern.CASE_INSENSITIVE);
    /** A paragraph's number, also quoted as New York complaints print it: paragraphs "1" through "45". */
    private static final String NUMBER = "[\"\u201c]?\\d+[\"\u201d]?";
    private static final String ITEM = NUMBER + "\\s*(?:[-\u2013\u2014]|through|thru|to)\\s*" + NUMBER + "|" + NUMBER;
    private static final Pattern PARAGRAPH_LIST = Pattern.compile(
            "(?:paragraphs?|paras?\\.|\u00b6\u00b6?)\\s*(?:numbered\\s+|nos?\\.\\s*)?((?:" + ITEM + ")(?:\\s*(?:,\\s*and|,|and|&)\\s*(?:" + ITEM + "))*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM_PATTERN = Pattern.compile(
            "(\\d+)[\"\u201d]?\\s*(?:(?:[-\u2013\u2014]|through|thru|to)\\s*[\"\u201c]?(\\d+))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALL_BEFORE = Pattern.compile(
            "\\b(preceding|above|foregoing|prior|previous|aforementioned|heretofore)\\b|\\ball\\s+other\\s+paragraphs\\b"
                    + "|\\b(?:each|every|all)\\s+(?:and\\s+every\\s+|of\\s+the\\s+)?(?:averments?|allegations?|paragraphs?)\\b"
                    + "|\\bas\\s+if\\s+(?:fully\\s+)?(?:set\\s+forth|re-?written|re-?stated|stated|alleged|pleaded)\\b",
            Pattern.CASE_INSENSITIVE);

    private CountDetails() {
    }

    static List<ParsedCount> find(String text, List<Segment> segments) {
        return find(text, segments, List.of());
    }

    /** The counts, with the caption's defendants to tell a title's "– Acme Corp." from the rest of the title. */
    static List<ParsedCount> find(String text, List<Segment> segments, List<String> defendants) {
        List<ParsedCount> counts = new ArrayList<>();
        List<Integer> numbered = segments.stream().filter(s -> s.kind() == SegmentKind.NUMBERED_PARAGRAPH)
                .map(s -> Integer.valueOf(s.label())).toList();
        for (int i = 0; i < segments.size(); i++) {
            Segment heading = segments.get(i);
            if (heading.kind() != SegmentKind.COUNT_HEADING) {
                continue;
            }
            String headingText = text.substring(heading.start(), heading.end());
            String[] headingLines = headingText.split("\n");
            Matcher label = PleadingParser.COUNT_HEADING.matcher(headingLines[0]);
            if (!label.find()) {
                // a count set out as a heading of the claims' outline: "A. Negligence"
                label = OUTLINE_LABEL.matcher(headingLines[0]);
                if (!label.find()) {
                    continue;
                }
            }
            String countLabel = OUTLINE_PREFIX.matcher(label.group()).replaceFirst("").toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            // what follows the label, a line each: "AS AND FOR A FIRST CAUSE OF ACTION AGAINST ACME" names whom on its first line
            StringBuilder title = new StringBuilder(headingLines[0].substring(label.end()).strip());
            for (int l = 1; l < headingLines.length; l++) {
                title.append('\n').append(headingLines[l]);
            }
            List<String> against = new ArrayList<>();
            Matcher a = AGAINST.matcher(title);
            while (a.find()) {
                String who = a.group(1) != null ? a.group(1) : a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
                String bareRole = who.replaceAll("\\s+", " ").strip().replaceAll("(?i)^the\\s+", "");
                if (bareRole.matches("(?i)defendant") && defendants.size() == 1) {
                    against.add(defendants.get(0)); // "(Against Defendant)" where the caption names one
                } else if (bareRole.matches("(?i)defendants") && defendants.size() > 1) {
                    against.add("All Defendants");
                } else {
                    against.addAll(againstNames(who));
                }
            }
            String bare = WHO_SUES.matcher(withoutAgainst(title.toString())).replaceAll(" ").strip();
            if (against.isEmpty()) {
                // "Negligence – Lakeview Transit Group, Inc.": a part of the title that is a defendant's name says whom
                Matcher part = NAMED_PART.matcher(bare);
                if (part.find() && namesDefendants(part.group(1), defendants)) {
                    against.addAll(againstNames(part.group(1)));
                    bare = bare.substring(0, part.start()).strip();
                }
            }
            String cleanTitle = bare.replaceAll("^[\\s:.\\-\u2013\u2014]+", "")
                    .replaceAll(KEPT_STOP.matcher(bare).find() ? "[\\s:\\-\u2013\u2014]+$" : "[\\s:.\\-\u2013\u2014]+$", "")
                    .replaceAll("\\s+", " ").trim();

            List<Segment> paragraphs = new ArrayList<>();
            for (int j = i + 1; j < segments.size(); j++) {
                SegmentKind k = segments.get(j).kind();
                if (k == SegmentKind.COUNT_HEADING || k == SegmentKind.PRAYER || k == SegmentKind.JURY_DEMAND || k == SegmentKind.SIGNATURE) {
                    break;
                }
                if (k == SegmentKind.NUMBERED_PARAGRAPH) {
                    paragraphs.add(segments.get(j));
                }
            }
            String start = paragraphs.isEmpty() ? null : paragraphs.get(0).label();
            List<Integer> incorporates = incorporation(text, numbered, paragraphs);
            counts.add(new ParsedCount(counts.size() + 1, countLabel, cleanTitle, against, heading.ordinal(), start, incorporates));
        }
        return counts;
    }

    /** "(On Behalf of Plaintiffs and the Class)": who brings the count, which is no part of its title. */
    private static final Pattern WHO_SUES = Pattern.compile(
            "\\((?i:on\\s+behalf\\s+of|by|brought\\s+by|asserted\\s+by|alleged\\s+by)\\s[^()]*\\)");
    private static final Pattern OUTLINE_LABEL = Pattern.compile("^(?:[IVXLC]+|[A-Z]|\\d{1,2})\\.(?=\\s)");
    /** A title that ends with an abbreviation keeps its period: "… 15 U.S.C. § 2301 et seq." */
    private static final Pattern KEPT_STOP = Pattern.compile("(?:\\b(?i:seq|al|inc|corp|co|ltd)|\\p{L}\\.\\p{L}{1,3})\\.\\s*$");
    /** The last part of a title after a dash, or in brackets at its end. */
    private static final Pattern NAMED_PART = Pattern.compile("(?:\\s[-\u2013\u2014]\\s*|\\s*\\(|\\s*\\[)([^()\\[\\]\u2013\u2014\\n]+?)[)\\]]?\\s*$");

    /** Whether every word of a part (after "Defendant") is a word of one of the defendants' names, or it is "All Defendants". */
    private static boolean namesDefendants(String part, List<String> defendants) {
        String p = part.strip();
        if (p.matches("(?i)(all|each|both)\\s+(of\\s+the\\s+)?defendants")) {
            return true;
        }
        List<String> words = nameWords(p.replaceAll("(?i)^defendants?\\s+", ""));
        if (words.isEmpty() || defendants.isEmpty()) {
            return false;
        }
        List<String> names = againstNames(p);
        if (names.isEmpty()) {
            return false;
        }
        for (String name : names) {
            List<String> own = nameWords(name);
            if (own.isEmpty() || defendants.stream().noneMatch(d -> nameWords(d).containsAll(own))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> nameWords(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.toUpperCase(Locale.ROOT).split("[^A-Z0-9&]+")) {
            if (!w.isEmpty() && !w.matches("INC|LLC|LP|LLP|CORP|CO|LTD|THE|AND|OF|A|AN")) {
                out.add(w);
            }
        }
        return out;
    }

    private static final Pattern AGAINST_WORD = Pattern.compile("(?i)\\b(?:against|as\\s+to)\\b");
    private static final Pattern WHO_BRINGS = Pattern.compile("(?i)^\\s*(by|on\\s+behalf\\s+of|plaintiffs?)\\b");

    /**
     * The title with its "against" part taken out. A parenthetical that names the claim before whom it is brought
     * against ("(Breach of Contract – Against All Defendants)") keeps the claim's name; one that says who brings it
     * ("(By All Plaintiffs Against …)") goes whole.
     */
    private static String withoutAgainst(String title) {
        Matcher m = AGAINST.matcher(title);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String whole = m.group();
            String kept = "";
            if (whole.startsWith("(")) {
                Matcher w = AGAINST_WORD.matcher(whole);
                String before = w.find() ? whole.substring(1, w.start()).replaceAll("[\\s,;:\\-\u2013\u2014]+$", "").trim() : "";
                if (!before.isEmpty() && !WHO_BRINGS.matcher(before).find()) {
                    kept = " " + before + " ";
                }
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(kept));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static List<String> againstNames(String who) {
        // "Against Defendant Orion Fitness, Inc. Only"
        String w = who.replaceAll("\\s+", " ").trim().replaceAll("(?i)[,\\s]+only$", "");
        if (w.matches("(?i)(all|each)\\s+(of\\s+the\\s+)?defendants(\\s+and\\s+does\\s+.*)?")) {
            return List.of(w);
        }
        w = w.replaceAll("^(?i)(defendants?)\\s+(?=\\S)", "");
        w = w.replaceAll("(?i)\\s+and\\s+(?=defendants?\\s)", " and ").replaceAll("(?i)(,|\\band)\\s+defendants?\\s+", "$1 ");
        return CaptionParser.splitNames(w);
    }

    private static List<Integer> incorporation(String text, List<Integer> numbered, List<Segment> paragraphs) {
        TreeSet<Integer> numbers = new TreeSet<>();
        for (int k = 0; k < Math.min(2, paragraphs.size()); k++) {
            Segment p = paragraphs.get(k);
            String t = text.substring(p.start(), p.end());
            boolean refers = k == 0 && REFERS.matcher(t).find();
            if (!INCORPORATES.matcher(t).find() && !refers) {
                continue;
            }
            Matcher list = PARAGRAPH_LIST.matcher(t);
            boolean explicit = false;
            while (list.find()) {
                Matcher item = ITEM_PATTERN.matcher(list.group(1));
                while (item.find()) {
                    int from = Integer.parseInt(item.group(1));
                    int to = item.group(2) == null ? from : Integer.parseInt(item.group(2));
                    if (to >= from && to - from < 10_000) {
                        for (int n = from; n <= to; n++) {
                            numbers.add(n);
                        }
                        explicit = true;
                    }
                }
            }
            if (!explicit && !refers && ALL_BEFORE.matcher(t).find()) {
                int own = Integer.parseInt(p.label());
                for (int n : numbered) {
                    if (n >= own) {
                        break; // numbered paragraphs are in ascending order
                    }
                    numbers.add(n);
                }
            }
            if (!numbers.isEmpty()) {
                break;
            }
        }
        return List.copyOf(numbers);
    }
}
