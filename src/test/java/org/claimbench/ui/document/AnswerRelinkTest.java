package org.claimbench.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.claimbench.domain.AnswerResponse;
import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.ResponseStatus;
import org.claimbench.ingest.OcrOptions;
import org.claimbench.ingest.Progress;
import org.claimbench.service.Unchanged;
import org.claimbench.store.StoreException;
import org.claimbench.ui.session.Selection;
import org.claimbench.ui.session.WorkbenchFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Document properties ▸ Answers: an Answer read again against another complaint of its case, undone and redone. */
class AnswerRelinkTest {

    final WorkbenchFixture f = new WorkbenchFixture();
    final DocumentViewModel vm = f.w.document();

    @AfterEach
    void close() {
        f.close();
    }

    static String orchard() throws Exception {
        try (var in = AnswerRelinkTest.class.getResourceAsStream("/fixtures/orchard-complaint.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    Document importing(String name, String text, DocumentKind kind, Long related) throws Exception {
        return f.services.importer().importBytesChecked(f.caseId, name, text.getBytes(StandardCharsets.UTF_8), kind, null, OcrOptions.DEFAULT,
                related, Progress.NONE).document();
    }

    @Test
    void the_answer_is_read_again_against_the_complaint_chosen_and_undo_puts_back_the_first_reading() throws Exception {
        Document demo = f.complaint();
        Document orchard = importing("orchard.txt", orchard(), DocumentKind.COMPLAINT, null);
        Document answer = importing("answer.txt", "ANSWER\n\nDefendant answers the Complaint as follows.\n\n1. Admitted.\n\n2. Denied.\n\n"
                + "3. Defendant lacks knowledge or information sufficient to form a belief about the allegations of paragraph 3.\n",
                DocumentKind.ANSWER, demo.id());
        f.w.session().reload(Selection.KEEP);
        List<AnswerResponse> first = f.store.answers().responses(answer.id());
        assertEquals(demo.id(), vm.answered(answer.id()).id(), "imported against the demo complaint");
        assertEquals(List.of(demo.id(), orchard.id()), vm.complaints().stream().map(Document::id).toList(), "the case's complaints to choose from");

        vm.answerAgainst(answer.id(), orchard.id());
        assertEquals(orchard.id(), f.store.answers().answers(answer.id()).orElseThrow());
        List<AnswerResponse> now = f.store.answers().responses(answer.id());
        assertEquals(17, now.size(), "one response per paragraph of the orchard complaint");
        assertEquals(List.of(ResponseStatus.ADMITTED, ResponseStatus.DENIED, ResponseStatus.WITHOUT_KNOWLEDGE, ResponseStatus.NOT_ANSWERED),
                now.stream().limit(4).map(AnswerResponse::status).toList(), "read again from the responses as pleaded");
        assertEquals(orchard.id(), vm.answered(answer.id()).id(), "the window's snapshot follows");
        assertEquals("Undo Change the complaint answered", f.w.edits().undoStack().undoLabelProperty().get());

        f.w.edits().undo();
        assertEquals(demo.id(), f.store.answers().answers(answer.id()).orElseThrow());
        assertEquals(first, f.store.answers().responses(answer.id()), "exactly the responses it had");
        assertEquals(demo.id(), vm.answered(answer.id()).id());
        f.w.edits().redo();
        assertEquals(now, f.store.answers().responses(answer.id()));

        vm.answerAgainst(answer.id(), orchard.id());
        assertEquals("Undo Change the complaint answered", f.w.edits().undoStack().undoLabelProperty().get());
        f.w.edits().undo();
        assertEquals(demo.id(), f.store.answers().answers(answer.id()).orElseThrow(), "the complaint it answers already was no second edit");
        assertTrue(f.dialogs.errors.isEmpty(), f.dialogs.errors.toString());
    }

    @Test
    void only_a_complaint_of_the_case_can_be_answered_and_each_refusal_says_why() throws Exception {
        Document demo = f.complaint();
        Document answer = importing("answer.txt", "ANSWER\n\n1. Admitted.\n\n2. Denied.\n", DocumentKind.ANSWER, demo.id());
        Document exhibit = importing("exhibit.txt", "EXHIBIT A\n\nA letter.\n", DocumentKind.EXHIBIT, null);
        var editor = f.services.editor();
        StoreException notComplaint = assertThrows(StoreException.class, () -> editor.answerAgainst(answer.id(), exhibit.id()));
        assertTrue(notComplaint.getMessage().contains("not a complaint"), notComplaint.getMessage());
        StoreException notAnswer = assertThrows(StoreException.class, () -> editor.answerAgainst(exhibit.id(), demo.id()));
        assertTrue(notAnswer.getMessage().contains("is not an Answer"), notAnswer.getMessage());
        long other = f.services.cases().create("Another case").id();
        Document elsewhere = f.services.importer().importBytesChecked(other, "c.txt", orchard()
                .getBytes(StandardCharsets.UTF_8), DocumentKind.COMPLAINT, null, OcrOptions.DEFAULT, null, Progress.NONE).document();
        StoreException otherCase = assertThrows(StoreException.class, () -> editor.answerAgainst(answer.id(), elsewhere.id()));
        assertTrue(otherCase.getMessage().contains("not a document of this Answer's case"), otherCase.getMessage());
        assertThrows(Unchanged.class, () -> editor.answerAgainst(answer.id(), demo.id()));

        f.w.session().reload(Selection.KEEP);
        vm.answerAgainst(answer.id(), exhibit.id());
        assertEquals(1, f.dialogs.errors.size() + f.dialogs.failures.size(), "the window shows the refusal");
        assertEquals(demo.id(), f.store.answers().answers(answer.id()).orElseThrow(), "and nothing changed");
        assertNull(vm.answered(exhibit.id()));
    }
}
