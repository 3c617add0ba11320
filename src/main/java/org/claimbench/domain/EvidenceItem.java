package org.claimbench.domain;

/**
 * Something that could prove an allegation. Its source is a document or passage of the same case,
 * or a citation's text; any of them may be absent.
 */
public record EvidenceItem(long id, long caseId, String description, EvidenceBasis basis, String potentialSource,
                           Long sourceDocumentId, Long sourcePassageId, String citationText) {

    public EvidenceItem {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("an evidence item needs a description");
        }
    }

    public EvidenceItem withId(long newId) {
        return new EvidenceItem(newId, caseId, description, basis, potentialSource, sourceDocumentId,
                sourcePassageId, citationText);
    }
}
