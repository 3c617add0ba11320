package org.claimbench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.claimbench.domain.Link;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;

/**
 * The wording flags of an outline: each allegation gets the flags of the paragraphs its passages assert (each
 * paragraph once), and each count and element the number of its allegations' flags by kind. The flag type is left
 * open, so that the window (flags with the user's verdicts) and the report (labels) roll up the same way.
 */
public final class WordingRollUp {

    private WordingRollUp() {
    }

    /** A flag where it lies: the document and paragraph (segment) it was found in. */
    public record Placed<F>(long documentId, long segmentId, F flag) {
    }

    /**
     * The flags of every allegation, in document order and then in the order {@code flagsBySegment} lists them.
     * Only passages that assert the allegation count; a paragraph two passages lie in counts once.
     */
    public static <F> Map<Long, List<Placed<F>>> byAllegation(List<OutlineNode> outline, List<Passage> passages, List<Link> links,
                                                            Map<Long, List<F>> flagsBySegment) {
        Map<Long, Passage> byId = new HashMap<>();
        passages.forEach(p -> byId.put(p.id(), p));
        Set<Long> allegations = new HashSet<>();
        outline.stream().filter(n -> n.kind() == NodeKind.ALLEGATION).forEach(n -> allegations.add(n.id()));
        Map<Long, Set<Long>> segmentsSeen = new HashMap<>();
        Map<Long, List<Placed<F>>> out = new HashMap<>();
        for (Link l : links) {
            Passage p = l.role() == LinkRole.ASSERTS && allegations.contains(l.nodeId()) ? byId.get(l.passageId()) : null;
            if (p == null || p.segmentId() == null || !segmentsSeen.computeIfAbsent(l.nodeId(), k -> new HashSet<>()).add(p.segmentId())) {
                continue;
            }
            for (F f : flagsBySegment.getOrDefault(p.segmentId(), List.of())) {
                out.computeIfAbsent(l.nodeId(), k -> new ArrayList<>()).add(new Placed<>(p.documentId(), p.segmentId(), f));
            }
        }
        return out;
    }

    /** Sorts each allegation's flags by document and then by {@code order} (a flag's place in the text). */
    public static <F> Map<Long, List<Placed<F>>> sorted(Map<Long, List<Placed<F>>> byAllegation, Comparator<F> order) {
        Map<Long, List<Placed<F>>> out = new HashMap<>();
        byAllegation.forEach((id, list) -> {
            List<Placed<F>> copy = new ArrayList<>(list);
            copy.sort(Comparator.<Placed<F>>comparingLong(Placed::documentId).thenComparing(Placed::flag, order));
            out.put(id, List.copyOf(copy));
        });
        return out;
    }

    /**
     * For every count and element: its allegations' flags counted by kind, in the order the kinds are first met.
     * Within one allegation a flag counts once by {@code sameFlag}; flags {@code counted} refuses (the user dismissed
     * them) do not count.
     */
    public static <F> Map<Long, Map<String, Integer>> byKind(List<OutlineNode> outline, Map<Long, List<Placed<F>>> byAllegation,
                                                             Function<F, String> kind, Function<F, String> sameFlag,
                                                             Predicate<Placed<F>> counted) {
        Map<Long, OutlineNode> nodes = new HashMap<>();
        outline.forEach(n -> nodes.put(n.id(), n));
        Map<Long, Map<String, Integer>> out = new HashMap<>();
        for (var e : byAllegation.entrySet()) {
            OutlineNode allegation = nodes.get(e.getKey());
            if (allegation == null) {
                continue;
            }
            Map<String, Integer> own = new LinkedHashMap<>();
            Set<String> seen = new HashSet<>();
            for (Placed<F> f : e.getValue()) {
                if (counted.test(f) && seen.add(sameFlag.apply(f.flag()))) {
                    own.merge(kind.apply(f.flag()), 1, Integer::sum);
                }
            }
            Set<Long> visited = new HashSet<>();
            for (Long up = allegation.parentId(); up != null && nodes.containsKey(up) && visited.add(up); up = nodes.get(up).parentId()) {
                Map<String, Integer> sum = out.computeIfAbsent(up, k -> new LinkedHashMap<>());
                own.forEach((k, v) -> sum.merge(k, v, Integer::sum));
            }
        }
        return out;
    }
}
