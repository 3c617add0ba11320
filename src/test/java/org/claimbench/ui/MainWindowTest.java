package org.claimbench.ui;

import org.claimbench.ui.evidence.ChecklistRow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;

import org.claimbench.domain.OutlineNode;
import org.controlsfx.control.StatusBar;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the whole application on an empty temporary store, as a new user would, and looks at the three panes. */
class MainWindowTest extends AppDriver {

    @Test
    void theFirstRunOpensTheDemoCaseInThreePanes() {
        SplitPane panes = robot.lookup("#main-panes").queryAs(SplitPane.class);
        assertEquals(3, panes.getItems().size());

        StyleClassedTextArea text = robot.lookup("#document-text").queryAs(StyleClassedTextArea.class);
        assertTrue(text.getText().contains("Meridian assigned QuickPost a dedicated account executive"));
        assertTrue(robot.lookup(".gutter").queryAllAs(Label.class).stream().anyMatch(l -> "1".equals(l.getText())),
                "paragraph numbers in the gutter");

        @SuppressWarnings("unchecked")
        TreeView<OutlineNode> tree = robot.lookup("#outline-tree").queryAs(TreeView.class);
        assertEquals(3, tree.getRoot().getChildren().size());
        assertTrue(tree.getRoot().getChildren().get(0).getValue().title().startsWith("Count I"));

        StatusBar status = robot.lookup("#status-bar").queryAs(StatusBar.class);
        assertTrue(status.getText().contains("41 \u00b6"), status.getText());
        assertTrue(status.getText().contains("6 of 14 allegations have evidence, 1 contradicted"), status.getText());
        assertEquals("ClaimBench \u2014 Roe v. Meridian Cloud, Inc. (demo)", app.window().stage().getTitle());
    }

    @Test
    void selectingAnAllegationShowsItsChecklistAndScrollsToItsPassage() {
        TreeCell<?> cell = robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith("\u00b6 16")).findFirst().orElse(null);
        assertNotNull(cell, "the allegation of paragraph 16 is in the outline");
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        ListView<ChecklistRow> checklist = robot.lookup("#evidence-checklist").queryAs(ListView.class);
        assertEquals(1, checklist.getItems().size());
        assertTrue(checklist.getItems().get(0).item().description().startsWith("Renewal order form"));
        Label level = robot.lookup("#evidence-level").queryAs(Label.class);
        assertTrue(level.getText().contains("Supported"), level.getText());

        StyleClassedTextArea text = robot.lookup("#document-text").queryAs(StyleClassedTextArea.class);
        int caret = text.getCaretPosition();
        assertTrue(text.getText().startsWith("renewed and expanded the agreement", caret), "caret at the linked passage");
        assertTrue(text.getStyleOfChar(caret + 1).contains("passage-selected"), "the passage is drawn as selected");
        StatusBar status = robot.lookup("#status-bar").queryAs(StatusBar.class);
        assertTrue(status.getText().endsWith("\u00b6 16"), status.getText());
    }

    @Test
    void aLinkedPassageInAnotherDocumentOpensThatDocument() {
        TreeCell<?> cell = robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith("\u00b6 40")).findFirst().orElseThrow();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<org.claimbench.ui.evidence.EvidenceViewModel.LinkedPassage> linked = robot.lookup("#linked-passages").queryAs(ListView.class);
        assertEquals(2, linked.getItems().size());
        org.claimbench.ui.evidence.EvidenceViewModel.LinkedPassage commentary = linked.getItems().stream()
                .filter(lp -> lp.documentTitle().startsWith("Commentary")).findFirst().orElseThrow();
        robot.interact(() -> linked.getSelectionModel().select(commentary));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> app.model().document().loadedDocumentProperty().get().view().document().title().startsWith("Commentary"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the commentary did not open", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea text = robot.lookup("#document-text").queryAs(StyleClassedTextArea.class);
        assertTrue(text.getText().startsWith("The renewal in 2016", text.getCaretPosition()));
    }
}
