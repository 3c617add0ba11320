package org.claimbench.domain;

import java.util.List;

/** The caption of a pleading: court, case number, document title and the parties as separate names. */
public record Caption(String court, String caseNumber, String title, List<String> plaintiffs, List<String> defendants) {

    public Caption {
        plaintiffs = List.copyOf(plaintiffs);
        defendants = List.copyOf(defendants);
    }

    public static Caption empty() {
        return new Caption(null, null, null, List.of(), List.of());
    }

    /** "Roe v. Meridian Cloud, Inc.", or null when the parties are unknown. */
    public String shortTitle() {
        if (plaintiffs.isEmpty() || defendants.isEmpty()) {
            return null;
        }
        return firstName(plaintiffs) + " v. " + firstName(defendants);
    }

    private static String firstName(List<String> names) {
        return names.get(0) + (names.size() > 1 ? " et al." : "");
    }
}
