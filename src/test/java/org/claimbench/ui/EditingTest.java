package org.claimbench.ui;

import org.claimbench.ui.wording.FlagReviewWindow;

import org.claimbench.ui.evidence.ChecklistRow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.claimbench.domain.EvidenceStatus;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.SupportLevel;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The rest of the loop, each part as a user does it: find, outline editing, the checklist, overrides, links. */
class EditingTest extends AppDriver {

    List<String> childTitles(String parentStart) {
        OutlineNode parent = node(parentStart);
        return snapshot().outline().stream().filter(n -> n.parentId() != null && n.parentId() == parent.id())
                .sorted(java.util.Comparator.comparingInt(OutlineNode::position)).map(OutlineNode::title).toList();
    }

    @Test
    void findMarksEveryHitAndStepsThroughThem() throws Exception {
        robot.clickOn("#document-text");
        shortcut(KeyCode.CONTROL, KeyCode.F);
        robot.write("quickpost");
        Label count = robot.lookup("#find-count").queryAs(Label.class);
        int expected = text().getText().toLowerCase().split("quickpost", -1).length - 1;
        assertTrue(expected > 20, "the demo names the site often: " + expected);
        waitUntil(() -> count.getText().endsWith(" of " + expected));
        String first = count.getText();
        assertTrue(text().getStyleOfChar(text().getSelection().getStart()).contains("search-hit"));
        assertEquals("QuickPost", text().getSelectedText());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(first.equals(count.getText()), "Enter goes to the next hit");
        shortcut(KeyCode.SHIFT, KeyCode.ENTER);
        assertEquals(first, count.getText(), "Shift+Enter goes back");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#find-bar").query().isVisible());
    }

    /** How often the pattern is found in the text on show. */
    int occurrences(String regex) {
        return (int) java.util.regex.Pattern.compile(regex).matcher(text().getText()).results().count();
    }

    @Test
    void findMatchesCaseAndWholeWordsAndASearchThatFindsNothingLeavesNothingSelected() throws Exception {
        int any = occurrences("(?i)meridian");
        int capitals = occurrences("MERIDIAN");
        assertTrue(any > capitals && capitals > 0, any + " / " + capitals);
        assertEquals(0, occurrences("(?i)(?<![\\p{L}\\p{N}_])act(?![\\p{L}\\p{N}_])"), "the demo has no word \u201cact\u201d alone");
        assertTrue(occurrences("(?i)act") > 0);

        robot.clickOn("#document-text");
        shortcut(KeyCode.CONTROL, KeyCode.F);
        robot.write("meridian");
        Label count = robot.lookup("#find-count").queryAs(Label.class);
        waitUntil(() -> count.getText().endsWith(" of " + any));
        assertEquals("meridian", text().getSelectedText().toLowerCase(java.util.Locale.ROOT));

        robot.clickOn("#find-match-case");
        waitUntil(() -> count.getText().equals("No matches"));
        assertEquals(0, text().getSelection().getLength(), "the last hit does not stay selected");
        assertTrue(text().getStyleSpans(0, text().getLength()).stream().noneMatch(s -> s.getStyle().contains("search-hit")));

        robot.eraseText(8).write("MERIDIAN"); // the check box hands the keys back to the field
        waitUntil(() -> count.getText().equals("1 of " + capitals));
        assertEquals("MERIDIAN", text().getSelectedText());
        robot.clickOn("#find-match-case");

        robot.eraseText(8).write("act");
        waitUntil(() -> count.getText().matches("\\d+ of \\d+"));
        assertTrue(text().getSelectedText().equalsIgnoreCase("act"));
        robot.clickOn("#find-whole-word");
        waitUntil(() -> count.getText().equals("No matches"));
        assertEquals(0, text().getSelection().getLength(), "\u201cact\u201d alone is nowhere, and nothing is left selected");
    }

    @Test
    void theOutlineIsEditedFromTheKeyboardAndUndone() throws Exception {
        assertEquals(List.of("Duty", "Breach", "Causation", "Damages"), childTitles("Count III"));
        robot.clickOn(cell("Breach"));
        shortcut(KeyCode.ALT, KeyCode.UP);
        waitUntil(() -> childTitles("Count III").equals(List.of("Breach", "Duty", "Causation", "Damages")));

        // Outline ▸ New allegation adds one under the selected element
        robot.clickOn(cell("Breach"));
        robot.clickOn("_Outline").clickOn("New allegation\u2026");
        waitUntil(() -> robot.lookup("#new-node-title").tryQuery().isPresent());
        robot.clickOn("#new-node-title").write("Meridian renewed in 2018 after the report").press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> snapshot().outline().stream().anyMatch(n -> n.title().startsWith("Meridian renewed in 2018")));
        OutlineNode added = node("Meridian renewed in 2018");
        assertEquals(NodeKind.ALLEGATION, added.kind());
        assertEquals(node("Breach").id(), added.parentId());
        assertEquals(added.id(), app.model().session().selectedNodeProperty().get().id(), "the new node is selected");

        // Delete removes the selected leaf; undo and undo again bring back the order too
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        waitUntil(() -> snapshot().outline().stream().noneMatch(n -> n.title().startsWith("Meridian renewed in 2018")));
        shortcut(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> snapshot().outline().stream().anyMatch(n -> n.title().startsWith("Meridian renewed in 2018")));
        shortcut(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> snapshot().outline().stream().noneMatch(n -> n.title().startsWith("Meridian renewed in 2018")));
        shortcut(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> childTitles("Count III").equals(List.of("Duty", "Breach", "Causation", "Damages")));
    }

    @Test
    void anElementTemplateSuggestedForTheCountAddsItsElements() throws Exception {
        robot.clickOn(cell("Count III"));
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        waitUntil(() -> robot.lookup("#template-list").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<org.claimbench.analysis.ElementTemplates.Template> list = robot.lookup("#template-list").queryAs(ListView.class);
        assertEquals("negligence", list.getSelectionModel().getSelectedItem().id(), "the suggested template is preselected");
        robot.clickOn("OK");
        waitUntil(() -> childTitles("Count III").size() == 8);
        assertEquals(List.of("Duty", "Breach", "Causation", "Damages", "Duty", "Breach", "Causation", "Damages"), childTitles("Count III"));
        shortcut(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> childTitles("Count III").size() == 4);
    }

    @Test
    void aNodeIsMovedByDraggingItOntoAnother() throws Exception {
        TreeCell<?> from = cell("\u00b6 29");
        Bounds b = from.localToScreen(from.getBoundsInLocal());
        Point2D start = new Point2D(b.getMinX() + 80, b.getCenterY());
        TreeCell<?> onto = cell("Damages");
        Bounds t = onto.localToScreen(onto.getBoundsInLocal());
        robot.drag(start, MouseButton.PRIMARY).moveTo(new Point2D(t.getMinX() + 80, t.getCenterY())).release(MouseButton.PRIMARY);
        waitUntil(() -> node("\u00b6 29").parentId() == node("Damages").id());
        assertTrue(childTitles("Damages").get(childTitles("Damages").size() - 1).startsWith("\u00b6 29"), "dropped in the middle: last child");
    }

    @Test
    void aTickTheStoreDidNotKeepDoesNotStayTicked() throws Exception {
        robot.clickOn(cell("\u00b6 16"));
        @SuppressWarnings("unchecked")
        ListView<ChecklistRow> checklist = robot.lookup("#evidence-checklist").queryAs(ListView.class);
        waitUntil(() -> !checklist.getItems().isEmpty());
        ChecklistRow row = checklist.getItems().get(0);
        assertFalse(row.entry().checked());
        ImportFlowTest.FakeDialogs dialogs = new ImportFlowTest.FakeDialogs();
        app.model().session().setDialogs(dialogs);
        // the entry is removed behind the window's back (another program), so the tick cannot be saved
        robot.interact(() -> app.model().session().tasks().run("Removing", () -> app.store().evidence().deleteEntry(row.entry().id()),
                r -> { }, e -> { }));
        waitUntil(() -> !app.model().session().tasks().busyProperty().get());
        javafx.scene.control.CheckBox tick = robot.lookup("#evidence-checklist .check-box").queryAs(javafx.scene.control.CheckBox.class);
        robot.clickOn(tick);
        waitUntil(() -> dialogs.lastError != null);
        assertFalse(tick.isSelected(), "the tick shows what the store holds, not the click that failed");
    }

    @Test
    void theChecklistIsTickedAndSetFromTheKeyboard() throws Exception {
        robot.clickOn(cell("\u00b6 16"));
        @SuppressWarnings("unchecked")
        ListView<ChecklistRow> checklist = robot.lookup("#evidence-checklist").queryAs(ListView.class);
        robot.clickOn(checklist);
        robot.interact(() -> checklist.getSelectionModel().select(0));
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitUntil(() -> snapshot().checklist().stream().anyMatch(e -> e.nodeId() == node("\u00b6 16").id() && e.checked()));
        robot.press(KeyCode.DIGIT7).release(KeyCode.DIGIT7);
        waitUntil(() -> snapshot().support().get(node("\u00b6 16").id()) == SupportLevel.CONTRADICTED);
        assertEquals(EvidenceStatus.CONTRADICTED, checklist.getItems().get(0).entry().status());
        assertEquals("\u2715", ((Label) cell("\u00b6 16").lookup(".support-icon")).getText());
        assertEquals(SupportLevel.CONTRADICTED, snapshot().support().get(node("Count I").id()), "the contradiction rolls up");
    }

    @Test
    void ctrl3PutsTheKeysInTheChecklistWithAnItemSelected() throws Exception {
        robot.clickOn(cell("\u00b6 16"));
        @SuppressWarnings("unchecked")
        ListView<ChecklistRow> checklist = robot.lookup("#evidence-checklist").queryAs(ListView.class);
        waitUntil(() -> !checklist.getItems().isEmpty());
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT3);
        assertTrue(checklist.isFocused());
        assertEquals(0, checklist.getSelectionModel().getSelectedIndex(), "the first item is selected, so the keys act on it");
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitUntil(() -> snapshot().checklist().stream().anyMatch(e -> e.nodeId() == node("\u00b6 16").id() && e.checked()));
    }

    @Test
    void anOverrideNeedsAReasonAndRollsUp() throws Exception {
        robot.clickOn(cell("\u00b6 39"));
        robot.press(KeyCode.F2).release(KeyCode.F2);
        waitUntil(() -> robot.lookup("#node-override").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ChoiceBox<SupportLevel> override = robot.lookup("#node-override").queryAs(ChoiceBox.class);
        robot.interact(() -> override.setValue(SupportLevel.SUPPORTED));
        assertTrue(robot.lookup("OK").queryButton().isDisabled(), "no override without a reason");
        robot.clickOn("#node-override-reason").write("Duty conceded in the answer, \u00b6 39");
        robot.clickOn("OK");
        waitUntil(() -> snapshot().support().get(node("\u00b6 39").id()) == SupportLevel.SUPPORTED);
        OutlineNode n = node("\u00b6 39");
        assertEquals("Duty conceded in the answer, \u00b6 39", n.overrideReason());
        assertEquals(SupportLevel.SUPPORTED, snapshot().support().get(node("Duty").id()));
    }

    @Test
    void anEditKeepsFoldedBranchesFoldedAndRedrawsTheRowItChanged() throws Exception {
        OutlineNode target = node("\u00b6 39");
        List<javafx.scene.control.TreeItem<OutlineNode>> counts = new java.util.ArrayList<>();
        robot.interact(() -> counts.addAll(tree().getRoot().getChildren()));
        javafx.scene.control.TreeItem<OutlineNode> other = counts.stream()
                .filter(c -> snapshot().outline().stream().noneMatch(n -> n.id() == target.id() && under(n, c.getValue().id())))
                .findFirst().orElseThrow();
        robot.interact(() -> other.setExpanded(false));
        robot.clickOn(cell("\u00b6 39"));
        robot.press(KeyCode.F2).release(KeyCode.F2);
        waitUntil(() -> robot.lookup("#node-override").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ChoiceBox<SupportLevel> override = robot.lookup("#node-override").queryAs(ChoiceBox.class);
        robot.interact(() -> override.setValue(SupportLevel.SUPPORTED));
        robot.clickOn("#node-override-reason").write("Conceded");
        robot.clickOn("OK");
        waitUntil(() -> snapshot().support().get(target.id()) == SupportLevel.SUPPORTED);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tree().getRoot().getChildren().contains(other), "the same rows, not a new tree");
        assertFalse(other.isExpanded(), "the folded count stays folded after an edit elsewhere");
        javafx.scene.layout.HBox marks = (javafx.scene.layout.HBox) cell("\u00b6 39").getGraphic();
        assertTrue(marks.getChildren().get(0).getStyleClass().contains("level-supported"), marks.getChildren().get(0).getStyleClass()::toString);
        assertEquals(SupportLevel.SUPPORTED.symbol(), ((Label) marks.getChildren().get(0)).getText());
    }

    /** Whether {@code n} lies under the node {@code ancestorId}. */
    private boolean under(OutlineNode n, long ancestorId) {
        java.util.Map<Long, OutlineNode> byId = new java.util.HashMap<>();
        snapshot().outline().forEach(x -> byId.put(x.id(), x));
        for (OutlineNode a = n; a != null; a = a.parentId() == null ? null : byId.get(a.parentId())) {
            if (a.id() == ancestorId) {
                return true;
            }
        }
        return false;
    }

    @Test
    void linkToChoosesTheNodeFromAListThatNarrowsAsYouType() throws Exception {
        selectWithMouse("acting in concert with QuickPost's owners");
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        waitUntil(() -> robot.lookup("#link-filter").tryQuery().isPresent());
        robot.clickOn("#link-filter").write("aided and abetted");
        @SuppressWarnings("unchecked")
        ListView<OutlineNode> list = robot.lookup("#link-list").queryAs(ListView.class);
        waitUntil(() -> list.getItems().size() == 1);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> linked(passage("acting in concert with QuickPost's owners"), node("\u00b6 36"), LinkRole.ASSERTS));
    }

    @Test
    void linkToTakesDownThenEnterInTheList() throws Exception {
        selectWithMouse("acting in concert with QuickPost's owners");
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        waitUntil(() -> robot.lookup("#link-filter").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<OutlineNode> list = robot.lookup("#link-list").queryAs(ListView.class);
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        waitUntil(list::isFocused);
        OutlineNode chosen = list.getSelectionModel().getSelectedItem();
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#link-list").tryQuery().isEmpty());
        waitUntil(() -> linked(passage("acting in concert with QuickPost's owners"), node(chosen.title()), LinkRole.ASSERTS));
    }

    @Test
    void aLinkedPassageIsDraggedOntoAnotherNode() throws Exception {
        robot.clickOn(cell("\u00b6 16"));
        @SuppressWarnings("unchecked")
        ListView<org.claimbench.ui.evidence.EvidenceViewModel.LinkedPassage> linkedList = robot.lookup("#linked-passages").queryAs(ListView.class);
        var from = robot.lookup("#linked-passages .list-cell").queryAll().iterator().next();
        Bounds b = from.localToScreen(from.getBoundsInLocal());
        TreeCell<?> onto = cell("\u00b6 40");
        Bounds t = onto.localToScreen(onto.getBoundsInLocal());
        robot.drag(new Point2D(b.getCenterX(), b.getCenterY()), MouseButton.PRIMARY).moveTo(new Point2D(t.getMinX() + 80, t.getCenterY()))
                .release(MouseButton.PRIMARY);
        waitUntil(() -> linked(passage("renewed and expanded the agreement to 410 user licences"), node("\u00b6 40"), LinkRole.ASSERTS));
        assertFalse(linkedList.getItems().isEmpty());
    }

    @Test
    void clickingInAHighlightSelectsTheNodeItIsLinkedTo() throws Exception {
        robot.clickOn(cell("Count III"));
        String quote = "Upon information and belief, Meridian knew that the adult section";
        int at = text().getText().indexOf(quote) + 10;
        robot.interact(() -> text().showParagraphAtTop(Math.max(0, text().offsetToPosition(at,
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor() - 2)));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds b = bounds(at);
        robot.clickOn(new Point2D(b.getCenterX(), b.getCenterY()));
        waitUntil(() -> app.model().session().selectedNodeProperty().get() != null
                && app.model().session().selectedNodeProperty().get().title().startsWith("\u00b6 20"));
        assertEquals(quote, app.model().session().selectedPassageProperty().get().quote());

        // a passage linked to two nodes selects both
        String shared = "suffered physical injury, severe emotional distress and lost earnings";
        int at2 = text().getText().indexOf(shared) + 10;
        robot.interact(() -> text().showParagraphAtTop(Math.max(0, text().offsetToPosition(at2,
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor() - 2)));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds b2 = bounds(at2);
        robot.clickOn(new Point2D(b2.getCenterX(), b2.getCenterY()));
        waitUntil(() -> tree().getSelectionModel().getSelectedItems().size() == 2);
        assertTrue(tree().getSelectionModel().getSelectedItems().stream().allMatch(i -> i.getValue().title().startsWith("\u00b6 28")));
        TextField filter = robot.lookup("#outline-filter").queryAs(TextField.class);
        robot.clickOn(filter).write("belief");
        waitUntil(() -> tree().getExpandedItemCount() == 5);
    }

    @Test
    void theComplaintPaneUnderlinesTheWordingFlags() throws Exception {
        String all = text().getText();
        int at = all.indexOf("On information and belief");
        assertTrue(at >= 0);
        waitUntil(() -> text().getStyleOfChar(at + 3).contains("flag-information-and-belief"));
        List<org.claimbench.analysis.WordingScreen.Flag> flags = app.model().document().loadedDocumentProperty().get().flags();
        assertTrue(flags.size() >= 5, "the demo hedges in several places: " + flags.size());
        for (var f : flags) {
            assertEquals(f.text().toLowerCase(), all.substring(f.start(), f.end()).toLowerCase(), "a flag covers its own words");
        }
        int plain = all.indexOf("QuickPost");
        assertFalse(text().getStyleOfChar(plain + 1).stream().anyMatch(c -> c.startsWith("flag-")));
    }

    @Test
    void theOutlineMarksAllegationsThatRestOnFlaggedWording() throws Exception {
        OutlineNode hedged = node("\u00b6 18 On information and belief");
        OutlineNode plain = node("\u00b6 16 renewed");
        waitUntil(() -> !app.model().wording().wordingOf(hedged).isEmpty());
        assertTrue(app.model().wording().wordingOf(hedged).get(0).startsWith("information and belief"), app.model().wording().wordingOf(hedged).toString());
        assertTrue(app.model().wording().wordingOf(plain).isEmpty(), app.model().wording().wordingOf(plain).toString());
        assertTrue(app.model().wording().wordingOf(node("Count I")).isEmpty(), "only allegations carry wording flags");
        waitUntil(() -> robot.lookup(".wording-mark").queryAll().stream().anyMatch(javafx.scene.Node::isVisible));
        // a count sums its allegations' flags by kind, as the report's count table does
        waitUntil(() -> !app.model().wording().wordingByKind(node("Count I ")).isEmpty());
        java.util.Map<String, Integer> count1 = app.model().wording().wordingByKind(node("Count I "));
        assertTrue(count1.getOrDefault("information-and-belief", 0) >= 1, count1.toString());
        int total = count1.values().stream().mapToInt(Integer::intValue).sum();
        waitUntil(() -> robot.lookup(".wording-mark").queryAll().stream()
                .anyMatch(m -> ("\u2691 " + total).equals(((Label) m).getText())));
        assertTrue(app.model().wording().wordingByKind(node("\u00b6 16 renewed")).isEmpty());
    }

    @Test
    void anExhibitCitedInTheAllegationsParagraphIsOfferedAndAddedInOneClick() throws Exception {
        robot.clickOn(cell("\u00b6 40"));
        OutlineNode n = node("\u00b6 40");
        waitUntil(() -> robot.lookup("#suggested-evidence .suggestion").queryAll().stream()
                .anyMatch(b -> ((javafx.scene.control.Button) b).getText().equals("+ Exhibit A")));
        assertTrue(app.model().evidence().suggestedEvidence(node("\u00b6 16")).isEmpty(), "Exhibit B is already in the checklist of \u00b6 16");
        robot.clickOn("+ Exhibit A");
        waitUntil(() -> app.model().evidence().checklist(node("\u00b6 40")).stream().anyMatch(r -> "Exhibit A".equals(r.item().citationText())));
        ChecklistRow added = app.model().evidence().checklist(n).stream().filter(r -> "Exhibit A".equals(r.item().citationText())).findFirst().orElseThrow();
        assertEquals("Exhibit A \u2014 cited in complaint", added.item().description());
        assertEquals(EvidenceStatus.EXHIBIT_ATTACHED, added.entry().status());
        waitUntil(() -> app.model().evidence().suggestedEvidence(node("\u00b6 40")).isEmpty());
        robot.interact(() -> app.model().edits().undo());
        waitUntil(() -> app.model().evidence().checklist(node("\u00b6 40")).stream().noneMatch(r -> "Exhibit A".equals(r.item().citationText())));
        assertFalse(app.model().evidence().suggestedEvidence(node("\u00b6 40")).isEmpty(), "undone, it is offered again");
    }
    @Test
    void theUserDismissesAndConfirmsAFlagFromTheChecklistPaneAndUndoes() throws Exception {
        robot.clickOn(cell("\u00b6 18"));
        OutlineNode hedged = node("\u00b6 18 On information and belief");
        waitUntil(() -> robot.lookup("#wording-flags .flag-dismiss").queryAll().stream().anyMatch(javafx.scene.Node::isVisible));
        String label = app.model().wording().wordingOf(hedged).get(0);
        robot.clickOn(robot.lookup("#wording-flags .flag-dismiss").queryAll().iterator().next());
        waitUntil(() -> !app.model().wording().wordingOf(node("\u00b6 18")).contains(label));
        assertTrue(app.model().wording().flagsOf(node("\u00b6 18")).stream()
                .anyMatch(f -> f.verdict() == org.claimbench.domain.FlagVerdict.DISMISSED), "still listed in the pane, as dismissed");
        waitUntil(() -> !robot.lookup("#wording-flags .flag-verdict-dismissed").queryAll().isEmpty());
        // the text pane draws it faintly instead of as a flag
        var f = app.model().wording().flagsOf(node("\u00b6 18")).get(0).flag();
        waitUntil(() -> text().getStyleOfChar(f.start() + 1).contains("flag-dismissed"));
        robot.interact(() -> app.model().edits().undo());
        waitUntil(() -> app.model().wording().wordingOf(node("\u00b6 18")).contains(label));
        robot.clickOn(robot.lookup("#wording-flags .flag-confirm").queryAll().iterator().next());
        waitUntil(() -> app.model().wording().wordingOf(node("\u00b6 18")).contains(label + ", confirmed"));
        waitUntil(() -> text().getStyleOfChar(f.start() + 1).contains("flag-confirmed"));
    }

    @Test
    void theKeyboardStepsThroughFlagsAndDecidesOnThem() throws Exception {
        robot.clickOn(text());
        robot.interact(() -> text().moveTo(0));
        robot.push(KeyCode.F8);
        waitUntil(() -> text().getSelection().getLength() > 0);
        var all = app.model().document().loadedDocumentProperty().get().flags();
        assertEquals(all.get(0).start(), text().getSelection().getStart(), "F8 selects the first flag");
        var second = all.stream().filter(x -> x.start() > all.get(0).start()).findFirst().orElseThrow();
        robot.push(KeyCode.F8);
        waitUntil(() -> text().getSelection().getStart() == second.start());
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        waitUntil(() -> app.model().session().snapshotProperty().get().decisions().verdict(
                app.model().document().loadedDocumentProperty().get().view().document().id(), second) == org.claimbench.domain.FlagVerdict.DISMISSED);
        assertEquals("Undo Dismiss flag", app.model().edits().undoStack().undoLabelProperty().get());
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U);
        waitUntil(() -> app.model().session().snapshotProperty().get().flagDecisions().isEmpty());
        shortcut(KeyCode.SHIFT, KeyCode.F8);
        waitUntil(() -> text().getSelection().getStart() == all.get(0).start());
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Y);
        waitUntil(() -> app.model().session().snapshotProperty().get().flagDecisions().size() == 1
                && app.model().session().snapshotProperty().get().flagDecisions().get(0).verdict() == org.claimbench.domain.FlagVerdict.CONFIRMED);
    }
    @Test
    void theUsersWordingRulesAreSavedAndTheComplaintIsScreenedAgain() throws Exception {
        int hedges = (int) app.model().document().loadedDocumentProperty().get().flags().stream().filter(f -> f.kind().equals("hedge")).count();
        assertTrue(hedges > 0, "the demo complaint hedges");
        robot.clickOn("#menu-wording");
        robot.clickOn("#menu-wording-rules");
        waitUntil(() -> robot.lookup("#rule-hedge").tryQuery().isPresent());
        robot.clickOn("#rule-hedge");
        robot.clickOn("#terms-loaded-language").write("renewed");
        robot.clickOn("OK");
        java.nio.file.Path file = dataDir.resolve(org.claimbench.service.WordingService.USER_FILE);
        waitUntil(() -> java.nio.file.Files.isRegularFile(file));
        waitUntil(() -> app.model().document().loadedDocumentProperty().get().flags().stream().noneMatch(f -> f.kind().equals("hedge"))
                && app.model().document().loadedDocumentProperty().get().flags().stream()
                        .anyMatch(f -> f.kind().equals("loaded-language") && f.text().equalsIgnoreCase("renewed")));
        var saved = org.claimbench.analysis.WordingScreen.parse(java.nio.file.Files.readAllBytes(file));
        assertEquals(2, saved.rules().size(), "only what the user changed is kept: " + saved.rules());
        waitUntil(() -> app.model().wording().wordingOf(node("\u00b6 16 renewed")).stream().anyMatch(l -> l.contains("renewed")));
    }
    @Test
    void aCountShowsTheParagraphsItIncorporatesAndWarnsOfAShotgunCount() throws Exception {
        robot.clickOn(cell("Count I "));
        waitUntil(() -> robot.lookup("#incorporation-title").tryQuery().map(javafx.scene.Node::isVisible).orElse(false)
                && ((Label) robot.lookup("#incorporation-title").query()).getText().startsWith("Incorporates \u00b6\u00b6 1\u201330"));
        assertFalse(robot.lookup("#shotgun-warning").query().isVisible(), "Count I takes in only the facts");
        robot.clickOn(cell("Count II "));
        waitUntil(() -> ((Label) robot.lookup("#incorporation-title").query()).getText().startsWith("Incorporates \u00b6\u00b6 1\u201334"));
        assertTrue(robot.lookup("#shotgun-warning").query().isVisible(), "Count II takes in Count I too");
        // the outline marks it too, and only it
        waitUntil(() -> robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream().anyMatch(c -> c.getText() != null
                && c.getText().startsWith("Count II ") && c.lookup(".shotgun-mark") != null));
        assertTrue(robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream().filter(c -> c.getText() != null
                && (c.getText().startsWith("Count I ") || c.getText().startsWith("Count III "))).allMatch(c -> c.lookup(".shotgun-mark") == null));
        @SuppressWarnings("unchecked")
        ListView<org.claimbench.service.OutlineBuilder.Paragraph> list = robot.lookup("#incorporated-paragraphs").queryAs(ListView.class);
        assertEquals(34, list.getItems().size());
        var p = list.getItems().get(16);
        assertEquals("17", p.label());
        robot.interact(() -> list.scrollTo(16));
        robot.clickOn(robot.lookup("#incorporated-paragraphs .list-cell").queryAll().stream()
                .filter(c -> ((javafx.scene.control.ListCell<?>) c).getItem() == p).findFirst().orElseThrow());
        waitUntil(() -> text().getSelection().getStart() == p.start() && text().getSelection().getEnd() == p.end());
        robot.clickOn(cell("\u00b6 18"));
        waitUntil(() -> !robot.lookup("#incorporation").query().isVisible());
    }
    @Test
    void theFlagListIsReviewedFromTheKeyboard() throws Exception {
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        waitUntil(() -> robot.lookup("#flag-table").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<FlagReviewWindow.Row> table = robot.lookup("#flag-table").queryAs(javafx.scene.control.TableView.class);
        int total = app.model().document().loadedDocumentProperty().get().flags().size();
        assertEquals(total, table.getItems().size());
        assertEquals(0, table.getSelectionModel().getSelectedIndex(), "the first flag is selected");
        FlagReviewWindow.Row first = table.getItems().get(0);
        waitUntil(() -> text().getSelection().getStart() == first.flag().start()); // the text shows the selected flag
        robot.clickOn(table);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        robot.push(KeyCode.N);
        waitUntil(() -> app.model().session().snapshotProperty().get().decisions().verdict(first.documentId(), first.flag()) == org.claimbench.domain.FlagVerdict.DISMISSED);
        assertEquals(1, table.getSelectionModel().getSelectedIndex(), "it moves on to the next flag");
        FlagReviewWindow.Row second = table.getSelectionModel().getSelectedItem();
        robot.push(KeyCode.Y);
        waitUntil(() -> app.model().session().snapshotProperty().get().decisions().verdict(second.documentId(), second.flag()) == org.claimbench.domain.FlagVerdict.CONFIRMED);
        waitUntil(() -> ((Label) robot.lookup("#flag-summary").query()).getText()
                .equals(total + " flags \u00b7 " + (total - 2) + " undecided \u00b7 1 confirmed \u00b7 1 dismissed"));
        @SuppressWarnings("unchecked")
        ChoiceBox<String> filter = robot.lookup("#flag-filter").queryAs(ChoiceBox.class);
        robot.interact(() -> filter.setValue("Undecided"));
        waitUntil(() -> table.getItems().size() == total - 2);
        // an undo in the main window shows in the list at once
        robot.interact(() -> app.model().edits().undo());
        waitUntil(() -> table.getItems().size() == total - 1);
        // several rows at once: one edit, undone as one
        robot.interact(() -> table.getSelectionModel().selectRange(0, 3));
        robot.push(KeyCode.N);
        waitUntil(() -> table.getItems().size() == total - 4);
        assertEquals("Undo Dismiss 3 flags", app.model().edits().undoStack().undoLabelProperty().get());
        robot.interact(() -> app.model().edits().undo());
        waitUntil(() -> table.getItems().size() == total - 1);
    }
    @Test
    void rightClickingFlaggedWordsOffersToConfirmOrDismissThatFlag() throws Exception {
        var flags = app.model().document().loadedDocumentProperty().get().flags();
        var f = flags.stream().filter(x -> x.kind().equals("knowledge-label")).findFirst().orElseThrow();
        robot.interact(() -> text().showParagraphAtTop(Math.max(0, app.model().document().loadedDocumentProperty().get().lineOf(f.start()) - 2)));
        robot.interact(() -> text().moveTo(0)); // the caret is elsewhere: the menu follows the click
        Bounds b = bounds(f.start() + 1);
        robot.moveTo(new Point2D(b.getCenterX(), b.getCenterY()));
        robot.clickOn(MouseButton.SECONDARY);
        // the headless platform sends no context-menu request of its own after a right click; send it as a desktop does
        robot.interact(() -> {
            Point2D local = text().screenToLocal(b.getCenterX(), b.getCenterY());
            javafx.event.Event.fireEvent(text(), new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    local.getX(), local.getY(), b.getCenterX(), b.getCenterY(), false, null));
        });
        waitUntil(() -> robot.lookup(".context-menu").queryAll().stream().anyMatch(javafx.scene.Node::isVisible));
        String item = "Dismiss flag: " + f.label();
        waitUntil(() -> robot.lookup(n -> n instanceof Label && item.equals(((Label) n).getText())).tryQuery().isPresent());
        robot.clickOn(item);
        waitUntil(() -> app.model().session().snapshotProperty().get().decisions().verdict(
                app.model().document().loadedDocumentProperty().get().view().document().id(), f) == org.claimbench.domain.FlagVerdict.DISMISSED);
        waitUntil(() -> text().getStyleOfChar(f.start() + 1).contains("flag-dismissed"));
    }
}
