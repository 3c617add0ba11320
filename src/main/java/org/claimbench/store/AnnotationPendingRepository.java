package org.claimbench.store;

import static org.claimbench.store.generated.Tables.ANNOTATION_PENDING;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.claimbench.domain.AnnotationPending;
import org.claimbench.domain.CarryDecision;
import org.claimbench.domain.CarryState;
import org.claimbench.domain.LinkRole;
import org.claimbench.store.generated.tables.records.AnnotationPendingRecord;
import org.jooq.DSLContext;

/** Web annotations waiting in the review queue (their words changed, or were not found), and the user's decisions. */
public final class AnnotationPendingRepository {

    private final DSLContext dsl;

    AnnotationPendingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every annotation of a case that went to the queue, decided or not, by document and then as imported. */
    public List<AnnotationPending> forCase(long caseId) {
        return dsl.selectFrom(ANNOTATION_PENDING).where(ANNOTATION_PENDING.CASE_ID.eq(caseId))
                .orderBy(ANNOTATION_PENDING.DOCUMENT_ID, ANNOTATION_PENDING.ID).fetch(AnnotationPendingRepository::map);
    }

    public Optional<AnnotationPending> find(long id) {
        return dsl.selectFrom(ANNOTATION_PENDING).where(ANNOTATION_PENDING.ID.eq(id)).fetchOptional()
                .map(AnnotationPendingRepository::map);
    }

    /** Stores one; with id 0 it gets a new id, otherwise it keeps its own (for redo). */
    public AnnotationPending insert(AnnotationPending a) {
        AnnotationPendingRecord r = dsl.newRecord(ANNOTATION_PENDING);
        if (a.id() > 0) {
            r.setId(a.id());
        }
        r.setCaseId(a.caseId());
        r.setDocumentId(a.documentId());
        r.setSourceName(a.sourceName());
        r.setAnnotationRef(a.annotationRef());
        r.setQuote(a.quote());
        r.setPrefix(a.prefix());
        r.setSuffix(a.suffix());
        r.setPositionStart(a.positionStart());
        r.setPositionEnd(a.positionEnd());
        r.setLabel(a.label());
        r.setNote(a.note());
        r.setTags(tags(a.tags()));
        r.setState(a.state().name());
        r.setStartOffset(a.start());
        r.setEndOffset(a.end());
        r.setCandidate(a.candidate());
        r.setSimilarity(a.similarity());
        r.setDecision(a.decision().name());
        r.setCarriedPassageId(a.carriedPassageId());
        r.setDecidedAt(a.decided() == null ? null : Times.toDb(a.decided()));
        r.store();
        return map(r);
    }

    /** Records the user's decision (or takes it back, with {@link CarryDecision#PENDING}). */
    public void decide(long id, CarryDecision decision, Long passageId, Instant at) {
        int n = dsl.update(ANNOTATION_PENDING).set(ANNOTATION_PENDING.DECISION, decision.name())
                .set(ANNOTATION_PENDING.CARRIED_PASSAGE_ID, passageId)
                .set(ANNOTATION_PENDING.DECIDED_AT, at == null ? null : Times.toDb(at))
                .where(ANNOTATION_PENDING.ID.eq(id)).execute();
        if (n != 1) {
            throw new StoreException("That web annotation is no longer in the review queue; reopen the case.");
        }
    }

    public void delete(long id) {
        dsl.deleteFrom(ANNOTATION_PENDING).where(ANNOTATION_PENDING.ID.eq(id)).execute();
    }

    /** Tags as stored: one a line, the role (or nothing), a tab, the title. */
    static String tags(List<AnnotationPending.TagRef> tags) {
        if (tags.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (AnnotationPending.TagRef t : tags) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(t.role() == null ? "" : t.role().name()).append('\t').append(t.title().replace('\n', ' ').replace('\t', ' '));
        }
        return b.toString();
    }

    static List<AnnotationPending.TagRef> tags(String stored) {
        List<AnnotationPending.TagRef> out = new ArrayList<>();
        if (stored == null || stored.isEmpty()) {
            return out;
        }
        for (String line : stored.split("\n")) {
            int tab = line.indexOf('\t');
            String role = tab < 0 ? "" : line.substring(0, tab);
            String title = tab < 0 ? line : line.substring(tab + 1);
            LinkRole r = null;
            if (!role.isEmpty()) {
                try {
                    r = LinkRole.valueOf(role.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    r = null;
                }
            }
            out.add(new AnnotationPending.TagRef(title, r));
        }
        return out;
    }

    private static AnnotationPending map(AnnotationPendingRecord r) {
        return new AnnotationPending(r.getId(), r.getCaseId(), r.getDocumentId(), r.getSourceName(), r.getAnnotationRef(), r.getQuote(),
                r.getPrefix(), r.getSuffix(), r.getPositionStart(), r.getPositionEnd(), r.getLabel(), r.getNote(), tags(r.getTags()),
                CarryState.valueOf(r.getState()), r.getStartOffset(), r.getEndOffset(), r.getCandidate(), r.getSimilarity(),
                CarryDecision.valueOf(r.getDecision()), r.getCarriedPassageId(),
                r.getDecidedAt() == null ? null : Times.fromDb(r.getDecidedAt()));
    }
}
