package org.claimbench.store;

import static org.claimbench.store.generated.Tables.CITATION;
import static org.claimbench.store.generated.Tables.DOCUMENT;
import static org.claimbench.store.generated.Tables.PLEADED_COUNT;
import static org.claimbench.store.generated.Tables.SEGMENT;
import static org.claimbench.store.generated.Tables.LINE_MAP;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.claimbench.domain.Citation;
import org.claimbench.domain.CitationKind;
import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.PageLine;
import org.claimbench.domain.PleadedCount;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.claimbench.domain.SourceLine;
import org.claimbench.store.generated.tables.records.SegmentRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

public final class DocumentRepository {

    private final DSLContext dsl;
    private final Versions versions;

    DocumentRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.versions = Versions.of(dsl);
    }

    /** Adds a document to the end of the case's list and returns it. */
    public Document insert(long caseId, DocumentKind kind, String title, String fileName, String mediaType,
                           byte[] original, String text, Long supersedesId) {
        return Writes.inTransaction(dsl, tx -> insert(tx, caseId, kind, title, fileName, mediaType, original, text, supersedesId));
    }

    private static Document insert(DSLContext dsl, long caseId, DocumentKind kind, String title, String fileName, String mediaType,
                                   byte[] original, String text, Long supersedesId) {
        Integer last = dsl.select(DSL.max(DOCUMENT.POSITION)).from(DOCUMENT).where(DOCUMENT.CASE_ID.eq(caseId)).fetchOne(0, Integer.class);
        Record r = dsl.insertInto(DOCUMENT)
                .set(DOCUMENT.CASE_ID, caseId)
                .set(DOCUMENT.KIND, kind.name())
                .set(DOCUMENT.TITLE, title)
                .set(DOCUMENT.FILE_NAME, fileName)
                .set(DOCUMENT.MEDIA_TYPE, mediaType)
                .set(DOCUMENT.SHA256, sha256(original))
                .set(DOCUMENT.ORIGINAL, original)
                .set(DOCUMENT.TEXT, text)
                .set(DOCUMENT.SUPERSEDES_CASE_ID, supersedesId == null ? null : caseId)
                .set(DOCUMENT.SUPERSEDES_ID, supersedesId)
                .set(DOCUMENT.POSITION, last == null ? 0 : last + 1)
                .set(DOCUMENT.CREATED_AT, Times.toDb(Times.now()))
                .returningResult(metaFields())
                .fetchOne();
        return map(r);
    }

    public List<Document> list(long caseId) {
        return dsl.select(metaFields()).from(DOCUMENT).where(DOCUMENT.CASE_ID.eq(caseId))
                .orderBy(DOCUMENT.POSITION, DOCUMENT.ID).fetch(DocumentRepository::map);
    }

    public Optional<Document> find(long id) {
        return dsl.select(metaFields()).from(DOCUMENT).where(DOCUMENT.ID.eq(id)).fetchOptional().map(DocumentRepository::map);
    }

    public String text(long documentId) {
        return dsl.select(DOCUMENT.TEXT).from(DOCUMENT).where(DOCUMENT.ID.eq(documentId)).fetchOptional(DOCUMENT.TEXT)
                .orElseThrow(() -> new StoreException("Document " + documentId + " does not exist."));
    }

    public byte[] original(long documentId) {
        return dsl.select(DOCUMENT.ORIGINAL).from(DOCUMENT).where(DOCUMENT.ID.eq(documentId)).fetchOptional(DOCUMENT.ORIGINAL)
                .orElseThrow(() -> new StoreException("Document " + documentId + " does not exist."));
    }

    /** Records that a document supersedes another of its case (a case file may list the later one first). */
    public void setSupersedes(long documentId, long supersededId) {
        Long caseId = dsl.select(DOCUMENT.CASE_ID).from(DOCUMENT).where(DOCUMENT.ID.eq(documentId)).fetchOne(DOCUMENT.CASE_ID);
        dsl.update(DOCUMENT).set(DOCUMENT.SUPERSEDES_CASE_ID, caseId).set(DOCUMENT.SUPERSEDES_ID, supersededId)
                .where(DOCUMENT.ID.eq(documentId)).execute();
    }

    /** Sets when a document was first added (kept by a case file). */
    public void setCreated(long documentId, java.time.Instant created) {
        dsl.update(DOCUMENT).set(DOCUMENT.CREATED_AT, Times.toDb(created)).where(DOCUMENT.ID.eq(documentId)).execute();
    }

    /** Sets the short name a cite gives a document; null for the one worked out from its kind and title. */
    public void setShortName(long documentId, String shortName) {
        Versions.Guard g = versions.guard(Versions.DOC, documentId);
        int n = dsl.update(DOCUMENT).set(DOCUMENT.SHORT_NAME, shortName).set(versions.bump(Versions.DOC))
                .where(DOCUMENT.ID.eq(documentId), g.condition()).execute();
        versions.check(dsl, g, n);
        if (n == 0) {
            throw new StoreException("Document " + documentId + " does not exist.");
        }
    }

    public boolean delete(long documentId) {
        return dsl.deleteFrom(DOCUMENT).where(DOCUMENT.ID.eq(documentId)).execute() > 0;
    }

    /** Stores the page:line of each printed line (nothing for an unpaginated original). */
    public void insertSourceLines(long documentId, List<SourceLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        java.nio.ByteBuffer packed = java.nio.ByteBuffer.allocate(16 * lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SourceLine l = lines.get(i);
            if (l.ordinal() != i) {
                throw new IllegalArgumentException("source lines must be numbered 0, 1, 2… in order");
            }
            packed.putInt(l.page()).putInt(l.line()).putInt(l.start()).putInt(l.end());
        }
        Writes.run(dsl, tx -> tx.insertInto(LINE_MAP)
                .set(LINE_MAP.DOCUMENT_ID, documentId)
                .set(LINE_MAP.LINE_COUNT, lines.size())
                .set(LINE_MAP.PACKED, packed.array())
                .execute());
    }

    public List<SourceLine> sourceLines(long documentId) {
        byte[] packed = dsl.select(LINE_MAP.PACKED).from(LINE_MAP).where(LINE_MAP.DOCUMENT_ID.eq(documentId)).fetchOne(LINE_MAP.PACKED);
        if (packed == null) {
            return List.of();
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(packed);
        List<SourceLine> lines = new ArrayList<>(packed.length / 16);
        for (int i = 0; b.remaining() >= 16; i++) {
            lines.add(new SourceLine(i, b.getInt(), b.getInt(), b.getInt(), b.getInt()));
        }
        return lines;
    }

    /** Rows per JDBC batch. */
    static final int CHUNK = 1000;

    /** Stores the segments (their ids are ignored) and returns them with the ids given. */
    public List<Segment> insertSegments(long documentId, List<Segment> segments) {
        return Writes.inTransaction(dsl, tx -> insertSegments(tx, documentId, segments));
    }

    private static List<Segment> insertSegments(DSLContext dsl, long documentId, List<Segment> segments) {
        dsl.connection(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO SEGMENT (DOCUMENT_ID, ORDINAL, KIND, LABEL, START_OFFSET, "
                    + "END_OFFSET, FIRST_PAGE, FIRST_LINE, LAST_PAGE, LAST_LINE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Segment s : segments) {
                    ps.setLong(1, documentId);
                    ps.setInt(2, s.ordinal());
                    ps.setString(3, s.kind().name());
                    ps.setString(4, s.label());
                    ps.setInt(5, s.start());
                    ps.setInt(6, s.end());
                    ps.setObject(7, s.first() == null ? null : s.first().page(), java.sql.Types.INTEGER);
                    ps.setObject(8, s.first() == null ? null : s.first().line(), java.sql.Types.INTEGER);
                    ps.setObject(9, s.last() == null ? null : s.last().page(), java.sql.Types.INTEGER);
                    ps.setObject(10, s.last() == null ? null : s.last().line(), java.sql.Types.INTEGER);
                    ps.addBatch();
                    if (++n % CHUNK == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        });
        // (document, ordinal) is unique, so the ids can be read back by ordinal
        java.util.Map<Integer, Long> ids = new java.util.HashMap<>();
        dsl.select(SEGMENT.ORDINAL, SEGMENT.ID).from(SEGMENT).where(SEGMENT.DOCUMENT_ID.eq(documentId))
                .forEach(r -> ids.put(r.value1(), r.value2()));
        List<Segment> stored = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            stored.add(new Segment(ids.get(s.ordinal()), documentId, s.ordinal(), s.kind(), s.label(), s.start(), s.end(), s.first(), s.last()));
        }
        return stored;
    }

    public List<Segment> segments(long documentId) {
        return dsl.selectFrom(SEGMENT).where(SEGMENT.DOCUMENT_ID.eq(documentId)).orderBy(SEGMENT.ORDINAL)
                .fetch(DocumentRepository::mapSegment);
    }

    public void insertCounts(long documentId, List<PleadedCount> counts) {
        Writes.run(dsl, tx -> insertCounts(tx, documentId, counts));
    }

    private static void insertCounts(DSLContext dsl, long documentId, List<PleadedCount> counts) {
        for (PleadedCount c : counts) {
            dsl.insertInto(PLEADED_COUNT)
                    .set(PLEADED_COUNT.DOCUMENT_ID, documentId)
                    .set(PLEADED_COUNT.ORDINAL, c.ordinal())
                    .set(PLEADED_COUNT.LABEL, c.label())
                    .set(PLEADED_COUNT.TITLE, c.title())
                    .set(PLEADED_COUNT.AGAINST, String.join("\n", c.against()))
                    .set(PLEADED_COUNT.SEGMENT_ID, c.segmentId())
                    .set(PLEADED_COUNT.START_LABEL, c.startLabel())
                    .set(PLEADED_COUNT.INCORPORATES, c.incorporates().stream().map(String::valueOf).collect(Collectors.joining(",")))
                    .execute();
        }
    }

    public List<PleadedCount> counts(long documentId) {
        return dsl.selectFrom(PLEADED_COUNT).where(PLEADED_COUNT.DOCUMENT_ID.eq(documentId)).orderBy(PLEADED_COUNT.ORDINAL)
                .fetch(r -> new PleadedCount(r.getId(), r.getDocumentId(), r.getOrdinal(), r.getLabel(), r.getTitle(),
                        r.getAgainst().isEmpty() ? List.of() : List.of(r.getAgainst().split("\n")),
                        r.getSegmentId(), r.getStartLabel(),
                        r.getIncorporates().isEmpty() ? List.of()
                                : Arrays.stream(r.getIncorporates().split(",")).map(Integer::valueOf).toList()));
    }

    public void insertCitations(long documentId, List<Citation> citations) {
        Writes.run(dsl, tx -> insertCitations(tx, documentId, citations));
    }

    private static void insertCitations(DSLContext dsl, long documentId, List<Citation> citations) {
        dsl.connection(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO CITATION (DOCUMENT_ID, SEGMENT_ID, KIND, TEXT, START_OFFSET, END_OFFSET) VALUES (?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Citation ct : citations) {
                    ps.setLong(1, documentId);
                    ps.setObject(2, ct.segmentId(), java.sql.Types.BIGINT);
                    ps.setString(3, ct.kind().name());
                    ps.setString(4, ct.text());
                    ps.setInt(5, ct.start());
                    ps.setInt(6, ct.end());
                    ps.addBatch();
                    if (++n % CHUNK == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        });
    }

    public List<Citation> citations(long documentId) {
        return dsl.selectFrom(CITATION).where(CITATION.DOCUMENT_ID.eq(documentId)).orderBy(CITATION.START_OFFSET)
                .fetch(r -> new Citation(r.getId(), r.getDocumentId(), r.getSegmentId(), CitationKind.valueOf(r.getKind()),
                        r.getText(), r.getStartOffset(), r.getEndOffset()));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static org.jooq.SelectField<?>[] metaFields() {
        return new org.jooq.SelectField<?>[] {DOCUMENT.ID, DOCUMENT.CASE_ID, DOCUMENT.KIND, DOCUMENT.TITLE, DOCUMENT.FILE_NAME,
                DOCUMENT.MEDIA_TYPE, DOCUMENT.SHA256, DOCUMENT.SUPERSEDES_ID, DOCUMENT.POSITION, DOCUMENT.CREATED_AT, DOCUMENT.SHORT_NAME,
                DOCUMENT.ROW_VERSION};
    }

    private static Document map(Record r) {
        return new Document(r.get(DOCUMENT.ID), r.get(DOCUMENT.CASE_ID), DocumentKind.valueOf(r.get(DOCUMENT.KIND)),
                r.get(DOCUMENT.TITLE), r.get(DOCUMENT.FILE_NAME), r.get(DOCUMENT.MEDIA_TYPE), r.get(DOCUMENT.SHA256),
                r.get(DOCUMENT.SUPERSEDES_ID), r.get(DOCUMENT.POSITION), Times.fromDb(r.get(DOCUMENT.CREATED_AT)), r.get(DOCUMENT.SHORT_NAME));
    }

    static PageLine pageLine(Integer page, Integer line) {
        return page == null || line == null ? null : new PageLine(page, line);
    }

    private static Segment mapSegment(SegmentRecord r) {
        return new Segment(r.getId(), r.getDocumentId(), r.getOrdinal(), SegmentKind.valueOf(r.getKind()), r.getLabel(),
                r.getStartOffset(), r.getEndOffset(), pageLine(r.getFirstPage(), r.getFirstLine()),
                pageLine(r.getLastPage(), r.getLastLine()));
    }

    /** The parties a pleading's own caption names, in order for each role. */
    public void insertParties(long documentId, org.claimbench.domain.PartyRole role, List<String> names) {
        int position = 0;
        for (String n : names) {
            if (n != null && !n.isBlank()) {
                dsl.insertInto(org.claimbench.store.generated.Tables.DOCUMENT_PARTY)
                        .set(org.claimbench.store.generated.Tables.DOCUMENT_PARTY.DOCUMENT_ID, documentId)
                        .set(org.claimbench.store.generated.Tables.DOCUMENT_PARTY.ROLE, role.name())
                        .set(org.claimbench.store.generated.Tables.DOCUMENT_PARTY.POSITION, position++)
                        .set(org.claimbench.store.generated.Tables.DOCUMENT_PARTY.NAME, n.strip().length() > 500 ? n.strip().substring(0, 500) : n.strip())
                        .execute();
            }
        }
    }

    /** The parties of a document's own caption (ids 0), plaintiffs first; empty for a document imported without them. */
    public List<org.claimbench.domain.Party> parties(long documentId, long caseId) {
        var t = org.claimbench.store.generated.Tables.DOCUMENT_PARTY;
        return dsl.selectFrom(t).where(t.DOCUMENT_ID.eq(documentId)).orderBy(t.ROLE.desc(), t.POSITION)
                .fetch(r -> new org.claimbench.domain.Party(0, caseId, org.claimbench.domain.PartyRole.valueOf(r.getRole()), r.getName(),
                        r.getPosition()));
    }
}
