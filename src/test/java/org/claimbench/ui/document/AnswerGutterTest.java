package org.claimbench.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.claimbench.domain.ResponseStatus;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.claimbench.ui.session.WorkbenchFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Answer's response beside each numbered paragraph of the complaint it answers. */
class AnswerGutterTest {

    final WorkbenchFixture f = new WorkbenchFixture();
    final DocumentViewModel vm = f.w.document();

    static final Map<String, ResponseStatus> SAID = Map.of("16", ResponseStatus.ADMITTED, "17", ResponseStatus.ADMITTED_IN_PART,
            "29", ResponseStatus.DENIED, "30", ResponseStatus.WITHOUT_KNOWLEDGE, "39", ResponseStatus.NO_RESPONSE_REQUIRED);

    @AfterEach
    void close() {
        f.close();
    }

    ResponseGutter.Mark markOf(String paragraph) {
        LoadedDocument d = vm.loadedDocumentProperty().get();
        Segment s = d.view().segments().stream().filter(x -> x.kind() == SegmentKind.NUMBERED_PARAGRAPH && paragraph.equals(x.label()))
                .findFirst().orElseThrow();
        int line = d.lineOf(s.start());
        assertEquals(paragraph, d.gutter()[line], "the number stays in the gutter");
        return d.responses()[line];
    }

    @Test
    void a_complaint_no_answer_answers_has_no_responses_in_its_gutter() {
        assertNull(vm.loadedDocumentProperty().get().responses());
    }

    @Test
    void once_an_answer_is_read_each_paragraph_shows_its_response_with_the_words() {
        long complaint = f.complaint().id();
        f.readAnswer(SAID::get);
        LoadedDocument d = vm.loadedDocumentProperty().get();
        assertEquals(complaint, d.view().document().id(), "the complaint stays on show");
        assertNotNull(d.responses(), "the complaint is read again with the Answer's responses");

        ResponseGutter.Mark admitted = markOf("16");
        assertEquals(ResponseStatus.ADMITTED, admitted.status());
        assertTrue(admitted.tip().startsWith("\u00b6 16: Admitted \u2014 numbered"), admitted.tip());
        assertTrue(admitted.tip().contains("\u201cAdmitted.\u201d"), "the response's own words, read from the Answer: " + admitted.tip());

        ResponseGutter.Mark part = markOf("17");
        assertEquals(ResponseStatus.ADMITTED_IN_PART, part.status());
        assertTrue(part.tip().contains("Admitted: that Meridian assigned an account executive"), part.tip());
        assertTrue(part.tip().contains(WorkbenchFixture.sentence(ResponseStatus.ADMITTED_IN_PART)), part.tip());

        assertEquals(ResponseStatus.DENIED, markOf("29").status());
        assertEquals(ResponseStatus.WITHOUT_KNOWLEDGE, markOf("30").status());
        assertEquals(ResponseStatus.NO_RESPONSE_REQUIRED, markOf("39").status());
        ResponseGutter.Mark silent = markOf("1");
        assertEquals(ResponseStatus.NOT_ANSWERED, silent.status());
        assertEquals("\u2013", silent.status().letter());
        assertEquals("\u00b6 1: Not answered", silent.tip(), "no words for a paragraph the Answer does not answer");
    }

    @Test
    void the_answer_itself_has_no_responses_in_its_gutter() {
        var answer = f.readAnswer(SAID::get);
        f.w.session().selectedDocumentProperty().set(answer);
        assertEquals(answer.id(), vm.loadedDocumentProperty().get().view().document().id());
        assertNull(vm.loadedDocumentProperty().get().responses());
    }

    @Test
    void what_the_answer_says_of_the_headings_the_prayer_and_unnumbered_text_goes_beside_them() throws Exception {
        long complaint = f.complaint().id();
        String words = "ANSWER\n\nDefendant answers the Complaint as follows.\n\nDefendant denies the allegations of the unnumbered "
                + "introductory paragraph of the Complaint.\n\nThe headings of the Complaint are not allegations and require no response.\n\n"
                + "1. Admitted.\n\nDefendant denies that Plaintiff is entitled to the relief requested in the prayer.\n";
        var answer = f.services.importer().importBytesChecked(f.caseId, "answer.txt", words.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                org.claimbench.domain.DocumentKind.ANSWER, null, org.claimbench.ingest.OcrOptions.DEFAULT, complaint,
                org.claimbench.ingest.Progress.NONE).document();
        f.w.session().reload(org.claimbench.ui.session.Selection.KEEP);
        LoadedDocument d = vm.loadedDocumentProperty().get();
        assertEquals(complaint, d.view().document().id());
        assertEquals(ResponseStatus.ADMITTED, markOf("1").status());
        int headings = 0;
        int prayers = 0;
        int unnumbered = 0;
        for (Segment s : d.view().segments()) {
            ResponseGutter.Mark m = d.responses()[d.lineOf(s.start())];
            switch (s.kind()) {
                case HEADING, COUNT_HEADING -> {
                    headings++;
                    assertEquals(ResponseStatus.NO_RESPONSE_REQUIRED, m.status(), s.label() + " " + s.kind());
                    assertTrue(m.tip().startsWith("The headings: No response required"), m.tip());
                    assertTrue(!m.tip().toLowerCase(java.util.Locale.ROOT).contains("no response required \u2014 no response required"),
                            "the status is said once: " + m.tip());
                    assertTrue(m.tip().contains("\u201cThe headings of the Complaint are not allegations"), m.tip());
                }
                case PRAYER -> {
                    prayers++;
                    assertEquals(ResponseStatus.DENIED, m.status());
                    assertTrue(m.tip().startsWith("The prayer for relief: Denied"), m.tip());
                    assertTrue(m.tip().contains("relief requested in the prayer"), m.tip());
                }
                case OTHER, JURY_DEMAND -> {
                    unnumbered++;
                    assertEquals(ResponseStatus.DENIED, m.status());
                    assertTrue(m.tip().startsWith("Unnumbered text: Denied"), m.tip());
                }
                case CAPTION, SIGNATURE -> assertNull(m, "the caption and the signature are answered by nothing");
                default -> {
                }
            }
        }
        assertTrue(headings > 0 && prayers == 1 && unnumbered > 0, headings + " headings, " + prayers + " prayer, " + unnumbered + " unnumbered");

        f.w.session().selectedDocumentProperty().set(answer);
        assertNull(vm.loadedDocumentProperty().get().responses(), "the Answer's own gutter stays plain");
    }
}
