package org.claimbench.ui.report;

import java.io.File;
import java.util.Locale;

import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.claimbench.report.ReportOptions;

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
                .ifPresent(o -> model.previewReport(o, new PreviewWindow(owner, o.paper().label(), this::print, p -> savePdf(p, owner))));
    }

    /**
     * Asks for the printer before anything is laid out: with none set up, the report is offered as a PDF at once;
     * otherwise the system's print dialog comes first, and the pages are laid out for the printer it chose.
     */
    public void print() {
        ReportOptionsDialog.ask(owner, "Print\u2026", model.counts(), model.reportOptions()).ifPresent(o -> {
            PrinterJob job = printerJob();
            if (job == null) {
                if (offerPdfInstead()) {
                    export(o, org.claimbench.report.ReportFormat.PDF);
                }
                return;
            }
            if (job.showPrintDialog(owner)) {
                model.layOutForPrinting(o, pages -> printPages(job, pages));
            } else {
                job.cancelJob();
            }
        });
    }

    private static PrinterJob printerJob() {
        Printer printer = Printer.getDefaultPrinter();
        return printer == null ? null : PrinterJob.createPrinterJob(printer);
    }

    private boolean offerPdfInstead() {
        return model.session().dialogs().confirm("No printer", "No printer is set up on this computer. Save the report as a PDF instead? "
                + "It can be printed from any computer, and it looks the same everywhere.", "Save as PDF\u2026");
    }

    private void export(org.claimbench.report.ReportOptions o, org.claimbench.report.ReportFormat format) {
        File f = org.claimbench.ui.common.LastFolder.remember(chooser(format).showSaveDialog(owner), model.session().settings());
        if (f != null) {
            model.exportReport(o, format, withExtension(f, format).toPath());
        }
    }

    public void export(org.claimbench.report.ReportFormat format) {
        ReportOptionsDialog.ask(owner, "Export\u2026", model.counts(), model.reportOptions()).ifPresent(o -> export(o, format));
    }

    /** Prints the pages of the preview through the system print dialog (printer, copies, page setup); with no printer, offers PDF. */
    void print(ReportViewModel.ReportPages pages, Window parent) {
        PrinterJob job = printerJob();
        if (job == null) {
            if (offerPdfInstead()) {
                savePdf(pages, parent);
            }
            return;
        }
        if (job.showPrintDialog(parent)) {
            printPages(job, pages);
        } else {
            job.cancelJob();
        }
    }

    private void printPages(PrinterJob job, ReportViewModel.ReportPages pages) {
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
        File f = org.claimbench.ui.common.LastFolder.remember(chooser(org.claimbench.report.ReportFormat.PDF).showSaveDialog(parent),
                model.session().settings());
        if (f != null) {
            model.savePdf(pages, withExtension(f, org.claimbench.report.ReportFormat.PDF).toPath());
        }
    }

    private FileChooser chooser(org.claimbench.report.ReportFormat format) {
        FileChooser c = org.claimbench.ui.common.LastFolder.in(new FileChooser(), model.session().settings());
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
