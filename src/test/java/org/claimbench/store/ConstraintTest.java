package org.claimbench.store;

import static org.claimbench.store.StoreTestSupport.newCase;
import static org.claimbench.store.StoreTestSupport.newDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimbench.domain.Document;
import org.claimbench.domain.EvidenceBasis;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.LegalCase;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The schema itself refuses nonsense, whatever code writes to it. */
class ConstraintTest {

    Store store;
    LegalCase one;
    LegalCase two;
    Document docOne;

    /** The store under test: H2 in memory here, a PostgreSQL database in {@link PostgresConstraintTest}. */
    Store openStore() {
        return Store.inMemory();
    }

    @BeforeEach
    void open() {
        store = openStore();
        one = newCase(store, "One v. Two");
        two = newCase(store, "Three v. Four");
        docOne = newDocument(store, one.id(), "The quick brown fox.");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aPassageCannotEndBeforeItStarts() {
        // a corrected highlight's quote may differ in length from its span, so only the range rule is broken here (where
        // several are, H2 names the first written and PostgreSQL the first by name)
        DataAccessException e = assertThrows(DataAccessException.class, () -> store.dsl().execute(
                "INSERT INTO PASSAGE (CASE_ID, DOCUMENT_ID, START_OFFSET, END_OFFSET, QUOTE, PREFIX, SUFFIX, ANCHOR, CREATED_AT) "
                        + "VALUES (?, ?, 10, 4, '', '', '', 'CORRECTED', CURRENT_TIMESTAMP)", one.id(), docOne.id()));
        assertTrue(e.getMessage().toUpperCase().contains("PASSAGE_RANGE_CK"), e.getMessage());
    }

    @Test
    void aPassageQuoteMustMatchItsRange() {
        assertThrows(DataAccessException.class, () -> store.dsl().execute(
                "INSERT INTO PASSAGE (CASE_ID, DOCUMENT_ID, START_OFFSET, END_OFFSET, QUOTE, PREFIX, SUFFIX, ANCHOR, CREATED_AT) "
                        + "VALUES (?, ?, 0, 9, 'The', '', '', 'ANCHORED', CURRENT_TIMESTAMP)", one.id(), docOne.id()));
    }

    @Test
    void aPassageCannotClaimADocumentOfAnotherCase() {
        assertRefused(
                () -> store.passages().insert(RepositoryTest.passage(two.id(), docOne.id(), 0, 3, "The")));
    }

    @Test
    void aLinkCannotJoinAPassageToANodeOfAnotherCase() {
        Passage p = store.passages().insert(RepositoryTest.passage(one.id(), docOne.id(), 0, 3, "The"));
        OutlineNode foreign = store.outline().append(OutlineNode.of(two.id(), null, 0, NodeKind.COUNT, "Count I"));
        assertRefused( () -> store.passages().link(one.id(), p.id(), foreign.id(), LinkRole.ASSERTS));
        assertRefused( () -> store.passages().link(two.id(), p.id(), foreign.id(), LinkRole.ASSERTS));
        assertTrue(store.passages().links(one.id()).isEmpty(), "a refused insert leaves no row behind");
    }

    @Test
    void aNodeCannotHaveAParentInAnotherCase() {
        OutlineNode foreign = store.outline().append(OutlineNode.of(two.id(), null, 0, NodeKind.COUNT, "Count I"));
        assertThrows(DataAccessException.class,
                () -> store.outline().append(OutlineNode.of(one.id(), foreign.id(), 0, NodeKind.ELEMENT, "Duty")));
    }

    @Test
    void theTriggerRefusesACycleEvenFromRawSql() {
        OutlineNode a = store.outline().append(OutlineNode.of(one.id(), null, 0, NodeKind.COUNT, "Count I"));
        OutlineNode b = store.outline().append(OutlineNode.of(one.id(), a.id(), 0, NodeKind.ELEMENT, "Duty"));
        OutlineNode c = store.outline().append(OutlineNode.of(one.id(), b.id(), 0, NodeKind.ALLEGATION, "¶ 1"));
        DataAccessException e = assertThrows(DataAccessException.class,
                () -> store.dsl().execute("UPDATE OUTLINE_NODE SET PARENT_ID = ? WHERE ID = ?", c.id(), a.id()));
        assertTrue(e.getMessage().contains("own descendants"), e.getMessage());
        assertThrows(DataAccessException.class, () -> store.dsl().execute("UPDATE OUTLINE_NODE SET PARENT_ID = ID WHERE ID = ?", a.id()));
    }

    @Test
    void evidenceCannotPointAtADocumentOfAnotherCase() {
        assertRefused( () -> store.evidence().insertItem(
                new EvidenceItem(0, two.id(), "Invoice", EvidenceBasis.DOCUMENT, null, docOne.id(), null, null)));
    }

    @Test
    void deletingASourceDocumentClearsTheEvidenceSourceButKeepsTheItem() {
        EvidenceItem item = store.evidence().insertItem(
                new EvidenceItem(0, one.id(), "Invoice", EvidenceBasis.DOCUMENT, null, docOne.id(), null, null));
        store.documents().delete(docOne.id());
        EvidenceItem read = store.evidence().findItem(item.id()).orElseThrow();
        assertEquals(null, read.sourceDocumentId());
        assertEquals("Invoice", read.description());
    }

    @Test
    void anAmendmentMustSupersedeADocumentOfTheSameCase() {
        Document other = newDocument(store, two.id(), "Another text.");
        assertRefused( () -> store.documents().insert(one.id(),
                org.claimbench.domain.DocumentKind.AMENDED_COMPLAINT, "First amended complaint", null, "text/plain",
                new byte[] {1}, "x", other.id()));
        Document amended = store.documents().insert(one.id(), org.claimbench.domain.DocumentKind.AMENDED_COMPLAINT,
                "First amended complaint", null, "text/plain", new byte[] {1}, "x", docOne.id());
        assertEquals(docOne.id(), amended.supersedesId());
    }

    @Test
    void enumsAndOverridesAreChecked() {
        assertThrows(DataAccessException.class, () -> store.dsl().execute(
                "INSERT INTO OUTLINE_NODE (CASE_ID, POSITION, KIND, TITLE) VALUES (?, 0, 'THEORY', 'x')", one.id()));
        assertThrows(DataAccessException.class, () -> store.dsl().execute(
                "INSERT INTO OUTLINE_NODE (CASE_ID, POSITION, KIND, TITLE, SUPPORT_OVERRIDE) VALUES (?, 0, 'COUNT', 'x', 'SUPPORTED')", one.id()));
    }
    @Test
    void aFlagDecisionBelongsToADocumentOfItsCaseAndIsMadeOnce() {
        String insert = "INSERT INTO FLAG_DECISION (CASE_ID, DOCUMENT_ID, START_OFFSET, END_OFFSET, KIND, TEXT, VERDICT, DECIDED_AT) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)";
        store.dsl().execute(insert, one.id(), docOne.id(), 4, 9, "loaded-language", "quick", "DISMISSED");
        DataAccessException twice = assertThrows(DataAccessException.class,
                () -> store.dsl().execute(insert, one.id(), docOne.id(), 4, 9, "loaded-language", "quick", "CONFIRMED"));
        assertTrue(twice.getMessage().toUpperCase().contains("FLAG_DECISION_UK"), twice.getMessage());
        assertThrows(DataAccessException.class, () -> store.dsl().execute(insert, two.id(), docOne.id(), 4, 9, "hedge", "quick", "CONFIRMED"));
        DataAccessException verdict = assertThrows(DataAccessException.class,
                () -> store.dsl().execute(insert, one.id(), docOne.id(), 4, 9, "hedge", "quick", "PERHAPS"));
        assertTrue(verdict.getMessage().toUpperCase().contains("FLAG_DECISION_VERDICT_CK"), verdict.getMessage());
        DataAccessException words = assertThrows(DataAccessException.class,
                () -> store.dsl().execute(insert, one.id(), docOne.id(), 4, 9, "hedge", "qu", "CONFIRMED"));
        assertTrue(words.getMessage().toUpperCase().contains("FLAG_DECISION_TEXT_CK"), words.getMessage());
    }

    /** Refused by the store's rules, in the user's words: no SQL, no column types. */
    static void assertRefused(org.junit.jupiter.api.function.Executable write) {
        StoreException e = assertThrows(StoreException.class, write);
        assertTrue(e.getMessage().startsWith("The store refused it: "), e.getMessage());
        assertTrue(!e.getMessage().contains("SQL") && !e.getMessage().contains("PUBLIC"), e.getMessage());
    }

    @Test
    void aValueTooLongIsNamedWithItsLengthAndTheLimit() {
        StoreException e = assertThrows(StoreException.class, () -> store.cases().create("T".repeat(1000), null, null, null));
        assertEquals("The case\u2019s title is 1,000 characters long; the store takes at most 500.", e.getMessage());
        StoreException party = assertThrows(StoreException.class,
                () -> store.transaction(tx -> tx.cases().create("Fine", null, "9".repeat(300), null)));
        assertEquals("The case\u2019s case number is 300 characters long; the store takes at most 200.", party.getMessage());
    }
}
