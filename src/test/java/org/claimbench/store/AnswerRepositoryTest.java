package org.claimbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.claimbench.domain.AffirmativeDefense;
import org.claimbench.domain.AnswerResponse;
import org.claimbench.domain.Document;
import org.claimbench.domain.PageLine;
import org.claimbench.domain.ResponseStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An Answer's responses and defenses are kept, and follow their documents when one is deleted. */
class AnswerRepositoryTest {

    private final Store store = openStore();

    /** The store under test: H2 in memory here, a PostgreSQL database in {@link PostgresAnswerRepositoryTest}. */
    Store openStore() {
        return Store.inMemory();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void responsesAndDefensesAreKeptAndGoWithTheirDocuments() {
        long caseId = StoreTestSupport.newCase(store, "Okon v. Linden Court").id();
        Document complaint = StoreTestSupport.newDocument(store, caseId, "1. The flat leaked. 2. The deposit was kept.");
        Document answer = StoreTestSupport.newDocument(store, caseId, "1. Admitted. 2. Denied. FIRST AFFIRMATIVE DEFENSE Waiver.");
        store.answers().setAnswers(answer.id(), complaint.id());
        List<AnswerResponse> responses = List.of(
                new AnswerResponse("1", ResponseStatus.ADMITTED, 0, 12, new PageLine(1, 1), new PageLine(1, 1), null, "numbered"),
                new AnswerResponse("2", ResponseStatus.DENIED, 13, 23, new PageLine(1, 2), new PageLine(1, 2), null, "numbered"),
                new AnswerResponse("3", ResponseStatus.NOT_ANSWERED, -1, -1, null, null, null, null));
        store.answers().insertResponses(answer.id(), complaint.id(), responses);
        store.answers().insertDefenses(answer.id(), List.of(new AffirmativeDefense(1, "Waiver", 24, 57, null, null)));
        assertEquals(responses, store.answers().responses(answer.id()));
        assertEquals("Waiver", store.answers().defenses(answer.id()).get(0).title());
        assertEquals(Optional.of(complaint.id()), store.answers().answers(answer.id()));

        assertThrows(RuntimeException.class, () -> store.answers().insertResponses(answer.id(), complaint.id(), List.of(
                new AnswerResponse("4", ResponseStatus.DENIED, 5, 9, null, null, null, null),
                new AnswerResponse("4", ResponseStatus.DENIED, 5, 9, null, null, null, null))), "one response per place");

        assertTrue(store.documents().delete(complaint.id()));
        assertEquals(Optional.empty(), store.answers().answers(answer.id()), "the Answer stays, answering nothing now");
        assertEquals(List.of(), store.answers().responses(answer.id()), "its responses went with the complaint");
        assertEquals(1, store.answers().defenses(answer.id()).size(), "its defenses are the Answer's own");
    }
}
