package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The card over the text says where the mouse is and what is marked there. It goes when the wheel scrolls the text
 * under it, so that it never names a place the mouse has left.
 */
class HoverCardTest extends AppDriver {

    /** The hover card on show, or null. */
    private Label card() {
        for (Window w : Window.getWindows()) {
            if (w instanceof PopupWindow p && p.isShowing() && !p.getScene().getRoot().lookupAll(".hover-card").isEmpty()) {
                return (Label) p.getScene().getRoot().lookupAll(".hover-card").iterator().next();
            }
        }
        return null;
    }

    private void hoverOver(String phrase) throws Exception {
        int at = text().getText().indexOf(phrase);
        assertTrue(at >= 0, phrase);
        robot.interact(() -> text().showParagraphAtTop(0));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds b = bounds(at + 2);
        robot.moveTo(new Point2D(b.getCenterX() - 1, b.getCenterY()));
        robot.moveTo(new Point2D(b.getCenterX(), b.getCenterY()));
        waitUntil(() -> card() != null);
    }

    @Test
    void the_card_goes_when_the_wheel_scrolls_the_text_under_it() throws Exception {
        hoverOver("Plaintiffs bring");
        assertTrue(card().getText().startsWith("\u00b6 1"), card().getText());
        robot.scroll(3, javafx.geometry.VerticalDirection.DOWN);
        waitUntil(() -> card() == null);
    }
}
