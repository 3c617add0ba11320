package org.claimbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordSnapTest {

    static String snapped(String text, String from, int into, String to, int upTo) {
        int start = text.indexOf(from) + into;
        int end = text.indexOf(to) + upTo;
        int[] at = WordSnap.snap(text, start, end);
        return text.substring(at[0], at[1]);
    }

    static final String TEXT = "12. Plaintiffs suffered the damages set out below, and Meridian\u2019s co-founder knew it.\n13. Next.";

    @Test
    void a_selection_cut_inside_words_grows_to_the_whole_words() {
        assertEquals("Plaintiffs suffered the damages", snapped(TEXT, "Plaintiffs", 7, "damages", 3));
        assertEquals("Meridian\u2019s co-founder", snapped(TEXT, "Meridian", 2, "co-founder", 4), "apostrophes and hyphens join");
        assertEquals("suffered", snapped(TEXT, "suffered", 2, "suffered", 5), "inside one word: that word");
    }

    @Test
    void spaces_at_the_ends_are_left_out_and_whole_words_stay_as_they_are() {
        assertEquals("the damages", snapped(TEXT, " the", 0, "damages ", 8));
        assertEquals("knew it.", snapped(TEXT, "knew", 0, "it.", 3), "punctuation selected stays");
        assertEquals("it.\n13", snapped(TEXT, "it.", 0, "13.", 1));
    }

    @Test
    void nothing_but_spaces_is_left_alone() {
        int at = TEXT.indexOf("  ") >= 0 ? TEXT.indexOf("  ") : TEXT.indexOf(' ');
        assertEquals(java.util.List.of(at, at + 1), java.util.Arrays.stream(WordSnap.snap(TEXT, at, at + 1)).boxed().toList());
    }
}
