package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.junit.jupiter.api.Test;

/** A selection made by dragging takes whole words; with Alt held, exactly the characters dragged over. */
class SelectionSnapTest extends AppDriver {

    Point2D middleOf(int offset) {
        Bounds[] b = new Bounds[1];
        robot.interact(() -> b[0] = text().getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow());
        return new Point2D(b[0].getMinX() + b[0].getWidth() / 2, b[0].getMinY() + b[0].getHeight() / 2);
    }

    /** Two words of one line of the text, each at least eight letters long, and the offset the first starts at. */
    int[] twoLongWords() {
        String t = text().getText();
        var m = java.util.regex.Pattern.compile("(?<=\\s)([A-Za-z]{8,}) ([a-z]{2,} )?([A-Za-z]{8,})(?=[\\s.,;])").matcher(t);
        m.find(t.length() / 10);
        return new int[] {m.start(1), m.end(1), m.start(3), m.end(3)};
    }

    void dragOver(int from, int to) {
        robot.interact(() -> text().showParagraphAtTop(Math.max(0, text().offsetToPosition(from,
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor() - 2)));
        robot.sleep(300);
        Point2D a = middleOf(from);
        Point2D b = middleOf(to);
        robot.moveTo(a).press(MouseButton.PRIMARY).moveTo(a.add(4, 0)).moveTo(b).release(MouseButton.PRIMARY);
        robot.sleep(200);
    }

    @Test
    void dragging_from_inside_one_word_to_inside_another_selects_both_whole() throws Exception {
        int[] w = twoLongWords();
        dragOver(w[0] + 3, w[3] - 3);
        assertEquals(text().getText().substring(w[0], w[3]), text().getSelectedText());
    }

    @Test
    void with_alt_held_the_selection_is_exactly_what_was_dragged_over() throws Exception {
        int[] w = twoLongWords();
        robot.press(KeyCode.ALT);
        try {
            dragOver(w[0] + 3, w[3] - 3);
        } finally {
            robot.release(KeyCode.ALT);
        }
        String selected = text().getSelectedText();
        String whole = text().getText().substring(w[0], w[3]);
        assertEquals(false, selected.equals(whole), "not widened: " + selected);
        assertEquals(true, whole.contains(selected), selected);
    }
}
