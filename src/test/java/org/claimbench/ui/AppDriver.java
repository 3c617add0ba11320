package org.claimbench.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.claimbench.domain.LinkRole;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.claimbench.service.CaseSnapshot;
import org.controlsfx.control.StatusBar;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the whole application on a temporary store with the demo case, and drives it as a user would. */
abstract class AppDriver {

    @TempDir
    Path dataDir;

    ClaimBenchApp app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        launch();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    void launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (ClaimBenchApp) FxToolkit.setupApplication(() -> new ClaimBenchApp(new AppOptions(dataDir.toString(), null)));
        waitUntil(() -> app.model() != null && app.model().document().loadedDocumentProperty().get() != null);
    }

    void restart() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        launch();
    }

    void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void shortcut(KeyCode... keys) {
        robot.press(keys);
        KeyCode[] reversed = new KeyCode[keys.length];
        for (int i = 0; i < keys.length; i++) {
            reversed[i] = keys[keys.length - 1 - i];
        }
        robot.release(reversed);
        WaitForAsyncUtils.waitForFxEvents();
    }

    StyleClassedTextArea text() {
        return robot.lookup("#document-text").queryAs(StyleClassedTextArea.class);
    }

    CaseSnapshot snapshot() {
        return app.model().session().snapshotProperty().get();
    }

    String status() {
        return robot.lookup("#status-bar").queryAs(StatusBar.class).getText();
    }

    @SuppressWarnings("unchecked")
    TreeView<OutlineNode> tree() {
        return robot.lookup("#outline-tree").queryAs(TreeView.class);
    }

    /** The outline row whose title starts so, scrolled into view. */
    TreeCell<?> cell(String titleStart) {
        TreeView<OutlineNode> tree = tree();
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
        return snapshot().outline().stream().filter(n -> n.title().startsWith(titleStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no node starts with " + titleStart));
    }

    /** Where a character of the text is on the screen (asked on the FX thread, as the text area requires). */
    Bounds bounds(int offset) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> text().getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow()).get(5, TimeUnit.SECONDS);
    }

    /** Drags the mouse over the phrase in the text, as a user selects it. */
    void selectWithMouse(String phrase) throws Exception {
        StyleClassedTextArea area = text();
        int start = area.getText().indexOf(phrase);
        if (start < 0) {
            throw new AssertionError("the text does not contain " + phrase);
        }
        int end = start + phrase.length();
        robot.interact(() -> area.showParagraphAtTop(Math.max(0, area.offsetToPosition(start, TwoDimensional.Bias.Forward).getMajor() - 2)));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds first = bounds(start);
        Bounds last = bounds(end - 1);
        robot.moveTo(new Point2D(first.getMinX() + 1, first.getCenterY()));
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D((first.getMinX() + last.getMaxX()) / 2, (first.getCenterY() + last.getCenterY()) / 2));
        robot.moveTo(new Point2D(last.getMaxX() - 1, last.getCenterY()));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        if (!phrase.equals(area.getSelectedText())) {
            throw new AssertionError("selected \"" + area.getSelectedText() + "\" instead of \"" + phrase + "\"");
        }
    }

    Passage passage(String quote) {
        return snapshot().passages().stream().filter(p -> p.quote().equals(quote)).findFirst().orElse(null);
    }

    boolean linked(Passage p, OutlineNode n, LinkRole role) {
        return p != null && snapshot().links().stream().anyMatch(l -> l.passageId() == p.id() && l.nodeId() == n.id() && l.role() == role);
    }

    boolean linked(Passage p, OutlineNode n) {
        return p != null && snapshot().links().stream().anyMatch(l -> l.passageId() == p.id() && l.nodeId() == n.id());
    }
}
