package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.claimbench.domain.AffirmativeDefense;
import org.claimbench.domain.Caption;
import org.claimbench.domain.PageLines;
import org.claimbench.domain.PleadedResponse;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;

/**
 * Reads a defendant's Answer. The pleading parser finds its lines, caption and segments as it does a complaint's (its
 * numbered paragraphs, headings, prayer and signature); this parser then reads, from the text before the affirmative
 * defenses, the responses to the complaint ({@link AnswerResponses}), and from the rest the defenses themselves.
 *
 * <p>Defenses are found in the forms Answers give them: a heading per defense ("FIRST AFFIRMATIVE DEFENSE (Failure to
 * State a Claim)", "SECOND AFFIRMATIVE DEFENSE — Statute of Limitations", "AS AND FOR A THIRD AFFIRMATIVE DEFENSE",
 * "DEFENSE NO. 4"), with the title on the same line or on the line below; or a section ("AFFIRMATIVE DEFENSES",
 * "SEPARATE AND ADDITIONAL DEFENSES") whose numbered paragraphs, or short title headings, are one defense each. A
 * defense runs to the next one, to a heading in capitals that is no defense, or to the Answer's own prayer, jury
 * demand or signature.
 */
public final class AnswerParser implements DocumentParser {

    static final String ORDINALS = "FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|TWELFTH|THIRTEENTH"
            + "|FOURTEENTH|FIFTEENTH|SIXTEENTH|SEVENTEENTH|EIGHTEENTH|NINETEENTH|TWENTIETH|TWENTY[-\\s](?:FIRST|SECOND|THIRD|FOURTH"
            + "|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH)|THIRTIETH|\\d{1,2}(?:ST|ND|RD|TH|D)";
    /** "FIRST AFFIRMATIVE DEFENSE", "AS AND FOR A SECOND SEPARATE AND DISTINCT AFFIRMATIVE DEFENSE", "DEFENSE NO. 3". */
    static final Pattern DEFENSE_HEADING = Pattern.compile(
            "^(?:[IVXLC]+\\.\\s+|[A-Z]\\.\\s+)?(?:(?:AS\\s+AND\\s+FOR\\s+(?:A|AN|THE|ITS)\\s+)?(?:" + ORDINALS + ")\\s+"
                    + "(?:(?:SEPARATE|ADDITIONAL|AND|DISTINCT|FURTHER)\\s+)*(?:AFFIRMATIVE\\s+)?DEFEN[CS]E"
                    + "|(?:AFFIRMATIVE\\s+)?DEFEN[CS]E\\s+(?:NO\\.?\\s*|NUMBER\\s+|#\\s*)?(?:\\d{1,2}|[IVXLC]+)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** A section of defenses: "AFFIRMATIVE DEFENSES", "SEPARATE AND ADDITIONAL DEFENSES", "V. DEFENSES". */
    static final Pattern DEFENSES_SECTION = Pattern.compile(
            "^(?:[IVXLC]+\\.\\s+|[A-Z]\\.\\s+)?(?:DEFENDANT['\u2019]?S['\u2019]?\\s+)?(?:(?:AFFIRMATIVE|ADDITIONAL|SEPARATE|OTHER|FURTHER|AND)\\s+)*"
                    + "DEFEN[CS]ES(?:\\s+AND\\s+AFFIRMATIVE\\s+DEFEN[CS]ES)?\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GENERAL_DENIAL_HEADING = Pattern.compile("^(?:[IVXLC]+\\.\\s+)?GENERAL\\s+DENIAL\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    /** The Answer's opening words: "Defendant … answers the Complaint", "responds to the Complaint". */
    private static final Pattern OPENING = Pattern.compile("\\banswers\\b|\\bresponds\\s+to\\b|\\bhereby\\s+answer|\\bgenerally\\s+denies\\b");
    private static final Pattern OWN_NUMBER = Pattern.compile("^(?:\\d{1,3}[.)]|\\(\\d{1,3}\\))\\s+(?=\\S)");
    private static final Pattern JUMP = Pattern.compile("numbering jumps from \u00b6 (\\d+) to \u00b6 (\\d+)");
    private static final Pattern ANSWER_TITLE = Pattern.compile("\\bANSWER\\b");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s:.\\-\u2010-\u2015]+");

    @Override
    public ParsedPleading parse(List<RawLine> lines) {
        ParsedPleading p = new PleadingParser().parse(lines, AnswerParser::startsBody);
        List<Block> blocks = blocks(p);
        int defensesFrom = blocks.size();
        for (int i = 0; i < blocks.size(); i++) {
            if (opensDefenses(blocks.get(i))) {
                defensesFrom = i;
                break;
            }
        }
        List<PleadedResponse> responses = AnswerResponses.read(p.text(), p.lines(), blocks.subList(0, defensesFrom));
        List<AffirmativeDefense> defenses = defenses(p, blocks.subList(defensesFrom, blocks.size()));
        // the defenses' own numbering ("1. Plaintiff's claims are barred…") is no fault of the responses'
        int responsesEnd = defensesFrom < blocks.size() ? blocks.get(defensesFrom).start() : p.text().length() + 1;
        List<Segment> responseSegments = p.segments().stream().filter(s -> s.start() < responsesEnd).toList();
        List<String> warnings = new ArrayList<>(NumberingCheck.warnings(p.text(), responseSegments));
        warnings.removeIf(w -> w.startsWith("no numbered paragraphs") || explainedJump(w, responses));
        return withTitle(p, blocks).withAnswer(new ParsedAnswer(responses, defenses), warnings);
    }

    /** A jump in the Answer's numbers that its responses fill ("6. … denies paragraphs 6 through 9", then "10."): no fault. */
    private static boolean explainedJump(String warning, List<PleadedResponse> responses) {
        var m = JUMP.matcher(warning);
        if (!m.matches()) {
            return false;
        }
        for (int n = Integer.parseInt(m.group(1)) + 1; n < Integer.parseInt(m.group(2)); n++) {
            String label = String.valueOf(n);
            if (responses.stream().noneMatch(r -> r.names(label))) {
                return false;
            }
        }
        return true;
    }

    /** An Answer's title ("DEFENDANT'S ANSWER AND AFFIRMATIVE DEFENSES") set apart below the caption is the caption's title. */
    private static ParsedPleading withTitle(ParsedPleading p, List<Block> blocks) {
        Caption c = p.caption();
        if (c.title() != null || blocks.isEmpty()) {
            return p;
        }
        Block first = blocks.get(0);
        String t = first.text().strip();
        if (first.kind() != SegmentKind.HEADING || !ANSWER_TITLE.matcher(t).find() || t.length() > 200) {
            return p;
        }
        return p.withCaption(new Caption(c.court(), c.caseNumber(), t, c.plaintiffs(), c.defendants()));
    }

    private static boolean startsBody(RawLine l) {
        String t = l.text().strip();
        if (DEFENSE_HEADING.matcher(t).lookingAt() || DEFENSES_SECTION.matcher(t).matches() || GENERAL_DENIAL_HEADING.matcher(t).matches()) {
            return true;
        }
        return !PleadingParser.isMostlyUpper(t) && OPENING.matcher(t).find();
    }

    /** One line of the parsed text (a paragraph, a heading, a sub-item) with the segment it belongs to. */
    record Block(int start, int end, Segment segment, boolean first, String text) {

        SegmentKind kind() { return segment == null ? SegmentKind.OTHER : segment.kind(); }
    }

    static List<Block> blocks(ParsedPleading p) {
        List<Block> out = new ArrayList<>();
        String text = p.text();
        for (Segment s : p.segments()) {
            if (s.kind() == SegmentKind.CAPTION || s.kind() == SegmentKind.FOOTNOTE) {
                continue;
            }
            int at = s.start();
            boolean first = true;
            while (at < s.end()) {
                int nl = text.indexOf('\n', at);
                int end = nl < 0 || nl > s.end() ? s.end() : nl;
                if (end > at && !text.substring(at, end).isBlank()) {
                    out.add(new Block(at, end, s, first, text.substring(at, end)));
                    first = false;
                }
                at = end + 1;
            }
        }
        return out;
    }

    private static boolean opensDefenses(Block b) {
        String t = b.text().strip();
        return t.length() <= 200 && (isDefenseHeading(t) || isSectionHeading(b));
    }

    private static boolean isDefenseHeading(String t) {
        var m = DEFENSE_HEADING.matcher(t);
        if (!m.lookingAt() || t.length() > 200) {
            return false;
        }
        // "First Affirmative Defense: …" in a heading's words; not a sentence that happens to begin so
        String rest = t.substring(m.end());
        return rest.isBlank() || SEPARATOR.matcher(rest).find() || rest.strip().startsWith("(") || PleadingParser.isMostlyUpper(t)
                || rest.strip().length() <= 80 && !rest.strip().endsWith(".");
    }

    private static boolean isSectionHeading(Block b) {
        String t = b.text().strip();
        return t.length() <= 80 && DEFENSES_SECTION.matcher(t).matches() && (b.kind() == SegmentKind.HEADING || PleadingParser.isMostlyUpper(t)
                || b.kind() == SegmentKind.OTHER && !t.endsWith("."));
    }

    // ---- defenses --------------------------------------------------------------------------------------

    /** A defense being read: where it starts, its title if known, where its words end, and how it was opened. */
    private static final class Open {
        final int start;
        String title;
        int end;
        final boolean byHeading;
        final boolean byNumber;
        boolean awaitingTitle;
        boolean hasBody;
        String firstSentence;

        Open(int start, int end, String title, boolean byHeading, boolean byNumber) {
            this.start = start;
            this.end = end;
            this.title = title;
            this.byHeading = byHeading;
            this.byNumber = byNumber;
        }
    }

    private static List<AffirmativeDefense> defenses(ParsedPleading p, List<Block> blocks) {
        List<AffirmativeDefense> out = new ArrayList<>();
        Open open = null;
        boolean inSection = false;
        for (Block b : blocks) {
            String t = b.text().strip();
            SegmentKind kind = b.kind();
            if (kind == SegmentKind.PRAYER || kind == SegmentKind.SIGNATURE || kind == SegmentKind.JURY_DEMAND
                    || t.regionMatches(true, 0, "WHEREFORE", 0, 9)) {
                break;
            }
            if (isDefenseHeading(t)) {
                close(p, open, out);
                // on paper the heading is its printed line; the words after it, run on into the block, are the defense's
                String heading = t.substring(0, headingLength(p, b));
                var m = DEFENSE_HEADING.matcher(heading);
                m.lookingAt();
                String title = title(heading.substring(m.end()));
                open = new Open(b.start(), b.end(), title, true, false);
                open.awaitingTitle = title == null;
                String body = t.substring(heading.length()).strip();
                if (!body.isEmpty()) {
                    takeTitleOrBody(open, body);
                }
                continue;
            }
            if (isSectionHeading(b)) {
                close(p, open, out);
                open = null;
                inSection = true;
                continue;
            }
            boolean heading = kind == SegmentKind.HEADING || kind == SegmentKind.COUNT_HEADING;
            boolean titleLine = t.startsWith("(") && t.endsWith(")") || heading
                    || open != null && open.awaitingTitle && t.length() <= 100 && !t.endsWith(".") && !t.endsWith(",");
            if (open != null && !open.hasBody && open.awaitingTitle && t.startsWith("(") && !t.endsWith(")") && t.indexOf(')') > 0
                    && t.indexOf(')') <= 160) {
                // "(Failure to State a Claim) The Complaint fails…": the title and the words the page runs on with
                takeTitleOrBody(open, t);
                open.end = b.end();
                continue;
            }
            if (open != null && !open.hasBody && t.length() <= 160 && titleLine) {
                // the title below the heading, "(Failure to State a Claim)", and "(Against All Causes of Action)" under it
                if (open.awaitingTitle) {
                    open.title = title(t);
                    open.awaitingTitle = open.title == null;
                }
                open.end = b.end();
                continue;
            }
            if (heading && PleadingParser.isMostlyUpper(t)) {
                // "RESERVATION OF RIGHTS", "DEMAND FOR JURY TRIAL": the defenses are over
                close(p, open, out);
                open = null;
                inSection = false;
                continue;
            }
            boolean numbered = kind == SegmentKind.NUMBERED_PARAGRAPH && b.first();
            if (inSection && heading && (open == null || open.hasBody || !open.byHeading)) {
                close(p, open, out);
                open = new Open(b.start(), b.end(), title(t.replaceFirst("^(?:[IVXLC]+|[A-Z]|\\d{1,2})\\.\\s+", "")), true, false);
                continue;
            }
            // a defense numbered anew from 1, whose number the pleading parser left in the text ("1. Plaintiff's claims are…")
            var ownNumber = OWN_NUMBER.matcher(t);
            boolean renumbered = kind != SegmentKind.NUMBERED_PARAGRAPH && ownNumber.lookingAt();
            if (inSection && (numbered || renumbered) && (open == null || open.byNumber)) {
                close(p, open, out);
                open = new Open(b.start(), b.end(), null, false, true);
                String item = renumbered ? t.substring(ownNumber.end()) : t;
                String titled = titleLine(item, headingLength(p, b) - (t.length() - item.length()));
                open.title = titled;
                open.firstSentence = firstSentence(item);
                open.hasBody = true;
                continue;
            }
            if (open != null) {
                if (!open.hasBody) {
                    open.firstSentence = firstSentence(t);
                }
                open.hasBody = true;
                open.end = b.end();
            }
        }
        close(p, open, out);
        return out;
    }

    /** How much of a block is its first printed line, with a parenthesis opened there closed (the whole block without pages). */
    private static int headingLength(ParsedPleading p, Block b) {
        String t = b.text();
        int lead = t.length() - t.stripLeading().length();
        for (org.claimbench.domain.SourceLine l : p.lines()) {
            if (l.start() <= b.start() && l.end() > b.start()) {
                int cut = Math.min(t.length(), l.end() - b.start());
                String first = t.substring(0, cut);
                if (first.lastIndexOf('(') > first.lastIndexOf(')') && t.indexOf(')', cut) > 0) {
                    cut = t.indexOf(')', cut) + 1;
                }
                return Math.max(0, cut - lead);
            }
        }
        return t.strip().length();
    }

    /**
     * A numbered defense's title printed on a line of its own above its words ("1. Failure to State a Claim", then "The
     * Petition does not…"), which a page's lines run together: the first {@code lineLength} characters when they read
     * as a title (no closing stop, most words capitalised) and more words follow; else null.
     */
    static String titleLine(String item, int lineLength) {
        if (lineLength <= 0 || lineLength >= item.length() - 1) {
            return null;
        }
        String line = item.substring(0, lineLength).strip();
        String rest = item.substring(lineLength).strip();
        if (line.isEmpty() || line.length() > 100 || line.matches(".*[.,;:]$") || rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) {
            return null;
        }
        int words = 0;
        int capitals = 0;
        for (String w : line.split("\\s+")) {
            if (w.length() > 3) {
                words++;
                capitals += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return words > 0 && capitals * 4 >= words * 3 ? line : null;
    }

    /** Words after a heading that has no title yet: a title in parentheses first, if they open with one; the rest is body. */
    private static void takeTitleOrBody(Open open, String words) {
        String body = words;
        if (open.awaitingTitle && words.startsWith("(") && words.indexOf(')') > 0) {
            open.title = title(words.substring(0, words.indexOf(')') + 1));
            open.awaitingTitle = open.title == null;
            body = words.substring(words.indexOf(')') + 1).strip();
        }
        if (!body.isEmpty()) {
            open.firstSentence = firstSentence(body);
            open.hasBody = true;
        }
    }

    private static void close(ParsedPleading p, Open open, List<AffirmativeDefense> out) {
        if (open == null) {
            return;
        }
        String title = open.title != null ? open.title : open.firstSentence;
        if (title == null || title.isBlank()) {
            title = p.text().substring(open.start, Math.min(open.end, open.start + 120)).strip();
        }
        if (title.isBlank()) {
            return;
        }
        out.add(new AffirmativeDefense(out.size() + 1, title, open.start, open.end, PageLines.at(p.lines(), open.start),
                PageLines.at(p.lines(), Math.max(open.start, open.end - 1))));
    }

    /** "(Failure to State a Claim)", "— Statute of Limitations", ": Laches." as a title; null when nothing is left. */
    static String title(String rest) {
        String t = SEPARATOR.matcher(rest.strip()).replaceFirst("").strip();
        if (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        t = t.replaceFirst("[.:]$", "").strip();
        if (t.matches("(?i)(?:against|as\\s+to|to)\\s+(?:all|each|every|the).*")) {
            return null; // "(Against All Causes of Action)" says whom it answers, not what it is
        }
        return t.isEmpty() ? null : t;
    }

    /** The first sentence of a defense that has no title of its own, at most about 150 characters. */
    static String firstSentence(String t) {
        int end = AnswerResponses.sentenceEnd(t, 0);
        String s = t.substring(0, end).strip().replaceFirst("[.;]$", "");
        if (s.length() > 150) {
            int cut = s.lastIndexOf(' ', 150);
            s = s.substring(0, cut > 60 ? cut : 150) + "\u2026";
        }
        return s;
    }
}
