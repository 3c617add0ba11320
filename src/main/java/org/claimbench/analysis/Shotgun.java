package org.claimbench.analysis;

import java.util.List;

/** A count that incorporates every paragraph before it, earlier counts included: the mark of a shotgun pleading. */
public final class Shotgun {

    private Shotgun() {
    }

    /**
     * Whether the count starting at paragraph {@code start} incorporates every numbered paragraph before it, and at
     * least one of those belongs to an earlier count ({@code earlierCountStarts} holds their first paragraphs).
     */
    public static boolean isShotgun(int start, List<Integer> incorporates, List<Integer> paragraphsBefore, List<Integer> earlierCountStarts) {
        if (earlierCountStarts.isEmpty() || paragraphsBefore.isEmpty()) {
            return false;
        }
        boolean everything = incorporates.containsAll(paragraphsBefore);
        boolean countsToo = earlierCountStarts.stream().anyMatch(s -> s < start && incorporates.contains(s));
        return everything && countsToo;
    }
}
