package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;

import org.claimbench.analysis.PassageBoxes;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.Passage;
import org.claimbench.ingest.FixturePdfs;
import org.claimbench.service.DocumentView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The original page beside the text: Ctrl+U puts it in a fourth pane; a passage highlighted in the text shows its page
 * with its box drawn over its words; the page view's pages lead the text, and the text's caret leads the page.
 */
class PageViewTest extends AppDriver {

    @TempDir
    Path files;

    DocumentView view() {
        return app.model().document().loadedDocumentProperty().get().view();
    }

    ImageView pageImage() {
        return robot.lookup("#page-image").queryAs(ImageView.class);
    }

    int pageShown() {
        Object page = pageImage().getProperties().get("page");
        return page == null || pageImage().getImage() == null ? 0 : (Integer) page;
    }

    static Bounds onScreen(Node n) {
        return n.localToScreen(n.getBoundsInLocal());
    }

    @Test
    void aSelectedPassageShowsOnItsPageWithItsBox() throws Exception {
        Path pdf = files.resolve("okafor.pdf");
        Files.write(pdf, FixturePdfs.orchardPleading());
        robot.interact(() -> app.model().importing().importFile(pdf, DocumentKind.COMPLAINT, "Okafor complaint"));
        waitUntil(() -> app.model().document().loadedDocumentProperty().get() != null && "okafor.pdf".equals(view().document().fileName()));

        SplitPane panes = robot.lookup("#main-panes").queryAs(SplitPane.class);
        assertEquals(3, panes.getItems().size());
        robot.interact(() -> text().requestFocus());
        shortcut(KeyCode.CONTROL, KeyCode.U);
        assertEquals(4, panes.getItems().size(), "the original page is a fourth pane");
        assertEquals("page-pane", panes.getItems().get(1).getId(), "beside the text");
        waitUntil(() -> pageShown() == 1);
        assertEquals("Page 1 of " + app.model().pages().pagesProperty().get().count(),
                robot.lookup("#page-number").queryAs(Label.class).getText());
        ScrollPane scroll = robot.lookup("#page-scroll").queryAs(ScrollPane.class);
        assertEquals(scroll.getViewportBounds().getWidth(), pageImage().getFitWidth() + 16, 2, "the page fits the pane's width");

        // Ctrl and the wheel zoom (in or out); Fit width fits the page again
        double fitted = pageImage().getFitWidth();
        robot.moveTo(scroll);
        robot.press(KeyCode.CONTROL);
        robot.scroll(1, javafx.geometry.VerticalDirection.UP);
        robot.release(KeyCode.CONTROL);
        waitUntil(() -> !app.model().pages().fitWidthProperty().get());
        waitUntil(() -> Math.abs(pageImage().getFitWidth() - fitted) > 20);
        robot.clickOn("#page-fit-width");
        waitUntil(() -> Math.abs(pageImage().getFitWidth() - fitted) < 1);

        // a passage highlighted (and so selected) on a later page
        selectWithMouse("Defendant Vale knew that the pickers");
        shortcut(KeyCode.CONTROL, KeyCode.H);
        waitUntil(() -> passage("Defendant Vale knew that the pickers") != null);
        Passage p = passage("Defendant Vale knew that the pickers");
        int page = PassageBoxes.pageOf(view().lines(), p.start());
        assertTrue(page > 1, "page " + page);
        waitUntil(() -> pageShown() == page && !robot.lookup(".page-box-selected").queryAll().isEmpty());
        assertEquals("Page " + page + " of " + app.model().pages().pagesProperty().get().count(),
                robot.lookup("#page-number").queryAs(Label.class).getText());

        Set<Rectangle> boxes = robot.lookup(".page-box-selected").queryAllAs(Rectangle.class);
        Bounds image = onScreen(pageImage());
        Bounds viewport = onScreen(scroll.lookup(".viewport"));
        for (Rectangle box : boxes) {
            Bounds b = onScreen(box);
            assertTrue(image.contains(b), "the box " + b + " lies on the page " + image);
            assertTrue(b.getWidth() > 20 && b.getHeight() > 5, b.toString());
        }
        Bounds first = onScreen(boxes.iterator().next());
        assertTrue(viewport.contains(first.getCenterX(), first.getCenterY()), "the box is scrolled into view: " + first + " in " + viewport);

        // Page Up in the page view turns the page back, and the text follows to that page's first line
        robot.clickOn(scroll);
        shortcut(KeyCode.PAGE_UP);
        waitUntil(() -> pageShown() == page - 1);
        int paragraph = text().offsetToPosition(PassageBoxes.startOfPage(view().lines(), page - 1),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> text().firstVisibleParToAllParIndex() == paragraph).get());
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertEquals(page - 1, pageShown(), "the text, moved by the page view, does not turn it again");
        shortcut(KeyCode.PAGE_DOWN);
        waitUntil(() -> pageShown() == page);

        // the caret put in the text on the first page brings that page back
        robot.interact(() -> {
            text().showParagraphAtTop(0);
            text().moveTo(5);
        });
        robot.clickOn(text());
        robot.interact(() -> text().moveTo(5));
        waitUntil(() -> pageShown() == 1);

        // Ctrl+U again takes the page away
        robot.interact(() -> text().requestFocus());
        shortcut(KeyCode.CONTROL, KeyCode.U);
        assertEquals(3, panes.getItems().size());
        assertFalse(app.model().pages().showingProperty().get());
    }

    @Test
    void aTextDocumentSaysItHasNoPages() throws Exception {
        robot.interact(() -> text().requestFocus());
        shortcut(KeyCode.CONTROL, KeyCode.U);
        waitUntil(() -> robot.lookup("#page-message").queryAs(Label.class).isVisible());
        assertEquals("This document has no pages (it was read from a text file).", robot.lookup("#page-message").queryAs(Label.class).getText());
        assertEquals(null, pageImage().getImage());
    }
}
