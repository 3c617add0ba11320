package org.claimbench.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.ingest.FixturePdfs;
import org.claimbench.ingest.Progress;
import org.claimbench.service.ImportService;
import org.claimbench.ui.document.DocumentViewModel;
import org.claimbench.ui.session.DocumentCache;
import org.claimbench.ui.session.TaskRunner;
import org.claimbench.ui.session.WorkbenchFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchViewModelTest {

    /** A complaint of our own about spoiled flour. */
    static final String COMPLAINT = """
            UNITED STATES DISTRICT COURT
            DISTRICT OF NORTH FAIRMONT

            HARBOR MILL BAKERY LLC,
                      Plaintiff,
                 v.
            STONEGATE GRAIN CO.,
                      Defendant.

            Case No. 25-cv-00731

            COMPLAINT

            1. Plaintiff Harbor Mill Bakery LLC bakes bread in Port Ellery and buys its flour by the truckload.

            2. Defendant Stonegate Grain Co. mills wheat and sold Plaintiff the flour described below.

            3. On May 4, 2024, Stonegate delivered forty sacks of flour that smelled of mildew.

            COUNT I
            BREACH OF WARRANTY

            4. Stonegate warranted that the flour was fit for baking bread.
            """;

    /** Its amended version, filed on pleading paper, with one more paragraph. */
    static final String AMENDED = COMPLAINT.replace("\nCOMPLAINT\n", "\nFIRST AMENDED COMPLAINT\n").replace("fit for baking bread.",
            "fit for baking bread.\n\n5. The bakery threw away two days of dough because of the mildew.");

    static final String EXHIBIT = """
            EXHIBIT 1

            Delivery note of May 4, 2024: forty sacks of bread flour, lot 88-B, signed for by the night baker, who wrote that \
            the sacks smelled of mildew.
            """;

    final WorkbenchFixture f = new WorkbenchFixture();
    final SearchViewModel vm = f.w.search();
    long caseId;
    Document complaint;
    Document amended;
    Document exhibit;

    @BeforeEach
    void openTheFlourCase() throws Exception {
        caseId = f.services.cases().create("Harbor Mill v. Stonegate").id();
        ImportService importer = f.services.importer();
        complaint = importer.importBytes(caseId, "complaint.txt", COMPLAINT.getBytes(StandardCharsets.UTF_8), DocumentKind.COMPLAINT,
                "Complaint", Progress.NONE);
        exhibit = importer.importBytes(caseId, "exhibit-1.txt", EXHIBIT.getBytes(StandardCharsets.UTF_8), DocumentKind.EXHIBIT,
                "Exhibit 1 \u2014 delivery note", Progress.NONE);
        amended = importer.importBytes(caseId, "amended.pdf", FixturePdfs.pleadingPaper(AMENDED, "FIRST AMENDED COMPLAINT"),
                DocumentKind.AMENDED_COMPLAINT, "First amended complaint", Progress.NONE);
        f.w.caseFiles().openCase(caseId);
        assertEquals(3, f.w.session().documents().size());
    }

    @AfterEach
    void close() {
        f.close();
    }

    SearchViewModel.Hit hitIn(Document d) {
        return vm.hits().stream().filter(h -> h.documentId() == d.id()).findFirst()
                .orElseThrow(() -> new AssertionError("no hit in " + d.title() + ": " + vm.hits()));
    }

    @Test
    void a_phrase_is_found_in_every_document_of_the_case_with_its_paragraph_and_page_and_line() {
        vm.search("smelled of mildew", false, false, false);
        assertEquals("3 hits in 3 documents", vm.summaryProperty().get());
        assertFalse(vm.problemProperty().get());
        assertFalse(vm.searchingProperty().get());

        SearchViewModel.Hit inComplaint = hitIn(complaint);
        assertEquals("Complaint", inComplaint.documentTitle());
        assertEquals("\u00b6 3", inComplaint.where(), "the complaint was read from a text file: no page:line");
        assertEquals("smelled of mildew", inComplaint.snippet().match());
        assertTrue(inComplaint.snippet().before().endsWith("forty sacks of flour that "), inComplaint.snippet().before());

        SearchViewModel.Hit inAmended = hitIn(amended);
        assertTrue(inAmended.where().matches("\u00b6 3 \u00b7 \\d+:\\d+"), "paragraph and page:line of the pleading paper: " + inAmended.where());
        assertEquals("", hitIn(exhibit).where(), "the exhibit has no numbered paragraphs and no pages");

        vm.search("mildew", false, false, false);
        assertEquals("4 hits in 3 documents", vm.summaryProperty().get());
        assertEquals(List.of(complaint.id(), exhibit.id(), amended.id(), amended.id()),
                vm.hits().stream().map(SearchViewModel.Hit::documentId).toList(), "in the order of the case's documents, then of the text");
    }

    @Test
    void the_options_narrow_the_search_and_no_hits_says_so() {
        vm.search("STONEGATE", true, false, false);
        assertEquals(2, vm.hits().size(), "only the caption's capitals: " + vm.hits());
        vm.search("bake", false, true, false);
        assertEquals(List.of(), vm.hits(), "\u201cbake\u201d is no whole word of \u201cbakes\u201d or \u201cbakery\u201d");
        assertEquals("No hits for \u201cbake\u201d (whole word) in 3 documents.", vm.summaryProperty().get());
        vm.search("sacks?\\s+of\\s+(bread\\s+)?flour", false, false, true);
        assertEquals("3 hits in 3 documents", vm.summaryProperty().get());
    }

    @Test
    void a_bad_regular_expression_is_explained_in_the_summary_not_in_a_dialog() {
        vm.search("smelled (of mildew", false, false, true);
        assertTrue(vm.summaryProperty().get().startsWith("The regular expression is not valid"), vm.summaryProperty().get());
        assertTrue(vm.problemProperty().get());
        assertEquals(List.of(), vm.hits());
        assertEquals(List.of(), f.dialogs.errors);
    }

    @Test
    void picking_a_hit_opens_its_document_in_the_text_pane_with_the_hit_selected() {
        vm.search("lot 88-B", false, false, false);
        SearchViewModel.Hit hit = hitIn(exhibit);
        assertEquals(complaint.id(), f.w.document().loadedDocumentProperty().get().view().document().id(), "the complaint is on show");
        vm.open(hit);
        assertEquals(exhibit.id(), f.w.session().selectedDocumentProperty().get().id());
        assertEquals(exhibit.id(), f.w.document().loadedDocumentProperty().get().view().document().id());
        assertEquals(new DocumentViewModel.TextSpot(exhibit.id(), hit.start(), hit.end()), f.w.document().spotProperty().get());
        String text = f.w.document().loadedDocumentProperty().get().view().text();
        assertEquals("lot 88-B", text.substring(hit.start(), hit.end()));
    }

    @Test
    void a_newer_search_supersedes_one_still_running() {
        QueuedTasks queued = new QueuedTasks();
        SearchViewModel later = new SearchViewModel(f.w.session(), queued, f.w.edits(),
                new DocumentCache(f.services.documents(), f.services.wording()), f.w.document());
        later.search("flour", false, false, false);
        later.search("mildew", false, false, false);
        assertTrue(later.searchingProperty().get());
        assertTrue(later.summaryProperty().get().startsWith("Searching 3 documents"), later.summaryProperty().get());

        queued.runNewestFirst();
        assertEquals("4 hits in 3 documents", later.summaryProperty().get(), "the older search, done last, does not replace the newer");
        assertTrue(later.hits().stream().allMatch(h -> h.snippet().match().equals("mildew")), later.hits().toString());

        later.search("flour", false, false, false);
        later.search("dough", false, false, false);
        queued.runInOrder();
        assertEquals("1 hit in 1 document", later.summaryProperty().get());
        assertEquals("dough", later.hits().get(0).snippet().match());
        assertFalse(later.searchingProperty().get());
    }

    @Test
    void the_list_stops_at_a_thousand_hits_and_says_so() {
        vm.search("[\\s\\S]", true, false, true);
        assertEquals(SearchViewModel.MOST_HITS, vm.hits().size());
        assertTrue(vm.summaryProperty().get().startsWith("More than 1,000 hits in"), vm.summaryProperty().get());
        assertTrue(vm.summaryProperty().get().contains("the first 1,000 are listed"), vm.summaryProperty().get());
    }

    @Test
    void another_case_takes_the_hits_away() {
        vm.search("mildew", false, false, false);
        assertFalse(vm.hits().isEmpty());
        f.w.caseFiles().openCase(f.caseId);
        assertEquals(List.of(), vm.hits());
        assertEquals("", vm.summaryProperty().get());
    }

    /** Keeps each task until the test runs it, to let searches overlap. */
    static final class QueuedTasks implements TaskRunner {
        final List<Runnable> pending = new ArrayList<>();

        @Override
        public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            pending.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
        }

        void runNewestFirst() {
            List<Runnable> all = new ArrayList<>(pending);
            pending.clear();
            for (int i = all.size() - 1; i >= 0; i--) {
                all.get(i).run();
            }
        }

        void runInOrder() {
            List<Runnable> all = new ArrayList<>(pending);
            pending.clear();
            all.forEach(Runnable::run);
        }

        @Override
        public <T> void runLong(String description, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void cancel() {
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() { return new ReadOnlyBooleanWrapper().getReadOnlyProperty(); }

        @Override
        public ReadOnlyBooleanProperty cancellableProperty() { return new ReadOnlyBooleanWrapper().getReadOnlyProperty(); }

        @Override
        public ReadOnlyDoubleProperty progressProperty() { return new ReadOnlyDoubleWrapper().getReadOnlyProperty(); }

        @Override
        public ReadOnlyStringProperty messageProperty() { return new ReadOnlyStringWrapper().getReadOnlyProperty(); }
    }
}
