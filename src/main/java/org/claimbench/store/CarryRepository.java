package org.claimbench.store;

import static org.claimbench.store.generated.Tables.PASSAGE_CARRY;

import java.util.List;
import java.util.Optional;

import org.claimbench.domain.CarryDecision;
import org.claimbench.domain.CarryState;
import org.claimbench.domain.PassageCarry;
import org.claimbench.store.generated.tables.records.PassageCarryRecord;
import org.jooq.DSLContext;

/** How the passages of older versions of a pleading came into the versions that amend them, and the user's decisions. */
public final class CarryRepository {

    private final DSLContext dsl;

    CarryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every carried passage of a case, by the amending document, then in the order of the old text. */
    public List<PassageCarry> forCase(long caseId) {
        return dsl.selectFrom(PASSAGE_CARRY).where(PASSAGE_CARRY.CASE_ID.eq(caseId))
                .orderBy(PASSAGE_CARRY.TO_DOCUMENT_ID, PASSAGE_CARRY.ID).fetch(CarryRepository::map);
    }

    /** The passages carried into one amending document. */
    public List<PassageCarry> into(long toDocumentId) {
        return dsl.selectFrom(PASSAGE_CARRY).where(PASSAGE_CARRY.TO_DOCUMENT_ID.eq(toDocumentId))
                .orderBy(PASSAGE_CARRY.ID).fetch(CarryRepository::map);
    }

    public Optional<PassageCarry> find(long id) {
        return dsl.selectFrom(PASSAGE_CARRY).where(PASSAGE_CARRY.ID.eq(id)).fetchOptional().map(CarryRepository::map);
    }

    /** Stores a carried passage; with id 0 it gets a new id, otherwise it keeps its own (for undo). */
    public PassageCarry insert(PassageCarry c) {
        PassageCarryRecord r = dsl.newRecord(PASSAGE_CARRY);
        if (c.id() > 0) {
            r.setId(c.id());
        }
        r.setCaseId(c.caseId());
        r.setFromDocumentId(c.fromDocumentId());
        r.setToDocumentId(c.toDocumentId());
        r.setPassageId(c.passageId());
        r.setState(c.state().name());
        r.setStartOffset(c.start());
        r.setEndOffset(c.end());
        r.setCandidate(c.candidate());
        r.setSimilarity(c.similarity());
        r.setDecision(c.decision().name());
        r.setCarriedPassageId(c.carriedPassageId());
        r.setDecidedAt(c.decided() == null ? null : Times.toDb(c.decided()));
        r.store();
        return map(r);
    }

    /** Records the user's decision on a carried passage (or takes it back, with {@link CarryDecision#PENDING}). */
    public void decide(long id, CarryDecision decision, Long carriedPassageId, java.time.Instant at) {
        int n = dsl.update(PASSAGE_CARRY).set(PASSAGE_CARRY.DECISION, decision.name())
                .set(PASSAGE_CARRY.CARRIED_PASSAGE_ID, carriedPassageId)
                .set(PASSAGE_CARRY.DECIDED_AT, at == null ? null : Times.toDb(at))
                .where(PASSAGE_CARRY.ID.eq(id)).execute();
        if (n != 1) {
            throw new StoreException("That carried passage is no longer in the store; reopen the case.");
        }
    }

    /** Forgets what was carried into a document (before carrying into it again). */
    public void deleteInto(long toDocumentId) {
        dsl.deleteFrom(PASSAGE_CARRY).where(PASSAGE_CARRY.TO_DOCUMENT_ID.eq(toDocumentId)).execute();
    }

    private static PassageCarry map(PassageCarryRecord r) {
        return new PassageCarry(r.getId(), r.getCaseId(), r.getFromDocumentId(), r.getToDocumentId(), r.getPassageId(),
                CarryState.valueOf(r.getState()), r.getStartOffset(), r.getEndOffset(), r.getCandidate(), r.getSimilarity(),
                CarryDecision.valueOf(r.getDecision()), r.getCarriedPassageId(), r.getDecidedAt() == null ? null : Times.fromDb(r.getDecidedAt()));
    }
}
