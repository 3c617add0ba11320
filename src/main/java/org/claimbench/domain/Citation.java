package org.claimbench.domain;

public record Citation(long id, long documentId, Long segmentId, CitationKind kind, String text, int start, int end) {
}
