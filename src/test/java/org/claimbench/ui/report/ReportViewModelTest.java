package org.claimbench.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.claimbench.report.ReportFormat;
import org.claimbench.report.ReportOptions;
import org.claimbench.ui.session.WorkbenchFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportViewModelTest {

    @TempDir
    Path dir;

    final WorkbenchFixture f = new WorkbenchFixture();
    final ReportViewModel vm = f.w.report();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void the_report_is_written_as_long_work_and_its_options_remembered() throws Exception {
        Path target = dir.resolve("roe.html");
        ReportOptions chosen = ReportOptions.defaults().withPreparedBy("A. Reader");
        vm.exportReport(chosen, ReportFormat.ALL.stream().filter(r -> r.extension().equals("html")).findFirst().orElseThrow(), target);
        assertEquals(1, f.tasks.longTasks);
        String html = Files.readString(target);
        assertTrue(html.contains(f.snapshot().legalCase().title().replace("&", "&amp;")) || html.contains("Roe"));
        assertEquals("A. Reader", vm.reportOptions().preparedBy());
        assertTrue(f.w.session().noticeProperty().get().startsWith("Saved the report to"));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left beside it");
        }
    }

    /** What a preview window hears, in order. */
    static final class Heard implements ReportViewModel.PreviewSink {
        final java.util.List<String> events = new java.util.ArrayList<>();
        int pages;
        boolean open = true;
        int closeAfter = Integer.MAX_VALUE;

        @Override
        public void started(byte[] pdf, int pages, javafx.scene.image.Image first) {
            this.pages = pages;
            events.add("started " + pages + (pdf.length > 1000 && first.getWidth() > 0 ? "" : " empty"));
        }

        @Override
        public void page(int index, javafx.scene.image.Image image) {
            events.add("page " + (index + 1));
            open = events.size() < closeAfter;
        }

        @Override
        public boolean wanted() {
            return open;
        }
    }

    @Test
    void the_preview_opens_with_its_first_page_and_the_others_follow_a_few_at_a_time() {
        Heard heard = new Heard();
        vm.previewReport(ReportOptions.defaults(), heard);
        assertTrue(heard.pages >= 6, "the demo report has pages: " + heard.pages);
        java.util.List<String> expected = new java.util.ArrayList<>();
        expected.add("started " + heard.pages); // with the first page
        for (int i = 2; i <= heard.pages; i++) {
            expected.add("page " + i);
        }
        assertEquals(expected, heard.events);
        // the layout with the first page, then one task per few pages, then the document is let go
        int batches = (heard.pages - 1 + ReportViewModel.BATCH - 1) / ReportViewModel.BATCH;
        assertEquals(1 + batches + 1, f.tasks.longTasks);
    }

    @Test
    void closing_the_preview_stops_the_rendering() {
        Heard heard = new Heard();
        heard.closeAfter = 2; // the window is closed once the second page is on show
        vm.previewReport(ReportOptions.defaults(), heard);
        assertEquals(java.util.List.of("started " + heard.pages, "page 2"), heard.events.subList(0, 2));
        assertTrue(heard.events.size() <= 1 + ReportViewModel.BATCH, "at most the batch under way is finished: " + heard.events);
        assertTrue(heard.events.size() < heard.pages + 1, heard.events.toString());
    }

    @Test
    void the_counts_offered_are_those_of_the_outline_in_order() {
        assertEquals(f.w.outline().counts(), vm.counts());
    }
}
