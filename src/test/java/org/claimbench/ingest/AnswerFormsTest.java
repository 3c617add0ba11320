package org.claimbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.analysis.AnswerReading;
import org.claimbench.domain.AffirmativeDefense;
import org.claimbench.domain.AnswerResponse;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.PleadedResponse;
import org.claimbench.domain.ResponseScope;
import org.claimbench.domain.ResponseStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The other common shapes of an Answer, each written for these tests: the restating form (the complaint's paragraph set
 * out again, then "ANSWER:"), terse responses in their many wordings, a Texas general denial, a New York answer with its
 * paragraphs in quotes; each read as text and as
 * pleading paper, every paragraph's status checked.
 */
class AnswerFormsTest {

    static final ResponseStatus A = ResponseStatus.ADMITTED;
    static final ResponseStatus P = ResponseStatus.ADMITTED_IN_PART;
    static final ResponseStatus D = ResponseStatus.DENIED;
    static final ResponseStatus K = ResponseStatus.WITHOUT_KNOWLEDGE;
    static final ResponseStatus N = ResponseStatus.NO_RESPONSE_REQUIRED;
    static final ResponseStatus X = ResponseStatus.NOT_ANSWERED;

    /** The restating Answer: ¶¶ 1–14, each restated, its words full of "admits" and "denies" that are the complaint's. */
    static final List<ResponseStatus> RESTATING = List.of(P, A, A, K, P, A, N, D, D, N, N, D, D, D);

    /** The terse Answer: ¶¶ 1–30. */
    static final List<ResponseStatus> TERSE = List.of(
            A, D, P, D, D, P, K, D, K, K, // 1–10: "Admitted.", "Denied as stated.", "Paragraph 5: Denied.", "denies knowledge…"
            N, N, N, D, D, D, A, A, A, D, // 11–20: another defendant's, legal conclusions, speaks for itself, ranges
            D, P, D, D, D, D, P, P, D, N); // 21–30: a list, a number out of order, "each of … through", 27(a) and 27(b)

    static ParsedPleading read(String fixture, boolean paper) throws Exception {
        String text = Fixtures.text("/fixtures/answers/" + fixture);
        if (!paper) {
            return DocumentParser.forKind(DocumentKind.ANSWER).parse(TextLines.of(text));
        }
        byte[] pdf = FixturePdfs.pleadingPaper(text, "ANSWER");
        return new AnswerParser().parse(Readers.read("answer.pdf", pdf, OcrOptions.DEFAULT, Progress.NONE).lines());
    }

    static AnswerReading.Reading reading(ParsedPleading p, int paragraphs) {
        return AnswerReading.read(p.answer().responses(), p.answer().defenses(), AnswerParserTest.labels(paragraphs));
    }

    static Map<String, ResponseStatus> statuses(AnswerReading.Reading r) {
        Map<String, ResponseStatus> out = new LinkedHashMap<>();
        r.responses().forEach(x -> out.put(x.paragraph(), x.status()));
        return out;
    }

    static Map<String, ResponseStatus> want(List<ResponseStatus> statuses) {
        Map<String, ResponseStatus> out = new LinkedHashMap<>();
        for (int i = 0; i < statuses.size(); i++) {
            out.put(String.valueOf(i + 1), statuses.get(i));
        }
        return out;
    }

    static String words(ParsedPleading p, AnswerResponse r) {
        return p.text().substring(r.start(), r.end());
    }

    static List<String> titles(ParsedPleading p) {
        return p.answer().defenses().stream().map(AffirmativeDefense::title).toList();
    }

    @ParameterizedTest(name = "on pleading paper: {0}")
    @ValueSource(booleans = {false, true})
    void the_restating_form_reads_only_the_words_after_each_label(boolean paper) throws Exception {
        ParsedPleading p = read("restating-answer.txt", paper);
        AnswerReading.Reading r = reading(p, 14);
        assertEquals(want(RESTATING), statuses(r));
        assertEquals("Admitted.", words(p, r.responses().get(2)), "¶ 3 restates “Defendant denies”; the response admits");
        assertTrue(words(p, r.responses().get(12)).startsWith("Portage denies that its payroll records"),
                "¶ 13 restates “the allegations of paragraph 12 are admitted”: neither ¶ 12 nor an admission");
        assertEquals("it is an Illinois limited liability company", r.responses().get(4).admitted());
        assertEquals("speaks for itself", r.responses().get(6).form());
        assertEquals("incorporates earlier responses", r.responses().get(10).form());
        assertEquals(List.of(ResponseScope.PRAYER), r.other().stream().map(PleadedResponse::scope).toList());
        assertEquals(D, r.other().get(0).status());
        assertTrue(r.responses().stream().noneMatch(x -> words(p, x).contains("ANSWER")), "the label is not the response's words");
        assertEquals(List.of("Plaintiff's claims are barred in part by the two-year limitations period of 29 U.S.C. \u00a7 255(a)",
                "Portage acted in good faith and had reasonable grounds to believe that its pay practices complied with the Act",
                "Plaintiff was employed in a bona fide executive capacity and was exempt from the overtime requirement"), titles(p),
                "“First Defense” headings, each titled by its first sentence");
        assertEquals(List.of(), p.warnings());
    }

    @ParameterizedTest(name = "on pleading paper: {0}")
    @ValueSource(booleans = {false, true})
    void terse_responses_ranges_lists_and_sub_lettered_paragraphs(boolean paper) throws Exception {
        ParsedPleading p = read("terse-answer.txt", paper);
        AnswerReading.Reading r = reading(p, 30);
        assertEquals(want(TERSE), statuses(r));
        List<AnswerResponse> x = r.responses();
        assertEquals("Paragraph 5: Denied.", words(p, x.get(4)));
        assertEquals("directed to another defendant", x.get(10).form());
        assertEquals("legal conclusion", x.get(11).form(), "“to the extent a response is deemed required, denies” keeps no response required");
        assertEquals("speaks for itself", x.get(12).form());
        assertEquals(words(p, x.get(13)), words(p, x.get(15)), "“paragraphs 14-16” gives each the same words");
        assertTrue(words(p, x.get(21)).startsWith("Harbor admits that Dell Marsh"), "“22.” after ¶ 17's list is ¶ 22's own response");
        assertEquals("Dell Marsh was on its premises on March 3, 2024", x.get(21).admitted());
        assertTrue(words(p, x.get(26)).contains("Denied."), "27(a) and 27(b) answer ¶ 27 together: " + words(p, x.get(26)));
        assertEquals(0, r.count(X), "every paragraph is answered");
        assertEquals(List.of(ResponseScope.REMAINING, ResponseScope.PRAYER),
                p.answer().responses().stream().map(PleadedResponse::scope).filter(sc -> sc != ResponseScope.PARAGRAPHS).toList());
        assertEquals(List.of("Plaintiff's own negligence caused or contributed to the injuries he alleges, and any recovery must be reduced by "
                        + "his share of fault under section\u2026", "The condition Plaintiff complains of was open and obvious",
                "Any recovery must be reduced by the collateral source payments Plaintiff has received"), titles(p),
                "“AFFIRMATIVE DEFENSE NO. 1” headings; the jury demand after them is no defense");
        assertEquals(List.of(), p.warnings(), "“22.” and “27(a).” out of order are explained by the responses");
        if (paper) {
            AnswerResponse eleven = x.get(10);
            assertNotNull(eleven.first());
            assertTrue(eleven.first().page() < eleven.last().page(), "¶ 11's response runs over a page break: " + eleven.first() + "–" + eleven.last());
        }
    }

    @ParameterizedTest(name = "on pleading paper: {0}")
    @ValueSource(booleans = {false, true})
    void a_texas_general_denial_denies_every_paragraph_and_its_defenses_are_numbered_titles(boolean paper) throws Exception {
        ParsedPleading p = read("texas-answer.txt", paper);
        AnswerReading.Reading r = reading(p, 12);
        assertEquals(1, p.answer().responses().size(), "the numbered “1.” of the general denial answers no ¶ 1 of its own");
        for (AnswerResponse x : r.responses()) {
            assertEquals(D, x.status(), "¶ " + x.paragraph());
            assertEquals("general denial", x.form());
            assertTrue(words(p, x).contains("demands strict proof"));
        }
        assertEquals(List.of("Failure to State a Claim", "Limitations", "Proportionate Responsibility"), titles(p));
    }

    @Test
    void the_many_wordings_of_a_status() {
        Map<String, ResponseStatus> cases = new LinkedHashMap<>();
        cases.put("Denied as stated.", D);
        cases.put("Admitted in part and denied in part. Defendant admits that it owns the lot.", P);
        cases.put("Defendant is without knowledge or information sufficient to form a belief as to the truth of the allegations.", K);
        cases.put("Defendant denies knowledge or information sufficient to form a belief as to the allegations.", K);
        cases.put("Defendant denies having knowledge or information sufficient to form a belief about them.", K);
        cases.put("Defendant is without sufficient knowledge to admit or deny the allegations and therefore denies them.", K);
        cases.put("The paragraph contains legal conclusions to which no response is required; to the extent a response is deemed "
                + "required, Defendant denies the allegations.", N);
        cases.put("The allegations are directed to another defendant and require no response from Defendant.", N);
        cases.put("The allegations of this paragraph are not directed at Defendant. To the extent a response is required, denied.", N);
        cases.put("The document speaks for itself; Defendant denies any characterization inconsistent with it.", N);
        cases.put("The allegations are directed to another defendant. Defendant otherwise denies the allegations.", D);
        cases.put("Defendant lacks knowledge or information sufficient to form a belief about them. It therefore denies them.", K);
        cases.put("Defendant lacks knowledge of the first sentence. Defendant denies the second sentence.", D);
        cases.forEach((words, status) -> assertEquals(status, AnswerResponses.classify(words, ResponseScope.PARAGRAPHS).status(), words));
    }

    @Test
    void the_ways_of_naming_paragraphs() {
        assertEquals(List.of("10", "11", "12"), AnswerResponses.named("Defendant denies the allegations of paragraphs 10-12."));
        assertEquals(List.of("13", "14", "15"), AnswerResponses.named("Defendant admits the allegations of \u00b6\u00b6 13\u201315."));
        assertEquals(List.of("16", "17", "19"), AnswerResponses.named("Paragraphs 16, 17 and 19 are denied."));
        assertEquals(List.of("20", "21", "22"), AnswerResponses.named("Defendant denies each of paragraphs 20 through 22."));
        assertEquals(List.of("4"), AnswerResponses.named("Paragraph 4: Denied."));
        assertEquals(List.of("5"), AnswerResponses.named("In response to paragraph 5, Defendant admits that it exists."));
        assertEquals(List.of("6"), AnswerResponses.named("With respect to the allegations in Paragraph 6, Defendant lacks knowledge."));
        assertEquals(List.of("7"), AnswerResponses.named("The allegations in Paragraph 7 are denied."));
        assertEquals(List.of("3", "4", "5"), AnswerResponses.named("Denies the allegations contained in paragraphs \"3\", \"4\" and \"5\"."));
        assertEquals(List.of("6", "7", "8"), AnswerResponses.named("Denies each and every allegation in paragraphs \u201c6\u201d through \u201c8\u201d."));
        assertEquals(List.of("23"), AnswerResponses.named("Answering paragraph 23(a), Defendant denies the allegations."));
        assertEquals(List.of(), AnswerResponses.named("Defendant admits that it mailed the notice mentioned in paragraph 8 on time."));
    }

    @Test
    void a_response_that_cannot_be_placed_is_left_unplaced() {
        String text = String.join("\n\n", "IN THE UNITED STATES DISTRICT COURT", "ABLE ROOK,", "Plaintiff,", "v.", "CALDER MILLS LLC,",
                "Defendant.", "Case No. 2:25-cv-00101", "ANSWER", "Defendant Calder Mills LLC answers the Complaint as follows.",
                "1. Admitted.", "2. Defendant admits only the following: 1. that it owns the mill; and 2. that it employs Plaintiff. "
                        + "Defendant denies the remaining allegations.",
                "Denied.", "Defendant lacks knowledge of the events described in the letter.", "3. Denied.");
        ParsedPleading p = DocumentParser.forKind(DocumentKind.ANSWER).parse(TextLines.of(text));
        AnswerReading.Reading r = AnswerReading.read(p.answer().responses(), p.answer().defenses(), AnswerParserTest.labels(4));
        assertEquals(want(List.of(A, P, D, X)), statuses(r), "a stray “Denied.” and a numbered list inside ¶ 2's answer go nowhere else");
        assertFalse(p.answer().responses().stream().anyMatch(x -> x.names("4")));
    }

    @Test
    void a_restating_answer_with_a_label_before_anything_restated_places_nothing_there() {
        String text = String.join("\n\n", "ANSWER TO COMPLAINT", "Defendant Calder Mills LLC answers the Complaint as follows.",
                "ANSWER: Defendant denies that it owes Plaintiff anything.", "1. Plaintiff lives in Ohio, and Defendant denied her claim.",
                "ANSWER: Admitted.", "2. Defendant admitted liability in a letter.", "RESPONSE: Denied.",
                "Paragraph 3: Defendant is a Delaware company.", "ANSWER TO PARAGRAPH 3: Admitted.");
        ParsedPleading p = DocumentParser.forKind(DocumentKind.ANSWER).parse(TextLines.of(text));
        AnswerReading.Reading r = AnswerReading.read(p.answer().responses(), p.answer().defenses(), AnswerParserTest.labels(3));
        assertEquals(want(List.of(A, D, A)), statuses(r));
        assertEquals(3, p.answer().responses().stream().filter(x -> x.scope() == ResponseScope.PARAGRAPHS).count());
    }

    @Test
    void a_heading_that_names_the_paragraphs_gives_the_words_below_it_to_them() {
        String text = String.join("\n\n", "ANSWER TO COMPLAINT", "Defendant Calder Mills LLC answers the Complaint as follows.",
                "ANSWER TO PARAGRAPH 1", "Defendant admits the allegations.", "PARAGRAPHS 2 THROUGH 4",
                "Defendant lacks knowledge or information sufficient to form a belief about these allegations.",
                "It therefore denies them.", "FACTUAL ALLEGATIONS", "Defendant denies the allegations.", "\u00b6 5:",
                "Paragraph 5 states a legal conclusion to which no response is required.");
        ParsedPleading p = DocumentParser.forKind(DocumentKind.ANSWER).parse(TextLines.of(text));
        AnswerReading.Reading r = AnswerReading.read(p.answer().responses(), p.answer().defenses(), AnswerParserTest.labels(6));
        assertEquals(want(List.of(A, K, K, K, N, X)), statuses(r), "a plain heading ends the run; its words below answer nothing");
    }

    @ParameterizedTest(name = "on pleading paper: {0}")
    @ValueSource(booleans = {false, true})
    void a_new_york_answer_names_its_paragraphs_in_quotes_under_ordinal_labels(boolean paper) throws Exception {
        ParsedPleading p = read("newyork-answer.txt", paper);
        AnswerReading.Reading r = reading(p, 12);
        assertEquals(want(List.of(A, A, K, K, K, D, D, D, D, P, D, X)), statuses(r), "“FIRST: Admits … paragraphs \"1\" and \"2\"”; ¶ 12 unanswered");
        assertEquals("Defendant owns the building at 40 Gantry Row", r.responses().get(9).admitted());
        assertTrue(p.answer().responses().stream().allMatch(x -> x.scope() == ResponseScope.PARAGRAPHS), "the opening words answer nothing");
        assertEquals(List.of("Plaintiff's own culpable conduct caused or contributed to the injuries alleged",
                "The Complaint fails to state a cause of action"), titles(p), "“AS AND FOR A FIRST AFFIRMATIVE DEFENSE”");
    }

    @ParameterizedTest(name = "on pleading paper: {0}")
    @ValueSource(booleans = {false, true})
    void an_answer_with_a_catch_all_up_front_and_its_numbers_out_of_order(boolean paper) throws Exception {
        ParsedPleading p = read("washington-answer.txt", paper);
        AnswerReading.Reading r = reading(p, 16);
        assertEquals(want(List.of(P, A, A, K, A, A, A, N, A, P, N, P, D, N, K, D)), statuses(r),
                "“Paragraphs 2, 3, and 5 through 7” answered under ¶ 2; ¶ 16, named by nothing, takes the opening catch-all");
        assertEquals("catch-all denial", r.responses().get(15).form());
        assertEquals("speaks for itself", r.responses().get(10).form(), "“denies any allegation inconsistent with them” is a hedge");
        assertEquals(List.of("Comparative Fault", "Failure to Mitigate"), titles(p), "“1. Comparative Fault. Plaintiff's own…”: its first sentence");
    }
}
