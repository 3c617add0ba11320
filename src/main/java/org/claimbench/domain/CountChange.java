package org.claimbench.domain;

import java.util.List;

/**
 * A count of the old version beside the count that answers to it in the new one. {@code before} is null for an added
 * count and {@code after} for a dropped one. The parties named in the new count but not the old (and the reverse)
 * are listed whatever the kind, so a renumbered count may also be pleaded against someone new.
 */
public record CountChange(CountChangeKind kind, PleadedCount before, PleadedCount after,
                          List<String> againstAdded, List<String> againstDropped) {

    public CountChange {
        againstAdded = List.copyOf(againstAdded);
        againstDropped = List.copyOf(againstDropped);
        if (kind == CountChangeKind.ADDED ? before != null || after == null
                : kind == CountChangeKind.DROPPED ? after != null || before == null : before == null || after == null) {
            throw new IllegalArgumentException(kind + " count change with the wrong sides");
        }
    }

    /** Whether the parties the count is pleaded against changed. */
    public boolean againstChanged() {
        return !againstAdded.isEmpty() || !againstDropped.isEmpty();
    }
}
