package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.claimbench.analysis.WordingScreen;
import org.claimbench.domain.Document;
import org.claimbench.domain.FlagDecision;
import org.claimbench.domain.FlagVerdict;
import org.claimbench.domain.NodeKind;
import org.claimbench.report.ReportModel;
import org.claimbench.report.ReportOptions;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user decides on each wording flag; the decision is kept, undone, shown and reported. And the user's own rules. */
class FlagDecisionTest {

    Store store;
    long caseId;
    Document complaint;
    CaseEditor editor;
    WordingService wording;

    @TempDir
    Path dir;

    @BeforeEach
    void open() {
        store = Store.inMemory();
        caseId = new DemoCase(store).install();
        complaint = store.documents().list(caseId).stream().filter(d -> d.kind().isPleading()).findFirst().orElseThrow();
        editor = new CaseEditor(store);
        wording = new WordingService(store, null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The flags of the report's allegations: the segment each label comes from, found through the raw screen. */
    private Map.Entry<Long, WordingScreen.Flag> aReportedFlag() {
        ReportModel m = org.claimbench.service.Services.of(store, null).reports().model(caseId, ReportOptions.defaults());
        String label = m.chart().stream().filter(s -> s.kind() == NodeKind.ALLEGATION && !s.wording().isEmpty())
                .findFirst().orElseThrow().wording().get(0);
        for (var e : wording.flagsBySegment(caseId, WordingScreen.standard()).entrySet()) {
            for (WordingScreen.Flag f : e.getValue()) {
                if (f.label().equals(label)) {
                    return Map.entry(e.getKey(), f);
                }
            }
        }
        throw new AssertionError("no flag is labelled " + label);
    }

    private long reportedCount(String label) {
        ReportModel m = org.claimbench.service.Services.of(store, null).reports().model(caseId, ReportOptions.defaults());
        return m.chart().stream().filter(s -> s.wording().contains(label)).count();
    }

    @Test
    void aDismissedFlagLeavesTheReportAndUndoBringsItBack() {
        WordingScreen.Flag f = aReportedFlag().getValue();
        long before = reportedCount(f.label());
        int summaryBefore = org.claimbench.service.Services.of(store, null).reports().model(caseId, ReportOptions.defaults()).summary().counts().stream()
                .mapToInt(ReportModel.CountLine::wordingFlags).sum();
        assertTrue(before > 0);

        Edit dismiss = editor.decideFlag(complaint.id(), f, FlagVerdict.DISMISSED, "Dated and sourced in ¶ 12");
        assertEquals("Dismiss flag", dismiss.label());
        dismiss.apply();
        FlagDecision d = store.flags().find(complaint.id(), f.start(), f.end(), f.kind()).orElseThrow();
        assertEquals(FlagVerdict.DISMISSED, d.verdict());
        assertEquals(f.text(), d.text());
        assertEquals("Dated and sourced in ¶ 12", d.note());
        assertEquals(0, reportedCount(f.label()), "a dismissed flag is not reported");
        int summaryAfter = org.claimbench.service.Services.of(store, null).reports().model(caseId, ReportOptions.defaults()).summary().counts().stream()
                .mapToInt(ReportModel.CountLine::wordingFlags).sum();
        assertTrue(summaryAfter < summaryBefore, summaryAfter + " < " + summaryBefore);

        dismiss.revert();
        assertTrue(store.flags().find(complaint.id(), f.start(), f.end(), f.kind()).isEmpty());
        assertEquals(before, reportedCount(f.label()));

        dismiss.apply(); // redo brings back the same decision, id included
        assertEquals(d, store.flags().find(complaint.id(), f.start(), f.end(), f.kind()).orElseThrow());
    }

    @Test
    void aConfirmedFlagIsReportedAsConfirmedAndAChangedMindIsUndoable() {
        WordingScreen.Flag f = aReportedFlag().getValue();
        editor.decideFlag(complaint.id(), f, FlagVerdict.CONFIRMED, null).apply();
        assertEquals(0, reportedCount(f.label()));
        assertTrue(reportedCount(f.label() + ", confirmed") > 0);
        String html = new String(assertDoesNotFail(() -> ReportService.render(org.claimbench.service.Services.of(store, null).reports().model(caseId,
                ReportOptions.defaults()), org.claimbench.report.ReportFormat.HTML)), StandardCharsets.UTF_8);
        assertTrue(html.contains(org.claimbench.report.HtmlReport.esc(f.label() + ", confirmed")));

        Edit change = editor.decideFlag(complaint.id(), f, FlagVerdict.DISMISSED, null);
        change.apply();
        assertEquals(FlagVerdict.DISMISSED, store.flags().find(complaint.id(), f.start(), f.end(), f.kind()).orElseThrow().verdict());
        change.revert();
        assertEquals(FlagVerdict.CONFIRMED, store.flags().find(complaint.id(), f.start(), f.end(), f.kind()).orElseThrow().verdict(),
                "undo gives back the earlier decision, not none");
        Edit clear = editor.decideFlag(complaint.id(), f, null, null);
        assertEquals("Clear flag decision", clear.label());
        clear.apply();
        assertTrue(store.flags().forCase(caseId).isEmpty());
        clear.revert();
        assertEquals(1, store.flags().forCase(caseId).size());
    }

    @Test
    void theSnapshotCarriesDecisionsAndFindsThemByFlag() {
        WordingScreen.Flag f = aReportedFlag().getValue();
        assertTrue(org.claimbench.service.Services.of(store, null).cases().snapshot(caseId).decisions().isEmpty());
        editor.decideFlag(complaint.id(), f, FlagVerdict.DISMISSED, null).apply();
        CaseSnapshot s = org.claimbench.service.Services.of(store, null).cases().snapshot(caseId);
        assertEquals(FlagVerdict.DISMISSED, s.decisions().verdict(complaint.id(), f));
        assertEquals(List.of(), s.decisions().standing(complaint.id(), List.of(f)));
        WordingScreen.Flag other = new WordingScreen.Flag("hedge", f.text(), f.start(), f.end(), "hedge");
        assertNull(s.decisions().verdict(complaint.id(), other), "the same words under another kind are another flag");
    }

    @Test
    void aFlagWhoseWordsAreNotThereIsRefused() {
        WordingScreen.Flag f = aReportedFlag().getValue();
        WordingScreen.Flag shifted = new WordingScreen.Flag(f.kind(), f.text(), f.start() + 1, f.end() + 1, f.rule());
        StoreException e = assertThrows(StoreException.class, () -> editor.decideFlag(complaint.id(), shifted, FlagVerdict.CONFIRMED, null));
        assertTrue(e.getMessage().contains("not in the document"), e.getMessage());
        assertTrue(store.flags().forCase(caseId).isEmpty());
    }

    @Test
    void decisionsGoWithTheirCase() {
        WordingScreen.Flag f = aReportedFlag().getValue();
        editor.decideFlag(complaint.id(), f, FlagVerdict.CONFIRMED, null).apply();
        store.cases().delete(caseId);
        assertTrue(store.flags().find(complaint.id(), f.start(), f.end(), f.kind()).isEmpty());
    }

    // ---- the user's own rules ----------------------------------------------------------------------

    @Test
    void theUsersTermsAreFlaggedAndASwitchedOffRuleIsNot() throws Exception {
        WordingService mine = new WordingService(store, dir);
        assertEquals(List.of(), mine.userLexicon().rules());
        Map<Long, List<WordingScreen.Flag>> builtIn = mine.flagsBySegment(caseId, mine.screen());
        assertTrue(builtIn.values().stream().flatMap(List::stream).anyMatch(x -> x.kind().equals("hedge")), "the demo hedges");
        String word = store.documents().text(complaint.id()).contains("platform") ? "platform" : "Defendant";

        mine.saveUserLexicon(new WordingScreen.Lexicon(1, List.of(
                new WordingScreen.Rule("hedge", null, null, null, null, Boolean.FALSE, null),
                new WordingScreen.Rule("user-vague", "vague-reference", "Mine.", List.of(word), null, null, null))));
        assertTrue(Files.isRegularFile(dir.resolve(WordingService.USER_FILE)));
        Map<Long, List<WordingScreen.Flag>> after = mine.flagsBySegment(caseId, mine.screen());
        assertFalse(after.values().stream().flatMap(List::stream).anyMatch(x -> x.kind().equals("hedge")), "hedges switched off");
        assertTrue(after.values().stream().flatMap(List::stream).anyMatch(x -> x.kind().equals("vague-reference")
                && x.text().equalsIgnoreCase(word)), "the user's term is flagged");
        assertNotNull(org.claimbench.service.Services.of(store, dir).reports().model(caseId, ReportOptions.defaults()));
        assertTrue(org.claimbench.service.Services.of(store, dir).reports().model(caseId, ReportOptions.defaults()).chart().stream()
                .flatMap(s -> s.wording().stream()).noneMatch(l -> l.startsWith("hedge")), "the report follows the user's rules");
    }

    @Test
    void aBrokenLexiconIsReportedAndNothingIsSavedOverIt() throws Exception {
        WordingService mine = new WordingService(store, dir);
        Files.writeString(dir.resolve(WordingService.USER_FILE), "{ \"version\": 1, \"rules\": [ { \"id\": ");
        StoreException e = assertThrows(StoreException.class, mine::screen);
        assertTrue(e.getMessage().contains(WordingService.USER_FILE) && e.getMessage().contains("Fix or remove"), e.getMessage());
        WordingService.Loaded loaded = mine.screenOrBuiltIn();
        assertNotNull(loaded.problem());
        assertFalse(mine.flagsBySegment(caseId, loaded.screen()).isEmpty(), "the built-in rules still apply");

        Files.writeString(dir.resolve(WordingService.USER_FILE), "{ \"version\": 1, \"rules\": [ { \"id\": \"x\", \"kind\": \"k\", "
                + "\"patterns\": [\"(unclosed\"] } ] }");
        e = assertThrows(StoreException.class, mine::screen);
        assertTrue(e.getMessage().contains("not a valid regular expression"), e.getMessage());
        Files.writeString(dir.resolve(WordingService.USER_FILE), "{ \"version\": 1, \"rules\": [ { \"id\": \"new\", \"terms\": [\"x\"] } ] }");
        e = assertThrows(StoreException.class, mine::screen);
        assertTrue(e.getMessage().contains("needs a \"kind\""), e.getMessage());

        String good = "{ \"version\": 1, \"rules\": [] }";
        Files.writeString(dir.resolve(WordingService.USER_FILE), good);
        StoreException refused = assertThrows(StoreException.class, () -> mine.saveUserLexicon(new WordingScreen.Lexicon(1, List.of(
                new WordingScreen.Rule("y", "k", null, null, List.of("[bad"), null, null)))));
        assertTrue(refused.getMessage().contains("Nothing was saved"), refused.getMessage());
        assertEquals(good, Files.readString(dir.resolve(WordingService.USER_FILE)), "the file in use is untouched");
    }

    private static byte[] assertDoesNotFail(java.util.concurrent.Callable<byte[]> c) {
        try {
            return c.call();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static List<WordingScreen.Flag> inOrder(Map<Long, List<WordingScreen.Flag>> m) {
        return m.values().stream().flatMap(List::stream).sorted(Comparator.comparingInt(WordingScreen.Flag::start)).toList();
    }
}
