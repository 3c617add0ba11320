package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.claimbench.domain.Passage;
import org.junit.jupiter.api.Test;

/**
 * The text pane shows texts and draws marks; it is never typed into. It keeps no undo history of its own, which would
 * hold every text and every drawing it ever showed: the case's undo stack is the only one.
 */
class TextPaneHistoryTest extends AppDriver {

    @Test
    void texts_shown_and_marks_drawn_leave_nothing_behind_in_the_text_area() throws Exception {
        long demo = snapshot().legalCase().id();
        Passage last = snapshot().passages().get(snapshot().passages().size() - 1);
        robot.interact(() -> app.model().session().selectedPassageProperty().set(last)); // its marks are drawn again
        robot.interact(() -> app.model().caseFiles().newCase("Another case"));
        waitUntil(() -> snapshot().legalCase().id() != demo && text().getLength() == 0);
        robot.interact(() -> app.model().caseFiles().openCase(demo));
        waitUntil(() -> snapshot().legalCase().id() == demo && text().getLength() > 0
                && !app.model().session().tasks().busyProperty().get());
        assertEquals(app.model().document().loadedDocumentProperty().get().view().text(), text().getText());
        assertFalse(text().getUndoManager().isUndoAvailable(), "the text area has no history to hold on to");
    }
}
