package org.claimbench.store;

import static org.claimbench.store.generated.Tables.CITATION;
import static org.claimbench.store.generated.Tables.DOCUMENT;
import static org.claimbench.store.generated.Tables.PLEADED_COUNT;
import static org.claimbench.store.generated.Tables.SEGMENT;
import static org.claimbench.store.generated.Tables.SOURCE_LINE;

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

    DocumentRepository(DSLContext dsl) {
        this.dsl = dsl;
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

    public boolean delete(long documentId) {
        return dsl.deleteFrom(DOCUMENT).where(DOCUMENT.ID.eq(documentId)).execute() > 0;
    }

    public void insertSourceLines(long documentId, List<SourceLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Writes.run(dsl, tx -> insertSourceLines(tx, documentId, lines));
    }

    private static void insertSourceLines(DSLContext dsl, long documentId, List<SourceLine> lines) {
        var insert = dsl.insertInto(SOURCE_LINE, SOURCE_LINE.DOCUMENT_ID, SOURCE_LINE.ORDINAL, SOURCE_LINE.PAGE,
                SOURCE_LINE.LINE, SOURCE_LINE.START_OFFSET, SOURCE_LINE.END_OFFSET);
        for (SourceLine l : lines) {
            insert = insert.values(documentId, l.ordinal(), l.page(), l.line(), l.start(), l.end());
        }
        insert.execute();
    }

    public List<SourceLine> sourceLines(long documentId) {
        return dsl.selectFrom(SOURCE_LINE).where(SOURCE_LINE.DOCUMENT_ID.eq(documentId)).orderBy(SOURCE_LINE.ORDINAL)
                .fetch(r -> new SourceLine(r.getOrdinal(), r.getPage(), r.getLine(), r.getStartOffset(), r.getEndOffset()));
    }

    /** Stores the segments (their ids are ignored) and returns them with the ids given. */
    public List<Segment> insertSegments(long documentId, List<Segment> segments) {
        return Writes.inTransaction(dsl, tx -> insertSegments(tx, documentId, segments));
    }

    private static List<Segment> insertSegments(DSLContext dsl, long documentId, List<Segment> segments) {
        List<Segment> stored = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            long id = dsl.insertInto(SEGMENT)
                    .set(SEGMENT.DOCUMENT_ID, documentId)
                    .set(SEGMENT.ORDINAL, s.ordinal())
                    .set(SEGMENT.KIND, s.kind().name())
                    .set(SEGMENT.LABEL, s.label())
                    .set(SEGMENT.START_OFFSET, s.start())
                    .set(SEGMENT.END_OFFSET, s.end())
                    .set(SEGMENT.FIRST_PAGE, s.first() == null ? null : s.first().page())
                    .set(SEGMENT.FIRST_LINE, s.first() == null ? null : s.first().line())
                    .set(SEGMENT.LAST_PAGE, s.last() == null ? null : s.last().page())
                    .set(SEGMENT.LAST_LINE, s.last() == null ? null : s.last().line())
                    .returningResult(SEGMENT.ID)
                    .fetchOne(SEGMENT.ID);
            stored.add(new Segment(id, documentId, s.ordinal(), s.kind(), s.label(), s.start(), s.end(), s.first(), s.last()));
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
        for (Citation c : citations) {
            dsl.insertInto(CITATION)
                    .set(CITATION.DOCUMENT_ID, documentId)
                    .set(CITATION.SEGMENT_ID, c.segmentId())
                    .set(CITATION.KIND, c.kind().name())
                    .set(CITATION.TEXT, c.text())
                    .set(CITATION.START_OFFSET, c.start())
                    .set(CITATION.END_OFFSET, c.end())
                    .execute();
        }
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
                DOCUMENT.MEDIA_TYPE, DOCUMENT.SHA256, DOCUMENT.SUPERSEDES_ID, DOCUMENT.POSITION, DOCUMENT.CREATED_AT};
    }

    private static Document map(Record r) {
        return new Document(r.get(DOCUMENT.ID), r.get(DOCUMENT.CASE_ID), DocumentKind.valueOf(r.get(DOCUMENT.KIND)),
                r.get(DOCUMENT.TITLE), r.get(DOCUMENT.FILE_NAME), r.get(DOCUMENT.MEDIA_TYPE), r.get(DOCUMENT.SHA256),
                r.get(DOCUMENT.SUPERSEDES_ID), r.get(DOCUMENT.POSITION), Times.fromDb(r.get(DOCUMENT.CREATED_AT)));
    }

    static PageLine pageLine(Integer page, Integer line) {
        return page == null || line == null ? null : new PageLine(page, line);
    }

    private static Segment mapSegment(SegmentRecord r) {
        return new Segment(r.getId(), r.getDocumentId(), r.getOrdinal(), SegmentKind.valueOf(r.getKind()), r.getLabel(),
                r.getStartOffset(), r.getEndOffset(), pageLine(r.getFirstPage(), r.getFirstLine()),
                pageLine(r.getLastPage(), r.getLastLine()));
    }
}
