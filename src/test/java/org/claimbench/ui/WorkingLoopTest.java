package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.claimbench.domain.EvidenceStatus;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.claimbench.domain.SupportLevel;
import org.claimbench.domain.Weight;
import org.claimbench.service.CaseSnapshot;
import org.controlsfx.control.StatusBar;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The loop a user repeats all day, driven with the mouse and the keyboard on the demo case. */
class WorkingLoopTest extends AppDriver {

    static final String PHRASE = "renewed them in 2016 and again in 2018";

    @Test
    void highlightLinkAddEvidenceUndoRedoAndRestart() throws Exception {
        assertTrue(status().contains("6 of 14 allegations have evidence, 1 contradicted"), status());

        // 1–2: select with the mouse, highlight with the shortcut
        selectWithMouse(PHRASE);
        shortcut(KeyCode.CONTROL, KeyCode.H);
        waitUntil(() -> passage(PHRASE) != null);
        Passage p = passage(PHRASE);
        assertTrue(text().getStyleOfChar(p.start() + 1).contains("passage"), "the new highlight is drawn");

        // 3a: drag the selection onto an allegation
        OutlineNode breach = node("\u00b6 40");
        Bounds sel = bounds(p.start() + 5);
        robot.drag(new Point2D(sel.getCenterX(), sel.getCenterY()), MouseButton.PRIMARY).dropTo(cell("\u00b6 40"));
        waitUntil(() -> linked(passage(PHRASE), breach, LinkRole.ASSERTS));

        // 3b: select a node, select the text again, and link with the shortcut
        OutlineNode duty = node("\u00b6 39");
        robot.clickOn(cell("\u00b6 39"));
        waitUntil(() -> app.model().session().selectedNodeProperty().get() != null && app.model().session().selectedNodeProperty().get().id() == duty.id());
        selectWithMouse(PHRASE);
        shortcut(KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> linked(passage(PHRASE), duty, LinkRole.ASSERTS));
        assertEquals(SupportLevel.UNSUPPORTED, snapshot().support().get(duty.id()));

        // 4: add evidence to the selected allegation from its dialog
        shortcut(KeyCode.CONTROL, KeyCode.E);
        waitUntil(() -> robot.lookup("#evidence-description").tryQuery().isPresent());
        robot.clickOn("#evidence-description").write("Board minutes approving the 2018 renewal");
        @SuppressWarnings("unchecked")
        ChoiceBox<EvidenceStatus> status = robot.lookup("#evidence-status").queryAs(ChoiceBox.class);
        @SuppressWarnings("unchecked")
        ChoiceBox<Weight> weight = robot.lookup("#evidence-weight").queryAs(ChoiceBox.class);
        robot.interact(() -> {
            status.setValue(EvidenceStatus.IN_HAND);
            weight.setValue(Weight.STRONG);
        });
        robot.clickOn("OK");

        // 5: the roll-up and the coverage follow
        waitUntil(() -> snapshot().support().get(duty.id()) == SupportLevel.SUPPORTED);
        assertTrue(status().contains("7 of 14 allegations have evidence, 1 contradicted"), status());
        assertEquals("\u25cf", ((Label) cell("\u00b6 39").lookup(".support-icon")).getText());

        // 6: undo, then redo, from the keyboard
        shortcut(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> snapshot().support().get(duty.id()) == SupportLevel.UNSUPPORTED);
        assertTrue(status().contains("6 of 14 allegations have evidence, 1 contradicted"), status());
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitUntil(() -> snapshot().support().get(duty.id()) == SupportLevel.SUPPORTED);
        assertTrue(status().contains("7 of 14 allegations have evidence, 1 contradicted"), status());

        // 7: restart on the same store: everything is there
        restart();
        Passage again = passage(PHRASE);
        assertNotNull(again, "the highlight survived the restart");
        assertTrue(linked(again, node("\u00b6 40"), LinkRole.ASSERTS));
        assertTrue(linked(again, node("\u00b6 39"), LinkRole.ASSERTS));
        assertEquals(SupportLevel.SUPPORTED, snapshot().support().get(node("\u00b6 39").id()));
        assertTrue(status().contains("7 of 14 allegations have evidence, 1 contradicted"), status());
    }
}
