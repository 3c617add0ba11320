package org.claimbench.ui.wording;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.analysis.WordingScreen;
import org.junit.jupiter.api.Test;

/** What the rules dialog keeps of the user's choices: only the differences from the built-in lexicon. */
class WordingRulesDialogTest {

    final WordingScreen.Lexicon builtIn = WordingScreen.defaultLexicon();

    @Test
    void untouchedRulesLeaveAnEmptyLexicon() {
        assertEquals(List.of(), WordingRulesDialog.userLexicon(WordingRulesDialog.choices(builtIn, null)).rules());
    }

    @Test
    void aSwitchedOffRuleAndAddedTermsAreKeptAndReadBackTheSame() {
        List<WordingRulesDialog.RuleChoice> choices = new ArrayList<>(WordingRulesDialog.choices(builtIn, null));
        for (int i = 0; i < choices.size(); i++) {
            var c = choices.get(i);
            if (c.id().equals("hedge")) {
                choices.set(i, new WordingRulesDialog.RuleChoice(c.id(), c.kind(), c.description(), true, false, "", c.userPatterns()));
            } else if (c.id().equals("loaded-language")) {
                choices.set(i, new WordingRulesDialog.RuleChoice(c.id(), c.kind(), c.description(), true, true, " scheme , cover-up,, scheme",
                        c.userPatterns()));
            }
        }
        choices.add(new WordingRulesDialog.RuleChoice("user-vague-time", "vague-time", "Mine.", false, true, "at some point", List.of()));
        choices.add(new WordingRulesDialog.RuleChoice("user-empty", "empty", "Mine.", false, true, "  ", List.of()));
        WordingScreen.Lexicon user = WordingRulesDialog.userLexicon(choices);
        assertEquals(List.of("hedge", "loaded-language", "user-vague-time"), user.rules().stream().map(WordingScreen.Rule::id).toList());
        assertEquals(Boolean.FALSE, user.rules().get(0).enabled());
        assertEquals(List.of("scheme", "cover-up"), user.rules().get(1).terms());

        WordingScreen screen = WordingScreen.of(builtIn, user);
        String text = "Allegedly, at some point the scheme was hidden.";
        List<WordingScreen.Flag> flags = screen.screen(text, 0, text.length(), 2);
        assertFalse(flags.stream().anyMatch(f -> f.kind().equals("hedge")), flags.toString());
        assertTrue(flags.stream().anyMatch(f -> f.kind().equals("vague-time") && f.text().equals("at some point")), flags.toString());
        assertTrue(flags.stream().anyMatch(f -> f.kind().equals("loaded-language") && f.text().equals("scheme")), flags.toString());

        // read back, the dialog shows the same choices
        var again = WordingRulesDialog.choices(builtIn, user);
        assertFalse(again.stream().filter(c -> c.id().equals("hedge")).findFirst().orElseThrow().enabled());
        assertEquals("scheme, cover-up", again.stream().filter(c -> c.id().equals("loaded-language")).findFirst().orElseThrow().terms());
        assertEquals(user, WordingRulesDialog.userLexicon(again));
    }

    @Test
    void aUsersPatternsSurviveTheDialog() {
        WordingScreen.Lexicon user = new WordingScreen.Lexicon(1, List.of(
                new WordingScreen.Rule("hedge", null, null, null, List.of("\\bso\\s+it\\s+seems\\b"), null, null)));
        assertEquals(user.rules().get(0).patterns(), WordingRulesDialog.userLexicon(WordingRulesDialog.choices(builtIn, user)).rules().get(0).patterns());
    }
}
