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

    @Test
    void the_counts_offered_are_those_of_the_outline_in_order() {
        assertEquals(f.w.outline().counts(), vm.counts());
    }
}
