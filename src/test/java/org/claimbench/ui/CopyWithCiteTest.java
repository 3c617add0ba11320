package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Copy with cite from the keyboard, the Edit menu and the text's own menu, and the short name it cites by. */
class CopyWithCiteTest extends AppDriver {

    static final String WORDS = "Meridian Cloud, Inc. (\"Meridian\") sold QuickPost";
    static final String QUOTED = "\u201cMeridian Cloud, Inc. (\u2018Meridian\u2019) sold QuickPost\u201d";

    String clipboard() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
    }

    String clipboardHtml() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getHtml()).get(5, TimeUnit.SECONDS);
    }

    String notice() {
        return app.model().session().noticeProperty().get();
    }

    /** The item of a menu on screen that reads so, or null. */
    javafx.scene.Node shownMenuItem(String text) {
        return robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Label l && text.equals(l.getText())
                && n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()
                && n.getStyleClass().contains("label")).tryQuery().orElse(null);
    }

    void clearClipboard() {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
    }

    @Test
    void ctrlShiftCCopiesTheSelectionWithItsCiteAndCtrlCCopiesItPlain() throws Exception {
        selectWithMouse(WORDS);
        clearClipboard();
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        waitUntil(() -> clipboard() != null);
        assertEquals(QUOTED + " Compl. \u00b6 3.", clipboard());
        assertEquals("<p>" + QUOTED + " Compl. \u00b6&nbsp;3.</p>", clipboardHtml());
        assertEquals("Copied with its cite: Compl. \u00b6 3.", notice());
        assertEquals(WORDS, text().getSelectedText(), "the selection stays");

        clearClipboard();
        shortcut(KeyCode.CONTROL, KeyCode.C);
        waitUntil(() -> clipboard() != null);
        assertEquals(WORDS, clipboard(), "Ctrl+C copies the words as they are");
    }

    @Test
    void theTextsMenuAndTheEditMenuCopyWithCiteAcrossParagraphs() throws Exception {
        String text = text().getText();
        int start = text.indexOf("the engine room of the site.");
        int end = text.indexOf("Behind closed doors") + "Behind closed doors".length();
        robot.interact(() -> text().selectRange(start, end));
        clearClipboard();
        robot.clickOn("#menu-edit").clickOn("#menu-copy-with-cite");
        waitUntil(() -> clipboard() != null);
        assertEquals("\u201cthe engine room of the site. Behind closed doors\u201d Compl. \u00b6\u00b6 3\u20134.", clipboard());

        selectWithMouse(WORDS);
        clearClipboard();
        javafx.geometry.Bounds inside = bounds(text.indexOf(WORDS) + 4);
        robot.moveTo(new javafx.geometry.Point2D(inside.getCenterX(), inside.getCenterY())).clickOn(MouseButton.SECONDARY);
        // the headless platform sends no context-menu request of its own after a right click; send it as a desktop does
        robot.interact(() -> {
            javafx.geometry.Point2D local = text().screenToLocal(inside.getCenterX(), inside.getCenterY());
            javafx.event.Event.fireEvent(text(), new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    local.getX(), local.getY(), inside.getCenterX(), inside.getCenterY(), false, null));
        });
        waitUntil(() -> shownMenuItem("Copy with cite") != null);
        assertEquals(WORDS, text().getSelectedText(), "a right-click in the selection keeps it");
        List<String> items = new java.util.ArrayList<>();
        for (String name : List.of("Copy", "Copy with cite", "Highlight", "Link to\u2026", "New allegation from selection")) {
            if (shownMenuItem(name) != null) {
                items.add(name);
            }
        }
        assertEquals(List.of("Copy", "Copy with cite", "Highlight", "Link to\u2026", "New allegation from selection"), items);
        robot.clickOn(shownMenuItem("Copy with cite"));
        waitUntil(() -> clipboard() != null);
        assertEquals(QUOTED + " Compl. \u00b6 3.", clipboard());
    }

    @Test
    void theShortNameIsSetInTheDocumentsPropertiesAndUndone() throws Exception {
        selectWithMouse(WORDS);
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
        waitUntil(() -> robot.lookup("#document-short-name").tryQuery().isPresent());
        TextField field = robot.lookup("#document-short-name").queryAs(TextField.class);
        assertEquals("", field.getText(), "no short name of its own yet");
        assertEquals("Compl.", field.getPromptText(), "the worked-out one is shown");
        robot.clickOn(field).write("Roe Compl.");
        shortcut(KeyCode.ENTER);
        waitUntil(() -> "Roe Compl.".equals(snapshot().documents().get(0).shortName()));
        assertNull(snapshot().documents().get(1).shortName());
        assertEquals(WORDS, text().getSelectedText(), "the text stays as it was, selection and all");

        clearClipboard();
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        waitUntil(() -> clipboard() != null);
        assertEquals(QUOTED + " Roe Compl. \u00b6 3.", clipboard());

        shortcut(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> snapshot().documents().get(0).shortName() == null);
        selectWithMouse(WORDS);
        clearClipboard();
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        waitUntil(() -> clipboard() != null);
        assertEquals(QUOTED + " Compl. \u00b6 3.", clipboard());
        assertTrue(notice().startsWith("Copied with its cite"), notice());
    }
}
