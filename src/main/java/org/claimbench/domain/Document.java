package org.claimbench.domain;

import java.time.Instant;

/**
 * A document of a case, without its text and original bytes, which are read on demand.
 * {@code supersedesId} names the document this one amends, or is null. {@code shortName} is the name a cite gives
 * it ("FAC", "Ex. A"), as the user set it; null means the one {@link ShortNames} works out from kind and title.
 */
public record Document(long id, long caseId, DocumentKind kind, String title, String fileName,
                       String mediaType, String sha256, Long supersedesId, int position, Instant created, String shortName) {

    /** The name a cite gives the document: the short name the user set, else the one worked out from kind and title. */
    public String citeName() {
        return shortName != null && !shortName.isBlank() ? shortName : ShortNames.defaultFor(kind, title);
    }

    /** The same document with another short name (null: the default). */
    public Document withShortName(String name) {
        return new Document(id, caseId, kind, title, fileName, mediaType, sha256, supersedesId, position, created, name);
    }
}
