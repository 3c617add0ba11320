package org.claimbench.store;

import static org.claimbench.store.generated.Tables.PASSAGE;
import static org.claimbench.store.generated.Tables.PASSAGE_LINK;

import java.util.List;
import java.util.Optional;

import org.claimbench.domain.AnchorState;
import org.claimbench.domain.Link;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.Passage;
import org.claimbench.store.generated.tables.records.PassageRecord;
import org.jooq.DSLContext;

public final class PassageRepository {

    private final DSLContext dsl;
    private final Versions versions;

    PassageRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.versions = Versions.of(dsl);
    }

    public Passage insert(Passage p) {
        return Writes.inTransaction(dsl, tx -> insert(tx, p, false));
    }

    /** Puts back a passage that was deleted, with its own id (for undo). */
    public Passage restore(Passage p) {
        return Writes.inTransaction(dsl, tx -> insert(tx, p, true));
    }

    /**
     * Changes a passage's extent, quote, context, paragraph, page:line span and note, over the version of it read here
     * (see {@link Versions}): one someone else changed since is refused with {@link StaleEdit}.
     */
    public Passage update(Passage p) {
        Versions.Guard g = versions.guard(Versions.HIGHLIGHT, p.id());
        return Writes.inTransaction(dsl, tx -> {
            PassageRecord r = tx.selectFrom(PASSAGE).where(PASSAGE.ID.eq(p.id())).fetchOptional()
                    .orElseThrow(() -> new StoreException("Passage " + p.id() + " does not exist."));
            fill(r, p);
            int n = tx.update(PASSAGE).set(r).set(versions.bump(Versions.HIGHLIGHT)).where(PASSAGE.ID.eq(p.id()), g.condition()).execute();
            versions.check(tx, g, n);
            if (n == 0) {
                throw new StoreException("Passage " + p.id() + " does not exist.");
            }
            return map(r);
        });
    }

    private Passage insert(DSLContext dsl, Passage p, boolean keepId) {
        PassageRecord r = dsl.newRecord(PASSAGE);
        if (keepId) {
            r.setId(p.id());
        }
        fill(r, p);
        r.store();
        versions.made(Versions.HIGHLIGHT, r.getId());
        return map(r);
    }

    private static void fill(PassageRecord r, Passage p) {
        r.setCaseId(p.caseId());
        r.setDocumentId(p.documentId());
        r.setStartOffset(p.start());
        r.setEndOffset(p.end());
        r.setQuote(p.quote());
        r.setPrefix(p.prefix());
        r.setSuffix(p.suffix());
        r.setSegmentId(p.segmentId());
        r.setFirstPage(p.first() == null ? null : p.first().page());
        r.setFirstLine(p.first() == null ? null : p.first().line());
        r.setLastPage(p.last() == null ? null : p.last().page());
        r.setLastLine(p.last() == null ? null : p.last().line());
        r.setLabel(p.label());
        r.setColor(p.color());
        r.setNote(p.note());
        r.setAnchor(p.anchor().name());
        r.setCreatedAt(Times.toDb(p.created() == null ? Times.now() : p.created()));
    }

    public Optional<Passage> find(long id) {
        return dsl.selectFrom(PASSAGE).where(PASSAGE.ID.eq(id)).fetchOptional().map(PassageRepository::map);
    }

    /**
     * The passages of a case, in document and text order. A case holds thousands, read on every open: they are read by
     * column from the result set, not made into records first, and their versions are noted as a record's would be.
     */
    public List<Passage> forCase(long caseId) {
        var query = dsl.select(PASSAGE.ID, PASSAGE.CASE_ID, PASSAGE.DOCUMENT_ID, PASSAGE.START_OFFSET, PASSAGE.END_OFFSET, PASSAGE.QUOTE,
                        PASSAGE.PREFIX, PASSAGE.SUFFIX, PASSAGE.SEGMENT_ID, PASSAGE.FIRST_PAGE, PASSAGE.FIRST_LINE, PASSAGE.LAST_PAGE,
                        PASSAGE.LAST_LINE, PASSAGE.LABEL, PASSAGE.COLOR, PASSAGE.NOTE, PASSAGE.ANCHOR, PASSAGE.CREATED_AT, PASSAGE.ROW_VERSION)
                .from(PASSAGE).where(PASSAGE.CASE_ID.eq(caseId)).orderBy(PASSAGE.DOCUMENT_ID, PASSAGE.START_OFFSET, PASSAGE.ID);
        List<Passage> passages = new java.util.ArrayList<>();
        try (java.sql.ResultSet rs = query.fetchResultSet()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                passages.add(new Passage(id, rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), longOrNull(rs, 9), DocumentRepository.pageLine(intOrNull(rs, 10), intOrNull(rs, 11)),
                        DocumentRepository.pageLine(intOrNull(rs, 12), intOrNull(rs, 13)), rs.getString(14), rs.getString(15),
                        rs.getString(16), AnchorState.valueOf(rs.getString(17)), Times.fromDb(rs.getObject(18, java.time.OffsetDateTime.class))));
                versions.read(Versions.HIGHLIGHT, id, rs.getLong(19));
            }
        } catch (java.sql.SQLException e) {
            throw new org.jooq.exception.DataAccessException("Reading the passages of case " + caseId + " failed", e);
        }
        return passages;
    }

    private static Long longOrNull(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Integer intOrNull(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    public List<Passage> forDocument(long documentId) {
        return dsl.selectFrom(PASSAGE).where(PASSAGE.DOCUMENT_ID.eq(documentId)).orderBy(PASSAGE.START_OFFSET, PASSAGE.ID)
                .fetch(PassageRepository::map);
    }

    public void updateNote(long id, String note) {
        Versions.Guard g = versions.guard(Versions.HIGHLIGHT, id);
        int n = dsl.update(PASSAGE).set(PASSAGE.NOTE, CaseRepository.blankToNull(note)).set(versions.bump(Versions.HIGHLIGHT))
                .where(PASSAGE.ID.eq(id), g.condition()).execute();
        versions.check(dsl, g, n);
    }

    /** Deletes a passage; as an undo, not one someone else changed since this client wrote it ({@link StaleEdit}). */
    public boolean delete(long id) {
        Versions.Guard g = versions.deleting(Versions.HIGHLIGHT, id);
        int n = dsl.deleteFrom(PASSAGE).where(PASSAGE.ID.eq(id), g.condition()).execute();
        versions.checkDelete(dsl, g, n);
        return n > 0;
    }

    public Link link(long caseId, long passageId, long nodeId, LinkRole role) {
        return Writes.inTransaction(dsl, tx -> link(tx, null, caseId, passageId, nodeId, role, Times.now()));
    }

    /** Puts back a link that was removed, with its own id (for undo). */
    public Link restoreLink(Link l) {
        // id 0: a new id, the link's own creation time (a case being imported)
        return Writes.inTransaction(dsl, tx -> link(tx, l.id() == 0 ? null : l.id(), l.caseId(), l.passageId(), l.nodeId(), l.role(),
                l.created()));
    }

    public java.util.Optional<Link> findLink(long passageId, long nodeId, LinkRole role) {
        return dsl.selectFrom(PASSAGE_LINK).where(PASSAGE_LINK.PASSAGE_ID.eq(passageId), PASSAGE_LINK.NODE_ID.eq(nodeId),
                PASSAGE_LINK.ROLE.eq(role.name())).fetchOptional()
                .map(r -> new Link(r.getId(), r.getCaseId(), r.getPassageId(), r.getNodeId(), LinkRole.valueOf(r.getRole()),
                        Times.fromDb(r.getCreatedAt())));
    }

    private static Link link(DSLContext dsl, Long id, long caseId, long passageId, long nodeId, LinkRole role, java.time.Instant created) {
        var r = dsl.newRecord(PASSAGE_LINK);
        if (id != null) {
            r.setId(id);
        }
        r.setCaseId(caseId);
        r.setPassageId(passageId);
        r.setNodeId(nodeId);
        r.setRole(role.name());
        r.setCreatedAt(Times.toDb(created));
        r.store();
        return new Link(r.getId(), caseId, passageId, nodeId, role, Times.fromDb(r.getCreatedAt()));
    }

    public boolean unlink(long linkId) {
        return dsl.deleteFrom(PASSAGE_LINK).where(PASSAGE_LINK.ID.eq(linkId)).execute() > 0;
    }

    /** The links of a case, in the order they were made; read by column, as {@link #forCase} reads the passages. */
    public List<Link> links(long caseId) {
        var query = dsl.select(PASSAGE_LINK.ID, PASSAGE_LINK.CASE_ID, PASSAGE_LINK.PASSAGE_ID, PASSAGE_LINK.NODE_ID, PASSAGE_LINK.ROLE,
                PASSAGE_LINK.CREATED_AT).from(PASSAGE_LINK).where(PASSAGE_LINK.CASE_ID.eq(caseId)).orderBy(PASSAGE_LINK.ID);
        List<Link> links = new java.util.ArrayList<>();
        try (java.sql.ResultSet rs = query.fetchResultSet()) {
            while (rs.next()) {
                links.add(new Link(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), LinkRole.valueOf(rs.getString(5)),
                        Times.fromDb(rs.getObject(6, java.time.OffsetDateTime.class))));
            }
        } catch (java.sql.SQLException e) {
            throw new org.jooq.exception.DataAccessException("Reading the links of case " + caseId + " failed", e);
        }
        return links;
    }

    private static Passage map(PassageRecord r) {
        return new Passage(r.getId(), r.getCaseId(), r.getDocumentId(), r.getStartOffset(), r.getEndOffset(), r.getQuote(),
                r.getPrefix(), r.getSuffix(), r.getSegmentId(),
                DocumentRepository.pageLine(r.getFirstPage(), r.getFirstLine()),
                DocumentRepository.pageLine(r.getLastPage(), r.getLastLine()),
                r.getLabel(), r.getColor(), r.getNote(), AnchorState.valueOf(r.getAnchor()), Times.fromDb(r.getCreatedAt()));
    }
}
