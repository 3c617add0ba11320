package org.claimbench.store;

import static org.claimbench.store.generated.Tables.CASE_MEMBER;
import static org.claimbench.store.generated.Tables.LEGAL_CASE;
import static org.claimbench.store.generated.Tables.PARTY;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.claimbench.domain.LegalCase;
import org.claimbench.domain.Party;
import org.claimbench.domain.PartyRole;
import org.claimbench.store.generated.tables.records.LegalCaseRecord;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

public final class CaseRepository {

    private final DSLContext dsl;
    private final Versions versions;

    CaseRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.versions = Versions.of(dsl);
    }

    public LegalCase create(String title, String court, String caseNumber, String notes) {
        Instant now = Times.now();
        LegalCaseRecord r = Writes.inTransaction(dsl, tx -> owned(tx, tx.insertInto(LEGAL_CASE)
                .set(LEGAL_CASE.TITLE, requireTitle(title))
                .set(LEGAL_CASE.COURT, blankToNull(court))
                .set(LEGAL_CASE.CASE_NUMBER, blankToNull(caseNumber))
                .set(LEGAL_CASE.NOTES, blankToNull(notes))
                .set(LEGAL_CASE.CREATED_AT, Times.toDb(now))
                .set(LEGAL_CASE.UPDATED_AT, Times.toDb(now))
                .returning()
                .fetchOne(), LegalCaseRecord::getId));
        return map(r);
    }

    /** A case arriving from a case file, with the times it was created and last changed. */
    public long importCase(String title, String court, String caseNumber, String notes, Instant created, Instant updated) {
        return Writes.inTransaction(dsl, tx -> owned(tx, tx.insertInto(LEGAL_CASE)
                .set(LEGAL_CASE.TITLE, requireTitle(title))
                .set(LEGAL_CASE.COURT, blankToNull(court))
                .set(LEGAL_CASE.CASE_NUMBER, blankToNull(caseNumber))
                .set(LEGAL_CASE.NOTES, blankToNull(notes))
                .set(LEGAL_CASE.CREATED_AT, Times.toDb(created))
                .set(LEGAL_CASE.UPDATED_AT, Times.toDb(updated.isBefore(created) ? created : updated))
                .returningResult(LEGAL_CASE.ID)
                .fetchOne(LEGAL_CASE.ID), id -> id));
    }

    /**
     * Records the user who made a case as its owner. A team store's server does that itself as the case is inserted
     * (it knows who is connected, and a user could not add a member to a case with none); a laptop store is told here.
     */
    private <T> T owned(DSLContext tx, T made, java.util.function.Function<T, Long> id) {
        if (tx.dialect().family() == SQLDialect.H2) {
            tx.insertInto(CASE_MEMBER)
                    .set(CASE_MEMBER.CASE_ID, id.apply(made))
                    .set(CASE_MEMBER.USER_NAME, versions.user())
                    .set(CASE_MEMBER.ROLE, "OWNER")
                    .execute();
        }
        return made;
    }

    /** Sets a case's times (after an import, whose own writes touched it). */
    public void setTimes(long id, Instant created, Instant updated) {
        dsl.update(LEGAL_CASE).set(LEGAL_CASE.CREATED_AT, Times.toDb(created))
                .set(LEGAL_CASE.UPDATED_AT, Times.toDb(updated.isBefore(created) ? created : updated))
                .where(LEGAL_CASE.ID.eq(id)).execute();
    }

    public Optional<LegalCase> find(long id) {
        return dsl.selectFrom(LEGAL_CASE).where(LEGAL_CASE.ID.eq(id)).fetchOptional().map(CaseRepository::map);
    }

    /** Every case, the most recently opened first, then the most recently changed. */
    public List<LegalCase> list() {
        return dsl.selectFrom(LEGAL_CASE)
                .orderBy(LEGAL_CASE.OPENED_AT.desc().nullsLast(), LEGAL_CASE.UPDATED_AT.desc(), LEGAL_CASE.ID.desc())
                .fetch(CaseRepository::map);
    }

    public LegalCase updateCaption(long id, String title, String court, String caseNumber, String notes) {
        Versions.Guard g = versions.guard(Versions.CASE, id);
        int n = dsl.update(LEGAL_CASE)
                .set(LEGAL_CASE.TITLE, requireTitle(title))
                .set(LEGAL_CASE.COURT, blankToNull(court))
                .set(LEGAL_CASE.CASE_NUMBER, blankToNull(caseNumber))
                .set(LEGAL_CASE.NOTES, blankToNull(notes))
                .set(LEGAL_CASE.UPDATED_AT, Times.toDb(Times.now()))
                .set(versions.bump(Versions.CASE))
                .where(LEGAL_CASE.ID.eq(id), g.condition())
                .execute();
        versions.check(dsl, g, n);
        if (n == 0) {
            throw new StoreException("Case " + id + " does not exist.");
        }
        return find(id).orElseThrow();
    }

    /**
     * Records that the case was opened now, which orders the list of cases. On a team store only a user who may change
     * the case moves it: a viewer opens it without a word, and without writing.
     */
    public void markOpened(long id) {
        org.jooq.Condition may = dsl.dialect().family() == SQLDialect.POSTGRES
                ? DSL.condition("claimbench_may_edit({0})", LEGAL_CASE.ID) : DSL.noCondition();
        dsl.update(LEGAL_CASE).set(LEGAL_CASE.OPENED_AT, Times.toDb(Times.now())).where(LEGAL_CASE.ID.eq(id), may).execute();
    }

    /** Records that something in the case changed now. */
    public void touch(long id) {
        dsl.update(LEGAL_CASE).set(LEGAL_CASE.UPDATED_AT, Times.toDb(Times.now())).where(LEGAL_CASE.ID.eq(id)).execute();
    }

    public boolean delete(long id) {
        return dsl.deleteFrom(LEGAL_CASE).where(LEGAL_CASE.ID.eq(id)).execute() > 0;
    }

    public List<Party> parties(long caseId) {
        return dsl.selectFrom(PARTY).where(PARTY.CASE_ID.eq(caseId)).orderBy(PARTY.ROLE, PARTY.POSITION)
                .fetch(r -> new Party(r.getId(), r.getCaseId(), PartyRole.valueOf(r.getRole()), r.getName(), r.getPosition()));
    }

    /** Replaces the case's parties of {@code role} with {@code names}, in order. */
    public void replaceParties(long caseId, PartyRole role, List<String> names) {
        Writes.run(dsl, tx -> replaceParties(tx, caseId, role, names));
    }

    private static void replaceParties(DSLContext dsl, long caseId, PartyRole role, List<String> names) {
        dsl.deleteFrom(PARTY).where(PARTY.CASE_ID.eq(caseId), PARTY.ROLE.eq(role.name())).execute();
        int position = 0;
        for (String name : names) {
            dsl.insertInto(PARTY)
                    .set(PARTY.CASE_ID, caseId)
                    .set(PARTY.ROLE, role.name())
                    .set(PARTY.NAME, name.strip())
                    .set(PARTY.POSITION, position++)
                    .execute();
        }
    }

    private static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new StoreException("A case needs a title.");
        }
        return title.strip();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LegalCase map(LegalCaseRecord r) {
        return new LegalCase(r.getId(), r.getTitle(), r.getCourt(), r.getCaseNumber(), r.getNotes(),
                Times.fromDb(r.getCreatedAt()), Times.fromDb(r.getUpdatedAt()), Times.fromDb(r.getOpenedAt()));
    }
}
