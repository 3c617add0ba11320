package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.claimbench.report.ReportOptions;
import org.claimbench.service.ReportService;
import org.junit.jupiter.api.Test;

/** Report ▸ Preview, Print and Export, as a user goes through them. */
class ReportFlowTest extends AppDriver {

    @Test
    void previewShowsThePagesAsTheyWillPrint() throws Exception {
        robot.clickOn("Report").clickOn("Preview\u2026");
        waitUntil(() -> robot.lookup("#report-paper").tryQuery().isPresent());
        robot.clickOn("Preview");
        waitUntil(() -> robot.lookup("#report-pages").tryQuery().isPresent());
        VBox pages = robot.lookup("#report-pages").queryAs(VBox.class);
        assertTrue(pages.getChildren().size() >= 6, "pages: " + pages.getChildren().size());
        ImageView first = (ImageView) pages.getChildren().get(0);
        assertEquals(8.5 / 11, first.getImage().getWidth() / first.getImage().getHeight(), 0.01, "a US Letter page");
        assertTrue(Window.getWindows().stream().anyMatch(w -> w instanceof javafx.stage.Stage s && s.getTitle().startsWith("Report preview")));
    }

    @Test
    void withNoPrinterPrintOffersAPdf() throws Exception {
        ImportFlowTest.FakeDialogs dialogs = new ImportFlowTest.FakeDialogs();
        app.model().session().setDialogs(dialogs);
        robot.clickOn("Report").clickOn("Print\u2026");
        waitUntil(() -> robot.lookup("#report-paper").tryQuery().isPresent());
        robot.clickOn("Print\u2026");
        waitUntil(() -> dialogs.lastQuestion != null);
        assertTrue(dialogs.lastQuestion.startsWith("No printer: "), dialogs.lastQuestion);
        assertTrue(dialogs.lastQuestion.contains("Save the report as a PDF instead?"));
    }

    @Test
    void exportWritesEachFormatInTheBackground() throws Exception {
        for (org.claimbench.report.ReportFormat f : org.claimbench.report.ReportFormat.ALL) {
            Path target = dataDir.resolve("report." + f.extension());
            robot.interact(() -> app.model().report().exportReport(ReportOptions.defaults().withPaper(ReportOptions.Paper.A4), f, target));
            waitUntil(() -> Files.exists(target) && !app.model().session().tasks().busyProperty().get());
            assertTrue(Files.size(target) > 1000, f + ": " + Files.size(target));
            assertEquals("Saved the report to " + target, app.model().session().noticeProperty().get());
        }
    }
}
