package org.claimbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.domain.PageLine;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.claimbench.domain.SourceLine;
import org.junit.jupiter.api.Test;

class TextSearchTest {

    /** A short complaint of our own, one printed line to a text line, on two pages. */
    static final String TEXT = """
            PARTIES
            1. Plaintiff Harbor Mill Bakery LLC is a bakery in
            Port Ellery that bought flour from Defendant.
            2. Defendant Stonegate Grain Co. acted through its
            regional manager, whose actual authority is disputed.
            3. The Act of 1998 governs the sale; Plaintiff acted in reliance.""";

    static final TextSearch.Options CASE_BLIND = TextSearch.Options.PLAIN;

    static List<String> found(String query, TextSearch.Options options, String text) {
        return TextSearch.of(query, options).find(text, 100).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    static List<String> found(String query, TextSearch.Options options) {
        return found(query, options, TEXT);
    }

    /** The segments and printed lines of {@link #TEXT}: a heading, then ¶¶ 1–3; page 1 has lines 1–3, page 2 the rest. */
    static List<Segment> segments() {
        String[] lines = TEXT.split("\n", -1);
        int[] starts = lineStarts(lines);
        return List.of(
                new Segment(1, 7, 0, SegmentKind.HEADING, null, starts[0], starts[1] - 1, null, null),
                new Segment(2, 7, 1, SegmentKind.NUMBERED_PARAGRAPH, "1", starts[1], starts[3] - 1, null, null),
                new Segment(3, 7, 2, SegmentKind.NUMBERED_PARAGRAPH, "2", starts[3], starts[5] - 1, null, null),
                new Segment(4, 7, 3, SegmentKind.NUMBERED_PARAGRAPH, "3", starts[5], TEXT.length(), null, null));
    }

    static List<SourceLine> sourceLines() {
        String[] lines = TEXT.split("\n", -1);
        int[] starts = lineStarts(lines);
        List<SourceLine> out = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int page = i < 3 ? 1 : 2;
            int line = i < 3 ? i + 1 : i - 2;
            out.add(new SourceLine(i, page, line, starts[i], starts[i] + lines[i].length()));
        }
        return out;
    }

    static int[] lineStarts(String[] lines) {
        int[] starts = new int[lines.length];
        for (int i = 1; i < lines.length; i++) {
            starts[i] = starts[i - 1] + lines[i - 1].length() + 1;
        }
        return starts;
    }

    @Test
    void a_literal_phrase_is_found_across_a_line_break_and_any_run_of_spaces_in_the_query() {
        assertEquals(List.of("bakery in\nPort Ellery"), found("bakery in Port Ellery", TextSearch.Options.PLAIN));
        assertEquals(List.of("bakery in\nPort Ellery"), found("  bakery   in\tPort  Ellery ", TextSearch.Options.PLAIN));
        assertEquals(List.of("acted through its\nregional"), found("acted through its regional", TextSearch.Options.PLAIN));
        assertEquals(List.of("flour (dry)"), found("flour (dry)", TextSearch.Options.PLAIN, "it sold flour (dry) and"),
                "the characters of a regular expression are taken as they are");
        assertEquals(List.of(), found("flour.", TextSearch.Options.PLAIN, "it sold flours"));
    }

    @Test
    void match_case_on_and_off() {
        assertEquals(List.of("Act", "act", "act"), found("act", CASE_BLIND, "The Act and the act; they act."));
        assertEquals(List.of("act", "act"), found("act", new TextSearch.Options(true, false, false), "The Act and the act; they act."));
        assertEquals(List.of("Act"), found("Act", new TextSearch.Options(true, false, false), "The Act and the act."));
        assertEquals(List.of("ÉTÉ", "été"), found("été", CASE_BLIND, "ÉTÉ et été"), "case is ignored beyond ASCII too");
    }

    @Test
    void a_whole_word_is_not_found_inside_a_longer_one() {
        TextSearch.Options whole = new TextSearch.Options(false, true, false);
        assertEquals(List.of(), found("act", whole, "the actual terms; an enactment; the actor"));
        assertEquals(List.of("act", "Act", "act"), found("act", whole, "the act. The Act's terms (act) actual"));
        assertEquals(List.of("acted", "acted"), found("acted", whole));
        assertEquals(4, found("act", TextSearch.Options.PLAIN).size(), "without Whole word, acted and actual hit: " + found("act", TextSearch.Options.PLAIN));
        assertEquals(List.of("Act"), found("act", whole));
    }

    @Test
    void a_regular_expression_is_searched_as_written_and_combines_with_the_other_options() {
        TextSearch.Options regex = new TextSearch.Options(false, false, true);
        assertEquals(List.of("1998"), found("\\d{4}", regex));
        assertEquals(List.of("acted", "actual", "acted"), found("act\\w+", regex));
        assertEquals(List.of("acted", "acted"), found("act(ed|ing)", new TextSearch.Options(true, true, true)));
        assertEquals(List.of("Stonegate Grain Co."), found("Stonegate\\s+\\w+ Co\\.", regex));
        assertEquals(List.of("a", "a"), found("a*", regex, "bab a"), "empty matches are skipped, not listed");
    }

    @Test
    void an_invalid_regular_expression_says_what_is_wrong_and_what_to_do() {
        TextSearch.InvalidQuery e = assertThrows(TextSearch.InvalidQuery.class,
                () -> TextSearch.of("breach (of contract", new TextSearch.Options(false, false, true)));
        assertTrue(e.getMessage().startsWith("The regular expression is not valid: unclosed group"), e.getMessage());
        assertTrue(e.getMessage().contains("turn off \u201cRegular expression\u201d"), e.getMessage());
        assertEquals(List.of("breach (of contract"), found("breach (of contract", TextSearch.Options.PLAIN, "a breach (of contract"),
                "the same words, not as a regular expression, are searched for as typed");
        assertNull(TextSearch.of("   ", TextSearch.Options.PLAIN), "a blank query finds nothing");
        TextSearch deep = TextSearch.of("(a|b)*c", new TextSearch.Options(true, false, true));
        TextSearch.InvalidQuery tooDeep = assertThrows(TextSearch.InvalidQuery.class, () -> deep.find("ab".repeat(500_000), 10));
        assertTrue(tooDeep.getMessage().contains("Simplify it"), tooDeep.getMessage());
    }

    @Test
    void each_hit_knows_its_numbered_paragraph_and_page_and_line() {
        List<TextSearch.Hit> hits = TextSearch.of("acted", TextSearch.Options.PLAIN).hits(TEXT, segments(), sourceLines(), 100, () -> false);
        assertEquals(2, hits.size());
        assertEquals("\u00b6 2", hits.get(0).paragraph());
        assertEquals(new PageLine(2, 1), hits.get(0).pageLine());
        assertEquals("\u00b6 2 \u00b7 2:1", hits.get(0).where());
        assertEquals("\u00b6 3", hits.get(1).paragraph());
        assertEquals(new PageLine(2, 3), hits.get(1).pageLine());

        TextSearch.Hit heading = TextSearch.of("parties", TextSearch.Options.PLAIN).hits(TEXT, segments(), sourceLines(), 100, () -> false).get(0);
        assertNull(heading.paragraph(), "a heading is no numbered paragraph");
        assertEquals("1:1", heading.where());

        TextSearch.Hit unpaginated = TextSearch.of("flour", TextSearch.Options.PLAIN).hits(TEXT, segments(), List.of(), 100, () -> false).get(0);
        assertNull(unpaginated.pageLine());
        assertEquals("\u00b6 1", unpaginated.where());
    }

    @Test
    void characters_beyond_the_basic_plane_and_curly_quotes_do_not_shift_offsets() {
        String text = "\ud835\udc00 \u201cThe \ud83d\ude00 Seller\u2019s promise\u201d was \u2018firm\u2019 in \ud835\udc01 terms.";
        TextSearch.Match m = TextSearch.of("seller's promise", TextSearch.Options.PLAIN).find(text, 10).get(0);
        assertEquals("Seller\u2019s promise", text.substring(m.start(), m.end()), "a straight quote finds a curly one");
        assertEquals(text.indexOf("Seller"), m.start());
        TextSearch.Match firm = TextSearch.of("\u2018firm\u2019 in", new TextSearch.Options(true, true, false)).find(text, 10).get(0);
        assertEquals(text.indexOf("\u2018firm"), firm.start());
        assertEquals(text.indexOf(" terms"), firm.end() + 3, "\u2018firm\u2019 in \ud835\udc01 is followed by terms");
        TextSearch.Match emoji = TextSearch.of("\ud83d\ude00", TextSearch.Options.PLAIN).find(text, 10).get(0);
        assertEquals(text.indexOf("\ud83d\ude00"), emoji.start());
        assertEquals(emoji.start() + 2, emoji.end(), "a character beyond the basic plane is two UTF-16 units long");
        assertEquals(List.of("\u201cThe"), found("\"the", CASE_BLIND, text), "a straight double quote finds a curly one");
        TextSearch.Snippet s = TextSearch.snippet(text, m.start(), m.end());
        assertEquals("Seller\u2019s promise", s.match());
        assertTrue(s.before().endsWith("\ud83d\ude00 "), s.before());
    }

    @Test
    void a_snippet_is_one_line_with_a_few_words_on_each_side() {
        int at = TEXT.indexOf("regional");
        TextSearch.Snippet s = TextSearch.snippet(TEXT, at, at + "regional".length());
        assertEquals("regional", s.match());
        assertTrue(s.before().startsWith("\u2026") && s.before().endsWith("acted through its "), s.before());
        assertTrue(s.after().startsWith(" manager, whose") && s.after().endsWith("\u2026"), s.after());
        assertTrue(!s.toString().contains("\n"), s.toString());
        assertEquals("1. Plaintiff", TextSearch.snippet("1. Plaintiff", 0, 2).toString().replace("\u2026", ""));
    }

    @Test
    void a_search_stops_when_asked_to() {
        String longText = "ab".repeat(50_000);
        TextSearch search = TextSearch.of("[ab]*c", new TextSearch.Options(true, false, true));
        assertThrows(TextSearch.Stopped.class, () -> search.find(longText, 10, () -> true));
        assertEquals(3, TextSearch.of("ab", TextSearch.Options.PLAIN).find(longText, 3).size(), "at most the limit");
    }
}
