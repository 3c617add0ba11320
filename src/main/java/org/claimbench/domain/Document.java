package org.claimbench.domain;

import java.time.Instant;

/**
 * A document of a case, without its text and original bytes, which are read on demand.
 * {@code supersedesId} names the document this one amends, or is null.
 */
public record Document(long id, long caseId, DocumentKind kind, String title, String fileName,
                       String mediaType, String sha256, Long supersedesId, int position, Instant created) {
}
