package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
public final class PleadingParser implements DocumentParser {

    static final Pattern PARAGRAPH_START = Pattern.compile("^(\\d{1,5})\\s*\\.(?:\\s+|(?=[\\p{L}\"\u201c\u2018'(\\[]))");
    /** "12 The carrier…": a number and a gap, no period, for documents that number that way throughout. */
    private static final Pattern BARE_START = Pattern.compile("^(\\d{1,5})(?:\\t\\s*|\\s+)(?=[\\p{Lu}\"\u201c(])(?!\\p{Lu}\\.|[\\p{L}]{1,5}\\.\\s?\\p{Lu}\\.)");
    /** "1) The carrier…", "(1) The carrier…", "¶ 1 The carrier…": forms a filing may number its paragraphs in throughout. */
    private static final Pattern CLOSE_PAREN_START = Pattern.compile("^(\\d{1,5})\\)(?:\\t\\s*|\\s+)(?=[\\p{Lu}\"\u201c(\\[])");
    private static final Pattern PARENS_START = Pattern.compile("^\\((\\d{1,5})\\)(?:\\t\\s*|\\s+)(?=[\\p{Lu}\"\u201c\\[])");
    private static final Pattern PILCROW_START = Pattern.compile("^\u00b6\\s*(\\d{1,5})[.:]?(?:\\t\\s*|\\s+)(?=[\\p{Lu}\"\u201c(\\[])");
    private static final List<Pattern> OTHER_FORMS = List.of(BARE_START, CLOSE_PAREN_START, PARENS_START, PILCROW_START);
    /** A paragraph's number printed alone on its line, its text on the next: "12." */
    private static final Pattern LONE_NUMBER = Pattern.compile("^(?:\\d{1,5}[.)]|\\(\\d{1,5}\\)|\u00b6\\s*\\d{1,5}\\.?)$");
    private static final Pattern SUB_ITEM = Pattern.compile("^(\\(?[a-z]{1,3}\\)|[a-z]\\.\\s|\\(?[ivx]{1,5}\\)\\s|[\u2022\u25aa\u25cf\\-\u2013]\\s)");
    private static final String NUMBER_WORD = "ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|THIRTEEN|FOURTEEN"
            + "|FIFTEEN|SIXTEEN|SEVENTEEN|EIGHTEEN|NINETEEN|TWENTY";
    private static final String ORDINAL = "FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|TWELFTH|THIRTEENTH"
            + "|FOURTEENTH|FIFTEENTH|SIXTEENTH|SEVENTEENTH|EIGHTEENTH|NINETEENTH|TWENTIETH";
    /** The label of an outline heading in front of a count's own numbering: "V. ", "B. ". */
    static final String OUTLINE_PREFIX = "(?:(?:[IVXLC]{1,6}|[A-Z])\\.\\s+)";
    /**
     * The numbering of a count: "COUNT I", "Count 1", "CLAIM ONE", "FIRST CLAIM FOR RELIEF", "CAUSE OF ACTION NO. 1", and
     * New York's "AS AND FOR A FIRST CAUSE OF ACTION"; after the label of the complaint's own outline, if it has one ("B. COUNT II").
     */
    static final Pattern COUNT_HEADING = Pattern.compile(
            "^" + OUTLINE_PREFIX + "?(?:(?:COUNT|CLAIM(?:\\s+FOR\\s+RELIEF)?|CAUSE\\s+OF\\s+ACTION)\\s+(?:NO\\.?\\s*|NUMBER\\s+|#\\s*)?"
                    + "(?:[IVXLC]+|\\d{1,3}|" + NUMBER_WORD + ")\\b"
                    + "|(?:AS\\s+AND\\s+FOR\\s+(?:A|AN|THE)\\s+)?(?:" + ORDINAL + ")\\s+(?:(?:SEPARATE\\s+AND\\s+DISTINCT\\s+)?CAUSE\\s+OF\\s+ACTION"
                    + "|CLAIM\\s+FOR\\s+RELIEF|CLAIM|COUNT)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT_SEPARATOR = Pattern.compile("^[:.\\-\u2010\u2011\u2012\u2013\u2014\u2015(\\[]");
    private static final Pattern PRAYER_HEADING = Pattern.compile(
            "^(?:[IVXLC]+\\.\\s*)?(PRAYER(\\s+FOR\\s+(RELIEF|JUDGMENT))?|RELIEF\\s+(REQUESTED|SOUGHT)|REQUESTS?\\s+FOR\\s+RELIEF)\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    /** "DEMAND FOR JURY TRIAL", "JURY DEMAND", "REQUEST FOR TRIAL BY JURY", "JURY TRIAL DEMANDED", "TRIAL BY JURY REQUESTED". */
    private static final Pattern JURY_HEADING = Pattern.compile(
            "^(?:[IVXLC]+\\.\\s*)?(?:(?:DEMAND|REQUEST)S?\\s+FOR\\s+(?:A\\s+)?(?:JURY(?:\\s+TRIAL)?|TRIAL\\s+BY\\s+JURY)"
                    + "|(?:JURY|JURY\\s+TRIAL|TRIAL\\s+BY\\s+JURY)\\s+(?:DEMAND(?:ED)?|REQUEST(?:ED)?))\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    /**
     * The demand itself, however phrased: "demands a trial by jury", "requests a jury trial", "hereby demands a jury on all
     * issues", "trial by jury is demanded", "that this action be tried before a jury".
     */
    private static final Pattern JURY_TEXT = Pattern.compile(
            "\\b(?:demand(?:s|ed)?|request(?:s|ed)?|elects?)\\s+(?:a\\s+)?(?:trial\\s+by\\s+(?:a\\s+)?jury|jury\\s+trial|jury\\b(?!\\s+(?:instruction|verdict|question)))"
                    + "|\\b(?:trial\\s+by\\s+(?:a\\s+)?jury|jury\\s+trial)\\s+(?:is\\s+|be\\s+)?(?:hereby\\s+)?(?:demanded|requested)\\b"
                    + "|\\b(?:tried|heard)\\s+(?:before|by)\\s+a\\s+jury\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGNATURE_START = Pattern.compile(
            "^(Dated|DATED|Date|DATE)\\s*:|^(Dated|DATED)\\s+(this\\b|\\p{Lu}\\p{Ll}+\\s+\\d)|^Respectfully\\s+submitted|^RESPECTFULLY\\s+SUBMITTED"
                    + "|^/s/|^s/\\s*\\p{Lu}|^By:\\s*/?s/|^By:\\s*_+");
    private static final Pattern CAPTION_MARKER = Pattern.compile(
            "COMPLAINT|Case\\s+No|CASE\\s+NO|Civil\\s+Action|CIVIL\\s+ACTION|Index\\s+No|^\\)?\\s*(Plaintiffs?|Defendants?|PLAINTIFFS?|DEFENDANTS?)\\s*[.,;]?[\\s)\u00a7:]*$"
                    + "|\\)\\s*$|(?:^|\\s)[\u00a7:]\\s*$|JURY\\s+TRIAL|^\\s*(v\\.|vs\\.?|V\\.|VS\\.?|-*\\s*(?i:against)\\s*-*)[\\s)\u00a7:]*$|\\bCOURT\\b");

    private static final Pattern ROMAN_PREFIX = Pattern.compile("^[IVXLC]+\\.\\s*");
    private static final Pattern KNOWN_SECTION = Pattern.compile(
            "(INTRODUCTION|NATURE OF (THE )?(ACTION|CASE)|PRELIMINARY STATEMENT|SUMMARY OF (THE )?(ACTION|CLAIMS?|CASE)"
                    + "|PARTIES|THE PARTIES|JURISDICTION( AND VENUE)?|VENUE|FACTUAL ALLEGATIONS|FACTS|GENERAL ALLEGATIONS"
                    + "|STATEMENT OF FACTS|BACKGROUND|ALLEGATIONS COMMON TO ALL (COUNTS|CAUSES OF ACTION|CLAIMS)"
                    + "|CLAIMS FOR RELIEF|CAUSES OF ACTION)");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.:;]\\s*$");
    /** The end of a sentence, before a clean paragraph start: not a colon, which announces a list or a quotation. */
    private static final Pattern ENDS_FULL_STOP = Pattern.compile("[.!?][\"'\u201d\u2019)\\]]*\\s*$");
    private static final Pattern ENDS_CLAUSE = Pattern.compile("[.:;]\\s*(and|or)?$");
    private static final Pattern ENDS_BREAK = Pattern.compile("[.:;)]$");
    private static final Pattern ENDS_PUNCTUATED = Pattern.compile("[.;,]$");
    private static final Pattern ENDS_STOP = Pattern.compile("[.;]$");
    private static final Pattern ABBREVIATED_END = Pattern.compile(
            "(?:\\b(?i:seq|al|inc|corp|co|ltd|stat|ann|supp|jr|sr)|\\p{L}\\.\\p{L}{1,3})\\.$");
    private static final Pattern PARTIES_PARENTHETICAL = Pattern.compile("^\\((?i:.*\\b(against|by|on behalf of|as to)\\b.*)\\)$");
    private static final Pattern OUTLINE_HEADING = Pattern.compile("^([IVXLC]+|[A-Z]|\\d{1,2})\\.\\s+[A-Z].*");
    /** An item of the prayer's list: "A.", "(1)", "a.", "iv)". */
    private static final Pattern PRAYER_ITEM = Pattern.compile("^(?:\\(?[A-Za-z]{1,4}\\)|[A-Za-z]{1,4}\\.|\\(?\\d{1,2}\\)|\\d{1,2}\\.)\\s");
    /** A line that is nothing but a number: a page number that a conversion kept, often as a heading. */
    private static final Pattern NUMBER_ONLY = Pattern.compile("^(?:page\\s+)?[-\u2013\u2014\\s]*\\d{1,4}[-\u2013\u2014\\s]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FOOTNOTE_START = Pattern.compile(
            "^([\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+|\\d{1,3})(?:[.)]\\s*|\\s+|(?=[\\p{L}\"\u201c]))(?=\\S)");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]{2,}|\\t");

    /** Parses lines as a reader delivered them. */
    @Override
    public ParsedPleading parse(List<RawLine> input) {
        return parse(input, l -> false);
    }

    /**
     * Parses lines as a reader delivered them; the caption ends, at the latest, before the first line {@code bodyStarts}
     * accepts (an Answer's opening words or its first defense, where a document has no paragraph 1 to stop it).
     */
    ParsedPleading parse(List<RawLine> input, java.util.function.Predicate<RawLine> bodyStarts) {
        List<RawLine> lines = withTheirNumbers(trim(withoutPageNumbers(input)));
        Set<RawLine> toc = TableOfContents.entries(lines);
        Pattern ownForm = numberingForm(lines, toc);
        int firstParagraph = firstParagraphLine(lines, toc, ownForm);
        for (int i = 0; i < firstParagraph; i++) {
            if (bodyStarts.test(lines.get(i))) {
                firstParagraph = i;
                break;
            }
        }
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

        List<Block> blocks = besideTheirMarkers(new BlockSplitter(lines.subList(captionEnd, lines.size()), toc, ownForm).split());
        assignSegments(blocks, segments, out);

        String text = out.text();
        countsByOutline(text, segments);
        Caption caption = BodyParties.fillIn(CaptionParser.parse(captionLines), text);
        List<ParsedCount> counts = CountDetails.find(text, segments, caption.defendants());
        List<ParsedCitation> citations = CitationFinder.find(text, segments);
        List<String> warnings = NumberingCheck.warnings(text, segments);
        return new ParsedPleading(text, out.sourceLines(), caption, segments, counts, citations, warnings);
    }

    /** A section that holds a complaint's claims: "CAUSES OF ACTION", "V. CLAIMS FOR RELIEF". */
    private static final Pattern CLAIMS_SECTION = Pattern.compile(
            "^(?:([IVXLC]+|[A-Z]|\\d{1,2})\\.\\s*)?(?:CAUSES?\\s+OF\\s+ACTION|CLAIMS?\\s+FOR\\s+RELIEF|CLAIMS|LEGAL\\s+CLAIMS|COUNTS)\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    /** An outline heading's label and text: "A. Negligence of Marcus Holt". */
    private static final Pattern OUTLINE_LABEL = Pattern.compile("^([IVXLC]+|[A-Z]|\\d{1,2})\\.\\s+(\\S.*)$");

    /**
     * In a complaint that heads no count "COUNT" or "CAUSE OF ACTION", the outline headings directly under its claims
     * section ("V. CAUSES OF ACTION", then "A. Negligence", "B. Negligent Entrustment") are its counts, as a Texas
     * petition sets them out.
     */
    private static void countsByOutline(String text, List<Segment> segments) {
        if (segments.stream().anyMatch(s -> s.kind() == SegmentKind.COUNT_HEADING)) {
            return;
        }
        for (int i = 0; i < segments.size(); i++) {
            Segment section = segments.get(i);
            Matcher m = CLAIMS_SECTION.matcher(firstLine(text, section));
            if (section.kind() != SegmentKind.HEADING || !m.matches()) {
                continue;
            }
            String sectionKind = labelKind(m.group(1));
            String subKind = null;
            for (int j = i + 1; j < segments.size(); j++) {
                Segment s = segments.get(j);
                if (s.kind() != SegmentKind.HEADING) {
                    if (s.kind() == SegmentKind.NUMBERED_PARAGRAPH || s.kind() == SegmentKind.FOOTNOTE || s.kind() == SegmentKind.OTHER) {
                        continue;
                    }
                    break;
                }
                Matcher sub = OUTLINE_LABEL.matcher(firstLine(text, s));
                if (!sub.matches()) {
                    break;
                }
                // "C." after "A." and "B." is a letter, not a hundred
                String kind = "letter".equals(subKind) && sub.group(1).length() == 1 ? "letter" : labelKind(sub.group(1));
                if (kind.equals(sectionKind) || isKnownSectionHeading(firstLine(text, s)) || subKind != null && !kind.equals(subKind)) {
                    break; // the next section of the complaint's own outline
                }
                subKind = kind;
                segments.set(j, new Segment(s.id(), s.documentId(), s.ordinal(), SegmentKind.COUNT_HEADING, s.label(), s.start(), s.end(),
                        s.first(), s.last()));
            }
        }
    }

    private static String firstLine(String text, Segment s) {
        String t = text.substring(s.start(), s.end());
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl)).strip();
    }

    /** "roman", "letter" or "number" for an outline label; "" for none. A lone I, V, X or C reads as roman. */
    private static String labelKind(String label) {
        if (label == null) {
            return "";
        }
        if (label.matches("[IVXLC]+")) {
            return "roman";
        }
        return label.matches("\\d+") ? "number" : "letter";
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

    /**
     * A "heading" that is only a number is a page number a conversion kept (HTML {@code <h3>2</h3>}); it
     * separates what is around it like a blank line and is no part of the text.
     */
    private static List<RawLine> withoutPageNumbers(List<RawLine> input) {
        List<RawLine> out = new ArrayList<>(input.size());
        for (RawLine l : input) {
            boolean styled = l.role() == LineRole.HEADING || l.bold() || l.centered();
            out.add(styled && NUMBER_ONLY.matcher(l.text()).matches() ? l.withText("") : l);
        }
        return out;
    }

    /**
     * A number printed alone on its line ("12.") with the paragraph's text on the next line, as a conversion leaves a
     * hanging number, is put in front of that text; the line keeps the place of its text.
     */
    private static List<RawLine> withTheirNumbers(List<RawLine> input) {
        List<RawLine> out = new ArrayList<>(input.size());
        for (int i = 0; i < input.size(); i++) {
            RawLine l = input.get(i);
            if (l.role() == LineRole.BODY && LONE_NUMBER.matcher(l.text()).matches()) {
                int next = i + 1;
                while (next < input.size() && next <= i + 2 && input.get(next).isBlank()) {
                    next++;
                }
                if (next < input.size() && input.get(next).role() == LineRole.BODY && startsLikeAParagraph(input.get(next).text())) {
                    out.add(input.get(next).withText(l.text() + " " + input.get(next).text()));
                    i = next;
                    continue;
                }
            }
            out.add(l);
        }
        return out;
    }

    private static boolean startsLikeAParagraph(String t) {
        return !t.isEmpty() && (Character.isUpperCase(t.codePointAt(0)) || "\"\u201c(".indexOf(t.charAt(0)) >= 0)
                && !LONE_NUMBER.matcher(t).matches() && !PARAGRAPH_START.matcher(t).find();
    }

    /**
     * The form the document numbers its paragraphs in besides "1.", if it keeps to one: "1 The…", "1) The…", "(1) The…"
     * or "¶ 1 The…". It must do so from 1 on, more often than "1." and at least three times; null when "1." will do.
     */
    private static Pattern numberingForm(List<RawLine> lines, Set<RawLine> toc) {
        int withPeriod = 0;
        int[] runs = new int[OTHER_FORMS.size()];
        boolean[] restarted = new boolean[OTHER_FORMS.size()];
        for (RawLine l : lines) {
            if (!startsParagraphAnywhere(l, toc)) {
                continue;
            }
            Matcher m = PARAGRAPH_START.matcher(l.text());
            if (m.find()) {
                withPeriod += Integer.parseInt(m.group(1)) == withPeriod + 1 ? 1 : 0;
                continue;
            }
            for (int f = 0; f < OTHER_FORMS.size(); f++) {
                Matcher b = OTHER_FORMS.get(f).matcher(l.text());
                if (restarted[f] || !b.find()) {
                    continue;
                }
                int n = Integer.parseInt(b.group(1));
                if (n == 1 && runs[f] >= 2 && OTHER_FORMS.get(f) == BARE_START) {
                    restarted[f] = true; // numbering that starts again is a page's line numbers, not the paragraphs'
                    runs[f] = 0;
                } else if (n == runs[f] + 1) {
                    runs[f]++;
                }
            }
        }
        Pattern best = null;
        int most = Math.max(2, withPeriod);
        for (int f = 0; f < OTHER_FORMS.size(); f++) {
            if (runs[f] > most) {
                most = runs[f];
                best = OTHER_FORMS.get(f);
            }
        }
        return best;
    }

    private static boolean startsParagraphAnywhere(RawLine l, Set<RawLine> toc) {
        return !l.isBlank() && l.role() != LineRole.QUOTE && l.role() != LineRole.FOOTNOTE && l.role() != LineRole.HEADING
                && !toc.contains(l);
    }

    static Matcher paragraphNumber(String t, Pattern ownForm) {
        Matcher m = PARAGRAPH_START.matcher(t);
        if (m.find()) {
            return m;
        }
        if (ownForm == null) {
            return null;
        }
        Matcher b = ownForm.matcher(t);
        return b.find() ? b : null;
    }

    /**
     * The line of paragraph 1: the first "1." at about the indent where the paragraphs' numbers stand. A "1." far right of
     * it is an item of the caption's right column ("COMPLAINT FOR: 1. Negligence; 2. …"), not the complaint's first paragraph.
     */
    private static int firstParagraphLine(List<RawLine> lines, Set<RawLine> toc, Pattern ownForm) {
        Map<Integer, Integer> at = new HashMap<>();
        for (RawLine l : lines) {
            if (startsParagraphAnywhere(l, toc) && paragraphNumber(l.text(), ownForm) != null) {
                at.merge(l.indent(), 1, Integer::sum);
            }
        }
        int numbersAt = at.entrySet().stream().filter(e -> e.getValue() >= 3).max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(Integer.MAX_VALUE - 100);
        for (int i = 0; i < lines.size(); i++) {
            if (!startsParagraphAnywhere(lines.get(i), toc) || lines.get(i).indent() > numbersAt + 10) {
                continue;
            }
            Matcher m = paragraphNumber(lines.get(i).text(), ownForm);
            if (m != null && m.group(1).equals("1")) {
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
            if (TableOfContents.isHeading(t)) {
                break;
            }
            if (t.length() <= 100 && CAPTION_MARKER.matcher(t).find() && !isKnownSectionHeading(t)) {
                last = i;
            }
        }
        if (last < 0) {
            return 0;
        }
        int end = last + 1;
        while (end < firstParagraph && !lines.get(end).isBlank() && isMostlyUpper(lines.get(end).text())
                && !isKnownSectionHeading(lines.get(end).text()) && !COUNT_HEADING.matcher(lines.get(end).text()).find()
                && !TableOfContents.isHeading(lines.get(end).text())) {
            end++;
        }
        return end;
    }

    private static boolean isKnownSectionHeading(String t) {
        String u = ROMAN_PREFIX.matcher(t.toUpperCase(Locale.ROOT)).replaceFirst("").trim();
        return KNOWN_SECTION.matcher(u).matches();
    }

    /**
     * Whether a line is a count's heading: its numbering ("COUNT I", "Count 1", "FIRST CLAIM FOR RELIEF") in
     * capitals or title case, then nothing, a separator and a title, or a title in capitals. "Count one of the
     * complaint alleges…" is a sentence, not a heading.
     */
    static boolean isCountHeading(String t) {
        if (t.length() > 200) {
            return false;
        }
        Matcher m = COUNT_HEADING.matcher(t);
        if (!m.find()) {
            return false;
        }
        for (String word : m.group().split("\\s+")) {
            if (!word.matches("(?i)of|for|no\\.?|number|#|as|and|an?|the") && !Character.isUpperCase(word.codePointAt(0)) && !Character.isDigit(word.charAt(0))) {
                return false;
            }
        }
        String rest = t.substring(m.end()).strip();
        if (rest.isEmpty() || COUNT_SEPARATOR.matcher(rest).find()) {
            return true;
        }
        if (isMostlyUpper(rest)) {
            return true;
        }
        String[] words = rest.split("\\s+");
        return words.length <= 12 && Character.isUpperCase(rest.codePointAt(0)) && !ENDS_PUNCTUATED.matcher(rest).find();
    }

    // ---- blocks --------------------------------------------------------------------------------------

    enum Start { PARAGRAPH, HEADING, SUB_ITEM, QUOTE, TEXT, CONTENTS, FOOTNOTE }

    record Block(Start start, String number, List<RawLine> lines, String firstText) {
    }

    /**
     * Cuts the body's lines into blocks: a numbered paragraph's start, a heading, a sub-item, a block quote, a run
     * of text, an entry of a table of contents, a footnote. Footnotes are taken out of the running text and
     * follow the block they were printed under, so that a paragraph reads on around them and across the page.
     */
    private static final class BlockSplitter {
        private final List<RawLine> lines;
        private final Set<RawLine> toc;
        private final Pattern ownForm;
        private final int bodyIndent;
        /** From this indent on, a line is set apart from the body (a block quote), unless the paragraphs' numbers stand there. */
        private final int deep;
        /** For each line, the paragraph number it could start with (-1 for none), to see where the numbering goes next. */
        private final int[] candidates;
        /** Whether the paragraphs hang from their numbers: each wrapped line indented to where the text after the number starts. */
        private final boolean hanging;

        private final List<Block> blocks = new ArrayList<>();
        private final List<Block> footnotes = new ArrayList<>();
        private Start kind;
        private String number;
        private List<RawLine> current = new ArrayList<>();
        private List<RawLine> footnote;
        private String footnoteLabel;
        private int lastFootnote;

        BlockSplitter(List<RawLine> lines, Set<RawLine> toc, Pattern ownForm) {
            this.lines = lines;
            this.toc = toc;
            this.ownForm = ownForm;
            this.bodyIndent = commonIndent(lines);
            this.deep = Math.max(bodyIndent + 6, numberIndent(lines, toc, ownForm) + 3);
            this.candidates = new int[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                RawLine l = lines.get(i);
                Matcher m = startsParagraphAnywhere(l, toc) && l.indent() < deep ? paragraphNumber(l.text(), ownForm) : null;
                candidates[i] = m == null ? -1 : Integer.parseInt(m.group(1));
            }
            this.hanging = hangs(lines, candidates);
            dropWrappedNumbers(lines, candidates, bodyIndent);
        }

        /**
         * Where the paragraphs' numbers stand indented from the margin their text wraps to, a number at that margin right
         * after a line that runs on (no full stop) is the wrapped text's: "…the repairs listed in Schedule" / "2. The…".
         */
        private static void dropWrappedNumbers(List<RawLine> lines, int[] candidates, int bodyIndent) {
            Map<Integer, Integer> at = new HashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                if (candidates[i] >= 0) {
                    at.merge(lines.get(i).indent(), 1, Integer::sum);
                }
            }
            var most = at.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
            if (most.isEmpty() || most.get().getValue() < 3 || most.get().getKey() <= bodyIndent + 1) {
                return;
            }
            int numbersAt = most.get().getKey();
            for (int i = 1; i < lines.size(); i++) {
                RawLine line = lines.get(i);
                RawLine before = lines.get(i - 1);
                if (candidates[i] >= 0 && line.indent() < numbersAt - 1 && !before.isBlank() && before.role() == LineRole.BODY
                        && !before.bold() && !before.centered() && !isMostlyUpper(before.text())
                        && !ENDS_FULL_STOP.matcher(before.text()).find() && !before.text().endsWith(":")) {
                    candidates[i] = -1;
                }
            }
        }

        /** A wrapped line of a paragraph that hangs from its number: it goes on with the paragraph after a period. */
        private boolean hangsFrom(RawLine line) {
            if (!hanging || kind != Start.PARAGRAPH || current.isEmpty()) {
                return false;
            }
            int step = line.indent() - current.get(0).indent();
            return step > 0 && step <= 8;
        }

        /**
         * Whether most numbered paragraphs that run onto a second line indent it a little from their number (a hanging
         * indent), rather than wrapping to the number's margin or left of it, as a first-line indent does.
         */
        private static boolean hangs(List<RawLine> lines, int[] candidates) {
            int hang = 0;
            int other = 0;
            for (int i = 0; i + 1 < lines.size(); i++) {
                RawLine next = lines.get(i + 1);
                if (candidates[i] < 0 || candidates[i + 1] >= 0 || next.isBlank() || next.role() != LineRole.BODY) {
                    continue;
                }
                int step = next.indent() - lines.get(i).indent();
                if (step > 0 && step <= 8) {
                    hang++;
                } else {
                    other++;
                }
            }
            return hang >= 3 && hang > 2 * other;
        }

        /**
         * The indent at which the paragraphs' numbers stand, where at least three in sequence share one; -1 if none. A
         * text export of a PDF keeps a paragraph's first-line indent, so its numbers stand well right of its wrapped lines.
         */
        private static int numberIndent(List<RawLine> lines, Set<RawLine> toc, Pattern ownForm) {
            Map<Integer, Integer> at = new HashMap<>();
            int last = 0;
            for (RawLine l : lines) {
                Matcher m = startsParagraphAnywhere(l, toc) ? paragraphNumber(l.text(), ownForm) : null;
                if (m != null && Integer.parseInt(m.group(1)) == last + 1) {
                    last++;
                    at.merge(l.indent(), 1, Integer::sum);
                }
            }
            return at.entrySet().stream().filter(e -> e.getValue() >= 3).max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(-1);
        }

        /**
         * The last item of a list numbered from 1 inside the current paragraph ("the following: 1. …; 2. …; 3. …"), 0 for
         * none: its next item is not the next paragraph, even when its number is the one the paragraphs come to next.
         */
        private int listRun;

        List<Block> split() {
            int lastNumber = 0;
            boolean countSinceParagraph = false;
            boolean inSignature = false;
            boolean previousBlank = true;
            String previousText = "";
            for (int i = 0; i < lines.size(); i++) {
                RawLine line = lines.get(i);
                if (line.role() == LineRole.FOOTNOTE) {
                    addFootnoteLine(line);
                    continue;
                }
                if (line.isBlank()) {
                    flush();
                    previousBlank = true;
                    continue;
                }
                String t = line.text();
                boolean quote = line.role() == LineRole.QUOTE;
                Start lineKind = Start.TEXT;
                String lineNumber = null;
                boolean deepIndent = quote || line.indent() >= deep;
                if (toc.contains(line)) {
                    lineKind = Start.CONTENTS;
                } else if (candidates[i] >= 0 && !deepIndent) {
                    int n = candidates[i];
                    boolean listGoesOn = listRun > 0 && n == listRun + 1;
                    if (!listGoesOn && acceptsNumber(i, n, lastNumber, previousText) || n == 1 && countSinceParagraph && nextCandidate(i) <= 2) {
                        // "1." again under a count's heading: a filing that numbers each count's paragraphs anew
                        Matcher m = paragraphNumber(t, ownForm);
                        lineKind = Start.PARAGRAPH;
                        lineNumber = m.group(1);
                        lastNumber = n;
                        countSinceParagraph = false;
                        listRun = 0;
                        t = t.substring(m.end()).strip();
                        line = line.withText(t);
                    } else {
                        // a list announces itself with a colon
                        listRun = n == 1 && previousText.endsWith(":") || listGoesOn ? n : 0;
                    }
                }
                if (lineKind == Start.TEXT && !quote && isHeading(line, t, bodyIndent, previousBlank, previousText, kind)) {
                    lineKind = Start.HEADING;
                    countSinceParagraph |= isCountHeading(t);
                } else if (lineKind == Start.TEXT && SUB_ITEM.matcher(t).find() && endsClause(previousText)) {
                    lineKind = Start.SUB_ITEM;
                } else if (lineKind == Start.TEXT && deepIndent && kind != Start.QUOTE && (kind != Start.HEADING || quote)) {
                    lineKind = Start.QUOTE;
                } else if (lineKind == Start.TEXT && kind == Start.QUOTE && !deepIndent) {
                    flush();
                }
                // Without blank lines (a PDF), a paragraph also ends where the next one visibly begins.
                boolean freshParagraph = lineKind == Start.TEXT && kind != null && kind != Start.QUOTE
                        && (SIGNATURE_START.matcher(t).lookingAt() || t.regionMatches(true, 0, "WHEREFORE", 0, 9)
                        || line.indent() > bodyIndent && line.indent() < bodyIndent + 6 && ENDS_SENTENCE.matcher(previousText).find()
                        && !hangsFrom(line));
                // in the signature block every printed line is its own line: names, firm, address, "Attorneys for…"
                boolean signatureLine = lineKind == Start.TEXT && kind != null && inSignature;
                boolean opensBlock = lineKind != Start.TEXT || kind == null || kind == Start.HEADING || kind == Start.CONTENTS
                        || freshParagraph || signatureLine;
                if (opensBlock) {
                    flush();
                    kind = lineKind;
                    number = lineNumber;
                }
                current.add(line);
                inSignature |= SIGNATURE_START.matcher(t).lookingAt();
                previousBlank = false;
                previousText = t;
            }
            flush();
            closeFootnote();
            blocks.addAll(footnotes);
            return blocks;
        }

        /**
         * The next number in sequence (or up to two skipped) starts a paragraph. A number the filing repeats, or one
         * that jumps further, does only where a paragraph visibly starts (after a full stop, at the paragraph's indent)
         * and the numbering then goes on from it; a quoted figure or a list item is none of that.
         */
        private int nextCandidate(int i) {
            for (int j = i + 1; j < candidates.length; j++) {
                if (candidates[j] >= 0) {
                    return candidates[j];
                }
            }
            return -1;
        }

        private boolean acceptsNumber(int i, int n, int last, String previousText) {
            if (n > last && n <= last + 3) {
                return true;
            }
            boolean cleanStart = previousText.isEmpty() || ENDS_FULL_STOP.matcher(previousText).find();
            if (!cleanStart || last == 0 || n < last || n > last + 500) {
                return false;
            }
            for (int j = i + 1; j < candidates.length; j++) {
                if (candidates[j] >= 0) {
                    return candidates[j] > n && candidates[j] <= n + 3;
                }
            }
            return n == last;
        }

        private void flush() {
            if (kind != null && !current.isEmpty()) {
                blocks.add(new Block(kind, number, List.copyOf(current), current.get(0).text()));
                closeFootnote();
                blocks.addAll(footnotes);
                footnotes.clear();
            }
            current = new ArrayList<>();
            kind = null;
            number = null;
        }

        private void addFootnoteLine(RawLine line) {
            if (line.isBlank()) {
                return;
            }
            Matcher m = FOOTNOTE_START.matcher(line.text());
            if (m.find()) {
                int n = footnoteNumber(m.group(1));
                if (footnote == null || n > lastFootnote && n <= lastFootnote + 5 || !Character.isDigit(m.group(1).charAt(0))) {
                    closeFootnote();
                    footnote = new ArrayList<>();
                    footnoteLabel = String.valueOf(n);
                    lastFootnote = n;
                    footnote.add(line.withText(line.text().substring(m.end()).strip()));
                    return;
                }
            }
            if (footnote == null) {
                footnote = new ArrayList<>();
                footnoteLabel = lastFootnote > 0 ? String.valueOf(lastFootnote) : null;
            }
            footnote.add(line);
        }

        private void closeFootnote() {
            if (footnote != null && !footnote.isEmpty()) {
                footnotes.add(new Block(Start.FOOTNOTE, footnoteLabel, List.copyOf(footnote), footnote.get(0).text()));
            }
            footnote = null;
        }

        private static int footnoteNumber(String digits) {
            StringBuilder sb = new StringBuilder();
            for (char c : digits.toCharArray()) {
                sb.append(switch (c) {
                    case '\u00b9' -> '1';
                    case '\u00b2' -> '2';
                    case '\u00b3' -> '3';
                    case '\u2070' -> '0';
                    default -> c >= '\u2074' && c <= '\u2079' ? (char) ('4' + (c - '\u2074')) : c;
                });
            }
            return Integer.parseInt(sb.toString());
        }
    }

    /** The body's left edge: the smallest indent that at least a tenth of the lines share (wrapped lines sit there). */
    private static int commonIndent(List<RawLine> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        int total = 0;
        for (RawLine l : lines) {
            if (!l.isBlank() && l.role() != LineRole.FOOTNOTE) {
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

    /** A heading by its words and place, or because the original marks it: a heading style, bold, centred. */
    private static boolean isHeading(RawLine line, String t, int bodyIndent, boolean previousBlank, String previousText, Start openKind) {
        if (isHeadingLike(t, line.indent(), bodyIndent, previousBlank, previousText, openKind)) {
            return true;
        }
        boolean afterBreak = previousBlank || previousText.isEmpty() || ENDS_BREAK.matcher(previousText).find() || openKind == Start.HEADING;
        if (isCountHeading(t) && (afterBreak || line.role() == LineRole.HEADING || line.bold() || line.centered())) {
            return true;
        }
        if (line.role() == LineRole.HEADING) {
            return true;
        }
        if (!afterBreak || t.length() > 200 || t.endsWith(",") || SIGNATURE_START.matcher(t).lookingAt()) {
            return false;
        }
        return line.bold() || line.centered() && t.length() <= 140 && !ENDS_STOP.matcher(t).find();
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
        if (isMostlyUpper(t) && !t.endsWith(",") && !SIGNATURE_START.matcher(t).lookingAt()) {
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
        int countHeadingLines = 0;
        String lastNumber = null;
        // whether the prayer or the jury demand so far is only its heading
        boolean headingOnly = false;
        // a footnote waits until the segment it was printed under has ended, so that the segment's text stays whole
        List<Block> pendingFootnotes = new ArrayList<>();
        for (Block block : blocks) {
            if (block.start() == Start.FOOTNOTE) {
                pendingFootnotes.add(block);
                continue;
            }
            Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
            String t = block.firstText();
            SegmentKind kind;
            String label = null;
            boolean extend = false;
            boolean underCount = last != null && last.kind() == SegmentKind.COUNT_HEADING && previous != null && countHeadingLines < 4;

            if (block.start() == Start.CONTENTS) {
                kind = SegmentKind.OTHER;
            } else if (block.start() == Start.HEADING) {
                if (isCountHeading(t) || COUNT_HEADING.matcher(t).find() && isMostlyUpper(t.split("[:\u2014\u2013(]")[0])) {
                    kind = SegmentKind.COUNT_HEADING;
                    mode = Mode.BODY;
                } else if (underCount && !PRAYER_HEADING.matcher(t).find() && !JURY_HEADING.matcher(t).find() && !isKnownSectionHeading(t)
                        && !TableOfContents.isHeading(t)) {
                    kind = SegmentKind.COUNT_HEADING;
                    extend = true;
                } else if (PRAYER_HEADING.matcher(t).find()) {
                    kind = SegmentKind.PRAYER;
                    mode = Mode.PRAYER;
                } else if (JURY_HEADING.matcher(t).find() || JURY_TEXT.matcher(t).find() && mode != Mode.SIGNATURE) {
                    // "PLAINTIFF DEMANDS A TRIAL BY JURY ON ALL ISSUES." in capitals is the demand itself
                    kind = SegmentKind.JURY_DEMAND;
                    mode = Mode.JURY;
                } else if (mode == Mode.SIGNATURE) {
                    kind = SegmentKind.SIGNATURE;
                    extend = true;
                } else if (mode == Mode.PRAYER && last != null && last.kind() == SegmentKind.PRAYER && PRAYER_ITEM.matcher(t).find()) {
                    // "A. Award damages" looks like an outline heading, but under the prayer it is one of its items
                    kind = SegmentKind.PRAYER;
                    extend = true;
                } else {
                    kind = SegmentKind.HEADING;
                    mode = Mode.BODY;
                }
            } else if (block.start() == Start.PARAGRAPH && (mode == Mode.BODY
                    || mode == Mode.PRAYER && t.regionMatches(true, 0, "WHEREFORE", 0, 9) && follows(lastNumber, block.number())
                    || (mode == Mode.PRAYER || mode == Mode.JURY) && headingOnly && follows(lastNumber, block.number()))) {
                // a numbered WHEREFORE under the prayer's heading, or the first paragraph under the prayer's or the jury
                // demand's heading that goes on with the complaint's numbering ("13. Plaintiffs demand a trial by jury"):
                // the complaint numbers on through its ending
                kind = SegmentKind.NUMBERED_PARAGRAPH;
                label = block.number();
                mode = Mode.BODY;
            } else if (SIGNATURE_START.matcher(t).lookingAt()) {
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
            } else if (underCount && block.lines().size() <= 2 && t.length() <= 140 && !endsWithStop(t) && !t.endsWith(":")) {
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

            boolean extending = extend && last != null && last.kind() == kind;
            if (!extending) {
                emitFootnotes(pendingFootnotes, segments, out);
                last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
            }
            int start = out.appendBlock(block.lines());
            int end = out.length();
            if (extending) {
                segments.set(segments.size() - 1, segment(last.ordinal(), kind, last.label(), last.start(), end, out));
            } else {
                segments.add(segment(segments.size(), kind, label, start, end, out));
            }
            countHeadingLines = kind == SegmentKind.COUNT_HEADING ? (extending ? countHeadingLines + 1 : 1) : 0;
            headingOnly = block.start() == Start.HEADING && !extending && (kind == SegmentKind.PRAYER || kind == SegmentKind.JURY_DEMAND);
            if (kind == SegmentKind.NUMBERED_PARAGRAPH) {
                lastNumber = label;
            }
            previous = block;
        }
        emitFootnotes(pendingFootnotes, segments, out);
    }

    /** A sentence's end: a period after "et seq." or "U.S.C." is the abbreviation's, as in a count's title that cites a statute. */
    private static boolean endsWithStop(String t) {
        return ENDS_STOP.matcher(t).find() && !ABBREVIATED_END.matcher(t).find();
    }

    private static boolean follows(String lastNumber, String number) {
        return lastNumber != null && number != null && Integer.parseInt(number) == Integer.parseInt(lastNumber) + 1;
    }

    private static final String SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";

    /**
     * Moves each footnote to just after the block whose text holds its raised marker ("payment¹"), so that it joins
     * the paragraph it annotates rather than the one that happens to end the page. A footnote whose marker is not
     * found (a reader that keeps no superscripts) stays where it was printed.
     */
    static List<Block> besideTheirMarkers(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b.start() != Start.FOOTNOTE || b.number() == null) {
                out.add(b);
                continue;
            }
            String marker = superscript(b.number());
            int at = -1;
            for (int i = out.size() - 1; i >= 0 && at < 0; i--) {
                Block o = out.get(i);
                if (o.start() != Start.FOOTNOTE && o.lines().stream().anyMatch(l -> holdsMarker(l.text(), marker))) {
                    at = i;
                }
            }
            if (at < 0) {
                out.add(b);
                continue;
            }
            int place = at + 1;
            while (place < out.size() && out.get(place).start() == Start.FOOTNOTE) {
                place++;
            }
            out.add(place, b);
        }
        return out;
    }

    private static String superscript(String number) {
        StringBuilder sb = new StringBuilder();
        for (char c : number.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? SUPERSCRIPTS.charAt(c - '0') : c);
        }
        return sb.toString();
    }

    /** The marker, not as the start of a longer one (¹ in "¹²" is footnote 12's). */
    private static boolean holdsMarker(String text, String marker) {
        for (int i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) {
            int after = i + marker.length();
            boolean longer = after < text.length() && SUPERSCRIPTS.indexOf(text.charAt(after)) >= 0;
            boolean part = i > 0 && SUPERSCRIPTS.indexOf(text.charAt(i - 1)) >= 0;
            if (!longer && !part) {
                return true;
            }
        }
        return false;
    }

    private static void emitFootnotes(List<Block> footnotes, List<Segment> segments, TextBuilder out) {
        for (Block f : footnotes) {
            int start = out.appendBlock(f.lines());
            segments.add(segment(segments.size(), SegmentKind.FOOTNOTE, f.number(), start, out.length(), out));
        }
        footnotes.clear();
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
            boolean first = true;
            for (RawLine l : block) {
                String t = collapseSpaces(l.text());
                if (t.isEmpty()) {
                    continue;
                }
                int lineStart;
                if (first) {
                    first = false;
                    lineStart = text.length();
                } else if (endsWithHyphenatedWord(text) && !t.isEmpty() && Character.isDigit(t.charAt(0))
                        && Character.isLetterOrDigit(text.charAt(text.length() - 2))) {
                    lineStart = text.length(); // "§ 2000e-" + "5(f)": a section number broken at its hyphen keeps it
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
