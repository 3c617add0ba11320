package org.claimbench.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.domain.ChecklistEntry;
import org.claimbench.domain.EvidenceBasis;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.EvidenceStatus;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.SupportLevel;
import org.claimbench.domain.Weight;

/**
 * The support level of each outline node, from its checklist and its children. The rules are written out
 * in docs/support-rules.md; a user's override always wins and is what the parent sees.
 */
public final class SupportRules {

    private SupportRules() {
    }

    /** Whether an entry counts as evidence at all: in the user's hands (or attached), and more than an assertion. */
    static boolean isEvidenceInHand(ChecklistEntry e, EvidenceItem item) {
        return (e.status() == EvidenceStatus.IN_HAND || e.status() == EvidenceStatus.EXHIBIT_ATTACHED)
                && (item == null || item.basis() != EvidenceBasis.BARE_ASSERTION);
    }

    /** The level that a node's own checklist gives, or null when it has no entries. */
    public static SupportLevel fromChecklist(Collection<ChecklistEntry> entries, Map<Long, EvidenceItem> items) {
        if (entries.isEmpty()) {
            return null;
        }
        boolean strong = false;
        boolean weak = false;
        for (ChecklistEntry e : entries) {
            if (e.status() == EvidenceStatus.CONTRADICTED) {
                return SupportLevel.CONTRADICTED;
            }
            if (isEvidenceInHand(e, items.get(e.evidenceId()))) {
                if (e.weight() == Weight.WEAK) {
                    weak = true;
                } else {
                    strong = true;
                }
            }
        }
        return strong ? SupportLevel.SUPPORTED : weak ? SupportLevel.PARTLY_SUPPORTED : SupportLevel.UNSUPPORTED;
    }

    /** Combines the levels of a node's children (and of its own checklist, if any). */
    public static SupportLevel combine(List<SupportLevel> levels) {
        if (levels.isEmpty()) {
            return SupportLevel.UNSUPPORTED;
        }
        if (levels.contains(SupportLevel.CONTRADICTED)) {
            return SupportLevel.CONTRADICTED;
        }
        if (levels.stream().allMatch(l -> l == SupportLevel.SUPPORTED)) {
            return SupportLevel.SUPPORTED;
        }
        if (levels.stream().anyMatch(SupportLevel::hasEvidence)) {
            return SupportLevel.PARTLY_SUPPORTED;
        }
        return SupportLevel.UNSUPPORTED;
    }

    /** The support level of every node of an outline. */
    public static Map<Long, SupportLevel> rollUp(List<OutlineNode> nodes, List<ChecklistEntry> entries, List<EvidenceItem> items) {
        Map<Long, EvidenceItem> byId = new HashMap<>();
        items.forEach(i -> byId.put(i.id(), i));
        Map<Long, List<ChecklistEntry>> entriesByNode = new HashMap<>();
        entries.forEach(e -> entriesByNode.computeIfAbsent(e.nodeId(), k -> new ArrayList<>()).add(e));
        Map<Long, List<OutlineNode>> children = new HashMap<>();
        nodes.forEach(n -> children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n));
        Map<Long, SupportLevel> result = new HashMap<>();
        for (OutlineNode root : children.getOrDefault(null, List.of())) {
            level(root, children, entriesByNode, byId, result, 0);
        }
        return result;
    }

    private static SupportLevel level(OutlineNode node, Map<Long, List<OutlineNode>> children,
                                      Map<Long, List<ChecklistEntry>> entries, Map<Long, EvidenceItem> items,
                                      Map<Long, SupportLevel> result, int depth) {
        List<SupportLevel> parts = new ArrayList<>();
        if (depth < 1000) {
            for (OutlineNode child : children.getOrDefault(node.id(), List.of())) {
                parts.add(level(child, children, entries, items, result, depth + 1));
            }
        }
        SupportLevel own = fromChecklist(entries.getOrDefault(node.id(), List.of()), items);
        if (own != null) {
            parts.add(own);
        }
        SupportLevel computed = combine(parts);
        SupportLevel effective = node.supportOverride() != null ? node.supportOverride() : computed;
        result.put(node.id(), effective);
        return effective;
    }

    /**
     * Whether an allegation at this level has evidence for the coverage count: supported, partly supported, and
     * contradicted too, since evidence that contradicts an allegation is evidence about it. Only unsupported has none.
     */
    public static boolean counted(SupportLevel level) {
        return level != null && level != SupportLevel.UNSUPPORTED;
    }

    /** Coverage for the status bar: how many allegations have evidence, of how many, and how many are contradicted. */
    public static Coverage coverage(List<OutlineNode> nodes, Map<Long, SupportLevel> levels) {
        int total = 0;
        int covered = 0;
        int contradicted = 0;
        for (OutlineNode n : nodes) {
            if (n.kind() == NodeKind.ALLEGATION) {
                total++;
                SupportLevel l = levels.getOrDefault(n.id(), SupportLevel.UNSUPPORTED);
                covered += counted(l) ? 1 : 0;
                contradicted += l == SupportLevel.CONTRADICTED ? 1 : 0;
            }
        }
        return new Coverage(covered, total, contradicted);
    }

    /** {@code covered} counts the contradicted allegations too; {@code contradicted} says how many of them there are. */
    public record Coverage(int covered, int total, int contradicted) {

        /** Without contradicted allegations. */
        public Coverage(int covered, int total) {
            this(covered, total, 0);
        }

        /** "5 of 15 allegations have evidence", with ", 1 contradicted" when any are. */
        @Override
        public String toString() {
            return sentence(covered, total, contradicted);
        }

        /** The coverage sentence, the same for the status bar and the report. */
        public static String sentence(int covered, int total, int contradicted) {
            return covered + " of " + total + (total == 1 ? " allegation has" : " allegations have") + " evidence"
                    + (contradicted > 0 ? ", " + contradicted + " contradicted" : "");
        }
    }
}
