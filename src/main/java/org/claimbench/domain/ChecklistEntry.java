package org.claimbench.domain;

/** An evidence item on the checklist of an outline node, with its status for that node. */
public record ChecklistEntry(long id, long caseId, long nodeId, long evidenceId, int position,
                             EvidenceStatus status, Weight weight, boolean checked, String note) {

    public ChecklistEntry withId(long newId) {
        return new ChecklistEntry(newId, caseId, nodeId, evidenceId, position, status, weight, checked, note);
    }
}
