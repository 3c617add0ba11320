package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.claimbench.domain.AmendmentKind;
import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.service.AmendmentServiceTest;
import org.claimbench.ui.compare.CompareViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** View ▸ Compare with the version it amends… (Ctrl+Alt+M), from the keyboard and the mouse, on a complaint and its amended version. */
class CompareVersionsTest extends AppDriver {

    @TempDir
    Path files;

    @SuppressWarnings("unchecked")
    ListView<CompareViewModel.Row> rows() {
        return robot.lookup("#compare-rows").queryAs(ListView.class);
    }

    long shownDocument() {
        return app.model().document().loadedDocumentProperty().get().view().document().id();
    }

    void key(KeyCode code) {
        robot.press(code).release(code);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void importText(String name, String text, DocumentKind kind) throws Exception {
        Path file = files.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        robot.interact(() -> app.model().importing().importFile(file, kind, null));
        waitUntil(() -> app.model().document().loadedDocumentProperty().get() != null
                && name.equals(app.model().document().loadedDocumentProperty().get().view().document().fileName()));
    }

    @Test
    void ctrlAltMComparesTheAmendedComplaintOnShowAndEnterShowsARowInTheText() throws Exception {
        robot.interact(() -> app.model().caseFiles().newCase("Ashdown v. Blue Heron Marina"));
        waitUntil(() -> app.model().session().snapshotProperty().get() != null
                && app.model().session().snapshotProperty().get().legalCase().title().startsWith("Ashdown"));
        importText("ashdown.txt", AmendmentServiceTest.ORIGINAL, DocumentKind.COMPLAINT);
        importText("ashdown-fac.txt", AmendmentServiceTest.AMENDED, DocumentKind.AMENDED_COMPLAINT);
        long amended = shownDocument();

        robot.clickOn("#document-text");
        shortcut(KeyCode.CONTROL, KeyCode.ALT, KeyCode.M);
        waitUntil(() -> app.window().compareWindow() != null && !rows().getItems().isEmpty());
        robot.targetWindow(app.window().compareWindow().stage());
        Label summary = robot.lookup("#compare-summary").queryAs(Label.class);
        assertTrue(summary.getText().startsWith("1 paragraph added, 1 removed, 1 changed"), summary.getText());
        @SuppressWarnings("unchecked")
        ChoiceBox<Document> older = robot.lookup("#compare-old").queryAs(ChoiceBox.class);
        @SuppressWarnings("unchecked")
        ChoiceBox<Document> newer = robot.lookup("#compare-new").queryAs(ChoiceBox.class);
        assertEquals("ashdown.txt", older.getValue().fileName());
        assertEquals(amended, newer.getValue().id());
        assertTrue(rows().getItems().stream().noneMatch(r -> r.kind().sameWords()));
        assertEquals("Added (1)", robot.lookup("#compare-filter-added").queryAs(ToggleButton.class).getText());

        // the changed paragraph: its old word struck through on the left, its new words underlined on the right
        CompareViewModel.Row storm = rows().getItems().stream().filter(r -> r.kind() == AmendmentKind.CHANGED
                && r.where().equals("\u00b6 3 \u2192 \u00b6 4")).findFirst().orElseThrow();
        robot.interact(() -> rows().getSelectionModel().select(storm));
        robot.interact(() -> rows().scrollTo(storm));
        assertTrue(robot.lookup(".compare-deleted").queryAllAs(Text.class).stream().anyMatch(t -> t.getText().contains("storm")
                && t.isStrikethrough()), "a struck word on screen");
        assertTrue(robot.lookup(".compare-inserted").queryAllAs(Text.class).stream().anyMatch(t -> t.getText().contains("windstorm")
                && t.isUnderline()), "an underlined word on screen");
        assertTrue(robot.lookup(".compare-deleted").queryAllAs(Text.class).stream().allMatch(t -> t.getParent() instanceof TextFlow));

        // Enter shows the selected row's paragraph in the amended complaint, selected in the text
        robot.interact(() -> rows().requestFocus());
        key(KeyCode.ENTER);
        waitUntil(() -> shownDocument() == amended && text().getSelectedText().contains("late November 2022"));

        // the Removed filter lists the removed paragraph; Down and Enter show it in the earlier complaint
        robot.clickOn("#compare-filter-removed");
        waitUntil(() -> rows().getItems().stream().allMatch(r -> r.kind() == AmendmentKind.REMOVED));
        robot.interact(() -> {
            rows().requestFocus();
            rows().getSelectionModel().clearSelection();
        });
        key(KeyCode.DOWN);
        int paragraph = rows().getSelectionModel().getSelectedIndex();
        for (int i = 0; i < rows().getItems().size() && !rows().getItems().get(paragraph).where().equals("\u00b6 6"); i++) {
            key(KeyCode.DOWN);
            paragraph = rows().getSelectionModel().getSelectedIndex();
        }
        assertEquals("\u00b6 6", rows().getSelectionModel().getSelectedItem().where());
        key(KeyCode.ENTER);
        waitUntil(() -> shownDocument() != amended && text().getSelectedText().contains("owed a duty of care"));

        // Esc closes the window
        key(KeyCode.ESCAPE);
        assertFalse(app.window().compareWindow().stage().isShowing());
    }
}
