package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

import org.claimbench.domain.CarryDecision;
import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.service.AmendmentServiceTest;
import org.claimbench.ui.review.ReviewViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An amended complaint imported over the complaint: its waiting highlights reviewed in their window, from the keyboard. */
class ReviewQueueTest extends AppDriver {

    @TempDir
    Path files;

    @SuppressWarnings("unchecked")
    ListView<ReviewViewModel.Item> list() {
        return robot.lookup("#review-list").queryAs(ListView.class);
    }

    void highlight(String words) throws Exception {
        int before = snapshot().passages().size();
        int at = text().getText().indexOf(words);
        assertTrue(at >= 0, words);
        robot.interact(() -> app.model().document().highlight(at, at + words.length()));
        waitUntil(() -> snapshot().passages().size() == before + 1);
    }

    long pending() {
        return snapshot().carries().stream().filter(c -> c.decision() == CarryDecision.PENDING).count();
    }

    @Test
    void theHighlightsThatWaitAreConfirmedUndoneAndDroppedInTheReviewWindow() throws Exception {
        Path original = files.resolve("ashdown.txt");
        Files.writeString(original, AmendmentServiceTest.ORIGINAL);
        Path amended = files.resolve("ashdown-fac.txt");
        Files.writeString(amended, AmendmentServiceTest.AMENDED);
        robot.interact(() -> app.model().importing().importFile(original, DocumentKind.COMPLAINT, "Complaint", true));
        waitUntil(() -> app.model().document().loadedDocumentProperty().get() != null
                && "ashdown.txt".equals(app.model().document().loadedDocumentProperty().get().view().document().fileName()));
        Document complaint = app.model().document().loadedDocumentProperty().get().view().document();
        highlight("In November 2022 the marina left the boat in the water during a forecast storm.");
        highlight("owed a duty of care to the owners of boats in its slips");
        highlight("breached its written promise");

        robot.interact(() -> app.model().importing().importFile(amended, DocumentKind.AMENDED_COMPLAINT, "First Amended Complaint", false,
                complaint.id()));
        waitUntil(() -> robot.lookup("Review now").tryQuery().isPresent());
        assertTrue(robot.lookup("#status-job").queryAs(Label.class).getText()
                .contains("Carried 3 highlights: 1 exact, 0 moved, 1 changed, 1 not found"));
        robot.clickOn("Review now");
        waitUntil(() -> app.window().reviewWindow() != null && app.window().reviewWindow().stage().isShowing() && list().getItems().size() == 2);
        assertEquals("2 to review", robot.lookup("#status-review").queryAs(Button.class).getText());
        robot.targetWindow(app.window().reviewWindow().stage());

        // Enter on the changed one takes the words offered
        int changed = list().getItems().get(0).offered() ? 0 : 1;
        robot.interact(() -> {
            list().requestFocus();
            list().getSelectionModel().select(changed);
        });
        assertFalse(robot.lookup("#review-confirm").queryButton().isDisabled());
        shortcut(KeyCode.ENTER);
        waitUntil(() -> list().getItems().size() == 1 && pending() == 1);
        assertTrue(robot.lookup("#review-confirm").queryButton().isDisabled(), "nothing was offered for the one left");

        // Ctrl+Z in the window undoes it, Ctrl+Y redoes it
        shortcut(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> list().getItems().size() == 2 && pending() == 2);
        shortcut(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> list().getItems().size() == 1 && pending() == 1);

        // Delete drops the last one, and the window says that nothing waits
        robot.interact(() -> list().getSelectionModel().select(0));
        shortcut(KeyCode.DELETE);
        waitUntil(() -> list().getItems().isEmpty() && pending() == 0);
        assertEquals(ReviewViewModel.NOTHING_WAITS, robot.lookup("#review-empty").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#status-review").queryAs(Button.class).isVisible());

        // Esc closes it; the menu opens it again
        shortcut(KeyCode.ESCAPE);
        assertFalse(app.window().reviewWindow().stage().isShowing());
        robot.targetWindow(app.window().stage());
        robot.clickOn("_Edit").clickOn("Review waiting highlights\u2026");
        waitUntil(() -> app.window().reviewWindow().stage().isShowing());
    }

    @Test
    void theImportDialogProposesToAmendTheNewestComplaintAndCarriesItsHighlights() throws Exception {
        Path original = files.resolve("ashdown.txt");
        Files.writeString(original, AmendmentServiceTest.ORIGINAL);
        Path amended = files.resolve("ashdown-fac.txt");
        Files.writeString(amended, AmendmentServiceTest.AMENDED);
        robot.interact(() -> app.model().importing().importFile(original, DocumentKind.COMPLAINT, "Complaint", true));
        waitUntil(() -> app.model().document().loadedDocumentProperty().get() != null
                && "ashdown.txt".equals(app.model().document().loadedDocumentProperty().get().view().document().fileName()));
        Document complaint = app.model().document().loadedDocumentProperty().get().view().document();
        highlight("breached its written promise");

        javafx.application.Platform.runLater(() -> org.claimbench.ui.importing.ImportChooser.importWithDialog(app.window().stage(),
                app.model().importing(), amended));
        waitUntil(() -> robot.lookup("#import-amends").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<Document> amends = robot.lookup("#import-amends").queryAs(javafx.scene.control.ChoiceBox.class);
        assertTrue(amends.isVisible());
        assertEquals(complaint.id(), amends.getValue().id(), "an amended complaint amends the newest complaint");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<DocumentKind> kind = robot.lookup("#import-kind").queryAs(javafx.scene.control.ChoiceBox.class);
        assertEquals(DocumentKind.AMENDED_COMPLAINT, kind.getValue());
        robot.interact(() -> kind.setValue(DocumentKind.EXHIBIT));
        assertFalse(amends.isVisible(), "an exhibit amends nothing");
        robot.interact(() -> kind.setValue(DocumentKind.AMENDED_COMPLAINT));
        assertEquals(complaint.id(), amends.getValue().id());
        robot.clickOn("Import");
        waitUntil(() -> snapshot().carries().size() == 1);
        assertEquals(CarryDecision.AUTO, snapshot().carries().get(0).decision(), "the same words are carried at once");
        waitUntil(() -> robot.lookup("#status-job").queryAs(Label.class).getText().contains("Carried 1 highlight: 1 exact"));
        assertTrue(robot.lookup("Review now").tryQuery().isEmpty(), "nothing waits, so nothing is offered");
    }
}
