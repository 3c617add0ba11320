package org.claimbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.claimbench.analysis.AnswerReading;
import org.claimbench.domain.AffirmativeDefense;
import org.claimbench.domain.AnswerResponse;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.PleadedResponse;
import org.claimbench.domain.ResponseScope;
import org.claimbench.domain.ResponseStatus;
import org.junit.jupiter.api.Test;

/** Answers written for these tests, in the federal and the California forms, read against the complaints they answer. */
class AnswerParserTest {

    static final ResponseStatus A = ResponseStatus.ADMITTED;
    static final ResponseStatus P = ResponseStatus.ADMITTED_IN_PART;
    static final ResponseStatus D = ResponseStatus.DENIED;
    static final ResponseStatus K = ResponseStatus.WITHOUT_KNOWLEDGE;
    static final ResponseStatus N = ResponseStatus.NO_RESPONSE_REQUIRED;

    /** What the federal answer says of each of the complaint's 30 paragraphs. */
    static final List<ResponseStatus> FEDERAL = List.of(
            A, N, A, K, P, D, D, D, D, P, // 1–10
            P, P, N, D, P, D, K, D, N, P, // 11–20
            N, N, D, D, N, D, P, D, D, D); // 21–30

    static ParsedPleading parse(String fixture) {
        return DocumentParser.forKind(DocumentKind.ANSWER).parse(TextLines.of(Fixtures.text("/fixtures/answers/" + fixture)));
    }

    static List<String> labels(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(String::valueOf).toList();
    }

    @Test
    void the_answer_has_a_parser_of_its_own_and_the_complaint_keeps_its() {
        assertInstanceOf(AnswerParser.class, DocumentParser.forKind(DocumentKind.ANSWER));
        assertInstanceOf(PleadingParser.class, DocumentParser.forKind(DocumentKind.COMPLAINT));
        assertInstanceOf(PleadingParser.class, DocumentParser.forKind(null));
        assertNull(new PleadingParser().parse(TextLines.of(Fixtures.text("/fixtures/orchard-complaint.txt"))).answer());
    }

    @Test
    void every_paragraph_of_the_complaint_takes_the_federal_answers_response() {
        ParsedPleading p = parse("federal-answer.txt");
        checkFederal(p, false);
        assertEquals("1:25-cv-00418", p.caption().caseNumber());
        assertEquals(List.of("numbering jumps from \u00b6 27 to \u00b6 29"), p.warnings(), "a range answered is no gap; a paragraph skipped is");
    }

    @Test
    void the_federal_answer_on_pleading_paper_reads_the_same_with_page_and_line() throws Exception {
        byte[] pdf = FixturePdfs.pleadingPaper(Fixtures.text("/fixtures/answers/federal-answer.txt"), "ANSWER TO COMPLAINT");
        Readers.Read read = Readers.read("answer.pdf", pdf, OcrOptions.DEFAULT, Progress.NONE);
        ParsedPleading p = new AnswerParser().parse(read.lines());
        checkFederal(p, true);
    }

    private static void checkFederal(ParsedPleading p, boolean paged) {
        List<PleadedResponse> pleaded = p.answer().responses();
        AnswerReading.Reading r = AnswerReading.read(pleaded, p.answer().defenses(), labels(30));
        Map<String, ResponseStatus> got = new LinkedHashMap<>();
        r.responses().forEach(x -> got.put(x.paragraph(), x.status()));
        Map<String, ResponseStatus> want = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            want.put(String.valueOf(i + 1), FEDERAL.get(i));
        }
        want.put("28", D); // answered by nothing but the catch-all
        assertEquals(want, got);

        AnswerResponse p5 = r.responses().get(4);
        assertEquals("it is a New Hampshire corporation with its principal place of business in Concord, New Hampshire", p5.admitted());
        assertEquals("remaining allegations", p5.form());
        assertTrue(p.text().substring(p5.start(), p5.end()).startsWith("Answering paragraph 5"));
        assertEquals("by reference", r.responses().get(7).form(), "¶ 8 within “paragraphs 6 through 9”");
        assertEquals("Plaintiff worked as a night dispatcher at its Concord terminal from March 2019 until June 2023",
                r.responses().get(10).admitted());
        assertEquals("speaks for itself", r.responses().get(12).form(), "speaks for itself, and denies any characterization");
        assertEquals(D, r.responses().get(15).status(), "speaks for itself, and otherwise denies");
        assertEquals("legal conclusion", r.responses().get(18).form());
        assertEquals("it ended Plaintiff's employment on June 9, 2023", r.responses().get(19).admitted());
        assertEquals("catch-all denial", r.responses().get(27).form());
        assertEquals(Map.of(A, 2, P, 7, D, 13, K, 2, N, 6), nonZero(r.counts()));
        assertEquals(0, r.count(ResponseStatus.NOT_ANSWERED));
        if (paged) {
            assertNotNull(p5.first());
            assertTrue(r.responses().stream().allMatch(x -> x.first() != null && x.last() != null && x.first().compareTo(x.last()) <= 0));
        }

        List<ResponseScope> wider = pleaded.stream().map(PleadedResponse::scope).filter(s -> s != ResponseScope.PARAGRAPHS).toList();
        assertEquals(List.of(ResponseScope.UNNUMBERED, ResponseScope.HEADINGS, ResponseScope.PRAYER, ResponseScope.REMAINING), wider);
        assertEquals(List.of(D, N, D), r.other().stream().map(PleadedResponse::status).toList(), "unnumbered, headings, prayer");

        List<AffirmativeDefense> defenses = p.answer().defenses();
        assertEquals(List.of("Failure to State a Claim", "Statute of Limitations", "Legitimate Business Reasons", "Failure to Mitigate",
                "Same Decision"), defenses.stream().map(AffirmativeDefense::title).toList());
        AffirmativeDefense second = defenses.get(1);
        String words = p.text().substring(second.start(), second.end());
        assertTrue(words.startsWith("SECOND AFFIRMATIVE DEFENSE"), words);
        assertTrue(words.endsWith("statutes of limitations that apply to them."), words);
        assertTrue(defenses.stream().noneMatch(d -> p.text().substring(d.start(), d.end()).contains("WHEREFORE")));
    }

    @Test
    void a_california_general_denial_denies_every_paragraph_of_the_complaint() {
        ParsedPleading complaint = new PleadingParser().parse(TextLines.of(Fixtures.text("/fixtures/orchard-complaint.txt")));
        List<String> labels = complaint.numberedParagraphs().stream().map(s -> s.label()).toList();
        assertEquals(17, labels.size());
        ParsedPleading p = parse("california-answer.txt");
        assertEquals(1, p.answer().responses().size());
        assertEquals(ResponseScope.ALL, p.answer().responses().get(0).scope());
        AnswerReading.Reading r = AnswerReading.read(p.answer().responses(), p.answer().defenses(), labels);
        assertEquals(17, r.responses().size());
        for (AnswerResponse x : r.responses()) {
            assertEquals(D, x.status(), "¶ " + x.paragraph());
            assertEquals("general denial", x.form());
            assertTrue(p.text().substring(x.start(), x.end()).contains("generally denies each and every allegation"));
        }
        assertEquals(List.of("Failure to State Facts Sufficient to Constitute a Cause of Action", "Statute of Limitations",
                "Good Faith Dispute", "Offset", "Reservation of Additional Defenses"),
                p.answer().defenses().stream().map(AffirmativeDefense::title).toList());
        assertEquals("ANSWER OF DEFENDANT LANTERN HILL ORCHARDS, INC. TO UNVERIFIED COMPLAINT", p.caption().title());
        assertEquals(List.of(), p.warnings());
        AffirmativeDefense last = p.answer().defenses().get(4);
        assertTrue(p.text().substring(last.start(), last.end()).endsWith("once they are known."), "the prayer is not a defense");
    }

    @Test
    void numbered_defenses_under_their_section_and_responses_by_symbol() {
        ParsedPleading p = parse("numbered-defenses-answer.txt");
        AnswerReading.Reading r = AnswerReading.read(p.answer().responses(), p.answer().defenses(), labels(9));
        assertEquals(List.of(P, A, N, D, D, D, K, N, ResponseStatus.NOT_ANSWERED),
                r.responses().stream().map(AnswerResponse::status).toList());
        AnswerResponse nine = r.responses().get(8);
        assertEquals(-1, nine.start());
        assertNull(nine.first());
        assertEquals("Plaintiff rented lot 14 at the Bristlecone park from May 2020", r.responses().get(0).admitted());
        assertEquals(List.of("Plaintiff's claims are barred by the statute of limitations",
                "Plaintiff's claims are barred by the doctrine of waiver, because Plaintiff renewed the rental agreement twice after learning of the conditions he\u2026",
                "Any damages Plaintiff suffered were caused by third parties over whom Defendant had no control"),
                p.answer().defenses().stream().map(AffirmativeDefense::title).toList());
        assertEquals(ResponseScope.PRAYER, p.answer().responses().get(p.answer().responses().size() - 1).scope());
        assertEquals("ANSWER TO COMPLAINT", p.caption().title());
    }

    @Test
    void the_words_of_a_response_decide_its_status() {
        assertEquals(D, status("Defendant denies the allegations of Paragraph 4."));
        assertEquals(A, status("Admitted."));
        assertEquals(P, status("Defendant admits that it owns the building, and denies the remaining allegations."));
        assertEquals(P, status("Except as expressly admitted, Defendant denies the allegations. Defendant admits that it owns the building."));
        assertEquals(K, status("Defendant lacks knowledge or information sufficient to form a belief about the truth of the allegations and "
                + "therefore denies them."));
        assertEquals(N, status("Paragraph 9 states a legal conclusion to which no response is required; to the extent a response is "
                + "required, denied."));
        assertEquals(N, status("The lease speaks for itself, and Defendant denies any characterization of it."));
        assertEquals(N, status("The lease speaks for itself. To the extent the allegations are inconsistent with it, they are denied."));
        assertEquals(D, status("The lease speaks for itself, and Defendant otherwise denies the allegations."));
        assertEquals(A, status("Defendant admits that Plaintiff's claim was denied on May 3, 2024."), "a claim that was denied is no denial");
        assertEquals(D, status("Defendant denies the first sentence. Defendant lacks knowledge or information sufficient to form a belief "
                + "about the rest and therefore denies it."));
        assertNull(AnswerResponses.classify("Defendant answers the Complaint as follows.", ResponseScope.UNNUMBERED));
    }

    @Test
    void a_response_names_the_paragraphs_it_answers_and_only_those() {
        assertEquals(labels(9).subList(4, 9), AnswerResponses.named("Defendant denies the allegations of paragraphs 5 through 9."));
        assertEquals(List.of("10", "11", "12"), AnswerResponses.named("In response to Paragraphs 10-12, Defendant admits that it exists."));
        assertEquals(List.of("5", "6", "7", "8", "9"), AnswerResponses.named("Defendant denies the allegations of \u00b6\u00b6 5\u20139."));
        assertEquals(List.of("3", "4", "7"), AnswerResponses.named("Defendant admits the allegations of paragraphs 3, 4 and 7."));
        assertEquals(List.of("12"), AnswerResponses.named("Paragraph 12 of the Complaint states a legal conclusion."));
        assertEquals(List.of(), AnswerResponses.named("Defendant incorporates its responses to paragraphs 1 through 14."));
        assertEquals(List.of(), AnswerResponses.named("Defendant admits that it sent the letter described in paragraph 9."));
        assertEquals(List.of(ResponseScope.ALL), AnswerResponses.wider("Defendant generally denies each and every allegation of the Complaint."));
        assertEquals(List.of(ResponseScope.REMAINING), AnswerResponses.wider("Any allegation of the Complaint not expressly admitted is denied."));
        assertEquals(List.of(ResponseScope.HEADINGS), AnswerResponses.wider("The headings of the Complaint require no response."));
        assertEquals(List.of(ResponseScope.PRAYER), AnswerResponses.wider("Defendant denies that Plaintiff is entitled to the relief requested."));
    }

    private static ResponseStatus status(String words) {
        return AnswerResponses.classify(words, ResponseScope.PARAGRAPHS).status();
    }

    private static Map<ResponseStatus, Integer> nonZero(Map<ResponseStatus, Integer> counts) {
        Map<ResponseStatus, Integer> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> {
            if (v > 0) {
                out.put(k, v);
            }
        });
        return out;
    }
}
