package org.claimbench.store;

import static org.claimbench.store.generated.Tables.FLAG_DECISION;

import java.util.List;
import java.util.Optional;

import org.claimbench.domain.FlagDecision;
import org.claimbench.domain.FlagVerdict;
import org.claimbench.store.generated.tables.records.FlagDecisionRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** The user's decisions on wording flags: at most one per flag (document, span, kind). */
public final class FlagRepository {

    private final DSLContext dsl;

    private final Versions versions;

    FlagRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.versions = Versions.of(dsl);
    }

    public List<FlagDecision> forCase(long caseId) {
        return dsl.selectFrom(FLAG_DECISION).where(FLAG_DECISION.CASE_ID.eq(caseId))
                .orderBy(FLAG_DECISION.DOCUMENT_ID, FLAG_DECISION.START_OFFSET, FLAG_DECISION.END_OFFSET, FLAG_DECISION.KIND)
                .fetch(FlagRepository::map);
    }

    public Optional<FlagDecision> find(long documentId, int start, int end, String kind) {
        return dsl.selectFrom(FLAG_DECISION).where(key(documentId, start, end, kind)).fetchOptional().map(FlagRepository::map);
    }

    /**
     * Records a decision, replacing any earlier one on the same flag. A decision with an id keeps it (for undo and
     * redo); with id 0 it gets a new one. The decision time is kept if given, else it is now.
     */
    public FlagDecision save(FlagDecision d) {
        return Writes.inTransaction(dsl, tx -> {
            guard(tx, d.documentId(), d.start(), d.end(), d.kind());
            tx.deleteFrom(FLAG_DECISION).where(key(d.documentId(), d.start(), d.end(), d.kind())).execute();
            FlagDecisionRecord r = tx.newRecord(FLAG_DECISION);
            if (d.id() > 0) {
                r.setId(d.id());
            }
            r.setCaseId(d.caseId());
            r.setDocumentId(d.documentId());
            r.setStartOffset(d.start());
            r.setEndOffset(d.end());
            r.setKind(d.kind());
            r.setText(d.text());
            r.setVerdict(d.verdict().name());
            r.setNote(d.note() == null || d.note().isBlank() ? null : d.note().strip());
            r.setDecidedAt(Times.toDb(d.decided() == null ? Times.now() : d.decided()));
            r.setDecidedBy(versions.user());
            r.store();
            versions.replaced(keyName(d.documentId(), d.start(), d.end(), d.kind()), r.getId());
            return map(r);
        });
    }

    /** Takes back the decision on a flag, if there is one. */
    public void delete(long documentId, int start, int end, String kind) {
        Writes.run(dsl, tx -> {
            guard(tx, documentId, start, end, kind);
            tx.deleteFrom(FLAG_DECISION).where(key(documentId, start, end, kind)).execute();
            versions.replaced(keyName(documentId, start, end, kind), 0);
        });
    }

    /**
     * As an undo or a redo, a decision is replaced or taken back only if the one there now is the one this client's own
     * edit left; one someone else made since is refused ({@link StaleEdit}), naming them.
     */
    private void guard(DSLContext tx, long documentId, int start, int end, String kind) {
        FlagDecisionRecord now = tx.selectFrom(FLAG_DECISION).where(key(documentId, start, end, kind)).fetchOne();
        versions.checkReplacing(keyName(documentId, start, end, kind), now == null ? 0 : now.getId(), "flag decision",
                now == null ? null : now.getDecidedBy(), now == null ? null : now.getDecidedAt());
    }

    private static String keyName(long documentId, int start, int end, String kind) {
        return "flag_decision@" + documentId + ":" + start + ":" + end + ":" + kind;
    }

    private static Condition key(long documentId, int start, int end, String kind) {
        return FLAG_DECISION.DOCUMENT_ID.eq(documentId).and(FLAG_DECISION.START_OFFSET.eq(start))
                .and(FLAG_DECISION.END_OFFSET.eq(end)).and(FLAG_DECISION.KIND.eq(kind));
    }

    private static FlagDecision map(FlagDecisionRecord r) {
        return new FlagDecision(r.getId(), r.getCaseId(), r.getDocumentId(), r.getStartOffset(), r.getEndOffset(), r.getKind(),
                r.getText(), FlagVerdict.valueOf(r.getVerdict()), r.getNote(), Times.fromDb(r.getDecidedAt()));
    }
}
