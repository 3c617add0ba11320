package org.claimbench.store;

import java.nio.charset.StandardCharsets;

import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.LegalCase;

/** Small helpers shared by the store tests. */
final class StoreTestSupport {

    private StoreTestSupport() {
    }

    static LegalCase newCase(Store store, String title) {
        return store.cases().create(title, null, null, null);
    }

    static Document newDocument(Store store, long caseId, String text) {
        return store.documents().insert(caseId, DocumentKind.COMPLAINT, "Complaint", "complaint.txt", "text/plain",
                text.getBytes(StandardCharsets.UTF_8), text, null);
    }
}
