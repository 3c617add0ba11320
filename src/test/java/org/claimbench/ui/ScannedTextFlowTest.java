package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.UncertainWord;
import org.claimbench.ingest.FixturePdfs;
import org.claimbench.service.DocumentView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A scanned page is imported and recognised; the window marks the words it was unsure of, steps through them,
 * and lets the reader correct one in place and undo the correction, as a reader checking a scan would.
 */
class ScannedTextFlowTest extends AppDriver {

    @TempDir
    Path files;

    DocumentView view() {
        return app.model().document().loadedDocumentProperty().get().view();
    }

    @Test
    void uncertainWordsAreMarkedSteppedThroughCorrectedAndTheCorrectionUndone() throws Exception {
        Path scan = files.resolve("scan.pdf");
        Files.write(scan, FixturePdfs.scannedComplaint(1));
        robot.interact(() -> app.model().importing().importFile(scan, DocumentKind.EXHIBIT, "Scanned page"));
        waitUntil(() -> app.model().document().loadedDocumentProperty().get() != null && "scan.pdf".equals(view().document().fileName()));

        List<UncertainWord> uncertain = view().uncertainWords();
        int n = uncertain.size();
        assertTrue(n >= 1, "the scan has words recognised with little confidence");
        assertTrue(status().contains("1 page recognised, " + n + (n == 1 ? " uncertain word" : " uncertain words")), status());
        String original = text().getText();

        // F7 selects the first uncertain word, drawn with a dotted line
        robot.interact(() -> {
            text().requestFocus();
            text().moveTo(0);
        });
        shortcut(KeyCode.F7);
        UncertainWord first = uncertain.get(0);
        assertEquals(original.substring(first.start(), first.end()), text().getSelectedText());
        assertTrue(text().getStyleAtPosition(first.start() + 1).contains("ocr-uncertain"), text().getStyleAtPosition(first.start() + 1).toString());
        assertTrue(robot.lookup("#status-job").queryAs(Label.class).getText().startsWith("Uncertain word 1 of " + n));

        // Ctrl+Shift+W asks for the words as printed; Enter saves them in place
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.W);
        TextField field = robot.lookup("#correction-field").queryAs(TextField.class);
        assertEquals(original.substring(first.start(), first.end()), field.getText());
        robot.interact(() -> field.setText("Corrected"));
        ImportFlowTest.FakeDialogs dialogs = new ImportFlowTest.FakeDialogs();
        app.model().session().setDialogs(dialogs);
        shortcut(KeyCode.ENTER);
        try {
            waitUntil(() -> view().corrections().size() == 1);
        } catch (Exception e) {
            throw new AssertionError("error: " + dialogs.lastError + "; status: " + robot.lookup("#status-job").queryAs(Label.class).getText()
                    + "; corrections: " + view().corrections() + "; text has it: " + text().getText().contains("Corrected"), e);
        }
        String corrected = original.substring(0, first.start()) + "Corrected" + original.substring(first.end());
        assertEquals(corrected, text().getText());
        assertEquals(first.end(), text().getCaretPosition(), "the reader's place is kept when the text is read again");
        assertEquals(n - 1, view().uncertainWords().size(), "the corrected word is no longer uncertain");
        assertTrue(text().getStyleAtPosition(first.start() + 1).contains("ocr-corrected"));
        assertFalse(text().getStyleAtPosition(first.start() + 1).contains("ocr-uncertain"));
        assertTrue(status().contains(", " + (n - 1) + (n - 1 == 1 ? " uncertain word" : " uncertain words")), status());
        assertTrue(robot.lookup("#document-pane .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().contains("1 correction")), "the pane's header counts the correction");

        // undo gives back the words as recognised
        shortcut(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> view().corrections().isEmpty());
        assertEquals(original, text().getText());
        assertEquals(uncertain, view().uncertainWords());

        // the document's properties say how its text was obtained
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("recognised from page images (OCR)", robot.lookup("#document-property-text").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#document-property-recognition").queryAs(Label.class).getText()
                .matches("Tesseract [\\d.]+, language eng: 1 of 1 pages"));
        shortcut(KeyCode.ENTER);
    }

    @Test
    void textReadFromTheFileCannotBeCorrected() throws Exception {
        assertFalse(view().correctable(), "the demo complaint was read from its own text");
        robot.interact(() -> text().requestFocus());
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.W);
        assertTrue(robot.lookup("#correction-field").tryQuery().isEmpty(), "no correction is offered");
        assertFalse(status().contains("recognised"), status());
    }
}
