package org.claimbench.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.claimbench.domain.CarryDecision;
import org.claimbench.domain.CarryState;
import org.claimbench.domain.Document;
import org.claimbench.domain.Passage;
import org.claimbench.domain.PassageCarry;
import org.claimbench.ui.session.WorkbenchFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review queue of an amended complaint: each decision through the edit controller, undone and redone; the outline's marks. */
class ReviewViewModelTest {

    @TempDir
    Path dir;

    final WorkbenchFixture f = new WorkbenchFixture();
    final ReviewViewModel vm = f.w.review();
    AshdownCase ashdown;
    Document amended;

    @BeforeEach
    void setUp() throws Exception {
        ashdown = new AshdownCase(f, dir);
        amended = ashdown.importAmended();
        vm.setActive(true);
    }

    @AfterEach
    void close() {
        f.close();
    }

    ReviewViewModel.Item item(String passage) {
        long old = ashdown.passages.get(passage).id();
        long carry = f.snapshot().carries().stream().filter(c -> c.passageId() == old).findFirst().orElseThrow().id();
        return vm.items().stream().filter(i -> i.carryId() == carry).findFirst().orElseThrow(() -> new AssertionError(passage + " is not listed"));
    }

    CarryDecision decision(String passage) {
        long old = ashdown.passages.get(passage).id();
        return f.snapshot().carries().stream().filter(c -> c.passageId() == old).findFirst().map(PassageCarry::decision).orElseThrow();
    }

    @Test
    void theQueueListsTheChangedAndTheLostHighlightsWithTheirWordsCompared() {
        assertEquals(2, vm.waitingProperty().get());
        assertEquals(2, vm.items().size());
        assertEquals("2 highlights wait for review", vm.summaryProperty().get());
        ReviewViewModel.Item storm = item("storm");
        assertEquals(CarryState.CHANGED, storm.state());
        assertEquals("changed", storm.stateLabel());
        assertTrue(storm.offered());
        assertEquals(amended.id(), storm.documentId());
        assertTrue(storm.similarityLabel().matches("\\d{1,3}%"), storm.similarityLabel());
        String changedNow = storm.diff().after().stream().filter(WordDiff.Piece::changed).map(WordDiff.Piece::text)
                .collect(Collectors.joining("|"));
        assertTrue(changedNow.contains("late"), changedNow);
        String changedBefore = storm.diff().before().stream().filter(WordDiff.Piece::changed).map(WordDiff.Piece::text)
                .collect(Collectors.joining("|"));
        assertTrue(changedBefore.contains("storm"), changedBefore);
        assertEquals(storm.oldWords(), storm.diff().before().stream().map(WordDiff.Piece::text).collect(Collectors.joining()),
                "the pieces are the words");

        ReviewViewModel.Item duty = item("duty");
        assertEquals("not found", duty.stateLabel());
        assertFalse(duty.offered());
        assertEquals("\u2014", duty.similarityLabel());
    }

    @Test
    void confirmTakesTheOfferAndUndoAndRedoWorkThroughTheEditController() {
        vm.confirm(item("storm"));
        assertEquals(CarryDecision.CONFIRMED, decision("storm"));
        assertEquals(1, vm.items().size(), "the list is read again with the case");
        assertEquals(1, vm.waitingProperty().get());
        assertTrue(f.w.edits().undoStack().canUndoProperty().get());

        vm.undo();
        assertEquals(CarryDecision.PENDING, decision("storm"));
        assertEquals(2, vm.items().size());
        vm.redo();
        assertEquals(CarryDecision.CONFIRMED, decision("storm"));
        assertEquals(1, vm.items().size());
        f.w.edits().undo(); // the main window's undo takes it back too
        assertEquals(2, vm.items().size());
    }

    @Test
    void nothingOfferedCannotBeConfirmed() {
        vm.confirm(item("duty"));
        assertEquals(CarryDecision.PENDING, decision("duty"));
        assertTrue(f.w.session().noticeProperty().get().contains("Re-select"), f.w.session().noticeProperty().get());
        assertTrue(f.dialogs.errors.isEmpty(), f.dialogs.errors.toString());
    }

    @Test
    void reselectTakesTheWordsSelectedInTheNewVersion() {
        ReviewViewModel.Item duty = item("duty");
        vm.reselect(duty);
        assertEquals(CarryDecision.PENDING, decision("duty"), "nothing is selected yet");
        assertTrue(f.w.session().noticeProperty().get().startsWith("Select the words in \u201cFirst Amended Complaint\u201d"),
                f.w.session().noticeProperty().get());

        vm.show(duty);
        assertEquals(amended.id(), f.w.document().loadedDocumentProperty().get().view().document().id(), "Show in text opens the new version");
        String text = f.w.document().loadedDocumentProperty().get().view().text();
        int at = text.indexOf("promise to haul");
        f.w.document().selectionChanged(at, at + "promise to haul".length());
        vm.reselect(duty);
        assertEquals(CarryDecision.RESELECTED, decision("duty"));
        long oldId = ashdown.passages.get("duty").id();
        PassageCarry carry = f.snapshot().carries().stream().filter(c -> c.passageId() == oldId).findFirst().orElseThrow();
        Passage made = f.snapshot().passages().stream().filter(p -> p.id() == carry.carriedPassageId()).findFirst().orElseThrow();
        assertEquals("promise to haul", made.quote());
        assertEquals(amended.id(), made.documentId());

        vm.undo();
        assertEquals(CarryDecision.PENDING, decision("duty"));
        assertTrue(f.snapshot().passages().stream().noneMatch(p -> p.id() == made.id()), "undo takes the passage away");
        vm.redo();
        assertEquals(CarryDecision.RESELECTED, decision("duty"));
    }

    @Test
    void dropLetsTheHighlightGoAndAnEmptyQueueSaysSo() {
        vm.drop(item("duty"));
        vm.drop(item("storm"));
        assertEquals(CarryDecision.DROPPED, decision("duty"));
        assertEquals(CarryDecision.DROPPED, decision("storm"));
        assertTrue(vm.items().isEmpty());
        assertEquals(0, vm.waitingProperty().get());
        assertEquals(ReviewViewModel.NOTHING_WAITS, vm.summaryProperty().get());
        vm.undo();
        assertEquals(1, vm.items().size());
        assertEquals(CarryDecision.PENDING, decision("storm"));
    }

    @Test
    void theOutlineMarksTheAllegationWhoseHighlightWaits() {
        long allegation = ashdown.allegation.id();
        assertEquals(Map.of(allegation, 1), f.w.outline().waiting(), "storm waits; promise was carried as it was");
        assertEquals("1 highlight waits in the review queue after the amendment", f.w.outline().waitingNote(allegation));
        assertNull(f.w.outline().waitingNote(f.firstAllegation().id() == allegation ? -1 : f.firstAllegation().id()));
        assertTrue(f.w.outline().waiting() == f.w.outline().waiting(), "computed once per snapshot");

        vm.confirm(item("storm"));
        assertEquals(Map.of(), f.w.outline().waiting());
        assertNull(f.w.outline().waitingNote(allegation));
    }

    @Test
    void theWordsAreComparedWordByWord() {
        WordDiff.Result r = WordDiff.of("In November 2022 the marina left", "In late November 2022, the marina kept");
        assertEquals(List.of(new WordDiff.Piece("In November 2022 the marina ", false), new WordDiff.Piece("left", true)), r.before());
        assertEquals(List.of(new WordDiff.Piece("In ", false), new WordDiff.Piece("late ", true),
                new WordDiff.Piece("November 2022, the marina ", false), new WordDiff.Piece("kept", true)), r.after());
    }
}
