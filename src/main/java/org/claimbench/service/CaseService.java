package org.claimbench.service;

import java.util.List;

import org.claimbench.analysis.SupportRules;
import org.claimbench.domain.ChecklistEntry;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.LegalCase;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.SupportLevel;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;

/** Reads and changes cases as wholes. Every method does store work: call it off the UI thread. */
public final class CaseService {

    private final Store store;

    public CaseService(Store store) {
        this.store = store;
    }

    public List<LegalCase> cases() {
        return store.cases().list();
    }

    public LegalCase create(String title) {
        return store.cases().create(title, null, null, null);
    }

    /** Reads a case with everything the panes show, and records it as the most recently opened. */
    public CaseSnapshot open(long caseId) {
        store.cases().markOpened(caseId);
        return snapshot(caseId);
    }

    public CaseSnapshot snapshot(long caseId) {
        LegalCase legalCase = store.cases().find(caseId)
                .orElseThrow(() -> new StoreException("Case " + caseId + " does not exist. Run `claimbench cases` to list the cases."));
        List<OutlineNode> outline = store.outline().nodes(caseId);
        List<EvidenceItem> evidence = store.evidence().items(caseId);
        List<ChecklistEntry> checklist = store.evidence().entries(caseId);
        var support = SupportRules.rollUp(outline, checklist, evidence);
        return new CaseSnapshot(legalCase, store.cases().parties(caseId), store.documents().list(caseId), outline,
                store.passages().forCase(caseId), store.passages().links(caseId), evidence, checklist, support,
                SupportRules.coverage(outline, support));
    }

    public java.util.Map<Long, SupportLevel> support(long caseId) {
        return snapshot(caseId).support();
    }
}
