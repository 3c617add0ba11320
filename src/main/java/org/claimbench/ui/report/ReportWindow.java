package org.claimbench.ui.report;

import java.io.File;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.claimbench.report.ReportOptions;
import org.claimbench.service.ReportService;

/** Report ▸ Preview, Print and Export: the pages as they will print, the printer, and the files. */
public final class ReportWindow {

    private final ReportViewModel model;
    private final Window owner;

    public ReportWindow(ReportViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
    }

    public void preview() {
        ReportOptionsDialog.ask(owner, "Preview", model.counts(), model.reportOptions())
                .ifPresent(o -> model.previewReport(o, this::showPreview));
    }

    public void print() {
        ReportOptionsDialog.ask(owner, "Print\u2026", model.counts(), model.reportOptions())
                .ifPresent(o -> model.previewReport(o, pages -> print(pages, owner)));
    }

    public void export(org.claimbench.report.ReportFormat format) {
        ReportOptionsDialog.ask(owner, "Export\u2026", model.counts(), model.reportOptions()).ifPresent(o -> {
            File f = chooser(format).showSaveDialog(owner);
            if (f != null) {
                model.exportReport(o, format, withExtension(f, format).toPath());
            }
        });
    }

    private void showPreview(ReportViewModel.ReportPages pages) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Report preview \u2014 " + pages.pages().size() + (pages.pages().size() == 1 ? " page" : " pages"));
        VBox column = new VBox(16);
        column.setId("report-pages");
        column.setAlignment(Pos.TOP_CENTER);
        column.setPadding(new Insets(16));
        column.getStyleClass().add("report-pages");
        for (Image img : pages.pages()) {
            ImageView page = new ImageView(img);
            page.setPreserveRatio(true);
            page.setFitWidth(Math.min(820, img.getWidth()));
            page.getStyleClass().add("report-page");
            column.getChildren().add(page);
        }
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        Button print = new Button("Print\u2026");
        print.setId("preview-print");
        print.setOnAction(e -> print(pages, stage));
        Button pdf = new Button("Save as PDF\u2026");
        pdf.setId("preview-save-pdf");
        pdf.setOnAction(e -> savePdf(pages, stage));
        Button close = new Button("Close");
        close.setOnAction(e -> stage.close());
        Label count = new Label(pages.pages().size() + (pages.pages().size() == 1 ? " page, " : " pages, ")
                + model.reportOptions().paper().label());
        count.getStyleClass().add("muted");
        BorderPane root = new BorderPane(scroll);
        root.setTop(new ToolBar(print, pdf, close, count));
        Scene scene = new Scene(root, 900, Math.min(1000, owner.getHeight()));
        scene.getStylesheets().add(ReportWindow.class.getResource("/org/claimbench/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** Prints the pages through the system print dialog (printer, copies, page setup); with no printer, offers PDF. */
    void print(ReportViewModel.ReportPages pages, Window parent) {
        Printer printer = Printer.getDefaultPrinter();
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            if (model.session().dialogs().confirm("No printer", "No printer is set up on this computer. Save the report as a PDF instead? "
                    + "It can be printed from any computer, and it looks the same everywhere.", "Save as PDF\u2026")) {
                savePdf(pages, parent);
            }
            return;
        }
        if (!job.showPrintDialog(parent)) {
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (Image img : pages.pages()) {
            ImageView page = new ImageView(img);
            page.setPreserveRatio(true);
            page.setFitWidth(layout.getPrintableWidth());
            page.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(layout, page)) {
                model.session().dialogs().error("Printing stopped", "The printer did not take page " + (pages.pages().indexOf(img) + 1)
                        + ". Check the printer, or save the report as PDF.");
                job.cancelJob();
                return;
            }
        }
        job.endJob();
    }

    private void savePdf(ReportViewModel.ReportPages pages, Window parent) {
        File f = chooser(org.claimbench.report.ReportFormat.PDF).showSaveDialog(parent);
        if (f != null) {
            model.savePdf(pages, withExtension(f, org.claimbench.report.ReportFormat.PDF).toPath());
        }
    }

    private FileChooser chooser(org.claimbench.report.ReportFormat format) {
        FileChooser c = new FileChooser();
        c.setTitle("Save the report");
        String ext = format.extension();
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label() + " (*." + ext + ")", "*." + ext));
        String title = model.session().snapshotProperty().get() == null ? "report" : model.session().snapshotProperty().get().legalCase().title();
        c.setInitialFileName(title.replaceAll("[\\\\/:*?\"<>|]", "").replaceAll("\\s+", " ").trim() + " \u2014 evidence report." + ext);
        return c;
    }

    private static File withExtension(File f, org.claimbench.report.ReportFormat format) {
        String ext = "." + format.extension();
        return f.getName().toLowerCase(Locale.ROOT).endsWith(ext) ? f : new File(f.getParentFile(), f.getName() + ext);
    }
}
