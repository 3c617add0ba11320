package org.claimbench.ui.outline;

import org.claimbench.ui.session.CaseSession;

import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.service.CaseSnapshot;

/** Picks a node worth showing first: the first allegation whose checklist has entries. */
public final class OutlineSelection {

    private OutlineSelection() {
    }

    public static void selectFirstAllegationWithEvidence(CaseSession model) {
        CaseSnapshot s = model.snapshotProperty().get();
        if (s == null) {
            return;
        }
        for (OutlineNode n : s.outline()) {
            if (n.kind() == NodeKind.ALLEGATION && s.support().get(n.id()) != null && s.support().get(n.id()).hasEvidence()) {
                model.selectedNodeProperty().set(n);
                return;
            }
        }
    }
}
