package org.claimbench.ingest;

import org.claimbench.domain.CitationKind;

/** A citation found in the text; {@code segmentOrdinal} is -1 when it falls outside every segment. */
public record ParsedCitation(CitationKind kind, String text, int start, int end, int segmentOrdinal) {
}
