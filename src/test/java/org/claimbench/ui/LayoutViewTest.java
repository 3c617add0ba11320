package org.claimbench.ui;

import org.claimbench.ui.importing.LayoutWindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

import org.claimbench.domain.DocumentKind;
import org.claimbench.ingest.FixturePdfs;
import org.claimbench.ingest.LineRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout view: offered when an import's structure looks wrong or it is refused, and on the View menu. */
class LayoutViewTest extends AppDriver {

    @TempDir
    Path files;

    @Test
    void anImportWithANumberingGapOffersTheLayoutView() throws Exception {
        Path txt = files.resolve("gap-complaint.txt");
        Files.writeString(txt, """
                UNITED STATES DISTRICT COURT
                DISTRICT OF NEVADA

                ALMA QUIST, Plaintiff,
                v.
                DESERT LANTERN LLC, Defendant.

                COMPLAINT

                1. Plaintiff Alma Quist rented a unit from Defendant in 2023.
                2. Defendant kept her deposit without an itemized statement.
                4. Plaintiff asked for the deposit in writing twice.
                5. Defendant did not answer either letter.
                """);
        ImportFlowTest.FakeDialogs dialogs = new ImportFlowTest.FakeDialogs();
        dialogs.choice = 0; // the first action: show how it was read
        app.model().session().setDialogs(dialogs);
        robot.interact(() -> app.model().importing().importFile(txt, DocumentKind.COMPLAINT, null));
        waitUntil(() -> app.window().layoutWindow() != null && app.window().layoutWindow().stage().isShowing());

        assertTrue(dialogs.lastQuestion.startsWith("Check the structure of gap-complaint.txt"), dialogs.lastQuestion);
        assertTrue(dialogs.lastQuestion.contains("numbering jumps from \u00b6 2 to \u00b6 4"), dialogs.lastQuestion);
        LayoutWindow w = app.window().layoutWindow();
        assertEquals("How gap-complaint.txt was read", w.stage().getTitle());
        Label concerns = robot.from(w.stage().getScene().getRoot()).lookup("#layout-concerns").queryAs(Label.class);
        assertTrue(concerns.getText().contains("numbering jumps from \u00b6 2 to \u00b6 4"), concerns.getText());
        var rows = w.table().getItems();
        assertTrue(rows.stream().anyMatch(l -> l.text().startsWith("4. Plaintiff asked for the deposit")), rows.toString());
        assertTrue(rows.stream().allMatch(l -> l.role().inText()), "a text file has no running matter");

        // words narrow the lines shown; copying gives them as tab-separated rows
        TextField find = robot.from(w.stage().getScene().getRoot()).lookup("#layout-find").queryAs(TextField.class);
        robot.interact(() -> find.setText("deposit"));
        assertEquals(2, rows.size(), rows.toString());
        Label shown = robot.from(w.stage().getScene().getRoot()).lookup("#layout-shown").queryAs(Label.class);
        assertTrue(shown.getText().startsWith("2 of "), shown.getText());
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = w.copy());
        assertEquals(2, copied[0].strip().split("\n").length, copied[0]);
        assertTrue(copied[0].contains("\tbody\t2. Defendant kept her deposit"), copied[0]);
    }

    @Test
    void aRefusedImportOffersTheLayoutViewAndKeepsNothing() throws Exception {
        Path txt = files.resolve("letter.txt");
        Files.writeString(txt, """
                Dear Counsel,

                We write about the lease of the unit on Fremont Street and the deposit held since March.
                Please call us next week so that we can settle this before anything is filed.
                """);
        ImportFlowTest.FakeDialogs dialogs = new ImportFlowTest.FakeDialogs();
        dialogs.choice = 0;
        app.model().session().setDialogs(dialogs);
        int before = app.model().session().documents().size();
        robot.interact(() -> app.model().importing().importFile(txt, DocumentKind.COMPLAINT, null));
        waitUntil(() -> app.window().layoutWindow() != null && app.window().layoutWindow().stage().isShowing());

        assertTrue(dialogs.lastQuestion.startsWith("Cannot import letter.txt: No numbered paragraphs were found"), dialogs.lastQuestion);
        assertEquals(before, app.model().session().documents().size());
        LayoutWindow w = app.window().layoutWindow();
        Label concerns = robot.from(w.stage().getScene().getRoot()).lookup("#layout-concerns").queryAs(Label.class);
        assertTrue(concerns.getText().contains("no numbered paragraphs found"), concerns.getText());
        assertTrue(w.table().getItems().stream().anyMatch(l -> l.text().startsWith("Please call us next week")));
    }

    @Test
    void theViewMenuShowsHowAPleadingPaperPdfWasRead() throws Exception {
        Path pdf = files.resolve("pleading.pdf");
        Files.write(pdf, FixturePdfs.pleadingPaper());
        robot.interact(() -> app.model().importing().importFile(pdf, DocumentKind.EXHIBIT, null));
        waitUntil(() -> app.model().document().loadedDocumentProperty().get() != null
                && "pleading.pdf".equals(app.model().document().loadedDocumentProperty().get().view().document().fileName()));

        robot.clickOn("_View").clickOn("How the document was read\u2026");
        waitUntil(() -> app.window().layoutWindow() != null && app.window().layoutWindow().stage().isShowing());
        LayoutWindow w = app.window().layoutWindow();
        assertEquals("How pleading.pdf was read", w.stage().getTitle());
        assertTrue(robot.from(w.stage().getScene().getRoot()).lookup("#layout-concerns").tryQuery().isEmpty(),
                "nothing looks wrong with the demo complaint's structure");
        Label summary = robot.from(w.stage().getScene().getRoot()).lookup("#layout-summary").queryAs(Label.class);
        assertTrue(summary.getText().contains("margin number"), summary.getText());

        // the margin numbers are all left out of the text, and each stands on its own page:line
        @SuppressWarnings("unchecked")
        ChoiceBox<LayoutWindow.Show> filter = robot.from(w.stage().getScene().getRoot()).lookup("#layout-filter").queryAs(ChoiceBox.class);
        LayoutWindow.Show margin = filter.getItems().stream().filter(s -> s.label().startsWith("margin number")).findFirst().orElse(null);
        assertNotNull(margin, filter.getItems().toString());
        robot.interact(() -> filter.setValue(margin));
        var rows = w.table().getItems();
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(l -> l.role() == LineRole.MARGIN_NUMBER && !l.role().inText()));
        assertTrue(rows.stream().allMatch(l -> l.where().matches("\\d+:\\d+") && l.text().matches("\\d{1,2}")), rows.toString());
        assertTrue(rows.stream().allMatch(l -> l.reason().contains("column")), rows.get(0).reason());

        // Escape closes it
        robot.interact(() -> w.table().requestFocus());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> !w.stage().isShowing());
    }
}
