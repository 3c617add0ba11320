package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;

/** The text's size, kept between runs, and words that are shown whole. */
class ReadingComfortTest extends AppDriver {

    /** The size the text pane's words are drawn in. */
    double fontSize() {
        text().applyCss();
        text().layout();
        return ((Text) text().lookup(".text")).getFont().getSize();
    }

    @Test
    void the_text_grows_shrinks_and_comes_back_to_its_size_and_keeps_it_for_the_next_start() throws Exception {
        robot.clickOn("#document-text");
        double actual = fontSize();
        assertEquals(15, actual, 0.01);
        shortcut(KeyCode.CONTROL, KeyCode.EQUALS);
        shortcut(KeyCode.CONTROL, KeyCode.EQUALS);
        waitUntil(() -> fontSize() > actual);
        double larger = fontSize();
        assertEquals(17, larger, 0.01);
        shortcut(KeyCode.CONTROL, KeyCode.MINUS);
        waitUntil(() -> fontSize() < larger);
        assertEquals(16, fontSize(), 0.01);
        restart();
        waitUntil(() -> fontSize() == 16);
        robot.clickOn("#document-text");
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT0);
        waitUntil(() -> fontSize() == 15);
    }

    @Test
    void the_panes_widths_and_the_page_view_are_kept_for_the_next_start() throws Exception {
        javafx.scene.control.SplitPane panes = robot.lookup("#main-panes").queryAs(javafx.scene.control.SplitPane.class);
        robot.interact(() -> panes.setDividerPositions(0.30, 0.65));
        robot.clickOn("#document-text");
        shortcut(KeyCode.CONTROL, KeyCode.U);
        waitUntil(() -> panes.getItems().size() == 4);
        Thread.sleep(400); // the settings are written shortly after the last change
        restart();
        javafx.scene.control.SplitPane again = robot.lookup("#main-panes").queryAs(javafx.scene.control.SplitPane.class);
        waitUntil(() -> again.getItems().size() == 4);
        robot.clickOn("#document-text");
        shortcut(KeyCode.CONTROL, KeyCode.U);
        waitUntil(() -> again.getItems().size() == 3);
        assertEquals(0.30, again.getDividerPositions()[0], 0.02, "the text pane's width as it was left");
        assertEquals(0.65, again.getDividerPositions()[1], 0.02);
    }

    @Test
    void an_empty_case_says_to_import_a_complaint_with_the_button_for_it() throws Exception {
        javafx.scene.Node prompt = robot.lookup("#empty-case").query();
        assertEquals(false, prompt.isVisible(), "the demo case has its documents");
        long demo = snapshot().legalCase().id();
        robot.interact(() -> app.model().caseFiles().newCase("Lindqvist v. Orchard Homes"));
        waitUntil(() -> snapshot().legalCase().id() != demo);
        waitUntil(prompt::isVisible);
        assertEquals("Import a complaint\u2026", robot.lookup("#empty-case-import").queryButton().getText());
        assertEquals(List.of(), clipped((Parent) prompt));
        robot.interact(() -> app.model().caseFiles().openCase(demo));
        waitUntil(() -> !prompt.isVisible());
    }

    @Test
    void the_text_opens_where_the_reader_left_it_at_the_next_start() throws Exception {
        robot.interact(() -> text().showParagraphAtTop(40));
        waitUntil(() -> text().firstVisibleParToAllParIndex() == 40);
        Thread.sleep(400); // the settings are written shortly after the last change
        restart();
        waitUntil(() -> text().firstVisibleParToAllParIndex() == 40);
    }

    @Test
    void the_document_picker_takes_the_width_of_the_case_on_show() throws Exception {
        javafx.scene.control.ComboBox<?> chooser = robot.lookup("#document-chooser").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(chooser::show); // the list of the demo's long titles has been laid out
        robot.interact(chooser::hide);
        double demo = chooser.getWidth();
        long demoId = snapshot().legalCase().id();
        robot.interact(() -> app.model().caseFiles().newCase("Lindqvist v. Orchard Homes"));
        waitUntil(() -> snapshot().legalCase().id() != demoId);
        waitUntil(() -> chooser.getWidth() < demo - 40);
    }

    @Test
    void the_flag_review_shows_its_hint_and_buttons_whole() throws Exception {
        robot.clickOn("#document-text");
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        waitUntil(() -> app.window().flagReview() != null && app.window().flagReview().table().getScene().getWindow().isShowing());
        Stage review = (Stage) app.window().flagReview().table().getScene().getWindow();
        assertEquals(List.of(), clipped(review.getScene().getRoot()));
        robot.interact(review::close);
    }

    @Test
    void a_side_pane_hidden_stays_hidden_at_the_next_start_and_moving_to_it_shows_it() throws Exception {
        javafx.scene.control.SplitPane panes = robot.lookup("#main-panes").queryAs(javafx.scene.control.SplitPane.class);
        robot.clickOn("#document-text");
        shortcut(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT3);
        waitUntil(() -> panes.getItems().size() == 2);
        assertEquals(false, panes.getItems().contains(app.window().evidencePane()), "the evidence pane is hidden");
        robot.interact(() -> panes.setDividerPositions(0.6));
        Thread.sleep(400);
        restart();
        javafx.scene.control.SplitPane again = robot.lookup("#main-panes").queryAs(javafx.scene.control.SplitPane.class);
        waitUntil(() -> again.getItems().size() == 2);
        assertEquals(0.6, again.getDividerPositions()[0], 0.02, "its width as left, for this arrangement");
        robot.clickOn("#document-text");
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitUntil(() -> again.getItems().size() == 3 && again.getItems().contains(app.window().evidencePane()));
    }

    @Test
    void alt_and_a_menus_letter_opens_that_menu() throws Exception {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        robot.clickOn("#document-text");
        robot.press(KeyCode.ALT).press(KeyCode.R).release(KeyCode.R).release(KeyCode.ALT);
        waitUntil(() -> bar.getMenus().stream().anyMatch(m -> m.isShowing()));
        assertEquals("_Report", bar.getMenus().stream().filter(m -> m.isShowing()).findFirst().orElseThrow().getText());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> bar.getMenus().stream().noneMatch(m -> m.isShowing()));
    }

    /** Every label and button of {@code root} that shows text shows all of it: none ends in "…" for want of room. */
    static List<String> clipped(Parent root) {
        root.applyCss();
        root.layout();
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node n, List<String> cut) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            Node shown = l.lookup(".text");
            if (shown instanceof Text t && !t.getText().equals(l.getText().replace("_", ""))) {
                cut.add(l.getText() + " \u2192 " + t.getText() + " (" + l.getWidth() + " wide, needs " + l.prefWidth(-1) + ", min " + l.getMinWidth() + ")");
            }
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, cut));
        }
    }

    /** Presses a dialog's Cancel button. */
    void cancel(Stage dialog) {
        javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) dialog.getScene().getRoot().lookup(".dialog-pane");
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
    }

    Stage window(String titleStart) {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith(titleStart))
                .findFirst().orElseThrow(() -> new AssertionError("no window " + titleStart));
    }

    @Test
    void the_shortcut_list_shows_every_line_whole() throws Exception {
        robot.clickOn("#document-text");
        shortcut(KeyCode.F1);
        waitUntil(() -> robot.lookup("#shortcut-list").tryQuery().isPresent());
        Stage list = window("Keyboard shortcuts");
        assertEquals(List.of(), clipped(list.getScene().getRoot()));
        robot.interact(list::close);
    }

    @Test
    void the_report_options_and_the_case_picker_show_their_words_whole() throws Exception {
        robot.clickOn("_Report").clickOn("Preview\u2026");
        waitUntil(() -> robot.lookup("#report-paper").tryQuery().isPresent());
        Stage options = (Stage) robot.lookup("#report-paper").query().getScene().getWindow();
        assertEquals(List.of(), clipped(options.getScene().getRoot()), "report options");
        cancel(options);
        waitUntil(() -> !options.isShowing());
        robot.clickOn("#document-text");
        shortcut(KeyCode.CONTROL, KeyCode.O);
        waitUntil(() -> robot.lookup("#case-list").tryQuery().isPresent());
        Stage picker = (Stage) robot.lookup("#case-list").query().getScene().getWindow();
        assertEquals(List.of(), clipped(picker.getScene().getRoot()), "case picker");
        cancel(picker);
    }
}
