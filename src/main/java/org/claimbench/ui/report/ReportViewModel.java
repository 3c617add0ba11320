package org.claimbench.ui.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

import org.claimbench.domain.OutlineNode;
import org.claimbench.report.PdfPages;
import org.claimbench.report.ReportFormat;
import org.claimbench.report.ReportOptions;
import org.claimbench.service.AtomicFiles;
import org.claimbench.service.CaseSnapshot;
import org.claimbench.service.ReportService;
import org.claimbench.ui.session.CaseSession;

/** The allegation-versus-evidence report: preview, print and export, on the long lane. */
public final class ReportViewModel {

    /** The report's pages as images, for the preview and the printer. */
    public record ReportPages(byte[] pdf, List<Image> pages) {
    }

    private final CaseSession session;
    private final ReportService reports;
    private ReportOptions options = ReportOptions.defaults();

    public ReportViewModel(CaseSession session, ReportService reports) {
        this.session = session;
        this.reports = reports;
    }

    /** The options the report was last made with (the dialog starts from them). */
    public ReportOptions reportOptions() {
        return options;
    }

    /** The counts of the open case, in order, for the dialog's choice of counts. */
    public List<OutlineNode> counts() {
        CaseSnapshot s = session.current();
        return s == null ? List.of() : s.outline().stream().filter(n -> n.parentId() == null)
                .sorted(Comparator.comparingInt(OutlineNode::position)).toList();
    }

    /** Writes the report to a file, whole or not at all. */
    public void exportReport(ReportOptions chosen, ReportFormat format, Path target) {
        Long caseId = session.caseId();
        if (caseId == null) {
            return;
        }
        options = chosen;
        session.tasks().runLong("Writing the report", progress -> {
            reports.export(caseId, chosen, format, target);
            return target;
        }, path -> session.say("Saved the report to " + path), session::fail);
    }

    public void previewReport(ReportOptions chosen, Consumer<ReportPages> show) {
        Long caseId = session.caseId();
        if (caseId == null) {
            return;
        }
        options = chosen;
        session.tasks().runLong("Laying out the report", progress -> {
            byte[] pdf = ReportService.render(reports.model(caseId, chosen), ReportFormat.PDF);
            progress.checkCancelled();
            List<Image> images = new ArrayList<>();
            for (var page : PdfPages.render(pdf, 110, (n, total) -> progress.update("Rendering page " + n + " of " + total, n, total))) {
                images.add(SwingFXUtils.toFXImage(page, null));
            }
            return new ReportPages(pdf, images);
        }, show, session::fail);
    }

    /** Saves an already laid-out report as PDF. */
    public void savePdf(ReportPages pages, Path target) {
        session.tasks().runLong("Saving the report", progress -> {
            AtomicFiles.write(target, "The report", pages.pdf());
            return target;
        }, path -> session.say("Saved the report to " + path), session::fail);
    }

    public CaseSession session() {
        return session;
    }
}
