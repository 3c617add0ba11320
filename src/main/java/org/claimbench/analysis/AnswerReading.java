package org.claimbench.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.claimbench.domain.AffirmativeDefense;
import org.claimbench.domain.AnswerResponse;
import org.claimbench.domain.PleadedResponse;
import org.claimbench.domain.ResponseScope;
import org.claimbench.domain.ResponseStatus;

/**
 * An Answer laid against the complaint it answers: exactly one response per numbered paragraph of the complaint, in
 * the complaint's order, and how many paragraphs have each status.
 *
 * <p>Which response a paragraph takes, when several speak to it:
 * <ol>
 *   <li>A response that names the paragraph (numbered as it is, or naming it in a list or a range) beats anything
 *       wider. Among those, the one that names the fewest paragraphs wins ("Answering paragraph 7, admitted" beats
 *       "denies the allegations of paragraphs 5 through 9"), and of two that name as many, the later in the Answer.</li>
 *   <li>Else a catch-all denial ("denies each and every allegation not specifically admitted"): denied, form
 *       "catch-all denial". The last one pleaded gives the words.</li>
 *   <li>Else a general denial (Cal. Code Civ. Proc. § 431.30(d): "generally denies each and every allegation"):
 *       denied, form "general denial".</li>
 *   <li>Else the paragraph is not answered: status {@link ResponseStatus#NOT_ANSWERED}, start and end −1, no page:line.</li>
 * </ol>
 * Responses to the headings, the prayer and unnumbered text answer no numbered paragraph; they are kept apart, in
 * {@link Reading#other()}. A paragraph number is matched as a number ("07" is paragraph 7); a label that is not a
 * number only as written.
 */
public final class AnswerReading {

    /**
     * The reading: one response per complaint paragraph ({@code responses}, in the complaint's order), the responses to
     * something other than a numbered paragraph ({@code other}), the defenses, and the count of each status over
     * {@code responses} (every status present, zero included, in the enum's order).
     */
    public record Reading(List<AnswerResponse> responses, List<PleadedResponse> other, List<AffirmativeDefense> defenses,
                          Map<ResponseStatus, Integer> counts) {

        public Reading {
            responses = List.copyOf(responses);
            other = List.copyOf(other);
            defenses = List.copyOf(defenses);
            counts = Collections.unmodifiableMap(new EnumMap<>(counts));
        }

        /** How many paragraphs have {@code status}. */
        public int count(ResponseStatus status) {
            return counts.getOrDefault(status, 0);
        }

        /** The paragraphs the Answer puts in dispute: denied, without knowledge, or admitted only in part. */
        public int disputed() {
            return (int) responses.stream().filter(r -> r.status().disputed()).count();
        }
    }

    private AnswerReading() {
    }

    /** Reads {@code pleaded} (in the Answer's order) against the complaint's numbered paragraphs {@code labels}. */
    public static Reading read(List<PleadedResponse> pleaded, List<AffirmativeDefense> defenses, List<String> labels) {
        PleadedResponse catchAll = null;
        PleadedResponse general = null;
        List<PleadedResponse> other = new ArrayList<>();
        for (PleadedResponse r : pleaded) {
            switch (r.scope()) {
                case REMAINING -> catchAll = r;
                case ALL -> general = general == null ? r : general;
                case PARAGRAPHS -> {
                }
                default -> other.add(r);
            }
        }
        List<AnswerResponse> out = new ArrayList<>(labels.size());
        Map<ResponseStatus, Integer> counts = new EnumMap<>(ResponseStatus.class);
        for (ResponseStatus s : ResponseStatus.values()) {
            counts.put(s, 0);
        }
        for (String label : labels) {
            AnswerResponse a = answer(label, pleaded, catchAll, general);
            out.add(a);
            counts.merge(a.status(), 1, Integer::sum);
        }
        return new Reading(out, other, defenses, counts);
    }

    /** The response {@code label} takes, by the rules of the class comment. */
    static AnswerResponse answer(String label, List<PleadedResponse> pleaded, PleadedResponse catchAll, PleadedResponse general) {
        PleadedResponse best = null;
        for (PleadedResponse r : pleaded) {
            if (r.scope() == ResponseScope.PARAGRAPHS && r.names(label)
                    && (best == null || r.paragraphs().size() <= best.paragraphs().size())) {
                best = r;
            }
        }
        if (best == null && catchAll != null) {
            return new AnswerResponse(label, ResponseStatus.DENIED, catchAll.start(), catchAll.end(), catchAll.first(), catchAll.last(), null,
                    "catch-all denial");
        }
        if (best == null && general != null) {
            return new AnswerResponse(label, general.status(), general.start(), general.end(), general.first(), general.last(), null,
                    "general denial");
        }
        if (best == null) {
            return new AnswerResponse(label, ResponseStatus.NOT_ANSWERED, -1, -1, null, null, null, "not answered");
        }
        return new AnswerResponse(label, best.status(), best.start(), best.end(), best.first(), best.last(), best.admitted(), best.form());
    }

    /** The paragraphs an Answer names itself, in number order: what a reading stands on when the complaint is not at hand. */
    public static List<String> namedParagraphs(List<PleadedResponse> pleaded) {
        java.util.TreeSet<Integer> numbers = new java.util.TreeSet<>();
        List<String> others = new ArrayList<>();
        for (PleadedResponse r : pleaded) {
            for (String p : r.paragraphs()) {
                String c = PleadedResponse.canonical(p);
                if (c.matches("\\d+")) {
                    numbers.add(Integer.parseInt(c));
                } else if (!others.contains(c)) {
                    others.add(c);
                }
            }
        }
        List<String> out = new ArrayList<>();
        numbers.forEach(n -> out.add(String.valueOf(n)));
        out.addAll(others);
        return out;
    }
}
