package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.Caption;
import org.claimbench.domain.PageLine;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.claimbench.domain.SourceLine;

/**
 * Finds the structure of a pleading in its lines: the caption, the numbered paragraphs, the headings and
 * counts, the prayer, the jury demand and the signature block; then the counts' details and the citations.
 *
 * <p>The normalised text it builds has one text line per block: a caption line, a heading, a paragraph
 * (its wrapped lines joined, hyphenation undone) or a sub-item or block quote inside a paragraph. The
 * number that opens a numbered paragraph ("12.") becomes the segment's label and is not repeated in the text.
 */
public final class PleadingParser {

    static final Pattern PARAGRAPH_START = Pattern.compile("^(\\d{1,4})\\s*\\.(?:\\s+|(?=[\\p{L}\"\u201c\u2018'(\\[]))");
    private static final Pattern SUB_ITEM = Pattern.compile("^(\\(?[a-z]{1,3}\\)|[a-z]\\.\\s|\\(?[ivx]{1,5}\\)\\s|[\u2022\u25aa\u25cf\\-\u2013]\\s)");
    static final Pattern COUNT_HEADING = Pattern.compile(
            "^(?:(?:COUNT|CLAIM)\\s+(?:[IVXLC]+|\\d+|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE)\\b"
                    + "|(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|TWELFTH|THIRTEENTH"
                    + "|FOURTEENTH|FIFTEENTH|SIXTEENTH|SEVENTEENTH|EIGHTEENTH|NINETEENTH|TWENTIETH)\\s+"
                    + "(?:CAUSE\\s+OF\\s+ACTION|CLAIM\\s+FOR\\s+RELIEF|CLAIM|COUNT))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRAYER_HEADING = Pattern.compile(
            "^(?:[IVXLC]+\\.\\s*)?(PRAYER(\\s+FOR\\s+RELIEF)?|RELIEF\\s+REQUESTED|REQUESTS?\\s+FOR\\s+RELIEF|PRAYER\\s+FOR\\s+JUDGMENT)\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JURY_HEADING = Pattern.compile(
            "^(?:[IVXLC]+\\.\\s*)?((DEMAND\\s+FOR\\s+(A\\s+)?JURY(\\s+TRIAL)?)|(JURY\\s+(TRIAL\\s+)?DEMAND(ED)?)|(JURY\\s+TRIAL\\s+DEMANDED))\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JURY_TEXT = Pattern.compile("\\b(demands?|requests?)\\s+(a\\s+)?(trial\\s+by\\s+jury|jury\\s+trial)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGNATURE_START = Pattern.compile(
            "^(Dated|DATED|Date|DATE)\\s*:|^Respectfully\\s+submitted|^RESPECTFULLY\\s+SUBMITTED|^/s/|^By:\\s*/s/|^By:\\s*_+");
    private static final Pattern CAPTION_MARKER = Pattern.compile(
            "COMPLAINT|Case\\s+No|CASE\\s+NO|Civil\\s+Action|CIVIL\\s+ACTION|Index\\s+No|^\\)?\\s*(Plaintiffs?|Defendants?|PLAINTIFFS?|DEFENDANTS?)\\s*[.,;]?\\s*\\)?$"
                    + "|\\)\\s*$|JURY\\s+TRIAL|^\\s*(v\\.|vs\\.?|V\\.|VS\\.?)\\s*$|\\bCOURT\\b");

    private static final Pattern ROMAN_PREFIX = Pattern.compile("^[IVXLC]+\\.\\s*");
    private static final Pattern KNOWN_SECTION = Pattern.compile(
            "(INTRODUCTION|NATURE OF (THE )?(ACTION|CASE)|PRELIMINARY STATEMENT|SUMMARY OF (THE )?(ACTION|CLAIMS?)"
                    + "|PARTIES|THE PARTIES|JURISDICTION( AND VENUE)?|VENUE|FACTUAL ALLEGATIONS|FACTS|GENERAL ALLEGATIONS"
                    + "|STATEMENT OF FACTS|BACKGROUND|ALLEGATIONS COMMON TO ALL (COUNTS|CAUSES OF ACTION|CLAIMS))");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.:;]\\s*$");
    private static final Pattern ENDS_CLAUSE = Pattern.compile("[.:;]\\s*(and|or)?$");
    private static final Pattern ENDS_BREAK = Pattern.compile("[.:;)]$");
    private static final Pattern ENDS_PUNCTUATED = Pattern.compile("[.;,]$");
    private static final Pattern ENDS_STOP = Pattern.compile("[.;]$");
    private static final Pattern PARTIES_PARENTHETICAL = Pattern.compile("^\\((?i:.*\\b(against|by|on behalf of)\\b.*)\\)$");
    private static final Pattern OUTLINE_HEADING = Pattern.compile("^([IVXLC]+|[A-Z]|\\d{1,2})\\.\\s+[A-Z].*");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]{2,}");

    /** Parses lines as a reader delivered them. */
    public ParsedPleading parse(List<RawLine> input) {
        List<RawLine> lines = trim(input);
        int firstParagraph = firstParagraphLine(lines);
        int captionEnd = captionEnd(lines, firstParagraph);

        TextBuilder out = new TextBuilder();
        List<Segment> segments = new ArrayList<>();

        List<RawLine> captionLines = new ArrayList<>();
        if (captionEnd > 0) {
            int start = -1;
            for (int i = 0; i < captionEnd; i++) {
                RawLine l = lines.get(i);
                if (l.isBlank()) {
                    continue;
                }
                int s = out.appendBlock(List.of(l));
                start = start < 0 ? s : start;
                captionLines.add(l);
            }
            if (start >= 0) {
                segments.add(segment(segments.size(), SegmentKind.CAPTION, null, start, out.length(), out));
            }
        }

        List<Block> blocks = blocks(lines.subList(captionEnd, lines.size()));
        assignSegments(blocks, segments, out);

        String text = out.text();
        Caption caption = BodyParties.fillIn(CaptionParser.parse(captionLines), text);
        List<ParsedCount> counts = CountDetails.find(text, segments);
        List<ParsedCitation> citations = CitationFinder.find(text, segments);
        return new ParsedPleading(text, out.sourceLines(), caption, segments, counts, citations);
    }

    private static List<RawLine> trim(List<RawLine> input) {
        int from = 0;
        int to = input.size();
        while (from < to && input.get(from).isBlank()) {
            from++;
        }
        while (to > from && input.get(to - 1).isBlank()) {
            to--;
        }
        return input.subList(from, to);
    }

    private static int firstParagraphLine(List<RawLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = PARAGRAPH_START.matcher(lines.get(i).text());
            if (m.find() && m.group(1).equals("1")) {
                return i;
            }
        }
        return lines.size();
    }

    /** The caption runs to the last caption-like line before paragraph 1, and the lines that continue it. */
    private static int captionEnd(List<RawLine> lines, int firstParagraph) {
        int last = -1;
        for (int i = 0; i < firstParagraph; i++) {
            String t = lines.get(i).text();
            if (t.length() <= 100 && CAPTION_MARKER.matcher(t).find() && !isKnownSectionHeading(t)) {
                last = i;
            }
        }
        if (last < 0) {
            return 0;
        }
        int end = last + 1;
        while (end < firstParagraph && !lines.get(end).isBlank() && isMostlyUpper(lines.get(end).text())
                && !isKnownSectionHeading(lines.get(end).text()) && !COUNT_HEADING.matcher(lines.get(end).text()).find()) {
            end++;
        }
        return end;
    }

    private static boolean isKnownSectionHeading(String t) {
        String u = ROMAN_PREFIX.matcher(t.toUpperCase(Locale.ROOT)).replaceFirst("").trim();
        return KNOWN_SECTION.matcher(u).matches();
    }

    // ---- blocks --------------------------------------------------------------------------------------

    enum Start { PARAGRAPH, HEADING, SUB_ITEM, QUOTE, TEXT }

    record Block(Start start, String number, List<RawLine> lines, String firstText) {
    }

    private static List<Block> blocks(List<RawLine> lines) {
        int bodyIndent = commonIndent(lines);
        List<Block> blocks = new ArrayList<>();
        Start kind = null;
        String number = null;
        List<RawLine> current = new ArrayList<>();
        int lastNumber = 0;
        boolean inSignature = false;
        boolean previousBlank = true;
        String previousText = "";
        for (RawLine line : lines) {
            if (line.isBlank()) {
                flush(blocks, kind, number, current);
                current = new ArrayList<>();
                kind = null;
                previousBlank = true;
                continue;
            }
            String t = line.text();
            Start lineKind = Start.TEXT;
            String lineNumber = null;
            boolean deepIndent = line.indent() >= bodyIndent + 6;
            Matcher m = PARAGRAPH_START.matcher(t);
            if (m.find() && !deepIndent) {
                int n = Integer.parseInt(m.group(1));
                if (n > lastNumber && n <= lastNumber + 3) {
                    lineKind = Start.PARAGRAPH;
                    lineNumber = m.group(1);
                    lastNumber = n;
                    t = t.substring(m.end()).strip();
                    line = line.withText(t);
                }
            }
            if (lineKind == Start.TEXT && isHeadingLike(t, line.indent(), bodyIndent, previousBlank, previousText, kind)) {
                lineKind = Start.HEADING;
            } else if (lineKind == Start.TEXT && SUB_ITEM.matcher(t).find() && endsClause(previousText)) {
                lineKind = Start.SUB_ITEM;
            } else if (lineKind == Start.TEXT && deepIndent && kind != Start.QUOTE && (kind != Start.HEADING)) {
                lineKind = Start.QUOTE;
            } else if (lineKind == Start.TEXT && kind == Start.QUOTE && !deepIndent) {
                lineKind = Start.TEXT;
                flush(blocks, kind, number, current);
                current = new ArrayList<>();
                kind = null;
            }
            // Without blank lines (a PDF), a paragraph also ends where the next one visibly begins.
            boolean freshParagraph = lineKind == Start.TEXT && kind != null && kind != Start.QUOTE
                    && (SIGNATURE_START.matcher(t).find() || t.regionMatches(true, 0, "WHEREFORE", 0, 9)
                    || line.indent() > bodyIndent && line.indent() < bodyIndent + 6 && ENDS_SENTENCE.matcher(previousText).find());
            // in the signature block every printed line is its own line: names, firm, address, "Attorneys for…"
            boolean signatureLine = lineKind == Start.TEXT && kind != null && inSignature;
            boolean opensBlock = lineKind != Start.TEXT || kind == null || kind == Start.HEADING || freshParagraph || signatureLine;
            if (opensBlock) {
                flush(blocks, kind, number, current);
                current = new ArrayList<>();
                kind = lineKind;
                number = lineNumber;
            }
            current.add(line);
            inSignature |= SIGNATURE_START.matcher(t).find();
            previousBlank = false;
            previousText = t;
        }
        flush(blocks, kind, number, current);
        return blocks;
    }

    private static void flush(List<Block> blocks, Start kind, String number, List<RawLine> lines) {
        if (kind != null && !lines.isEmpty()) {
            blocks.add(new Block(kind, number, List.copyOf(lines), lines.get(0).text()));
        }
    }

    /** The body's left edge: the smallest indent that at least a tenth of the lines share (wrapped lines sit there). */
    private static int commonIndent(List<RawLine> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        int total = 0;
        for (RawLine l : lines) {
            if (!l.isBlank()) {
                counts.merge(l.indent(), 1, Integer::sum);
                total++;
            }
        }
        int needed = Math.max(2, total / 10);
        return counts.entrySet().stream().filter(e -> e.getValue() >= needed).mapToInt(Map.Entry::getKey).min()
                .orElse(counts.keySet().stream().mapToInt(Integer::intValue).min().orElse(0));
    }

    private static boolean endsClause(String previous) {
        return previous.isEmpty() || ENDS_CLAUSE.matcher(previous).find();
    }

    static boolean isHeadingLike(String t, int indent, int bodyIndent, boolean previousBlank, String previousText, Start openKind) {
        if (t.length() > 140 || t.length() < 3) {
            return false;
        }
        if (COUNT_HEADING.matcher(t).find() && isMostlyUpper(t.split("[:\u2014\u2013(]")[0])) {
            return true;
        }
        boolean afterBreak = previousBlank || previousText.isEmpty() || ENDS_BREAK.matcher(previousText).find()
                || openKind == Start.HEADING || indent > bodyIndent + 10;
        if (!afterBreak) {
            return false;
        }
        if (PARTIES_PARENTHETICAL.matcher(t).matches()) {
            return true;
        }
        if (isMostlyUpper(t) && !t.endsWith(",") && !t.startsWith("/s/")) {
            return true;
        }
        // "A. Meridian's Sales to the Site", "II. Jurisdiction and Venue"
        return OUTLINE_HEADING.matcher(t).matches() && !ENDS_PUNCTUATED.matcher(t).find() && t.split("\\s+").length <= 14
                && !PARAGRAPH_START.matcher(t).find();
    }

    static boolean isMostlyUpper(String t) {
        int upper = 0;
        int letters = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 3 && upper >= letters * 0.85;
    }

    // ---- segments ------------------------------------------------------------------------------------

    private enum Mode { BODY, PRAYER, JURY, SIGNATURE }

    private static void assignSegments(List<Block> blocks, List<Segment> segments, TextBuilder out) {
        Mode mode = Mode.BODY;
        Block previous = null;
        for (Block block : blocks) {
            int start = out.appendBlock(block.lines());
            int end = out.length();
            Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
            String t = block.firstText();
            SegmentKind kind;
            String label = null;
            boolean extend = false;

            if (block.start() == Start.HEADING) {
                if (COUNT_HEADING.matcher(t).find()) {
                    kind = SegmentKind.COUNT_HEADING;
                    mode = Mode.BODY;
                } else if (last != null && last.kind() == SegmentKind.COUNT_HEADING && previous != null
                        && !PRAYER_HEADING.matcher(t).find() && !JURY_HEADING.matcher(t).find() && !isKnownSectionHeading(t)) {
                    kind = SegmentKind.COUNT_HEADING;
                    extend = true;
                } else if (PRAYER_HEADING.matcher(t).find()) {
                    kind = SegmentKind.PRAYER;
                    mode = Mode.PRAYER;
                } else if (JURY_HEADING.matcher(t).find()) {
                    kind = SegmentKind.JURY_DEMAND;
                    mode = Mode.JURY;
                } else if (mode == Mode.SIGNATURE) {
                    kind = SegmentKind.SIGNATURE;
                    extend = true;
                } else {
                    kind = SegmentKind.HEADING;
                    if (mode != Mode.BODY) {
                        mode = Mode.BODY;
                    }
                }
            } else if (block.start() == Start.PARAGRAPH && mode == Mode.BODY) {
                kind = SegmentKind.NUMBERED_PARAGRAPH;
                label = block.number();
            } else if (SIGNATURE_START.matcher(t).find()) {
                kind = SegmentKind.SIGNATURE;
                extend = mode == Mode.SIGNATURE;
                mode = Mode.SIGNATURE;
            } else if (t.regionMatches(true, 0, "WHEREFORE", 0, 9) && mode != Mode.SIGNATURE) {
                kind = SegmentKind.PRAYER;
                extend = mode == Mode.PRAYER && last != null && last.kind() == SegmentKind.PRAYER;
                mode = Mode.PRAYER;
            } else if (mode != Mode.JURY && mode != Mode.SIGNATURE && JURY_TEXT.matcher(t).find()
                    && (last == null || last.kind() != SegmentKind.NUMBERED_PARAGRAPH || block.start() == Start.TEXT && mode == Mode.PRAYER)) {
                kind = SegmentKind.JURY_DEMAND;
                mode = Mode.JURY;
            } else if (last != null && last.kind() == SegmentKind.COUNT_HEADING && previous != null
                    && block.lines().size() <= 2 && t.length() <= 140 && !ENDS_STOP.matcher(t).find()) {
                // the count's title on its own line, below "FIRST CAUSE OF ACTION"
                kind = SegmentKind.COUNT_HEADING;
                extend = true;
            } else if (last != null && last.kind() != SegmentKind.HEADING && last.kind() != SegmentKind.CAPTION
                    && last.kind() != SegmentKind.COUNT_HEADING) {
                kind = last.kind();
                extend = true;
            } else {
                kind = SegmentKind.OTHER;
            }

            if (extend && last != null && last.kind() == kind) {
                segments.set(segments.size() - 1, segment(last.ordinal(), kind, last.label(), last.start(), end, out));
            } else {
                segments.add(segment(segments.size(), kind, label, start, end, out));
            }
            previous = block;
        }
    }

    private static Segment segment(int ordinal, SegmentKind kind, String label, int start, int end, TextBuilder out) {
        return new Segment(0, 0, ordinal, kind, label, start, end, out.pageLineAt(start), out.pageLineAt(Math.max(start, end - 1)));
    }

    // ---- text ----------------------------------------------------------------------------------------

    /** Builds the normalised text block by block and remembers where each printed line went. */
    static final class TextBuilder {
        private final StringBuilder text = new StringBuilder();
        private final List<SourceLine> lines = new ArrayList<>();

        /** Appends a block as one text line; returns its start offset. */
        int appendBlock(List<RawLine> block) {
            if (text.length() > 0) {
                text.append('\n');
            }
            int blockStart = text.length();
            for (int i = 0; i < block.size(); i++) {
                RawLine l = block.get(i);
                String t = collapseSpaces(l.text());
                int lineStart;
                if (i == 0) {
                    lineStart = text.length();
                } else if (endsWithHyphenatedWord(text) && !t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
                    if (!COMPOUND_PREFIX.matcher(lastWord(text)).matches()) {
                        text.setLength(text.length() - 1); // "pos-" + "session": a word broken at the line's end
                    }
                    lineStart = text.length();
                } else {
                    text.append(' ');
                    lineStart = text.length();
                }
                text.append(t);
                if (l.hasPageLine()) {
                    lines.add(new SourceLine(lines.size(), l.page(), l.line(), lineStart, text.length()));
                }
            }
            return blockStart;
        }

        /** Words that keep their hyphen at a line's end: "pre-" + "sales" is "pre-sales", not "presales". */
        private static final Pattern COMPOUND_PREFIX = Pattern.compile(
                "(?i)(pre|post|non|self|co|anti|multi|cross|third|first|second|ex|quasi|semi|sub|inter|over|under|well|long|short|high|low|one|two|three)-");

        private static String lastWord(StringBuilder sb) {
            int i = sb.length() - 1;
            while (i > 0 && !Character.isWhitespace(sb.charAt(i - 1))) {
                i--;
            }
            return sb.substring(i);
        }

        private static boolean endsWithHyphenatedWord(StringBuilder sb) {
            int n = sb.length();
            return n >= 2 && sb.charAt(n - 1) == '-' && Character.isLetter(sb.charAt(n - 2));
        }

        private static String collapseSpaces(String s) {
            return SPACES.matcher(s.strip()).replaceAll(" ");
        }

        int length() { return text.length(); }

        String text() { return text.toString(); }

        List<SourceLine> sourceLines() { return lines; }

        PageLine pageLineAt(int offset) {
            return org.claimbench.domain.PageLines.at(lines, offset);
        }
    }
}
