package org.claimbench.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * What the defendant's Answer says about each allegation: the responses to the complaint paragraphs its asserting
 * passages sit in. An allegation is disputed when any of them is denied, without knowledge, or admitted only in part.
 */
public final class Disputes {

    /** The order in which a response puts an allegation in dispute, most first. */
    private static final List<ResponseStatus> WEIGHT = List.of(ResponseStatus.DENIED, ResponseStatus.WITHOUT_KNOWLEDGE,
            ResponseStatus.ADMITTED_IN_PART, ResponseStatus.NO_RESPONSE_REQUIRED, ResponseStatus.NOT_ANSWERED, ResponseStatus.ADMITTED);

    /** An allegation's answer: the status that weighs most among its paragraphs', and each paragraph's response. */
    public record Answered(ResponseStatus status, List<AnswerResponse> responses) {

        public boolean disputed() {
            return status.disputed();
        }

        /** "denied (¶ 12); admitted (¶ 13, ¶ 14)". */
        public String describe() {
            Map<ResponseStatus, List<String>> by = new java.util.EnumMap<>(ResponseStatus.class);
            for (AnswerResponse r : responses) {
                List<String> cites = by.computeIfAbsent(r.status(), k -> new ArrayList<>());
                if (!cites.contains("\u00b6 " + r.paragraph())) {
                    cites.add("\u00b6 " + r.paragraph());
                }
            }
            List<String> parts = new ArrayList<>();
            for (ResponseStatus s : WEIGHT) {
                if (by.containsKey(s)) {
                    parts.add(s.label() + " (" + String.join(", ", by.get(s)) + ")");
                }
            }
            return String.join("; ", parts);
        }
    }

    private Disputes() {
    }

    /**
     * Each outline node that asserts a passage in an answered complaint paragraph, with what the Answer says.
     *
     * @param bySegment the response to each numbered paragraph of an answered complaint, by the paragraph's segment id
     */
    public static Map<Long, Answered> of(List<Passage> passages, List<Link> links, Map<Long, AnswerResponse> bySegment) {
        Map<Long, Answered> out = new HashMap<>();
        if (bySegment.isEmpty()) {
            return out;
        }
        Map<Long, Passage> byId = new HashMap<>();
        passages.forEach(p -> byId.put(p.id(), p));
        Map<Long, List<AnswerResponse>> byNode = new HashMap<>();
        for (Link l : links) {
            Passage p = byId.get(l.passageId());
            if (l.role() != LinkRole.ASSERTS || p == null || p.segmentId() == null) {
                continue;
            }
            AnswerResponse r = bySegment.get(p.segmentId());
            if (r != null) {
                List<AnswerResponse> list = byNode.computeIfAbsent(l.nodeId(), k -> new ArrayList<>());
                if (!list.contains(r)) {
                    list.add(r);
                }
            }
        }
        byNode.forEach((node, responses) -> {
            ResponseStatus worst = responses.stream().map(AnswerResponse::status).min(java.util.Comparator.comparingInt(WEIGHT::indexOf))
                    .orElseThrow();
            out.put(node, new Answered(worst, List.copyOf(responses)));
        });
        return out;
    }

    /** How many complaint paragraphs got each status. */
    public static Map<ResponseStatus, Integer> count(Iterable<AnswerResponse> responses) {
        Map<ResponseStatus, Integer> n = new java.util.EnumMap<>(ResponseStatus.class);
        for (ResponseStatus s : ResponseStatus.values()) {
            n.put(s, 0);
        }
        responses.forEach(r -> n.merge(r.status(), 1, Integer::sum));
        return n;
    }
}
