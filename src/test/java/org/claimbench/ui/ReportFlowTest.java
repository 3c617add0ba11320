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
        robot.clickOn("_Report").clickOn("Preview\u2026");
        waitUntil(() -> robot.lookup("#report-paper").tryQuery().isPresent());
        robot.clickOn("Preview");
        waitUntil(() -> robot.lookup("#report-pages").tryQuery().isPresent());
        VBox pages = robot.lookup("#report-pages").queryAs(VBox.class);
        assertTrue(pages.getChildren().size() >= 6, "pages: " + pages.getChildren().size());
        ImageView first = (ImageView) pages.getChildren().get(0);
        assertEquals(8.5 / 11, first.getImage().getWidth() / first.getImage().getHeight(), 0.01, "a US Letter page");
        assertTrue(Window.getWindows().stream().anyMatch(w -> w instanceof javafx.stage.Stage s && s.getTitle().startsWith("Report preview")));
        // the other pages take their places as they are rendered; printing waits for the last
        waitUntil(() -> pages.getChildren().stream().allMatch(n -> n instanceof ImageView));
        waitUntil(() -> !robot.lookup("#preview-print").queryButton().isDisabled());
        javafx.scene.control.Label count = robot.lookup("#preview-count").queryAs(javafx.scene.control.Label.class);
        assertEquals(pages.getChildren().size() + " pages, Letter", count.getText());
    }

    @Test
    void withNoPrinterPrintOffersAPdf() throws Exception {
        ImportFlowTest.FakeDialogs dialogs = new ImportFlowTest.FakeDialogs();
        app.model().session().setDialogs(dialogs);
        java.util.List<String> work = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> app.model().session().tasks().messageProperty().addListener((o, a, m) -> work.add(m)));
        robot.clickOn("_Report").clickOn("Print\u2026");
        waitUntil(() -> robot.lookup("#report-paper").tryQuery().isPresent());
        robot.clickOn("Print\u2026");
        waitUntil(() -> dialogs.lastQuestion != null);
        assertTrue(dialogs.lastQuestion.startsWith("No printer: "), dialogs.lastQuestion);
        assertTrue(dialogs.lastQuestion.contains("Save the report as a PDF instead?"));
        assertTrue(work.stream().noneMatch(m -> m.startsWith("Laying out")), "the printer is looked for before the report is laid out: " + work);
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
