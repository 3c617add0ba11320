package org.claimbench.ui;

import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.service.CaseSnapshot;

/** Picks a node worth showing first: the first allegation whose checklist has entries. */
final class OutlineSelection {

    private OutlineSelection() {
    }

    static void selectFirstAllegationWithEvidence(MainViewModel model) {
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
