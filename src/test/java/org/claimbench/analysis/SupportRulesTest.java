package org.claimbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;

class SupportRulesTest {

    static final EvidenceItem DOC = new EvidenceItem(1, 1, "Invoice", EvidenceBasis.DOCUMENT, null, null, null, null);
    static final EvidenceItem BARE = new EvidenceItem(2, 1, "Say-so", EvidenceBasis.BARE_ASSERTION, null, null, null, null);
    static final Map<Long, EvidenceItem> ITEMS = Map.of(1L, DOC, 2L, BARE);

    static ChecklistEntry entry(long node, EvidenceItem item, EvidenceStatus status, Weight weight) {
        return new ChecklistEntry(0, 1, node, item.id(), 0, status, weight, false, null);
    }

    @Test
    void anEmptyChecklistSaysNothing() {
        assertNull(SupportRules.fromChecklist(List.of(), ITEMS));
    }

    @Test
    void inHandOrAttachedOfStrongOrModerateWeightSupports() {
        assertEquals(SupportLevel.SUPPORTED, SupportRules.fromChecklist(List.of(entry(1, DOC, EvidenceStatus.IN_HAND, Weight.STRONG)), ITEMS));
        assertEquals(SupportLevel.SUPPORTED, SupportRules.fromChecklist(List.of(entry(1, DOC, EvidenceStatus.EXHIBIT_ATTACHED, Weight.MODERATE)), ITEMS));
    }

    @Test
    void weakEvidenceInHandOnlyPartlySupports() {
        assertEquals(SupportLevel.PARTLY_SUPPORTED, SupportRules.fromChecklist(List.of(entry(1, DOC, EvidenceStatus.IN_HAND, Weight.WEAK)), ITEMS));
    }

    @Test
    void citedInComplaintNeededOrBareAssertionLeavesItUnsupported() {
        for (EvidenceStatus s : List.of(EvidenceStatus.CITED_IN_COMPLAINT, EvidenceStatus.NEEDED, EvidenceStatus.REQUESTED_IN_DISCOVERY,
                EvidenceStatus.UNAVAILABLE)) {
            assertEquals(SupportLevel.UNSUPPORTED, SupportRules.fromChecklist(List.of(entry(1, DOC, s, Weight.STRONG)), ITEMS), s.name());
        }
        assertEquals(SupportLevel.UNSUPPORTED, SupportRules.fromChecklist(List.of(entry(1, BARE, EvidenceStatus.IN_HAND, Weight.STRONG)), ITEMS));
    }

    @Test
    void anyContradictionWins() {
        assertEquals(SupportLevel.CONTRADICTED, SupportRules.fromChecklist(List.of(
                entry(1, DOC, EvidenceStatus.IN_HAND, Weight.STRONG), entry(1, DOC, EvidenceStatus.CONTRADICTED, Weight.WEAK)), ITEMS));
    }

    @Test
    void levelsRollUpThroughElementsToCountsAndOverridesWin() {
        OutlineNode count = node(10, null, NodeKind.COUNT);
        OutlineNode e1 = node(20, 10L, NodeKind.ELEMENT);
        OutlineNode e2 = node(21, 10L, NodeKind.ELEMENT);
        OutlineNode a1 = node(30, 20L, NodeKind.ALLEGATION);
        OutlineNode a2 = node(31, 21L, NodeKind.ALLEGATION);
        OutlineNode a3 = node(32, 21L, NodeKind.ALLEGATION);
        List<ChecklistEntry> entries = List.of(entry(30, DOC, EvidenceStatus.IN_HAND, Weight.STRONG),
                entry(31, DOC, EvidenceStatus.IN_HAND, Weight.STRONG));
        Map<Long, SupportLevel> levels = SupportRules.rollUp(List.of(count, e1, e2, a1, a2, a3), entries, List.of(DOC, BARE));
        assertEquals(SupportLevel.SUPPORTED, levels.get(20L));
        assertEquals(SupportLevel.UNSUPPORTED, levels.get(32L));
        assertEquals(SupportLevel.PARTLY_SUPPORTED, levels.get(21L));
        assertEquals(SupportLevel.PARTLY_SUPPORTED, levels.get(10L));
        assertEquals(new SupportRules.Coverage(2, 3), SupportRules.coverage(List.of(count, e1, e2, a1, a2, a3), levels));

        OutlineNode overridden = a3.withOverride(SupportLevel.SUPPORTED, "admitted in the answer");
        levels = SupportRules.rollUp(List.of(count, e1, e2, a1, a2, overridden), entries, List.of(DOC, BARE));
        assertEquals(SupportLevel.SUPPORTED, levels.get(21L));
        assertEquals(SupportLevel.SUPPORTED, levels.get(10L));

        List<ChecklistEntry> contradicted = List.of(entry(30, DOC, EvidenceStatus.CONTRADICTED, Weight.STRONG));
        assertEquals(SupportLevel.CONTRADICTED, SupportRules.rollUp(List.of(count, e1, e2, a1, a2, a3), contradicted, List.of(DOC)).get(10L));
    }

    @Test
    void coverageReadsAsASentence() {
        assertEquals("23 of 41 allegations have evidence", new SupportRules.Coverage(23, 41).toString());
        assertEquals("0 of 1 allegation has evidence", new SupportRules.Coverage(0, 1).toString());
        assertEquals("5 of 15 allegations have evidence, 1 contradicted", new SupportRules.Coverage(5, 15, 1).toString());
    }

    @Test
    void aContradictedAllegationHasEvidenceAndTheSentenceSaysSo() {
        OutlineNode count = node(10, null, NodeKind.COUNT);
        OutlineNode e1 = node(20, 10L, NodeKind.ELEMENT);
        OutlineNode a1 = node(30, 20L, NodeKind.ALLEGATION);
        OutlineNode a2 = node(31, 20L, NodeKind.ALLEGATION);
        OutlineNode a3 = node(32, 20L, NodeKind.ALLEGATION);
        List<ChecklistEntry> entries = List.of(entry(30, DOC, EvidenceStatus.IN_HAND, Weight.STRONG),
                entry(31, DOC, EvidenceStatus.CONTRADICTED, Weight.STRONG));
        List<OutlineNode> nodes = List.of(count, e1, a1, a2, a3);
        Map<Long, SupportLevel> levels = SupportRules.rollUp(nodes, entries, List.of(DOC));
        assertEquals(SupportLevel.CONTRADICTED, levels.get(31L));
        SupportRules.Coverage c = SupportRules.coverage(nodes, levels);
        assertEquals(new SupportRules.Coverage(2, 3, 1), c);
        assertEquals("2 of 3 allegations have evidence, 1 contradicted", c.toString());
        assertTrue(SupportRules.counted(SupportLevel.CONTRADICTED) && SupportRules.counted(SupportLevel.PARTLY_SUPPORTED));
        assertFalse(SupportRules.counted(SupportLevel.UNSUPPORTED));
    }

    static OutlineNode node(long id, Long parent, NodeKind kind) {
        return new OutlineNode(id, 1, parent, 0, kind, kind + " " + id, null, null, null, null, null, null);
    }
}
