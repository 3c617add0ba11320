package org.claimbench.ui.casefiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.claimbench.ui.session.WorkbenchFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFilesViewModelTest {

    @TempDir
    Path dir;

    final WorkbenchFixture f = new WorkbenchFixture();
    final CaseFilesViewModel vm = f.w.caseFiles();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void a_deleted_case_comes_back_until_the_window_closes() {
        String title = f.snapshot().legalCase().title();
        vm.deleteCase();
        assertNull(f.snapshot(), "the only case is gone");
        assertNotNull(vm.deletedCaseProperty().get());
        assertTrue(vm.caseList().isEmpty());
        vm.restoreDeletedCase();
        assertEquals(title, f.snapshot().legalCase().title());
        assertNull(vm.deletedCaseProperty().get());
        assertEquals(1, vm.caseList().size());
    }

    @Test
    void a_case_file_written_and_opened_again_asks_and_keeps_both() throws Exception {
        Path file = dir.resolve("roe.claimcase");
        vm.exportCase(file);
        assertTrue(Files.size(file) > 0);
        f.dialogs.choice = 0; // keep both
        vm.openCaseFile(file);
        assertEquals(1, f.dialogs.choices.size(), "the case is already here: the user is asked");
        assertEquals(java.util.List.of("Keep both", "Replace"), f.dialogs.actions.get(0), "keeping both comes first, as the default");
        assertEquals(2, vm.caseList().size());
        assertTrue(f.w.session().noticeProperty().get().startsWith("Opened roe.claimcase"));
        assertTrue(f.snapshot().legalCase().title().endsWith(" (2)"), "the copy is told apart: " + f.snapshot().legalCase().title());
    }

    @Test
    void replacing_a_case_asks_again_and_the_case_it_replaced_can_be_restored() throws Exception {
        Path file = dir.resolve("roe.claimcase");
        vm.exportCase(file);
        String title = f.snapshot().legalCase().title();
        long before = f.snapshot().legalCase().id();
        f.dialogs.choice = 1; // replace
        f.dialogs.confirm = false; // …then think better of it
        vm.openCaseFile(file);
        assertEquals(1, f.dialogs.confirmations.size(), "replacing is confirmed first");
        assertEquals(1, vm.caseList().size());
        assertEquals(before, f.snapshot().legalCase().id(), "nothing was replaced");

        f.dialogs.confirm = true;
        vm.openCaseFile(file);
        assertEquals(1, vm.caseList().size(), "the file's version took the place of the case here");
        assertTrue(before != f.snapshot().legalCase().id());
        assertEquals(title, f.snapshot().legalCase().title());
        assertNotNull(vm.deletedCaseProperty().get(), "the case it replaced can be brought back");
        assertTrue(f.w.session().noticeProperty().get().contains("Restore deleted case"), f.w.session().noticeProperty().get());
        vm.restoreDeletedCase();
        assertEquals(2, vm.caseList().size());
    }

    @Test
    void a_sealed_case_file_asks_for_its_password() throws Exception {
        Path file = dir.resolve("sealed.claimcase");
        vm.exportCase(file, "correct horse".toCharArray());
        f.dialogs.password = "correct horse".toCharArray();
        f.dialogs.choice = 0;
        vm.openCaseFile(file);
        assertEquals(2, vm.caseList().size());
    }

    @Test
    void a_damaged_case_file_is_explained_and_changes_nothing() throws Exception {
        Path file = dir.resolve("bad.claimcase");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        vm.openCaseFile(file);
        assertEquals(1, f.dialogs.errors.size());
        assertTrue(f.dialogs.errors.get(0).startsWith("Cannot open bad.claimcase"), f.dialogs.errors.toString());
        assertEquals(1, vm.caseList().size());
    }

    @Test
    void the_case_properties_are_an_undoable_edit() {
        vm.editCaseProperties("Roe v. Meridian (renamed)", "N.D. Cal.", "3:26-cv-00001", null, java.util.List.of("Jane Roe"),
                java.util.List.of("Meridian Cloud, Inc."));
        assertEquals("Roe v. Meridian (renamed)", f.stored().legalCase().title());
        f.w.edits().undo();
        assertTrue(!f.stored().legalCase().title().endsWith("(renamed)"));
    }

    @Test
    void a_new_case_without_a_title_is_an_untitled_case_and_says_how_to_rename_it() {
        vm.newCase("   ");
        assertEquals(CaseFilesViewModel.UNTITLED, f.snapshot().legalCase().title());
        assertTrue(f.w.session().noticeProperty().get().contains("renames it"), f.w.session().noticeProperty().get());
        vm.newCase("  Doe v. Acme  ");
        assertEquals("Doe v. Acme", f.snapshot().legalCase().title());
    }

    @Test
    void a_duplicate_is_opened_as_a_copy() {
        vm.duplicateCase();
        assertTrue(f.snapshot().legalCase().title().endsWith("(copy)"));
        assertEquals(2, vm.caseList().size());
    }

    @Test
    void a_case_opened_again_shows_the_document_node_and_passage_left_selected_in_it() {
        var s = f.snapshot();
        var exhibit = s.documents().get(s.documents().size() - 1);
        var node = s.outline().get(s.outline().size() - 1);
        var passage = s.passages().stream().filter(p -> p.documentId() == exhibit.id()).findFirst().orElse(s.passages().get(0));
        f.w.session().selectedNodeProperty().set(node); // (choosing a node shows its first passage's document)
        f.w.session().selectedDocumentProperty().set(exhibit);
        f.w.session().selectedPassageProperty().set(passage);
        vm.newCase("Lindqvist v. Orchard Homes");
        assertTrue(f.snapshot().legalCase().id() != f.caseId);
        vm.openCase(f.caseId);
        assertEquals(exhibit.id(), f.w.session().selectedDocumentProperty().get().id());
        assertEquals(node.id(), f.w.session().selectedNodeProperty().get().id());
        assertEquals(passage.id(), f.w.session().selectedPassageProperty().get().id());
    }

    @Test
    void the_case_is_exported_as_a_refi_qda_project_and_as_web_annotations() throws Exception {
        Path qdpx = dir.resolve("out/roe.qdpx");
        vm.exportQdpx(qdpx);
        var project = org.claimbench.service.QdpxRules.check(Files.readAllBytes(qdpx));
        assertTrue(!project.all("PlainTextSelection").isEmpty());
        assertEquals("Exported the case to " + qdpx, f.w.session().noticeProperty().get());

        Path json = dir.resolve("roe.jsonld");
        vm.exportAnnotations(json);
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        assertEquals("http://www.w3.org/ns/anno.jsonld", root.path("@context").asText());
        assertEquals(project.all("PlainTextSelection").size(), root.path("first").path("items").size());
    }

    @Test
    void an_export_that_cannot_be_written_is_explained_and_leaves_nothing() throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        vm.exportQdpx(blocker.resolve("roe.qdpx"));
        assertEquals(1, f.dialogs.errors.size(), "the failure reaches the user");
        assertTrue(f.dialogs.errors.get(0).contains("The REFI-QDA project could not be written"), f.dialogs.errors.get(0));
        assertTrue(!Files.exists(blocker.resolve("roe.qdpx")));
    }

    @Test
    void a_refi_qda_project_becomes_a_new_case_after_the_user_says_what_its_codes_become() throws Exception {
        Path qdpx = dir.resolve("roe.qdpx");
        vm.exportQdpx(qdpx);
        long before = f.snapshot().legalCase().id();
        java.util.List<org.claimbench.service.QdpxImport.Project> asked = new java.util.ArrayList<>();
        vm.importQdpx(qdpx, (name, project) -> {
            asked.add(project);
            return java.util.Optional.empty(); // cancelled: nothing is stored
        });
        assertEquals(1, asked.size());
        assertEquals(1, vm.caseList().size());
        vm.importQdpx(qdpx, (name, project) -> java.util.Optional.of(org.claimbench.service.QdpxImport.Levels.DEFAULT));
        assertEquals(2, vm.caseList().size());
        assertTrue(f.snapshot().legalCase().id() != before, "the new case is open");
        assertEquals(asked.get(0).selectionCount(), f.snapshot().passages().size());
        assertTrue(f.w.session().noticeProperty().get().startsWith("Imported roe.qdpx: "), f.w.session().noticeProperty().get());

        Path bad = dir.resolve("bad.qdpx");
        Files.writeString(bad, "<Project/>");
        vm.importQdpx(bad, (name, project) -> java.util.Optional.of(org.claimbench.service.QdpxImport.Levels.DEFAULT));
        assertTrue(f.dialogs.errors.get(0).contains("bad.qdpx is not a REFI-QDA project"), f.dialogs.errors.get(0));
        assertEquals(2, vm.caseList().size());
    }

    @Test
    void web_annotations_are_added_as_one_edit_that_undo_takes_back() throws Exception {
        Path json = dir.resolve("roe.jsonld");
        vm.exportAnnotations(json);
        long document = f.complaint().id();
        int before = f.snapshot().passages().size();
        long onIt = f.snapshot().passages().stream().filter(p -> p.documentId() == document).count();
        vm.importAnnotations(json, document);
        assertEquals(before + onIt, f.snapshot().passages().size());
        assertTrue(f.w.session().noticeProperty().get().contains(onIt + " exact"), f.w.session().noticeProperty().get());
        f.w.edits().undo();
        assertEquals(before, f.snapshot().passages().size(), "undo takes them all back");
        f.w.edits().redo();
        assertEquals(before + onIt, f.snapshot().passages().size());

        assertEquals(java.util.List.of("Web annotations not imported"), f.dialogs.choices, "those of the demo's other documents are listed");
        f.dialogs.choices.clear();
        Path lost = dir.resolve("lost.json");
        Files.writeString(lost, "{\"type\":\"Annotation\",\"target\":{\"selector\":{\"type\":\"TextQuoteSelector\","
                + "\"exact\":\"the quarterly zebra migration of umbrellas\"}}}");
        vm.importAnnotations(lost, document);
        assertEquals(java.util.List.of("Web annotations to review"), f.dialogs.choices, "the one not found goes to the review queue");
        assertEquals(before + onIt, f.snapshot().passages().size());
        assertEquals(1, f.snapshot().annotationsQueued().size(), "it waits in the queue");
        assertEquals(1, f.snapshot().waitingCount());

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"type\": \"Person\"}");
        vm.importAnnotations(bad, document);
        assertTrue(f.dialogs.errors.get(0).contains("is not a file of web annotations"), f.dialogs.errors.get(0));
        assertEquals(before + onIt, f.snapshot().passages().size());
    }
}
