package org.claimbench.ui.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.domain.EvidenceBasis;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.EvidenceStatus;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Weight;
import org.claimbench.ui.session.WorkbenchFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EvidenceViewModelTest {

    final WorkbenchFixture f = new WorkbenchFixture();
    final EvidenceViewModel vm = f.w.evidence();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void evidence_is_added_reordered_set_and_removed() {
        OutlineNode n = f.firstAllegation();
        int before = vm.checklist(n).size();
        vm.addEvidence(n, new EvidenceItem(0, f.caseId, "Signed contract", EvidenceBasis.DOCUMENT, null, null, null, null),
                EvidenceStatus.NEEDED, Weight.STRONG, "ask the client");
        vm.addEvidence(n, new EvidenceItem(0, f.caseId, "Invoice of March", EvidenceBasis.DOCUMENT, null, null, null, null),
                EvidenceStatus.NEEDED, Weight.MODERATE, null);
        List<ChecklistRow> rows = vm.checklist(n);
        assertEquals(before + 2, rows.size());
        ChecklistRow last = rows.get(rows.size() - 1);
        assertEquals("Invoice of March", last.item().description());
        vm.moveEvidence(last, 0);
        assertEquals("Invoice of March", vm.checklist(n).get(0).item().description());
        vm.setStatus(vm.checklist(n).get(0), EvidenceStatus.IN_HAND);
        assertEquals(EvidenceStatus.IN_HAND, vm.checklist(n).get(0).entry().status());
        vm.removeEvidence(vm.checklist(n).get(0));
        assertEquals(before + 1, vm.checklist(n).size());
        f.w.edits().undo();
        assertEquals(before + 2, vm.checklist(n).size());
    }

    @Test
    void linked_passages_come_in_document_order_with_their_roles_and_titles() {
        OutlineNode linked = f.snapshot().outline().stream().filter(n -> vm.linkedPassages(n).size() > 1).findFirst().orElseThrow();
        List<EvidenceViewModel.LinkedPassage> list = vm.linkedPassages(linked);
        for (int i = 1; i < list.size(); i++) {
            var a = list.get(i - 1).passage();
            var b = list.get(i).passage();
            assertTrue(f.w.session().documentPosition(a.documentId()) < f.w.session().documentPosition(b.documentId())
                    || a.documentId() == b.documentId() && a.start() <= b.start());
        }
        assertFalse(list.get(0).documentTitle().isEmpty());
    }

    @Test
    void a_passage_of_a_pleading_asserts_and_one_of_an_exhibit_supports() {
        OutlineNode n = f.firstAllegation();
        var exhibitPassage = vm.passagesOutsidePleadings().get(0);
        vm.linkPassage(exhibitPassage, n);
        assertTrue(f.stored().links().stream().anyMatch(l -> l.passageId() == exhibitPassage.id() && l.nodeId() == n.id()
                && l.role() == LinkRole.SUPPORTS));
    }

    @Test
    void citations_in_an_allegations_paragraphs_are_suggested_until_added() {
        OutlineNode withCitation = f.snapshot().outline().stream().filter(n -> !vm.suggestedEvidence(n).isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("the demo cites exhibits in its allegations' paragraphs"));
        var suggestion = vm.suggestedEvidence(withCitation).get(0);
        int before = vm.suggestedEvidence(withCitation).size();
        vm.addSuggestedEvidence(withCitation, suggestion);
        assertEquals(before - 1, vm.suggestedEvidence(withCitation).size());
        assertTrue(vm.checklist(withCitation).stream().anyMatch(r -> suggestion.text().equals(r.item().citationText())));
    }
}
