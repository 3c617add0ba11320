package org.claimbench.store;

import static org.claimbench.store.generated.Tables.ACTIVITY;

import java.time.Instant;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * What was done in a case, by whom and when. A team store's server writes it as rows are added, changed and removed
 * (db/postgres, V15), so every program that writes to the store is logged, not only ClaimBench; a laptop store keeps
 * none, and each of its rows carries only who changed it last and when.
 */
public final class ActivityLog {

    /** One thing done: to which kind of row (and its id), added, changed or removed, with a few words of it. */
    public record Entry(long id, long caseId, Instant at, String user, String rowKind, Long rowId, String action, String description) {
    }

    private final DSLContext dsl;
    private final String description;

    ActivityLog(DSLContext dsl, String description) {
        this.dsl = dsl;
        this.description = description;
    }

    /** Whether this store keeps the log: a team store on PostgreSQL. */
    public boolean kept() {
        return dsl.dialect().family() == SQLDialect.POSTGRES;
    }

    /** The log of case {@code caseId} as the user may see it (nothing of a case they are not a member of), oldest first. */
    public List<Entry> list(long caseId) {
        if (!kept()) {
            throw new StoreException("The store " + description + " is a laptop store, which keeps no activity log: a laptop store "
                    + "has one user. Each row records when it was last changed. The log is kept by a team store (--db-url).");
        }
        return dsl.selectFrom(ACTIVITY).where(ACTIVITY.CASE_ID.eq(caseId)).orderBy(ACTIVITY.HAPPENED_AT, ACTIVITY.ID)
                .fetch(ActivityLog::entry);
    }

    /** The newest entry of case {@code caseId} the user may see; none on a laptop store, or when nothing was logged. */
    public java.util.Optional<Entry> latest(long caseId) {
        if (!kept()) {
            return java.util.Optional.empty();
        }
        return dsl.selectFrom(ACTIVITY).where(ACTIVITY.CASE_ID.eq(caseId)).orderBy(ACTIVITY.HAPPENED_AT.desc(), ACTIVITY.ID.desc())
                .limit(1).fetchOptional().map(ActivityLog::entry);
    }

    private static Entry entry(org.claimbench.store.generated.tables.records.ActivityRecord r) {
        return new Entry(r.getId(), r.getCaseId(), Times.fromDb(r.getHappenedAt()), r.getUserName(), r.getRowKind(), r.getRowId(),
                r.getAction(), r.getDescription());
    }
}
