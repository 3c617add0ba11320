package org.claimbench.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.junit.jupiter.api.Test;

/** The document list shows the amendment chain: the newest pleading is operative, the older ones superseded. */
class DocumentNamesTest {

    private static Document doc(long id, DocumentKind kind, String title, Long supersedes) {
        return new Document(id, 1, kind, title, null, "text/plain", "0".repeat(64), supersedes, (int) id, Instant.EPOCH, null);
    }

    @Test
    void theChainReadsFromTheOriginalToTheOperativePleading() {
        Document original = doc(1, DocumentKind.COMPLAINT, "Complaint", null);
        Document first = doc(2, DocumentKind.AMENDED_COMPLAINT, "First Amended Complaint", 1L);
        Document second = doc(3, DocumentKind.AMENDED_COMPLAINT, "Second Amended Complaint", 2L);
        Document exhibit = doc(4, DocumentKind.EXHIBIT, "Exhibit A \u2014 Lease", null);
        List<Document> all = List.of(original, first, second, exhibit);
        assertEquals("Complaint \u00b7 superseded by FAC", DocumentNames.label(original, all));
        assertEquals("First Amended Complaint \u00b7 superseded by SAC", DocumentNames.label(first, all));
        assertEquals("Second Amended Complaint \u00b7 operative", DocumentNames.label(second, all));
        assertEquals("Exhibit A \u2014 Lease", DocumentNames.label(exhibit, all));
        assertTrue(DocumentNames.superseded(first, all));
        assertFalse(DocumentNames.superseded(second, all));
        assertEquals("Complaint", DocumentNames.label(original, List.of(original, exhibit)), "a lone complaint is just itself");
    }
}
