package org.claimbench.ingest;

import java.util.List;

import org.claimbench.domain.AffirmativeDefense;
import org.claimbench.domain.PleadedResponse;

/**
 * What an Answer says beyond its own structure: its responses to the complaint in the order pleaded, and the
 * affirmative defenses it raises.
 */
public record ParsedAnswer(List<PleadedResponse> responses, List<AffirmativeDefense> defenses) {

    public ParsedAnswer {
        responses = List.copyOf(responses);
        defenses = List.copyOf(defenses);
    }
}
