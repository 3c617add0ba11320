package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

import org.claimbench.domain.AnnotationPending;
import org.claimbench.domain.CarryDecision;
import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.service.AmendmentServiceTest;
import org.claimbench.ui.review.ReviewViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Web annotations read onto a complaint: the one found as it was is a highlight at once; the one whose words changed
 * and the one not found wait in the review queue beside carried highlights, where one is confirmed and the other
 * dropped, and undo takes the decisions back.
 */
class AnnotationQueueTest extends AppDriver {

    @TempDir
    Path files;

    @SuppressWarnings("unchecked")
    ListView<ReviewViewModel.Item> list() {
        return robot.lookup("#review-list").queryAs(ListView.class);
    }

    long pending() {
        return snapshot().annotationsQueued().stream().filter(AnnotationPending::pending).count();
    }

    long on(Document d) {
        return snapshot().passages().stream().filter(p -> p.documentId() == d.id()).count();
    }

    static String annotation(String id, String words, String note) {
        return "{\"type\":\"Annotation\",\"id\":\"" + id + "\",\"bodyValue\":\"" + note + "\",\"target\":{\"selector\":"
                + "{\"type\":\"TextQuoteSelector\",\"exact\":\"" + words + "\"}}}";
    }

    @Test
    void theChangedAndTheLostAnnotationsWaitInTheReviewQueueAndAreDecidedThereUndoably() throws Exception {
        Path complaint = files.resolve("ashdown.txt");
        Files.writeString(complaint, AmendmentServiceTest.ORIGINAL);
        robot.interact(() -> app.model().importing().importFile(complaint, DocumentKind.COMPLAINT, "Complaint", true));
        waitUntil(() -> app.model().document().loadedDocumentProperty().get() != null
                && "ashdown.txt".equals(app.model().document().loadedDocumentProperty().get().view().document().fileName()));
        Document doc = app.model().document().loadedDocumentProperty().get().view().document();
        Path notes = files.resolve("notes.json");
        Files.writeString(notes, "[" + String.join(",",
                annotation("a1", "breached its written promise", "Which writing?"),
                annotation("a2", "The storm tore the yacht from its mooring and drove it onto the breakwater", "Damage"),
                annotation("a3", "the quarterly zebra migration of umbrellas", "Lost")) + "]");

        robot.interact(() -> app.model().caseFiles().importAnnotations(notes, doc.id()));
        waitUntil(() -> robot.lookup("Review now").tryQuery().isPresent());
        assertEquals(1, on(doc), "the exact one is a highlight at once");
        assertEquals(2, pending(), "the changed and the lost one wait");
        robot.clickOn("Review now");
        waitUntil(() -> app.window().reviewWindow() != null && app.window().reviewWindow().stage().isShowing() && list().getItems().size() == 2);
        robot.targetWindow(app.window().reviewWindow().stage());
        for (ReviewViewModel.Item i : list().getItems()) {
            assertTrue(i.annotation(), "labelled by where it came from");
            assertEquals("web annotation from notes.json", i.oldDocumentTitle());
        }
        assertTrue(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Label l && l.getText() != null
                && l.getText().contains("web annotation from notes.json")).tryQuery().isPresent(), "the list says where it came from");

        // confirm the changed one: it becomes a highlight on the offered words, with the annotation's note
        int changed = list().getItems().get(0).offered() ? 0 : 1;
        String offered = list().getItems().get(changed).newWords();
        assertTrue(offered.contains("boat"), offered);
        robot.interact(() -> {
            list().requestFocus();
            list().getSelectionModel().select(changed);
        });
        shortcut(KeyCode.ENTER);
        waitUntil(() -> list().getItems().size() == 1 && pending() == 1 && on(doc) == 2);
        assertTrue(snapshot().passages().stream().anyMatch(p -> p.documentId() == doc.id() && p.quote().equals(offered)
                && "Damage".equals(p.note())), "the confirmed one has the annotation's note");

        // drop the lost one: no highlight
        robot.interact(() -> list().getSelectionModel().select(0));
        shortcut(KeyCode.DELETE);
        waitUntil(() -> list().getItems().isEmpty() && pending() == 0);
        assertEquals(2, on(doc));
        assertEquals(1, snapshot().annotationsQueued().stream().filter(a -> a.decision() == CarryDecision.DROPPED).count());

        // undo both decisions: both wait again and the confirmed highlight is gone
        shortcut(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> list().getItems().size() == 1 && pending() == 1);
        shortcut(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> list().getItems().size() == 2 && pending() == 2 && on(doc) == 1);
        // and undo of the import takes the highlight and the queue away together
        shortcut(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> pending() == 0 && snapshot().annotationsQueued().isEmpty() && on(doc) == 0 && list().getItems().isEmpty());
    }
}
