package org.claimbench.ui.evidence;

import org.claimbench.domain.ChecklistEntry;
import org.claimbench.domain.EvidenceItem;

/** One line of the evidence checklist: the entry and the item it refers to. */
public record ChecklistRow(ChecklistEntry entry, EvidenceItem item) {
}
