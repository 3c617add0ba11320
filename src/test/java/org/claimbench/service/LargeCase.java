package org.claimbench.service;

import org.claimbench.domain.ChecklistEntry;
import org.claimbench.domain.EvidenceBasis;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.EvidenceStatus;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Weight;
import org.claimbench.store.Store;

/**
 * A generated outline: counts of 5 elements of 10 allegations, each with {@code itemsEach} evidence items (or, varied,
 * one fewer to two more, so that headings fall at every height of a page); one allegation in three has one in hand.
 */
public final class LargeCase {

    private LargeCase() {
    }

    public static void fill(Store store, long caseId, int allegations, int itemsEach) {
        fill(store, caseId, allegations, itemsEach, false);
    }

    /** With {@code vary}, the number of items changes from allegation to allegation (for pagination checks). */
    public static void fill(Store store, long caseId, int allegations, int itemsEach, boolean vary) {
        store.transaction(tx -> {
            OutlineNode count = null;
            OutlineNode element = null;
            for (int i = 0; i < allegations; i++) {
                if (i % 50 == 0) {
                    count = tx.outline().append(OutlineNode.of(caseId, null, 0, NodeKind.COUNT, "Count " + (i / 50 + 1)));
                }
                if (i % 10 == 0) {
                    element = tx.outline().append(OutlineNode.of(caseId, count.id(), 0, NodeKind.ELEMENT, "Element " + (i / 10 + 1)));
                }
                OutlineNode a = tx.outline().append(OutlineNode.of(caseId, element.id(), 0, NodeKind.ALLEGATION, "Allegation " + i + " of the complaint")
                        .withBody("The defendant did thing number " + i + " on a date the complaint gives."));
                for (int j = 0; j < itemsEach + (vary && itemsEach > 1 ? i % 4 - 1 : 0); j++) {
                    EvidenceItem item = tx.evidence().insertItem(new EvidenceItem(0, caseId, "Record " + j + " for allegation " + i,
                            EvidenceBasis.DOCUMENT, "Subpoena " + i, null, null, null));
                    EvidenceStatus status = j == 0 && i % 3 == 0 ? EvidenceStatus.IN_HAND : EvidenceStatus.NEEDED;
                    tx.evidence().addEntry(new ChecklistEntry(0, caseId, a.id(), item.id(), 0, status, Weight.STRONG, false, null));
                }
            }
            return null;
        });
    }
}
