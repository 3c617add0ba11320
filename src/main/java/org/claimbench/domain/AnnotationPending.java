package org.claimbench.domain;

import java.time.Instant;
import java.util.List;

/**
 * A web annotation read onto a document whose words were not found as they were, waiting in the review queue: the file
 * it came from ({@code sourceName}) and its id there, what it said (its quote and surroundings, its place in code
 * points, its label, its note and its tags: outline titles, each with a role or none), the state the re-anchoring
 * found (changed or not found), the place it offered ({@code start..end} and its words; -1, -1 and null when nothing
 * was close enough), how alike, and the user's decision. A confirmed or re-selected one is the passage
 * {@code carriedPassageId} of the document (null once the user deletes it).
 */
public record AnnotationPending(long id, long caseId, long documentId, String sourceName, String annotationRef, String quote,
                                String prefix, String suffix, Integer positionStart, Integer positionEnd, String label, String note,
                                List<TagRef> tags, CarryState state, int start, int end, String candidate, double similarity,
                                CarryDecision decision, Long carriedPassageId, Instant decided) {

    /** A tag: the title of an outline node, and the role of the link it asks for (null: the usual one). */
    public record TagRef(String title, LinkRole role) {
    }

    public AnnotationPending {
        if (state != CarryState.CHANGED && state != CarryState.ORPHANED) {
            throw new IllegalArgumentException("only a changed or a not found annotation waits, not " + state);
        }
        if (decision == null || decision == CarryDecision.AUTO) {
            throw new IllegalArgumentException("a waiting annotation is pending or decided by the user, not " + decision);
        }
        if (quote == null || quote.isEmpty()) {
            throw new IllegalArgumentException("a waiting annotation has its words");
        }
        if (sourceName == null || sourceName.isBlank()) {
            throw new IllegalArgumentException("a waiting annotation names the file it came from");
        }
        if (start == -1 ? end != -1 || candidate != null : start < 0 || end <= start || candidate == null) {
            throw new IllegalArgumentException("a candidate place is a non-empty range with its words, or none: " + start + ".." + end);
        }
        if (!decision.carried() && carriedPassageId != null) {
            throw new IllegalArgumentException("an annotation " + decision + " has no passage, not " + carriedPassageId);
        }
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** Whether it still waits for the user. */
    public boolean pending() { return decision == CarryDecision.PENDING; }

    /** "web annotation from notes.json": where it came from, as the review queue labels it. */
    public String origin() {
        return "web annotation from " + sourceName;
    }

    public AnnotationPending withId(long newId) {
        return new AnnotationPending(newId, caseId, documentId, sourceName, annotationRef, quote, prefix, suffix, positionStart,
                positionEnd, label, note, tags, state, start, end, candidate, similarity, decision, carriedPassageId, decided);
    }

    public AnnotationPending decided(CarryDecision d, Long carried, Instant at) {
        return new AnnotationPending(id, caseId, documentId, sourceName, annotationRef, quote, prefix, suffix, positionStart,
                positionEnd, label, note, tags, state, start, end, candidate, similarity, d, carried, at);
    }
}
