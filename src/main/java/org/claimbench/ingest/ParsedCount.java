package org.claimbench.ingest;

import java.util.List;

/** A count found in a pleading; {@code segmentOrdinal} is the ordinal of its heading segment. */
public record ParsedCount(int ordinal, String label, String title, List<String> against, int segmentOrdinal,
                          String startParagraph, List<Integer> incorporates) {

    public ParsedCount {
        against = List.copyOf(against);
        incorporates = List.copyOf(incorporates);
    }
}
