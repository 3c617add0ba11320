package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.claimbench.analysis.ElementTemplates;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.StandardOfProof;
import org.claimbench.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateServiceTest {

    @TempDir
    Path dir;

    @Test
    void theLibraryCoversTheCommonCausesOfActionAndSuggestsTheRightOne() {
        ElementTemplates lib = ElementTemplates.of(ElementTemplates.builtIn(), null);
        assertEquals(16, lib.all().size());
        assertTrue(lib.all().stream().allMatch(t -> !t.elements().isEmpty()));
        assertEquals("tvpra-1595", lib.best("FIRST CAUSE OF ACTION \u2014 Beneficiary Liability, 18 U.S.C. \u00a7 1595", null).id());
        assertEquals("cal-civ-52-5", lib.best("SECOND CAUSE OF ACTION \u2014 Human Trafficking, Cal. Civ. Code \u00a7 52.5", null).id());
        assertEquals("negligence", lib.best("THIRD CAUSE OF ACTION \u2014 Negligence", null).id());
        assertEquals("negligence-per-se", lib.best("Count IV \u2014 Negligence per se", null).id());
        assertEquals("breach-of-contract", lib.best("COUNT I \u2014 Breach of Contract", null).id());
        assertEquals("fraud", lib.best("COUNT II \u2014 Fraudulent Concealment", null).id());
        assertEquals("ucl-17200", lib.best("COUNT III \u2014 Unfair Competition, Cal. Bus. & Prof. Code \u00a7 17200", null).id());
        assertEquals("rico-1962c", lib.best("Count V", "18 U.S.C. \u00a7 1962(c)").id());
        assertEquals("section-1983", lib.best("Count I \u2014 Excessive force", "42 U.S.C. \u00a7 1983").id());
        assertNull(lib.best("Count IX \u2014 Something else entirely", null));
    }

    @Test
    void applyingATemplateAddsItsElementsAndUndoes() {
        try (Store store = Store.open(dir)) {
            long caseId = store.cases().create("Case", null, null, null).id();
            OutlineNode count = store.outline().append(OutlineNode.of(caseId, null, 0, NodeKind.COUNT, "Count I \u2014 Negligence"));
            TemplateService templates = org.claimbench.service.Services.of(store, dir).templates();
            Edit e = templates.apply(count.id(), templates.library().best(count.title(), null));
            e.apply();
            List<OutlineNode> elements = store.outline().nodes(caseId).stream().filter(n -> n.kind() == NodeKind.ELEMENT).toList();
            assertEquals(List.of("Duty", "Breach", "Causation", "Damages"), elements.stream().map(OutlineNode::title).toList());
            assertEquals(StandardOfProof.LEGAL_QUESTION, elements.get(0).standardOfProof());
            assertEquals("Common law", store.outline().find(count.id()).orElseThrow().legalBasis());
            e.revert();
            assertEquals(1, store.outline().nodes(caseId).size());
            assertNull(store.outline().find(count.id()).orElseThrow().legalBasis());
        }
    }

    @Test
    void aCountsElementsCanBeSavedAsATemplateOfOnesOwn() throws Exception {
        try (Store store = Store.open(dir)) {
            long caseId = store.cases().create("Case", null, null, null).id();
            OutlineNode count = store.outline().append(OutlineNode.of(caseId, null, 0, NodeKind.COUNT, "Count I \u2014 Promissory estoppel"));
            store.outline().append(OutlineNode.of(caseId, count.id(), 0, NodeKind.ELEMENT, "A clear promise"));
            store.outline().append(OutlineNode.of(caseId, count.id(), 0, NodeKind.ELEMENT, "Reasonable reliance"));
            TemplateService templates = org.claimbench.service.Services.of(store, dir).templates();
            templates.saveAsTemplate(count.id(), "Promissory estoppel");
            ElementTemplates.Template mine = org.claimbench.service.Services.of(store, dir).templates().library().best("Count II \u2014 promissory estoppel", null);
            assertEquals("user-promissory-estoppel", mine.id());
            assertEquals(List.of("A clear promise", "Reasonable reliance"), mine.elements().stream().map(ElementTemplates.Element::name).toList());
            assertEquals(17, org.claimbench.service.Services.of(store, dir).templates().library().all().size());
        }
    }
}
