package org.claimbench.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.analysis.WordingScreen;
import org.claimbench.domain.FlagDecision;
import org.claimbench.domain.FlagVerdict;

/**
 * The user's decisions on wording flags, found by flag: a dismissed flag drops out of the outline and the report,
 * a confirmed one is shown as confirmed, and an undecided one is shown as the screen's suggestion.
 */
public final class FlagDecisions {

    private final Map<String, FlagDecision> byFlag = new HashMap<>();

    public FlagDecisions(List<FlagDecision> decisions) {
        for (FlagDecision d : decisions) {
            byFlag.put(key(d.documentId(), d.start(), d.end(), d.kind()), d);
        }
    }

    public static final FlagDecisions NONE = new FlagDecisions(List.of());

    /** The decision on a flag of a document, or null while the user has not decided. */
    public FlagDecision of(long documentId, WordingScreen.Flag f) {
        return byFlag.get(key(documentId, f.start(), f.end(), f.kind()));
    }

    public FlagVerdict verdict(long documentId, WordingScreen.Flag f) {
        FlagDecision d = of(documentId, f);
        return d == null ? null : d.verdict();
    }

    /** The flags of a document the user has not dismissed. */
    public List<WordingScreen.Flag> standing(long documentId, List<WordingScreen.Flag> flags) {
        return flags.stream().filter(f -> verdict(documentId, f) != FlagVerdict.DISMISSED).toList();
    }

    /** What a confirmed flag's label ends with. */
    static final String CONFIRMED = ", confirmed";

    /** How the outline and the report name a standing flag: its label, and "confirmed" once the user has said so. */
    public String label(long documentId, WordingScreen.Flag f) {
        return verdict(documentId, f) == FlagVerdict.CONFIRMED ? f.label() + CONFIRMED : f.label();
    }

    public boolean isEmpty() {
        return byFlag.isEmpty();
    }

    private static String key(long documentId, int start, int end, String kind) {
        return documentId + ":" + start + ":" + end + ":" + kind;
    }
}
