package org.claimbench.domain;

import java.util.List;

/** A count (cause of action) as the complaint pleads it. */
public record PleadedCount(long id, long documentId, int ordinal, String label, String title,
                           List<String> against, Long segmentId, String startLabel, List<Integer> incorporates) {

    public PleadedCount {
        against = List.copyOf(against);
        incorporates = List.copyOf(incorporates);
    }
}
