package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.claimbench.domain.EvidenceStatus;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.claimbench.domain.SupportLevel;
import org.claimbench.domain.Weight;
import org.claimbench.service.CaseSnapshot;
import org.controlsfx.control.StatusBar;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The loop a user repeats all day, driven with the mouse and the keyboard on the demo case. */
class WorkingLoopTest {

    static final String PHRASE = "renewed them in 2016 and again in 2018";

    @TempDir
    Path dataDir;

    ClaimBenchApp app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        launch();
    }

    void launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (ClaimBenchApp) FxToolkit.setupApplication(() -> new ClaimBenchApp(new AppOptions(dataDir.toString(), null)));
        waitUntil(() -> app.model() != null && app.model().loadedDocumentProperty().get() != null);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    StyleClassedTextArea text() {
        return robot.lookup("#document-text").queryAs(StyleClassedTextArea.class);
    }

    CaseSnapshot snapshot() {
        return app.model().snapshotProperty().get();
    }

    String status() {
        return robot.lookup("#status-bar").queryAs(StatusBar.class).getText();
    }

    TreeCell<?> cell(String titleStart) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeView<OutlineNode> tree = robot.lookup("#outline-tree").queryAs(javafx.scene.control.TreeView.class);
        robot.interact(() -> {
            for (int row = 0; row < tree.getExpandedItemCount(); row++) {
                var item = tree.getTreeItem(row);
                if (item != null && item.getValue() != null && item.getValue().title().startsWith(titleStart)) {
                    tree.scrollTo(Math.max(0, row - 2));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith(titleStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no outline row starts with " + titleStart));
    }

    OutlineNode node(String titleStart) {
        return snapshot().outline().stream().filter(n -> n.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    /** Drags the mouse over the phrase in the text, as a user selects it. */
    void selectWithMouse(String phrase) throws Exception {
        StyleClassedTextArea area = text();
        int start = area.getText().indexOf(phrase);
        int end = start + phrase.length();
        robot.interact(() -> area.showParagraphAtTop(Math.max(0, area.offsetToPosition(start,
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor() - 2)));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds first = bounds(start);
        Bounds last = bounds(end - 1);
        robot.moveTo(new Point2D(first.getMinX() + 1, first.getCenterY()));
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D((first.getMinX() + last.getMaxX()) / 2, (first.getCenterY() + last.getCenterY()) / 2));
        robot.moveTo(new Point2D(last.getMaxX() - 1, last.getCenterY()));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(phrase, area.getSelectedText());
    }

    /** Where a character of the text is on the screen (asked on the FX thread, as the text area requires). */
    Bounds bounds(int offset) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> text().getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow()).get(5, TimeUnit.SECONDS);
    }

    Passage passage(String quote) {
        return snapshot().passages().stream().filter(p -> p.quote().equals(quote)).findFirst().orElse(null);
    }

    boolean linked(Passage p, OutlineNode n, LinkRole role) {
        return p != null && snapshot().links().stream().anyMatch(l -> l.passageId() == p.id() && l.nodeId() == n.id() && l.role() == role);
    }

    @Test
    void highlightLinkAddEvidenceUndoRedoAndRestart() throws Exception {
        assertTrue(status().contains("5 of 14 allegations have evidence"), status());

        // 1–2: select with the mouse, highlight with the shortcut
        selectWithMouse(PHRASE);
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        waitUntil(() -> passage(PHRASE) != null);
        Passage p = passage(PHRASE);
        assertEquals("26", snapshot().outline().isEmpty() ? null
                : app.model().passagesAt(p.start()).isEmpty() ? null : "26");
        assertTrue(text().getStyleOfChar(p.start() + 1).contains("passage"), "the new highlight is drawn");

        // 3a: drag the selection onto an allegation
        OutlineNode breach = node("\u00b6 40");
        Bounds sel = bounds(p.start() + 5);
        robot.drag(new Point2D(sel.getCenterX(), sel.getCenterY()), MouseButton.PRIMARY).dropTo(cell("\u00b6 40"));
        waitUntil(() -> linked(passage(PHRASE), breach, LinkRole.ASSERTS));

        // 3b: select a node, select the text again, and link with the shortcut
        OutlineNode duty = node("\u00b6 39");
        robot.clickOn(cell("\u00b6 39"));
        waitUntil(() -> app.model().selectedNodeProperty().get() != null && app.model().selectedNodeProperty().get().id() == duty.id());
        selectWithMouse(PHRASE);
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> linked(passage(PHRASE), duty, LinkRole.ASSERTS));
        assertEquals(SupportLevel.UNSUPPORTED, snapshot().support().get(duty.id()));

        // 4: add evidence to the selected allegation from its dialog
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#evidence-description").tryQuery().isPresent());
        robot.clickOn("#evidence-description").write("Board minutes approving the 2018 renewal");
        @SuppressWarnings("unchecked")
        ChoiceBox<EvidenceStatus> status = robot.lookup("#evidence-status").queryAs(ChoiceBox.class);
        @SuppressWarnings("unchecked")
        ChoiceBox<Weight> weight = robot.lookup("#evidence-weight").queryAs(ChoiceBox.class);
        robot.interact(() -> {
            status.setValue(EvidenceStatus.IN_HAND);
            weight.setValue(Weight.STRONG);
        });
        robot.clickOn("OK");

        // 5: the roll-up and the coverage follow
        waitUntil(() -> snapshot().support().get(duty.id()) == SupportLevel.SUPPORTED);
        assertTrue(status().contains("6 of 14 allegations have evidence"), status());
        assertEquals("\u25cf", ((Label) cell("\u00b6 39").getGraphic()).getText());

        // 6: undo, then redo, from the keyboard
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> snapshot().support().get(duty.id()) == SupportLevel.UNSUPPORTED);
        assertTrue(status().contains("5 of 14 allegations have evidence"), status());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> snapshot().support().get(duty.id()) == SupportLevel.SUPPORTED);
        assertTrue(status().contains("6 of 14 allegations have evidence"), status());

        // 7: restart on the same store: everything is there
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        launch();
        Passage again = passage(PHRASE);
        assertNotNull(again, "the highlight survived the restart");
        assertTrue(linked(again, node("\u00b6 40"), LinkRole.ASSERTS));
        assertTrue(linked(again, node("\u00b6 39"), LinkRole.ASSERTS));
        assertEquals(SupportLevel.SUPPORTED, snapshot().support().get(node("\u00b6 39").id()));
        assertTrue(status().contains("6 of 14 allegations have evidence"), status());
    }
}
