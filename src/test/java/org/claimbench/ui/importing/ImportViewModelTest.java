package org.claimbench.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.claimbench.domain.DocumentKind;
import org.claimbench.ui.session.WorkbenchFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {

    @TempDir
    Path dir;

    final WorkbenchFixture f = new WorkbenchFixture();
    final ImportViewModel vm = f.w.importing();

    @AfterEach
    void close() {
        f.close();
    }

    static final String COMPLAINT = """
            UNITED STATES DISTRICT COURT
            DISTRICT OF NOWHERE

            PAT QUILL,
                Plaintiff,
            v.
            HARBOR LEDGER LLC,
                Defendant.

            COMPLAINT

            1. Plaintiff Pat Quill lives in Nowhere County.
            2. Defendant Harbor Ledger LLC keeps books for small shops.
            3. Defendant lost the ledgers Plaintiff handed over in 2025.

            COUNT I - NEGLIGENCE

            4. Plaintiff repeats paragraphs 1 through 3.
            5. Defendant owed Plaintiff a duty of care and breached it.

            WHEREFORE, Plaintiff asks for damages.
            """;

    @Test
    void an_import_runs_as_long_work_and_shows_the_new_document_in_the_open_case() throws Exception {
        Path file = dir.resolve("quill.txt");
        Files.writeString(file, COMPLAINT);
        assertEquals(DocumentKind.EXHIBIT, vm.suggestedKind(), "the demo case has its complaint already");
        int documents = f.snapshot().documents().size();
        vm.importFile(file, DocumentKind.AMENDED_COMPLAINT, "Quill complaint");
        assertEquals(1, f.tasks.longTasks);
        assertEquals(documents + 1, f.snapshot().documents().size());
        assertEquals("Quill complaint", f.w.session().selectedDocumentProperty().get().title());
        assertTrue(f.w.session().noticeProperty().get().startsWith("Imported quill.txt"), f.w.session().noticeProperty().get());
    }

    @Test
    void with_no_case_open_the_import_makes_a_case_of_its_own() throws Exception {
        Path file = dir.resolve("quill.txt");
        Files.writeString(file, COMPLAINT);
        f.w.session().clear();
        assertNull(vm.importTarget());
        assertEquals(DocumentKind.COMPLAINT, vm.suggestedKind());
        vm.importFile(file, DocumentKind.COMPLAINT, "Quill v. Harbor Ledger");
        assertTrue(f.snapshot().legalCase().id() != f.caseId, "a new case");
        assertEquals(1, f.snapshot().documents().size());
    }

    @Test
    void a_file_that_cannot_be_read_is_explained_and_nothing_is_kept() throws Exception {
        Path file = dir.resolve("broken.pdf");
        Files.writeString(file, "%PDF-1.7\nthis is not really a PDF");
        int documents = f.stored().documents().size();
        vm.importFile(file, DocumentKind.EXHIBIT, null);
        assertEquals(documents, f.stored().documents().size());
        assertEquals(1, f.dialogs.errors.size(), f.dialogs.errors.toString());
        assertTrue(f.dialogs.errors.get(0).startsWith("Cannot import broken.pdf"), f.dialogs.errors.toString());
    }

    @Test
    void a_complaint_without_numbered_paragraphs_is_refused_and_offers_the_layout_view() throws Exception {
        Path file = dir.resolve("letter.txt");
        Files.writeString(file, "Dear Sir,\n\nThank you for your letter of March.\n\nYours,\nPat\n");
        LayoutReading[] shown = new LayoutReading[1];
        vm.setLayoutShower(r -> shown[0] = r);
        f.dialogs.choice = 0;
        vm.importFile(file, DocumentKind.COMPLAINT, null);
        assertEquals(1, f.dialogs.choices.size());
        assertTrue(f.dialogs.choices.get(0).startsWith("Cannot import letter.txt"));
        assertEquals("letter.txt", shown[0].name());
    }

    @Test
    void a_complaint_offered_to_the_demo_case_is_proposed_as_a_complaint_in_a_case_of_its_own() throws Exception {
        Path file = dir.resolve("quill.txt");
        Files.writeString(file, COMPLAINT);
        ImportViewModel.Proposal[] heard = new ImportViewModel.Proposal[1];
        vm.propose(file, p -> heard[0] = p);
        assertEquals(DocumentKind.COMPLAINT, heard[0].kind(), "its caption says what it is");
        assertTrue(heard[0].newCase(), "not into the fictional demo case");
        assertEquals(f.snapshot().legalCase().title(), heard[0].openCase());

        vm.importFile(file, heard[0].kind(), null, heard[0].newCase());
        assertTrue(f.snapshot().legalCase().id() != f.caseId, "a case of its own");
        assertEquals("Pat Quill v. Harbor Ledger LLC", f.snapshot().legalCase().title());
        assertEquals(java.util.List.of("DEFENDANT Harbor Ledger LLC", "PLAINTIFF Pat Quill"), f.snapshot().parties().stream()
                .map(p -> p.role() + " " + p.name()).sorted().toList(), "the parties of its caption");
        assertEquals("UNITED STATES DISTRICT COURT, DISTRICT OF NOWHERE", f.snapshot().legalCase().court());
    }

    @Test
    void an_exhibit_offered_to_the_open_case_goes_into_it() throws Exception {
        Path file = dir.resolve("receipt.txt");
        Files.writeString(file, "EXHIBIT C\n\nReceipt for ledgers handed over on March 3.\n");
        ImportViewModel.Proposal[] heard = new ImportViewModel.Proposal[1];
        vm.propose(file, p -> heard[0] = p);
        assertEquals(DocumentKind.EXHIBIT, heard[0].kind());
        assertEquals(false, heard[0].newCase());
    }

    @Test
    void an_amended_complaint_carries_the_highlights_of_the_complaint_it_amends_and_offers_the_review_queue() throws Exception {
        var ashdown = new org.claimbench.ui.review.AshdownCase(f, dir);
        boolean[] reviewed = {false};
        vm.setReviewShower(() -> reviewed[0] = true);
        f.dialogs.choice = 0;
        int before = f.tasks.longTasks;
        var amended = ashdown.importAmended();
        assertEquals(before + 1, f.tasks.longTasks, "imported and carried on one task of the long lane");
        assertEquals(amended.id(), f.w.session().selectedDocumentProperty().get().id(), "the case reopens on the new version");
        String notice = f.w.session().noticeProperty().get();
        assertTrue(notice.contains("Carried 4 highlights: 2 exact, 0 moved, 1 changed, 1 not found"), notice);
        assertEquals(4, f.snapshot().carries().size());
        assertEquals(java.util.List.of("Review waiting highlights"), f.dialogs.choices);
        assertEquals(java.util.List.of(ImportViewModel.REVIEW_NOW, "Later"), f.dialogs.actions.get(0));
        assertTrue(reviewed[0], "Review now opens the queue");
        assertEquals(2, f.w.review().waitingProperty().get());
    }

    @Test
    void an_amended_complaint_said_to_amend_nothing_carries_nothing() throws Exception {
        var ashdown = new org.claimbench.ui.review.AshdownCase(f, dir);
        vm.importFile(ashdown.amendedFile, DocumentKind.AMENDED_COMPLAINT, null, false, null);
        assertTrue(f.snapshot().carries().isEmpty());
        assertTrue(f.dialogs.choices.isEmpty());
    }

    @Test
    void the_dialog_proposes_to_amend_the_newest_pleading_for_an_amended_complaint_and_nothing_otherwise() throws Exception {
        var ashdown = new org.claimbench.ui.review.AshdownCase(f, dir);
        ImportViewModel.Proposal[] heard = new ImportViewModel.Proposal[1];
        vm.propose(ashdown.amendedFile, p -> heard[0] = p);
        assertEquals(DocumentKind.AMENDED_COMPLAINT, heard[0].kind(), "FIRST AMENDED COMPLAINT in its caption");
        assertEquals(java.util.List.of(ashdown.original.id()), heard[0].pleadings().stream().map(d -> d.id()).toList());
        assertEquals(ashdown.original.id(), heard[0].amendsFor(heard[0].kind()).id());
        assertNull(heard[0].amendsFor(DocumentKind.COMPLAINT));

        var amended = ashdown.importAmended();
        Path third = dir.resolve("ashdown-sac.txt");
        Files.writeString(third, org.claimbench.service.AmendmentServiceTest.AMENDED.replace("FIRST AMENDED", "SECOND AMENDED"));
        vm.propose(third, p -> heard[0] = p);
        assertEquals(java.util.List.of(amended.id(), ashdown.original.id()), heard[0].pleadings().stream().map(d -> d.id()).toList(),
                "newest first");
        assertEquals(amended.id(), heard[0].amendsFor(DocumentKind.AMENDED_COMPLAINT).id());
        assertTrue(ImportViewModel.mayAmend(DocumentKind.COMPLAINT) && !ImportViewModel.mayAmend(DocumentKind.EXHIBIT));
    }

    @Test
    void an_answer_is_read_against_the_complaint_it_answers() throws Exception {
        Path file = dir.resolve("answer.txt");
        Files.writeString(file, "ANSWER\n\n1. Admitted.\n\n2. Denied.\n\nDefendant denies each and every allegation not specifically admitted.\n");
        long complaint = f.complaint().id();
        vm.importFile(file, DocumentKind.ANSWER, "Answer", false, complaint);
        String said = f.w.session().noticeProperty().get();
        assertTrue(said.contains("The Answer, paragraph by paragraph: 1 admitted, ") && said.contains(" denied"), said);
        var responses = f.snapshot().responsesBySegment().values();
        assertEquals(1, responses.stream().filter(r -> r.status() == org.claimbench.domain.ResponseStatus.ADMITTED).count());
        assertTrue(responses.size() > 2, "every paragraph of the complaint has a response");
        assertTrue(responses.stream().noneMatch(r -> r.status() == org.claimbench.domain.ResponseStatus.NOT_ANSWERED),
                "the catch-all denial covers the rest");
    }
}
