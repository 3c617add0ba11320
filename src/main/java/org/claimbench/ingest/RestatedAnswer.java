package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.PleadedResponse;
import org.claimbench.domain.ResponseScope;
import org.claimbench.domain.SegmentKind;
import org.claimbench.domain.SourceLine;

/**
 * An Answer in the restating form: each paragraph of the complaint is set out again, word for word, and the response
 * follows it under a label of its own ("ANSWER: Admitted.", "RESPONSE: Defendant denies…", "ANSWER TO PARAGRAPH 4:").
 * Only the words after a label are read as a response; the complaint's words restated above it never are, however
 * much they admit or deny. A response answers what was restated last before it: a numbered paragraph (its base number,
 * so a restated "23(a)" is 23), the complaint's prayer, a heading, or its unnumbered text; a label that names its
 * paragraph ("ANSWER TO PARAGRAPH 4") answers that one. A response runs from its label to the next restated paragraph,
 * heading or prayer. Outside the responses only what speaks to the complaint as a whole is read (a general or a
 * catch-all denial, the headings), since the Answer's own text and the complaint's restated text look alike there.
 */
final class RestatedAnswer {

    /** "ANSWER:", "RESPONSE:", "Answer to Paragraph 4:", "ANSWER TO ¶ 4 —" at the start of a line. */
    static final Pattern LABEL = Pattern.compile("^\\s*(?:ANSWER|RESPONSE|Answer|Response)(?:\\s+(?:TO|to)\\s+(?:(?:PARAGRAPH|Paragraph|PARA\\.|Para\\.)"
            + "\\s*|\u00b6\\s*)(?:NO\\.\\s*|No\\.\\s*)?(\\d{1,5})(?:\\s*\\([a-z]{1,2}\\))?)?\\s*(?::|\\.(?=\\s)|\\s[\u2013\u2014-])\\s*");
    /** A restated paragraph set out by its number in words of its own: "Paragraph 4:", "COMPLAINT ¶ 4.", "¶ 4:". */
    private static final Pattern RESTATED_LABEL = Pattern.compile("^\\s*(?:COMPLAINT\\s+|Complaint\\s+)?(?:PARAGRAPH|Paragraph|\u00b6)\\s*(?:NO\\.\\s*|No\\.\\s*)?"
            + "(\\d{1,5})(?:\\s*\\([a-z]{1,2}\\))?\\s*[:.]\\s");
    /** A label that a page's lines ran on into the restated words: "… to February 2024. ANSWER: Admitted." (capitals only). */
    private static final Pattern INLINE_LABEL = Pattern.compile("(?<=[.;:?!\"\u201d)]\\s{1,6})(?:ANSWER|RESPONSE)(?:\\s+TO\\s+(?:PARAGRAPH|\u00b6)\\s*"
            + "(?:NO\\.\\s*)?\\d{1,5}(?:\\s*\\([a-z]{1,2}\\))?)?\\s*:");
    private static final Pattern SUB_LETTERED = Pattern.compile("^(\\d{1,5})\\s*\\(?(?:[a-z]{1,2}|[ivx]{1,4})\\)?$");

    private RestatedAnswer() {
    }

    /** Whether the Answer restates the complaint: at least two of its lines open with a response's label. */
    static boolean isRestating(List<AnswerParser.Block> blocks) {
        int labels = 0;
        for (AnswerParser.Block b : split(blocks)) {
            if (LABEL.matcher(b.text()).lookingAt() && !b.text().strip().matches("(?i)answer\\s*:?")) {
                labels++;
            } else if (b.text().strip().matches("ANSWER\\s*:|RESPONSE\\s*:")) {
                labels++; // the label on a line of its own, the response on the next
            }
        }
        return labels >= 2;
    }

    static List<PleadedResponse> read(String text, List<SourceLine> lines, List<AnswerParser.Block> blocks) {
        List<PleadedResponse> out = new ArrayList<>();
        List<String> target = List.of();
        ResponseScope targetScope = ResponseScope.UNNUMBERED;
        AnswerResponses.Group open = null;
        List<AnswerResponses.Sentence> sentences = new ArrayList<>();
        for (AnswerParser.Block b : split(blocks)) {
            Matcher label = LABEL.matcher(b.text());
            boolean isLabel = label.lookingAt();
            if (isLabel) {
                flush(text, lines, open, sentences, out);
                List<String> paragraphs = label.group(1) != null ? List.of(PleadedResponse.canonical(label.group(1))) : target;
                ResponseScope scope = label.group(1) != null ? ResponseScope.PARAGRAPHS : targetScope;
                open = new AnswerResponses.Group(scope == ResponseScope.PARAGRAPHS ? paragraphs : List.of(), false, scope);
                sentences = new ArrayList<>(AnswerResponses.sentences(text, b.start() + label.end(), b.end()));
                continue;
            }
            SegmentKind kind = b.kind();
            boolean restates = b.first() && (kind == SegmentKind.NUMBERED_PARAGRAPH || kind == SegmentKind.HEADING
                    || kind == SegmentKind.COUNT_HEADING || kind == SegmentKind.PRAYER) || RESTATED_LABEL.matcher(b.text()).lookingAt();
            if (open != null && !restates) {
                sentences.addAll(AnswerResponses.sentences(text, b.start(), b.end())); // the response's further lines
                continue;
            }
            if (open != null) {
                flush(text, lines, open, sentences, out);
                open = null;
                sentences = new ArrayList<>();
            }
            // restated words: they say what the next response answers, and are never read as one
            Matcher own = RESTATED_LABEL.matcher(b.text());
            if (own.lookingAt()) {
                target = List.of(PleadedResponse.canonical(own.group(1)));
                targetScope = ResponseScope.PARAGRAPHS;
            } else if (b.first() && kind == SegmentKind.NUMBERED_PARAGRAPH && b.segment().label() != null) {
                target = List.of(base(b.segment().label()));
                targetScope = ResponseScope.PARAGRAPHS;
            } else if (b.first() && (kind == SegmentKind.HEADING || kind == SegmentKind.COUNT_HEADING)) {
                targetScope = ResponseScope.HEADINGS;
            } else if (b.first() && kind == SegmentKind.PRAYER) {
                targetScope = ResponseScope.PRAYER;
            } else if (b.first() && kind == SegmentKind.OTHER && targetScope != ResponseScope.PARAGRAPHS) {
                targetScope = ResponseScope.UNNUMBERED;
                wholeComplaint(text, lines, b, out);
            } else if (b.first() && kind == SegmentKind.OTHER) {
                wholeComplaint(text, lines, b, out);
            }
        }
        flush(text, lines, open, sentences, out);
        out.sort(java.util.Comparator.comparingInt(PleadedResponse::start));
        return out;
    }

    /** The Answer's own words outside a response: only a general or a catch-all denial, or words on the headings, count. */
    private static void wholeComplaint(String text, List<SourceLine> lines, AnswerParser.Block b, List<PleadedResponse> out) {
        for (AnswerResponses.Sentence s : AnswerResponses.sentences(text, b.start(), b.end())) {
            if (!AnswerResponses.named(s.text()).isEmpty()) {
                continue;
            }
            for (ResponseScope scope : AnswerResponses.wider(s.text())) {
                if (scope == ResponseScope.ALL || scope == ResponseScope.REMAINING || scope == ResponseScope.HEADINGS) {
                    AnswerResponses.Group g = new AnswerResponses.Group(List.of(), false, scope);
                    g.sentences.add(s);
                    AnswerResponses.emit(text, lines, g, out);
                }
            }
        }
    }

    private static void flush(String text, List<SourceLine> lines, AnswerResponses.Group open, List<AnswerResponses.Sentence> sentences,
                              List<PleadedResponse> out) {
        if (open == null || sentences.isEmpty()) {
            return;
        }
        if (open.scope == ResponseScope.PARAGRAPHS && open.paragraphs.isEmpty()) {
            return; // a response before anything numbered was restated: it cannot be placed
        }
        AnswerResponses.readSegment(text, lines, sentences, open, out);
    }

    /** The blocks with each label run on into a line split off as a line of its own. */
    static List<AnswerParser.Block> split(List<AnswerParser.Block> blocks) {
        List<AnswerParser.Block> out = new ArrayList<>();
        for (AnswerParser.Block b : blocks) {
            Matcher m = INLINE_LABEL.matcher(b.text());
            int from = 0;
            boolean first = b.first();
            while (m.find()) {
                if (m.start() > from && !b.text().substring(from, m.start()).isBlank()) {
                    out.add(new AnswerParser.Block(b.start() + from, b.start() + m.start(), b.segment(), first, b.text().substring(from, m.start())));
                    first = false;
                }
                from = m.start();
            }
            out.add(from == 0 ? b : new AnswerParser.Block(b.start() + from, b.end(), b.segment(), first, b.text().substring(from)));
        }
        return out;
    }

    static String base(String label) {
        Matcher m = SUB_LETTERED.matcher(label.strip());
        return PleadedResponse.canonical(m.matches() ? m.group(1) : label);
    }
}
