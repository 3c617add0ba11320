package org.claimbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.domain.PageBox;
import org.claimbench.domain.SourceLine;
import org.claimbench.domain.WordBox;
import org.junit.jupiter.api.Test;

/**
 * A passage of the text found among the words of its page: one box per printed line, on each page it covers, never
 * in the wrong place. The pages here are laid out by hand, as pleading paper prints them: a line number in the margin
 * at 60–70 points, the text from 100 points, 24 points between lines, each letter 6 points wide.
 */
class PassageBoxesTest {

    static final float LEFT = 100;
    static final float PITCH = 24;
    static final float CHAR = 6;

    /** A document of printed lines, page by page, with its text and source lines, and each page's words. */
    static final class Doc {
        final StringBuilder text = new StringBuilder();
        final List<SourceLine> lines = new ArrayList<>();
        final Map<Integer, List<WordBox>> words = new HashMap<>();

        /** A printed line of the text, on {@code page} at line {@code line}, with its margin number. */
        Doc line(int page, int line, String printed) {
            return textLine(page, line, printed).print(page, line, printed, true);
        }

        /** A line of the text, from {@code page} at line {@code line}, not printed (yet). */
        Doc textLine(int page, int line, String read) {
            if (text.length() > 0) {
                text.append('\n');
            }
            int start = text.length();
            text.append(read);
            lines.add(new SourceLine(lines.size(), page, line, start, text.length()));
            return this;
        }

        /** Words on the page that the text does not have (a footer, a stamp), or that it has, printed once more. */
        Doc print(int page, int line, String printed, boolean margin) {
            List<WordBox> onPage = words.computeIfAbsent(page, p -> new ArrayList<>());
            float baseline = 80 + (line - 1) * PITCH;
            if (margin) {
                String n = String.valueOf(line);
                onPage.add(new WordBox(n, 70 - n.length() * CHAR, baseline - 9, 70, baseline + 3));
            }
            float x = LEFT;
            for (String w : printed.split(" ")) {
                onPage.add(new WordBox(w, x, baseline - 9, x + w.length() * CHAR, baseline + 3));
                x += (w.length() + 1) * CHAR;
            }
            return this;
        }

        List<PageBox> boxes(String passage) {
            int start = text.indexOf(passage);
            assertTrue(start >= 0, "the text has " + passage);
            return boxes(start, start + passage.length());
        }

        List<PageBox> boxes(int start, int end) {
            return PassageBoxes.boxes(text.toString(), lines, start, end, words::get);
        }
    }

    /** The box a run of words of one printed line fills, as {@link Doc#print} lays them out. */
    static PageBox expected(int page, int line, String printedLine, String words) {
        int at = printedLine.indexOf(words);
        float baseline = 80 + (line - 1) * PITCH;
        return new PageBox(page, LEFT + at * CHAR, baseline - 9, LEFT + (at + words.length()) * CHAR, baseline + 3);
    }

    static final String L1 = "8. The scale house clerk recorded a weight on";
    static final String L2 = "the ticket only after the bin had left the row,";
    static final String L3 = "and no picker saw the ticket with its weight.";

    static Doc onePage() {
        return new Doc().line(1, 1, L1).line(1, 2, L2).line(1, 3, L3);
    }

    @Test
    void a_passage_across_a_line_break_gets_a_box_on_each_line_and_the_margin_number_between_is_not_text() {
        Doc d = onePage();
        List<PageBox> boxes = d.boxes("recorded a weight on\nthe ticket");
        assertEquals(List.of(expected(1, 1, L1, "recorded a weight on"), expected(1, 2, L2, "the ticket")), boxes);
        assertTrue(boxes.stream().allMatch(b -> b.left() >= LEFT), "no box reaches into the margin");
    }

    @Test
    void a_passage_that_leaves_out_part_of_a_word_leaves_it_out_of_its_box() {
        Doc d = onePage();
        assertEquals(List.of(expected(1, 2, L2, "the row")), d.boxes("the row"), "the comma after it is not boxed");
        assertEquals(List.of(expected(1, 2, L2, "the row,")), d.boxes("the row,"));
        assertEquals(List.of(expected(1, 3, L3, "pick")), d.boxes("pick"));
    }

    @Test
    void the_words_are_found_whatever_the_spaces_quotes_and_hyphens() {
        Doc d = new Doc().line(1, 1, "9. The clerk said the \u201cscale\u201d had been reading light").line(1, 2, "for most of August, and the office had been")
                .line(1, 3, "told about the fault before the sea-").line(1, 4, "son began.");
        String text = d.text.toString();
        int start = text.indexOf("the \u201cscale\u201d");
        assertEquals(List.of(expected(1, 1, "9. The clerk said the \u201cscale\u201d had been reading light", "the \u201cscale\u201d had")),
                d.boxes(start, start + "the \u201cscale\u201d had".length()));
        // a word broken at the line's end is one word of the text
        int season = text.indexOf("the sea-");
        List<PageBox> two = d.boxes(season, text.indexOf("began.") + "began.".length());
        assertEquals(2, two.size(), two.toString());
        assertEquals(expected(1, 4, "son began.", "son began."), two.get(1));
    }

    @Test
    void a_passage_across_two_pages_gets_a_box_part_on_each() {
        Doc d = onePage();
        for (int line = 4; line <= 28; line++) {
            d.line(1, line, "Line " + line + " of the facts goes on at length here.");
        }
        d.print(1, 30, "COMPLAINT FOR DAMAGES - 1 -", false); // the footer, not in the text
        d.line(2, 1, "9. In September the clerk told Plaintiff that the");
        d.line(2, 2, "scale had been reading light for most of August.");
        String text = d.text.toString();
        int start = text.indexOf("goes on at", text.indexOf("Line 28"));
        int end = text.indexOf("reading light") + "reading light".length();
        List<PageBox> boxes = d.boxes(start, end);
        assertEquals(List.of(
                expected(1, 28, "Line 28 of the facts goes on at length here.", "goes on at length here."),
                expected(2, 1, "9. In September the clerk told Plaintiff that the", "9. In September the clerk told Plaintiff that the"),
                expected(2, 2, "scale had been reading light for most of August.", "scale had been reading light")), boxes);
        assertEquals(List.of(1, 2), PassageBoxes.pagesOf(d.lines, start, end));
        assertEquals(2, PassageBoxes.pageOf(d.lines, end - 1));
        assertEquals(text.indexOf("9. In September"), PassageBoxes.startOfPage(d.lines, 2));
    }

    @Test
    void words_that_occur_twice_on_a_page_are_boxed_where_the_text_has_them() {
        Doc d = new Doc().line(1, 1, "the bin was weighed twice:").line(1, 2, "once in the row, and the bin was weighed").line(1, 3, "again at the shed.");
        String text = d.text.toString();
        int second = text.indexOf("the bin was weighed", 5);
        List<PageBox> boxes = d.boxes(second, second + "the bin was weighed".length());
        assertEquals(List.of(expected(1, 2, "once in the row, and the bin was weighed", "the bin was weighed")), boxes);
    }

    @Test
    void no_match_gives_no_box() {
        Doc d = onePage();
        // the page prints other words than the text has at that place (a text corrected, say)
        d.words.put(1, new ArrayList<>(d.words.get(1).stream().map(w -> w.text().equals("clerk")
                ? new WordBox("cleric", w.left(), w.top(), w.right(), w.bottom()) : w).toList()));
        assertEquals(List.of(), d.boxes("scale house clerk recorded"));
        // a page without words (a scan) has no boxes either
        d.words.put(1, List.of());
        assertEquals(List.of(), d.boxes("the ticket"));
        // nor does a stretch of nothing but spaces and marks
        Doc e = onePage();
        int comma = e.text.indexOf(",");
        assertEquals(List.of(), e.boxes(comma, comma + 1));
    }

    @Test
    void a_footer_that_prints_the_caption_title_again_is_not_taken_for_the_text() {
        Doc d = new Doc().line(1, 1, "COMPLAINT FOR DAMAGES").line(1, 2, L1).line(1, 3, L2);
        d.print(1, 30, "COMPLAINT FOR DAMAGES", false);
        d.print(1, 31, "- 1 -", false);
        assertEquals(List.of(expected(1, 1, "COMPLAINT FOR DAMAGES", "FOR DAMAGES")), d.boxes("FOR DAMAGES"));
    }

    @Test
    void a_line_the_page_prints_otherwise_gives_no_box_and_its_neighbours_keep_theirs() {
        // the text's line 2 reads otherwise than the page prints it: it finds no printed line
        Doc d = new Doc().line(1, 1, L1).textLine(1, 2, L2).line(1, 3, L3);
        d.print(1, 2, "the ticket only after the wagon had left the row,", true);
        assertEquals(List.of(), d.boxes("the ticket only"));
        assertEquals(List.of(), d.boxes("weight on\nthe ticket"), "a passage into that line has no box either");
        assertEquals(List.of(expected(1, 3, L3, "no picker saw")), d.boxes("no picker saw"));
        assertEquals(List.of(expected(1, 1, L1, "scale house clerk")), d.boxes("scale house clerk"));
    }

    @Test
    void on_a_recognised_page_a_stretch_is_boxed_from_the_words_it_covers_and_from_nothing_else() {
        String text = "Plaintiff bought a boat. Defendant sold it.";
        // the words of the first sentence on one printed line, those of the second on the next
        List<org.claimbench.domain.RecognisedBox> words = new ArrayList<>();
        float x = LEFT;
        int line = 0;
        for (java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(text); m.find(); ) {
            if (m.group().equals("Defendant")) {
                line = 1;
                x = LEFT;
            }
            float top = 100 + line * PITCH;
            words.add(new org.claimbench.domain.RecognisedBox(1, m.start(), m.end(), x, top, x + CHAR * m.group().length(), top + 14, 90));
            x += CHAR * (m.group().length() + 1);
        }
        int start = text.indexOf("boat");
        int end = text.indexOf("sold") + 4;
        List<PageBox> boxes = PassageBoxes.onRecognisedPage(text, 1, start, end, words);
        assertEquals(2, boxes.size(), boxes.toString());
        assertEquals(words.get(3).left(), boxes.get(0).left(), 0.01, "from \u201cboat.\u201d");
        assertEquals(words.get(3).right(), boxes.get(0).right(), 0.01, "its full stop is no letter: the word is not cut");
        assertEquals(words.get(5).right(), boxes.get(1).right(), 0.01, "to \u201csold\u201d");
        // a stretch no recognised word covers (a word the locator did not find) has no box, not a guess
        List<org.claimbench.domain.RecognisedBox> without = new ArrayList<>(words);
        without.remove(5);
        int sold = text.indexOf("sold");
        assertEquals(List.of(), PassageBoxes.onRecognisedPage(text, 1, sold, sold + 4, without));
        assertEquals(List.of(), PassageBoxes.onRecognisedPage(text, 2, start, end, words), "another page's words say nothing of this one");
    }
}
