package org.claimbench.store;

import static org.claimbench.store.generated.Tables.CHECKLIST_ENTRY;
import static org.claimbench.store.generated.Tables.EVIDENCE_ITEM;

import java.util.List;
import java.util.Optional;

import org.claimbench.domain.ChecklistEntry;
import org.claimbench.domain.EvidenceBasis;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.EvidenceStatus;
import org.claimbench.domain.Weight;
import org.claimbench.store.generated.tables.records.ChecklistEntryRecord;
import org.claimbench.store.generated.tables.records.EvidenceItemRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

public final class EvidenceRepository {

    private final DSLContext dsl;
    private final Versions versions;

    EvidenceRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.versions = Versions.of(dsl);
    }

    public EvidenceItem insertItem(EvidenceItem item) {
        return insertItem(item, false);
    }

    /** Puts back an item that was deleted, with its own id (for undo). */
    public EvidenceItem restoreItem(EvidenceItem item) {
        return insertItem(item, true);
    }

    private EvidenceItem insertItem(EvidenceItem item, boolean keepId) {
        return Writes.inTransaction(dsl, tx -> {
            EvidenceItemRecord r = tx.newRecord(EVIDENCE_ITEM);
            if (keepId) {
                r.setId(item.id());
            }
            fill(r, item);
            r.store();
            versions.made(Versions.ITEM, r.getId());
            return map(r);
        });
    }

    /** Writes the item's words, basis and source, over the version read here ({@link StaleEdit} if someone changed it since). */
    public EvidenceItem updateItem(EvidenceItem item) {
        return Writes.inTransaction(dsl, tx -> {
            Versions.Guard g = versions.guard(Versions.ITEM, item.id());
            EvidenceItemRecord values = tx.newRecord(EVIDENCE_ITEM);
            fill(values, item);
            int n = tx.update(EVIDENCE_ITEM).set(values).set(versions.bump(Versions.ITEM))
                    .where(EVIDENCE_ITEM.ID.eq(item.id()), g.condition()).execute();
            versions.check(tx, g, n);
            if (n == 0) {
                throw new StoreException("Evidence item " + item.id() + " does not exist.");
            }
            return tx.selectFrom(EVIDENCE_ITEM).where(EVIDENCE_ITEM.ID.eq(item.id())).fetchOne(EvidenceRepository::map);
        });
    }

    public Optional<EvidenceItem> findItem(long id) {
        return dsl.selectFrom(EVIDENCE_ITEM).where(EVIDENCE_ITEM.ID.eq(id)).fetchOptional().map(EvidenceRepository::map);
    }

    public List<EvidenceItem> items(long caseId) {
        return dsl.selectFrom(EVIDENCE_ITEM).where(EVIDENCE_ITEM.CASE_ID.eq(caseId)).orderBy(EVIDENCE_ITEM.ID)
                .fetch(EvidenceRepository::map);
    }

    /** Deletes an item; as an undo, not one someone else changed since this client wrote it ({@link StaleEdit}). */
    public boolean deleteItem(long id) {
        Versions.Guard g = versions.deleting(Versions.ITEM, id);
        int n = dsl.deleteFrom(EVIDENCE_ITEM).where(EVIDENCE_ITEM.ID.eq(id), g.condition()).execute();
        versions.checkDelete(dsl, g, n);
        return n > 0;
    }

    /** Adds the entry at the end of its node's checklist (its position is ignored). */
    public ChecklistEntry addEntry(ChecklistEntry e) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            Integer last = tx.select(DSL.max(CHECKLIST_ENTRY.POSITION)).from(CHECKLIST_ENTRY)
                    .where(CHECKLIST_ENTRY.NODE_ID.eq(e.nodeId())).fetchOne(0, Integer.class);
            ChecklistEntryRecord r = tx.newRecord(CHECKLIST_ENTRY);
            r.setCaseId(e.caseId());
            r.setNodeId(e.nodeId());
            r.setEvidenceId(e.evidenceId());
            r.setPosition(last == null ? 0 : last + 1);
            r.setStatus(e.status().name());
            r.setWeight(e.weight().name());
            r.setChecked(e.checked());
            r.setNote(e.note());
            r.store();
            versions.made(Versions.ENTRY, r.getId());
            return mapEntry(r);
        });
    }

    /** Puts back an entry that was removed, with its own id and position (for undo). */
    public ChecklistEntry restoreEntry(ChecklistEntry e) {
        return Writes.inTransaction(dsl, tx -> {
            ChecklistEntryRecord r = tx.newRecord(CHECKLIST_ENTRY);
            r.setId(e.id());
            r.setCaseId(e.caseId());
            r.setNodeId(e.nodeId());
            r.setEvidenceId(e.evidenceId());
            r.setPosition(e.position());
            r.setStatus(e.status().name());
            r.setWeight(e.weight().name());
            r.setChecked(e.checked());
            r.setNote(e.note());
            r.store();
            versions.made(Versions.ENTRY, r.getId());
            return mapEntry(r);
        });
    }

    public java.util.Optional<ChecklistEntry> findEntry(long id) {
        return dsl.selectFrom(CHECKLIST_ENTRY).where(CHECKLIST_ENTRY.ID.eq(id)).fetchOptional().map(EvidenceRepository::mapEntry);
    }

    /** Moves an entry to {@code position} in its node's checklist, renumbering the others. */
    public void moveEntry(long id, int position) {
        Writes.run(dsl, tx -> {
            ChecklistEntryRecord moving = tx.selectFrom(CHECKLIST_ENTRY).where(CHECKLIST_ENTRY.ID.eq(id)).fetchOptional()
                    .orElseThrow(() -> new StoreException("Checklist entry " + id + " does not exist."));
            List<Long> ids = new java.util.ArrayList<>(tx.select(CHECKLIST_ENTRY.ID).from(CHECKLIST_ENTRY)
                    .where(CHECKLIST_ENTRY.NODE_ID.eq(moving.getNodeId()), CHECKLIST_ENTRY.ID.ne(id))
                    .orderBy(CHECKLIST_ENTRY.POSITION, CHECKLIST_ENTRY.ID).fetch(CHECKLIST_ENTRY.ID));
            ids.add(Math.max(0, Math.min(position, ids.size())), id);
            for (int i = 0; i < ids.size(); i++) {
                tx.update(CHECKLIST_ENTRY).set(CHECKLIST_ENTRY.POSITION, i).where(CHECKLIST_ENTRY.ID.eq(ids.get(i))).execute();
            }
        });
    }

    /** Writes status, weight, checked and note. */
    public ChecklistEntry updateEntry(ChecklistEntry e) {
        Versions.Guard g = versions.guard(Versions.ENTRY, e.id());
        int n = dsl.update(CHECKLIST_ENTRY)
                .set(CHECKLIST_ENTRY.STATUS, e.status().name())
                .set(CHECKLIST_ENTRY.WEIGHT, e.weight().name())
                .set(CHECKLIST_ENTRY.CHECKED, e.checked())
                .set(CHECKLIST_ENTRY.NOTE, e.note())
                .set(versions.bump(Versions.ENTRY))
                .where(CHECKLIST_ENTRY.ID.eq(e.id()), g.condition())
                .execute();
        versions.check(dsl, g, n);
        if (n == 0) {
            throw new StoreException("Checklist entry " + e.id() + " does not exist.");
        }
        return e;
    }

    /** Deletes an entry; as an undo, not one someone else changed since this client wrote it ({@link StaleEdit}). */
    public boolean deleteEntry(long id) {
        Versions.Guard g = versions.deleting(Versions.ENTRY, id);
        int n = dsl.deleteFrom(CHECKLIST_ENTRY).where(CHECKLIST_ENTRY.ID.eq(id), g.condition()).execute();
        versions.checkDelete(dsl, g, n);
        return n > 0;
    }

    public List<ChecklistEntry> entries(long caseId) {
        return dsl.selectFrom(CHECKLIST_ENTRY).where(CHECKLIST_ENTRY.CASE_ID.eq(caseId))
                .orderBy(CHECKLIST_ENTRY.NODE_ID, CHECKLIST_ENTRY.POSITION, CHECKLIST_ENTRY.ID).fetch(EvidenceRepository::mapEntry);
    }

    public List<ChecklistEntry> entriesFor(long nodeId) {
        return dsl.selectFrom(CHECKLIST_ENTRY).where(CHECKLIST_ENTRY.NODE_ID.eq(nodeId))
                .orderBy(CHECKLIST_ENTRY.POSITION, CHECKLIST_ENTRY.ID).fetch(EvidenceRepository::mapEntry);
    }

    private static void fill(EvidenceItemRecord r, EvidenceItem item) {
        r.setCaseId(item.caseId());
        r.setDescription(item.description().strip());
        r.setBasis(item.basis().name());
        r.setPotentialSource(CaseRepository.blankToNull(item.potentialSource()));
        r.setSourceDocumentCaseId(item.sourceDocumentId() == null ? null : item.caseId());
        r.setSourceDocumentId(item.sourceDocumentId());
        r.setSourcePassageCaseId(item.sourcePassageId() == null ? null : item.caseId());
        r.setSourcePassageId(item.sourcePassageId());
        r.setCitationText(CaseRepository.blankToNull(item.citationText()));
    }

    private static EvidenceItem map(EvidenceItemRecord r) {
        return new EvidenceItem(r.getId(), r.getCaseId(), r.getDescription(), EvidenceBasis.valueOf(r.getBasis()),
                r.getPotentialSource(), r.getSourceDocumentId(), r.getSourcePassageId(), r.getCitationText());
    }

    private static ChecklistEntry mapEntry(ChecklistEntryRecord r) {
        return new ChecklistEntry(r.getId(), r.getCaseId(), r.getNodeId(), r.getEvidenceId(), r.getPosition(),
                EvidenceStatus.valueOf(r.getStatus()), Weight.valueOf(r.getWeight()), r.getChecked(), r.getNote());
    }
}
