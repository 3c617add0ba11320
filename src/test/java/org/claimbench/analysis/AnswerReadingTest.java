package org.claimbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.claimbench.domain.AnswerResponse;
import org.claimbench.domain.PleadedResponse;
import org.claimbench.domain.ResponseScope;
import org.claimbench.domain.ResponseStatus;
import org.junit.jupiter.api.Test;

class AnswerReadingTest {

    static PleadedResponse paragraphs(int at, ResponseStatus s, String... labels) {
        return new PleadedResponse(ResponseScope.PARAGRAPHS, List.of(labels), s, at, at + 5, null, null, null, "numbered");
    }

    static PleadedResponse wide(int at, ResponseScope scope) {
        return new PleadedResponse(scope, List.of(), ResponseStatus.DENIED, at, at + 5, null, null, null, scope.label());
    }

    @Test
    void the_narrowest_then_the_latest_response_wins_and_anything_specific_beats_a_general_denial() {
        List<PleadedResponse> pleaded = List.of(
                wide(0, ResponseScope.ALL),
                paragraphs(10, ResponseStatus.ADMITTED, "7"),
                paragraphs(20, ResponseStatus.DENIED, "5", "6", "7", "8"),
                paragraphs(30, ResponseStatus.WITHOUT_KNOWLEDGE, "6"),
                paragraphs(40, ResponseStatus.ADMITTED, "6"),
                wide(50, ResponseScope.PRAYER));
        AnswerReading.Reading r = AnswerReading.read(pleaded, List.of(), List.of("5", "06", "7", "8", "9"));
        assertEquals(List.of(ResponseStatus.DENIED, ResponseStatus.ADMITTED, ResponseStatus.ADMITTED, ResponseStatus.DENIED,
                ResponseStatus.DENIED), r.responses().stream().map(AnswerResponse::status).toList());
        assertEquals(List.of(20, 40, 10, 20, 0), r.responses().stream().map(AnswerResponse::start).toList());
        assertEquals("general denial", r.responses().get(4).form());
        assertEquals(1, r.other().size());
        assertEquals(3, r.count(ResponseStatus.DENIED));
        assertEquals(3, r.disputed());
    }

    @Test
    void a_catch_all_beats_a_general_denial_and_nothing_leaves_a_paragraph_unanswered() {
        AnswerReading.Reading r = AnswerReading.read(List.of(wide(0, ResponseScope.ALL), wide(9, ResponseScope.REMAINING),
                paragraphs(3, ResponseStatus.ADMITTED, "1")), List.of(), List.of("1", "2"));
        assertEquals("catch-all denial", r.responses().get(1).form());
        assertEquals(9, r.responses().get(1).start());
        AnswerReading.Reading none = AnswerReading.read(List.of(paragraphs(3, ResponseStatus.ADMITTED, "1")), List.of(), List.of("1", "2"));
        AnswerResponse two = none.responses().get(1);
        assertEquals(ResponseStatus.NOT_ANSWERED, two.status());
        assertEquals(-1, two.start());
        assertEquals(1, none.count(ResponseStatus.NOT_ANSWERED));
        assertEquals(List.of("1", "3", "10"), AnswerReading.namedParagraphs(List.of(paragraphs(0, ResponseStatus.DENIED, "10", "3"),
                paragraphs(6, ResponseStatus.DENIED, "1", "03"))));
    }
}
