package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.claimbench.ui.search.SearchViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Edit ▸ Search the case… from the keyboard and the mouse, on the demo case's three documents. */
class CaseSearchTest extends AppDriver {

    @SuppressWarnings("unchecked")
    ListView<SearchViewModel.Hit> results() {
        return robot.lookup("#case-search-results").queryAs(ListView.class);
    }

    long shownDocument() {
        return app.model().document().loadedDocumentProperty().get().view().document().id();
    }

    void key(KeyCode code) {
        robot.press(code).release(code);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlShiftFSearchesEveryDocumentAndTheHitPickedIsSelectedInTheText() throws Exception {
        robot.clickOn("#document-text");
        long complaint = shownDocument();
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        waitUntil(() -> robot.lookup("#case-search-field").tryQuery().map(n -> n.isFocused()).orElse(false));
        robot.targetWindow(app.window().searchWindow().stage()); // the robot types into the window it last clicked otherwise
        robot.write("acceptable use   policy");
        key(KeyCode.ENTER);
        Label summary = robot.lookup("#case-search-summary").queryAs(Label.class);
        waitUntil(() -> summary.getText().equals("3 hits in 3 documents"));
        ListView<SearchViewModel.Hit> results = results();
        assertEquals(3, results.getItems().size());
        assertEquals(complaint, results.getItems().get(0).documentId());
        assertTrue(results.getItems().get(0).where().startsWith("\u00b6 21"), results.getItems().get(0).where());

        // Down goes to the hits, Down again to the second one (the exhibit), Enter shows it in the text
        key(KeyCode.DOWN);
        key(KeyCode.DOWN);
        SearchViewModel.Hit second = results.getSelectionModel().getSelectedItem();
        assertTrue(second.documentTitle().startsWith("Exhibit B"), second.documentTitle());
        key(KeyCode.ENTER);
        waitUntil(() -> shownDocument() == second.documentId() && text().getSelection().getStart() == second.start()
                && text().getSelection().getEnd() == second.end());
        assertEquals("acceptable use policy", text().getSelectedText());
        assertEquals(second.documentId(), app.model().session().selectedDocumentProperty().get().id());

        // a click on the third shows that one, in the commentary
        SearchViewModel.Hit third = results.getItems().get(2);
        ListCell<?> cell = robot.lookup(".list-cell").queryAllAs(ListCell.class).stream().filter(c -> c.getItem() == third).findFirst()
                .orElseThrow(() -> new AssertionError("the third hit is not on screen"));
        robot.clickOn(cell);
        waitUntil(() -> shownDocument() == third.documentId() && text().getSelection().getStart() == third.start());
        assertEquals("acceptable use policy", text().getSelectedText());

        // Ctrl+Shift+F again goes back to the query; Esc closes the window
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        TextField field = robot.lookup("#case-search-field").queryAs(TextField.class);
        assertTrue(field.isFocused());
        assertEquals(field.getText(), field.getSelectedText(), "the query is selected, to type over");
        key(KeyCode.ESCAPE);
        assertFalse(app.window().searchWindow().stage().isShowing());
    }

    @Test
    void aBadRegularExpressionIsSaidInTheWindowAndNoHitsToo() throws Exception {
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        waitUntil(() -> robot.lookup("#case-search-field").tryQuery().map(n -> n.isFocused()).orElse(false));
        robot.clickOn("#case-search-regex");
        robot.clickOn("#case-search-field").write("Meridian (Cloud");
        key(KeyCode.ENTER);
        Label summary = robot.lookup("#case-search-summary").queryAs(Label.class);
        waitUntil(() -> summary.getText().startsWith("The regular expression is not valid"));
        assertTrue(summary.getStyleClass().contains("case-search-problem"));
        assertTrue(results().getItems().isEmpty());

        robot.clickOn("#case-search-regex"); // off: the same words are searched for as typed, at once
        waitUntil(() -> summary.getText().startsWith("No hits for \u201cMeridian (Cloud\u201d in 3 documents"));
        assertFalse(summary.getStyleClass().contains("case-search-problem"));
    }
}
