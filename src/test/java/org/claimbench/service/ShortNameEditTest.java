package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimbench.domain.Document;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A document's short name is stored, changed as one undoable edit, and falls back to the worked-out one. */
class ShortNameEditTest {

    Store store;
    CaseEditor editor;
    long caseId;
    long complaintId;
    long exhibitId;

    @BeforeEach
    void open() {
        store = Store.inMemory();
        editor = new CaseEditor(store);
        caseId = new DemoCase(store).install();
        complaintId = store.documents().list(caseId).get(0).id();
        exhibitId = store.documents().list(caseId).get(1).id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    Document stored(long id) {
        return store.documents().find(id).orElseThrow();
    }

    @Test
    void aNewDocumentHasNoShortNameOfItsOwnAndIsCitedByTheWorkedOutOne() {
        assertNull(stored(complaintId).shortName());
        assertEquals("Compl.", stored(complaintId).citeName());
        assertEquals("Ex. B", stored(exhibitId).citeName(), "the demo's exhibit is titled \u201cExhibit B \u2014 \u2026\u201d");
    }

    @Test
    void aShortNameIsStoredAndUndoneAndRedone() {
        Edit e = editor.setShortName(complaintId, "  Roe\n Compl. ");
        assertEquals("Edit short name", e.label());
        assertNull(stored(complaintId).shortName(), "nothing is stored before the edit is applied");
        e.apply();
        assertEquals("Roe Compl.", stored(complaintId).shortName(), "spaces and line breaks are tidied");
        assertEquals("Roe Compl.", stored(complaintId).citeName());
        assertEquals("Roe Compl.", store.documents().list(caseId).get(0).shortName(), "the case's document list has it too");
        e.revert();
        assertNull(stored(complaintId).shortName());
        e.apply();
        assertEquals("Roe Compl.", stored(complaintId).shortName());

        Edit cleared = editor.setShortName(complaintId, " ");
        cleared.apply();
        assertNull(stored(complaintId).shortName(), "blank goes back to the worked-out name");
        assertEquals("Compl.", stored(complaintId).citeName());
        cleared.revert();
        assertEquals("Roe Compl.", stored(complaintId).shortName(), "undo puts back the name there was");
    }

    @Test
    void theWorkedOutNameTypedAgainStoresNone() {
        editor.setShortName(exhibitId, "Ex. 2").apply();
        editor.setShortName(exhibitId, "Ex. B").apply();
        assertNull(stored(exhibitId).shortName(), "typing the worked-out name keeps it the worked-out one");
    }

    @Test
    void aNameThatChangesNothingOrIsTooLongIsRefused() {
        Unchanged same = assertThrows(Unchanged.class, () -> editor.setShortName(complaintId, "Compl."));
        assertTrue(same.getMessage().contains("already \u201cCompl.\u201d"), same.getMessage());
        editor.setShortName(complaintId, "FAC").apply();
        assertThrows(Unchanged.class, () -> editor.setShortName(complaintId, " FAC "));
        StoreException tooLong = assertThrows(StoreException.class, () -> editor.setShortName(complaintId, "x".repeat(41)));
        assertTrue(tooLong.getMessage().contains("at most 40 characters"), tooLong.getMessage());
        editor.setShortName(complaintId, "y".repeat(40)).apply();
        assertEquals(40, stored(complaintId).shortName().length());
    }
}
