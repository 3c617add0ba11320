package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;

import org.junit.jupiter.api.Test;

/** An unexpected failure says what went wrong in a sentence, with its details and the log folder a click away. */
class FailureDialogTest extends AppDriver {

    static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";

    @Test
    void aFailureShowsItsMessageItsDetailsAndTheLogFolder() throws Exception {
        String before = System.getProperty(LOG_FILE);
        System.setProperty(LOG_FILE, dataDir.resolve("claimbench.log").toString());
        try {
            restart(); // the window reads where the log is as it is built
            robot.interact(() -> app.model().session().fail(new IllegalStateException("The disk is full.",
                    new java.io.IOException("No space left on device"))));
            waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
            DialogPane pane = robot.lookup("#error-dialog").queryAs(DialogPane.class);
            assertEquals("The disk is full.", pane.getContentText());
            assertNotNull(pane.getExpandableContent(), "the details are behind Show details");
            TextArea details = (TextArea) pane.getExpandableContent().lookup("#error-details");
            assertTrue(details.getText().contains("IllegalStateException") && details.getText().contains("No space left on device"),
                    details.getText());
            Button open = pane.getButtonTypes().stream().filter(b -> b.getText().equals("Open log folder"))
                    .map(b -> (Button) pane.lookupButton(b)).findFirst().orElseThrow(() -> new AssertionError("no Open log folder"));
            assertTrue(open.isVisible());
            robot.interact(() -> pane.getScene().getWindow().hide());
        } finally {
            if (before == null) {
                System.clearProperty(LOG_FILE);
            } else {
                System.setProperty(LOG_FILE, before);
            }
        }
    }

    @Test
    void helpOpensTheLogFolderOrSaysThereIsNone() throws Exception {
        robot.interact(() -> app.window().openLogFolder());
        String notice = app.model().session().noticeProperty().get();
        assertTrue(notice.startsWith("The log is in") || notice.startsWith("This window writes no log file"), notice);
    }
}
