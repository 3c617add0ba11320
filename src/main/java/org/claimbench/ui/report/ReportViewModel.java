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

    /** Where a preview's pages go as they are rendered; {@link #wanted} false (its window closed) stops the rendering. */
    public interface PreviewSink {
        /** The report is laid out: it has {@code pages} pages, and the first of them is {@code first}. */
        void started(byte[] pdf, int pages, Image first);

        /** Page {@code index} (from 0) is rendered. */
        void page(int index, Image image);

        boolean wanted();
    }

    /** The preview's resolution, and how many pages one task renders after the first. */
    static final float DPI = 110;
    static final int BATCH = 4;

    /**
     * Lays out the report and shows its first page as soon as it is rendered; the other pages follow in the
     * background, a few at a time, for as long as the preview is open.
     */
    public void previewReport(ReportOptions chosen, PreviewSink sink) {
        layOut(chosen, (pdf, progress) -> {
            PdfPages pages = PdfPages.open(pdf);
            try {
                return new Started(pdf, pages, SwingFXUtils.toFXImage(pages.render(0, DPI), null));
            } catch (java.io.IOException | RuntimeException e) {
                pages.close();
                throw e;
            }
        }, started -> {
            sink.started(started.pdf(), started.pages().count(), started.first());
            renderFrom(started.pages(), 1, sink);
        });
    }

    /** What is done with the report's PDF once it is laid out, on the long lane. */
    @FunctionalInterface
    private interface AfterLayout<T> {
        T apply(byte[] pdf, org.claimbench.ingest.Progress progress) throws Exception;
    }

    /** Lays out the open case's report as a PDF on the long lane, with {@code chosen}, then {@code then} on it. */
    private <T> void layOut(ReportOptions chosen, AfterLayout<T> then, Consumer<T> onSuccess) {
        Long caseId = session.caseId();
        if (caseId == null) {
            return;
        }
        options = chosen;
        session.tasks().runLong("Laying out the report", progress -> {
            byte[] pdf = ReportService.render(reports.model(caseId, chosen), ReportFormat.PDF);
            progress.checkCancelled();
            return then.apply(pdf, progress);
        }, onSuccess, session::fail);
    }

    private record Started(byte[] pdf, PdfPages pages, Image first) {
    }

    private void renderFrom(PdfPages pages, int from, PreviewSink sink) {
        if (from >= pages.count() || !sink.wanted()) {
            session.tasks().runLong("Closing the preview", progress -> {
                pages.close();
                return null;
            }, x -> { }, session::fail);
            return;
        }
        int to = Math.min(pages.count(), from + BATCH);
        session.tasks().runLong("Rendering page " + (from + 1) + " of " + pages.count(), progress -> {
            List<Image> images = new ArrayList<>();
            for (int i = from; i < to; i++) {
                progress.checkCancelled();
                progress.update("Rendering page " + (i + 1) + " of " + pages.count(), i + 1, pages.count());
                images.add(SwingFXUtils.toFXImage(pages.render(i, DPI), null));
            }
            return images;
        }, images -> {
            for (int i = 0; i < images.size(); i++) {
                sink.page(from + i, images.get(i));
            }
            renderFrom(pages, to, sink);
        }, e -> {
            try {
                pages.close();
            } catch (java.io.IOException ignored) {
                // the pages rendered so far stay on show; the document was only read
            }
            session.fail(e);
        });
    }

    /** Lays out the report and renders every page, for the printer. */
    public void layOutForPrinting(ReportOptions chosen, Consumer<ReportPages> print) {
        layOut(chosen, (pdf, progress) -> {
            List<Image> images = new ArrayList<>();
            for (var page : PdfPages.render(pdf, DPI, (n, total) -> progress.update("Rendering page " + n + " of " + total, n, total))) {
                images.add(SwingFXUtils.toFXImage(page, null));
            }
            return new ReportPages(pdf, images);
        }, print);
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
