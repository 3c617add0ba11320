package org.claimbench.ui.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.ResponseStatus;
import org.claimbench.ui.session.WorkbenchFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The evidence pane's line on what the Answer says of the selected allegation, with the response's words. */
class AnswerEvidenceTest {

    final WorkbenchFixture f = new WorkbenchFixture();
    final EvidenceViewModel vm = f.w.evidence();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void the_selected_allegation_has_the_answers_line_and_words() {
        OutlineNode denied = f.node(NodeKind.ALLEGATION, "\u00b6 29 ");
        assertNull(vm.answerOf(denied), "no Answer read yet");
        f.readAnswer(Map.of("29", ResponseStatus.DENIED, "17", ResponseStatus.ADMITTED_IN_PART)::get);
        assertEquals("denied (\u00b6 29)", vm.answerOf(denied).describe());

        List<String> read = new ArrayList<>();
        vm.loadAnswerWords(denied, (n, words) -> {
            assertEquals(denied, n);
            read.addAll(words);
        });
        assertEquals(List.of("\u00b6 29: Denied \u2014 numbered\n\u201cDenied.\u201d"), read);

        OutlineNode part = f.node(NodeKind.ALLEGATION, "\u00b6 17 ");
        read.clear();
        vm.loadAnswerWords(part, (n, words) -> read.addAll(words));
        assertEquals(1, read.size());
        assertTrue(read.get(0).startsWith("\u00b6 17: Admitted in part \u2014 numbered\nAdmitted: that Meridian assigned an account executive"),
                read.get(0));
        assertTrue(read.get(0).endsWith("\u201c" + WorkbenchFixture.sentence(ResponseStatus.ADMITTED_IN_PART) + "\u201d"), read.get(0));

        OutlineNode silent = f.node(NodeKind.ALLEGATION, "\u00b6 13 ");
        assertEquals("not answered (\u00b6 13)", vm.answerOf(silent).describe());
        read.clear();
        vm.loadAnswerWords(silent, (n, words) -> read.addAll(words));
        assertEquals(List.of("\u00b6 13: Not answered"), read);
    }

    @Test
    void a_count_shows_what_the_answer_says_of_the_headings() throws Exception {
        OutlineNode count = f.node(NodeKind.COUNT, "Count I");
        List<EvidenceViewModel.HeadingsAnswer> read = new ArrayList<>();
        assertTrue(!vm.loadHeadingsAnswer(count, (n, h) -> read.add(h)), "no Answer read yet");
        String words = "ANSWER\n\nDefendant answers the Complaint as follows.\n\nThe headings of the Complaint are not allegations "
                + "and require no response. To the extent a response is required, they are denied.\n\n1. Admitted.\n";
        f.services.importer().importBytesChecked(f.caseId, "answer.txt", words.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                org.claimbench.domain.DocumentKind.ANSWER, null, org.claimbench.ingest.OcrOptions.DEFAULT, f.complaint().id(),
                org.claimbench.ingest.Progress.NONE);
        f.w.session().reload(org.claimbench.ui.session.Selection.KEEP);

        assertTrue(vm.loadHeadingsAnswer(count, (n, h) -> {
            assertEquals(count, n);
            read.add(h);
        }));
        assertEquals(1, read.size());
        assertTrue(read.get(0).words().startsWith("The headings: "), read.get(0).words());
        assertTrue(read.get(0).words().contains("\u201cThe headings of the Complaint are not allegations"), read.get(0).words());
        assertTrue(!vm.loadHeadingsAnswer(f.node(NodeKind.ALLEGATION, "\u00b6 29 "), (n, h) -> read.add(h)),
                "an allegation is answered by its paragraph, not by the headings");
        assertEquals(1, read.size());
    }
}
