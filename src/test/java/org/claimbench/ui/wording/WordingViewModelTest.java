package org.claimbench.ui.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.claimbench.analysis.WordingScreen;
import org.claimbench.domain.FlagVerdict;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.ui.session.WorkbenchFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordingViewModelTest {

    @TempDir
    Path dataDir;

    @Test
    void a_case_coming_on_show_has_its_text_read_then_its_wording_screened_before_the_panes_take_it() {
        try (WorkbenchFixture f = new WorkbenchFixture()) {
            String title = f.snapshot().legalCase().title();
            f.w.caseFiles().newCase("Another case");
            assertTrue(f.w.wording().wordingBySegmentProperty().get().isEmpty(), "a case without pleadings has no flags");
            List<String> order = f.tasks.descriptions;
            f.w.session().snapshotProperty().addListener((obs, was, s) -> order.add("shown " + s.legalCase().title()));
            order.clear();

            f.w.caseFiles().openCase(f.caseId);

            int read = order.indexOf("Reading " + f.complaint().title());
            int screened = order.indexOf("Screening the wording");
            int shown = order.indexOf("shown " + title);
            assertTrue(read >= 0 && read < screened && screened < shown, "the text first, then its wording, both as the case comes: " + order);
            assertFalse(f.w.wording().wordingBySegmentProperty().get().isEmpty(), "the flags are in once the case is shown");
            assertEquals(f.complaint().id(), f.w.document().loadedDocumentProperty().get().view().document().id());
        }
    }

    @Test
    void a_case_opened_again_as_it_was_takes_its_screening_at_once_and_a_change_has_it_made_again() {
        try (WorkbenchFixture f = new WorkbenchFixture()) {
            WordingViewModel vm = f.w.wording();
            f.w.caseFiles().newCase("Another case");
            long other = f.w.session().current().legalCase().id();
            f.w.caseFiles().openCase(f.caseId); // read in full: a case was written since it was last read
            f.w.caseFiles().openCase(other);
            List<String> order = f.tasks.descriptions;
            f.w.session().snapshotProperty().addListener((obs, was, s) -> order.add("shown " + s.legalCase().id()));
            vm.wordingBySegmentProperty().addListener((obs, was, m) -> order.add(m.isEmpty() ? "flags cleared" : "flags"));
            order.clear();

            f.w.caseFiles().openCase(f.caseId);

            assertEquals(List.of("flags", "shown " + f.caseId), order.stream().filter(x -> !x.startsWith("Reading") && !x.startsWith("Opening")).toList(),
                    "nothing written since: the screening it had comes back before the case is shown, once, and is not made again");
            OutlineNode flagged = f.snapshot().outline().stream().filter(n -> !vm.flagsOf(n).isEmpty()).findFirst().orElseThrow();
            WordingViewModel.NodeFlag first = vm.flagsOf(flagged).get(0);

            vm.decideFlag(first.documentId(), first.flag(), FlagVerdict.DISMISSED);
            f.w.caseFiles().openCase(other);
            order.clear();
            f.w.caseFiles().openCase(f.caseId);
            assertTrue(order.contains("Screening the wording"), "a decision was written: the index is made again " + order);
            assertEquals(FlagVerdict.DISMISSED, vm.flagsOf(flagged).get(0).verdict());
        }
    }

    @Test
    void an_allegations_flags_roll_up_to_its_element_and_count_and_a_dismissed_one_drops_out() {
        try (WorkbenchFixture f = new WorkbenchFixture()) {
            WordingViewModel vm = f.w.wording();
            assertFalse(vm.wordingBySegmentProperty().get().isEmpty(), "the pleadings were screened when the case was shown");
            OutlineNode flagged = f.snapshot().outline().stream().filter(n -> !vm.flagsOf(n).isEmpty()).findFirst().orElseThrow();
            assertEquals(NodeKind.ALLEGATION, flagged.kind());
            List<WordingViewModel.NodeFlag> flags = vm.flagsOf(flagged);
            OutlineNode element = f.snapshot().outline().stream().filter(n -> n.id() == flagged.parentId()).findFirst().orElseThrow();
            Map<String, Integer> before = vm.wordingByKind(element);
            int total = before.values().stream().mapToInt(Integer::intValue).sum();
            assertTrue(total >= vm.wordingOf(flagged).size());

            WordingViewModel.NodeFlag first = flags.get(0);
            vm.decideFlag(first.documentId(), first.flag(), FlagVerdict.DISMISSED);
            assertEquals(FlagVerdict.DISMISSED, vm.flagsOf(flagged).get(0).verdict(), "a dismissed flag stays listed with its verdict");
            assertFalse(vm.wordingOf(flagged).contains(first.flag().label()) && flags.stream()
                    .filter(x -> x.flag().label().equals(first.flag().label())).count() == 1, "and leaves the allegation's wording");
            int after = vm.wordingByKind(element).values().stream().mapToInt(Integer::intValue).sum();
            assertTrue(after < total || flags.stream().filter(x -> x.flag().label().equals(first.flag().label())).count() > 1);
            f.w.edits().undo();
            assertEquals(null, vm.flagsOf(flagged).get(0).verdict());
        }
    }

    @Test
    void the_users_rules_are_saved_and_the_case_screened_again() throws Exception {
        try (WorkbenchFixture f = new WorkbenchFixture(dataDir)) {
            WordingViewModel vm = f.w.wording();
            WordingScreen.Lexicon[] read = new WordingScreen.Lexicon[2];
            vm.loadWordingRules((builtIn, user) -> {
                read[0] = builtIn;
                read[1] = user;
            });
            assertTrue(read[1].rules().isEmpty());
            int flagsBefore = vm.wordingBySegmentProperty().get().values().stream().mapToInt(List::size).sum();
            WordingScreen.Rule off = read[0].rules().stream().filter(r -> vm.wordingBySegmentProperty().get().values().stream()
                    .flatMap(List::stream).anyMatch(fl -> fl.kind().equals(r.kind()))).findFirst().orElseThrow();
            vm.saveWordingRules(new WordingScreen.Lexicon(1, List.of(new WordingScreen.Rule(off.id(), off.kind(), off.description(), null, null, Boolean.FALSE, null))));
            assertTrue(f.w.session().noticeProperty().get().startsWith("Saved the wording rules"));
            int flagsAfter = vm.wordingBySegmentProperty().get().values().stream().mapToInt(List::size).sum();
            assertTrue(flagsAfter < flagsBefore, flagsBefore + " \u2192 " + flagsAfter);
        }
    }
}
