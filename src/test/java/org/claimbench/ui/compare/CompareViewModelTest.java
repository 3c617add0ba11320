package org.claimbench.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.claimbench.domain.AmendmentKind;
import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.ingest.OcrOptions;
import org.claimbench.ingest.Progress;
import org.claimbench.report.Redline;
import org.claimbench.service.AmendmentServiceTest;
import org.claimbench.ui.session.WorkbenchFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View ▸ Compare with the version it amends, without a window: an amended complaint of the marina case against the first. */
class CompareViewModelTest {

    final WorkbenchFixture f = new WorkbenchFixture();
    final CompareViewModel vm = f.w.compare();
    long caseId;
    Document original;
    Document amended;

    @TempDir
    Path dir;

    @BeforeEach
    void openTheMarinaCase() throws Exception {
        caseId = f.services.cases().create("Ashdown v. Blue Heron Marina").id();
        original = importText("ashdown.txt", AmendmentServiceTest.ORIGINAL, DocumentKind.COMPLAINT, null);
        amended = importText("ashdown-fac.txt", AmendmentServiceTest.AMENDED, DocumentKind.AMENDED_COMPLAINT, original.id());
        f.w.caseFiles().openCase(caseId);
    }

    Document importText(String name, String text, DocumentKind kind, Long amends) throws Exception {
        return f.services.importer().importBytesChecked(caseId, name, text.getBytes(StandardCharsets.UTF_8), kind, null,
                OcrOptions.DEFAULT, amends, Progress.NONE).document();
    }

    @AfterEach
    void close() {
        f.close();
    }

    void show(Document d) {
        f.w.session().selectedDocumentProperty().set(f.w.session().documents().stream().filter(x -> x.id() == d.id()).findFirst().orElseThrow());
    }

    CompareViewModel.Row row(String where) {
        return vm.rows().stream().filter(r -> r.where().equals(where)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + where + " in " + vm.rows().stream().map(CompareViewModel.Row::where).toList()));
    }

    @Test
    void the_amended_complaint_on_show_is_compared_with_the_one_it_amends_and_only_the_changes_are_listed() {
        assertTrue(vm.availableProperty().get(), "two complaints: the menu item is on");
        show(amended);
        vm.compareShown();
        assertEquals(original.id(), vm.oldDocumentProperty().get().id());
        assertEquals(amended.id(), vm.newDocumentProperty().get().id());
        assertFalse(vm.comparingProperty().get());
        assertTrue(vm.summaryProperty().get().startsWith("1 paragraph added, 1 removed, 1 changed"), vm.summaryProperty().get());
        assertTrue(vm.countChanges().stream().anyMatch(c -> c.contains("COUNT II") && c.endsWith("dropped")), vm.countChanges().toString());
        assertTrue(vm.partyChanges().contains("Defendant added: CASCADE YARD SERVICES INC."), vm.partyChanges().toString());
        assertEquals(CompareViewModel.Filter.CHANGES, vm.filterProperty().get());
        assertTrue(vm.rows().stream().noneMatch(r -> r.kind().sameWords()), "unchanged and renumbered rows are left out at first");

        CompareViewModel.Row storm = row("\u00b6 3 \u2192 \u00b6 4");
        assertEquals(AmendmentKind.CHANGED, storm.kind());
        assertTrue(storm.shown().before().stream().anyMatch(r -> r.mark() == Redline.Mark.DELETED && r.text().contains("storm")),
                storm.shown().before().toString());
        assertTrue(storm.shown().after().stream().anyMatch(r -> r.mark() == Redline.Mark.INSERTED && r.text().contains("late")),
                storm.shown().after().toString());
        assertTrue(storm.shown().after().stream().anyMatch(r -> r.mark() == Redline.Mark.INSERTED && r.text().contains("windstorm")),
                storm.shown().after().toString());
    }

    @Test
    void the_filters_count_their_rows_and_list_only_those() {
        show(original); // the one on show is amended by the other: it is the earlier version
        vm.compareShown();
        assertEquals(amended.id(), vm.newDocumentProperty().get().id());
        assertEquals("Added (1)", vm.filterLabel(CompareViewModel.Filter.ADDED).get());
        vm.setFilter(CompareViewModel.Filter.ADDED);
        assertEquals(1, vm.rows().size());
        assertEquals(AmendmentKind.ADDED, vm.rows().get(0).kind());
        assertEquals("\u00b6 1", vm.rows().get(0).where());
        vm.setFilter(CompareViewModel.Filter.REMOVED);
        assertTrue(vm.rows().stream().allMatch(r -> r.kind() == AmendmentKind.REMOVED));
        assertTrue(vm.rows().stream().anyMatch(r -> r.where().equals("\u00b6 6")), vm.rows().toString());
        vm.setFilter(CompareViewModel.Filter.ALL);
        assertTrue(vm.filterLabel(CompareViewModel.Filter.ALL).get().startsWith("Every paragraph ("));
        assertEquals("Every paragraph (" + vm.rows().size() + ")", vm.filterLabel(CompareViewModel.Filter.ALL).get());
        assertTrue(vm.rows().stream().anyMatch(r -> r.kind() == AmendmentKind.RENUMBERED));
        assertTrue(vm.rows().stream().anyMatch(r -> r.kind() == AmendmentKind.UNCHANGED));
    }

    @Test
    void a_row_is_shown_in_the_new_text_and_a_removed_one_in_the_old_text() {
        show(amended);
        vm.compareShown();
        CompareViewModel.Row storm = row("\u00b6 3 \u2192 \u00b6 4");
        vm.open(storm);
        var loaded = f.w.document().loadedDocumentProperty().get();
        assertEquals(amended.id(), loaded.view().document().id());
        var spot = f.w.document().spotProperty().get();
        assertTrue(loaded.view().text().substring(spot.start(), spot.end()).contains("late November 2022"));

        vm.setFilter(CompareViewModel.Filter.REMOVED);
        vm.open(row("\u00b6 6"));
        loaded = f.w.document().loadedDocumentProperty().get();
        assertEquals(original.id(), loaded.view().document().id(), "a removed paragraph is only in the earlier version");
        spot = f.w.document().spotProperty().get();
        assertTrue(loaded.view().text().substring(spot.start(), spot.end()).contains("owed a duty of care"));
    }

    @Test
    void the_same_version_twice_is_refused_and_another_case_forgets_the_comparison() {
        show(amended);
        vm.compareShown();
        vm.choose(amended, amended);
        assertTrue(vm.statusProperty().get().startsWith("Choose two different versions"), vm.statusProperty().get());
        assertTrue(vm.rows().isEmpty());
        assertFalse(vm.exportableProperty().get());

        vm.choose(original, amended);
        assertTrue(vm.exportableProperty().get());
        f.w.caseFiles().openCase(f.caseId); // the demo case: one complaint
        assertNull(vm.oldDocumentProperty().get());
        assertTrue(vm.rows().isEmpty());
        assertFalse(vm.availableProperty().get(), "one complaint: nothing to compare");
        vm.compareShown();
        assertTrue(vm.statusProperty().get().startsWith("Compare needs two complaints"), vm.statusProperty().get());
    }

    @Test
    void the_redline_is_written_as_word_and_a_failure_leaves_no_file() throws Exception {
        show(amended);
        vm.compareShown();
        Path docx = dir.resolve("redline.docx");
        vm.exportRedline(Redline.Format.DOCX, docx);
        assertTrue(f.dialogs.errors.isEmpty(), f.dialogs.errors.toString());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            assertTrue(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .anyMatch(r -> r.isStrikeThrough() && r.text().contains("storm")), "the deleted word is struck through");
        }

        Path blocked = dir.resolve("a-file");
        Files.writeString(blocked, "not a folder");
        Path target = blocked.resolve("redline.pdf");
        vm.exportRedline(Redline.Format.PDF, target);
        assertEquals(1, f.dialogs.errors.size());
        assertTrue(f.dialogs.errors.get(0).contains("The redline could not be written"), f.dialogs.errors.toString());
        assertFalse(Files.exists(target));
        try (var left = Files.list(dir)) {
            assertEquals(2, left.count(), "no temporary file is left behind");
        }
    }
}
