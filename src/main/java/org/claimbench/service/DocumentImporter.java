package org.claimbench.service;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.Citation;
import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.PartyRole;
import org.claimbench.domain.PleadedCount;
import org.claimbench.domain.RecognisedBox;
import org.claimbench.domain.Segment;
import org.claimbench.domain.TextSource;
import org.claimbench.domain.UncertainWord;
import org.claimbench.ingest.ParsedCitation;
import org.claimbench.ingest.ParsedCount;
import org.claimbench.ingest.ParsedPleading;
import org.claimbench.store.Repositories;
import org.claimbench.store.Store;

/** Puts a parsed document into a case, in one transaction: all of it lands, or nothing does. */
public final class DocumentImporter {

    private final Store store;

    public DocumentImporter(Store store) {
        this.store = store;
    }

    /**
     * Stores the document with its structure. For a pleading, an empty caption of the case (court, case number,
     * parties) is filled from the parsed caption; what the user already typed is kept.
     */
    public Document store(long caseId, DocumentKind kind, String title, String fileName, String mediaType, byte[] original,
                          ParsedPleading parsed) {
        return store.transaction(tx -> store(tx, caseId, kind, title, fileName, mediaType, original, parsed, null));
    }

    static Document store(Repositories tx, long caseId, DocumentKind kind, String title, String fileName, String mediaType,
                          byte[] original, ParsedPleading parsed, Long supersedesId) {
        return store(tx, caseId, kind, title, fileName, mediaType, original, parsed, supersedesId, TextSource.fileText(), List.of(),
                List.of());
    }

    /**
     * Stores the document as above, with how its text was obtained, the words recognised with little confidence, and
     * where each recognised word stands on its page.
     */
    static Document store(Repositories tx, long caseId, DocumentKind kind, String title, String fileName, String mediaType,
                          byte[] original, ParsedPleading parsed, Long supersedesId, TextSource source, List<UncertainWord> uncertain,
                          List<RecognisedBox> boxes) {
        Document doc = tx.documents().insert(caseId, kind, title, fileName, mediaType, original, parsed.text(), supersedesId);
        tx.recognition().setTextSource(doc.id(), source);
        tx.recognition().insertUncertain(doc.id(), uncertain);
        tx.recognition().insertBoxes(doc.id(), boxes);
        tx.documents().insertSourceLines(doc.id(), parsed.lines());
        List<Segment> segments = tx.documents().insertSegments(doc.id(), parsed.segments());
        List<PleadedCount> counts = new ArrayList<>();
        for (ParsedCount c : parsed.counts()) {
            counts.add(new PleadedCount(0, doc.id(), c.ordinal(), c.label(), c.title(), c.against(),
                    segments.get(c.segmentOrdinal()).id(), c.startParagraph(), c.incorporates()));
        }
        tx.documents().insertCounts(doc.id(), counts);
        List<Citation> citations = new ArrayList<>();
        for (ParsedCitation c : parsed.citations()) {
            Long segmentId = c.segmentOrdinal() < 0 ? null : segments.get(c.segmentOrdinal()).id();
            citations.add(new Citation(0, doc.id(), segmentId, c.kind(), c.text(), c.start(), c.end()));
        }
        tx.documents().insertCitations(doc.id(), citations);
        if (kind.isPleading()) {
            tx.documents().insertParties(doc.id(), PartyRole.PLAINTIFF, parsed.caption().plaintiffs());
            tx.documents().insertParties(doc.id(), PartyRole.DEFENDANT, parsed.caption().defendants());
            fillCaption(tx, caseId, parsed);
        }
        tx.cases().touch(caseId);
        return doc;
    }

    private static void fillCaption(Repositories tx, long caseId, ParsedPleading parsed) {
        var c = parsed.caption();
        var current = tx.cases().find(caseId).orElseThrow();
        if (current.court() == null || current.caseNumber() == null) {
            tx.cases().updateCaption(caseId, current.title(), current.court() != null ? current.court() : c.court(),
                    current.caseNumber() != null ? current.caseNumber() : c.caseNumber(), current.notes());
        }
        if (tx.cases().parties(caseId).isEmpty()) {
            tx.cases().replaceParties(caseId, PartyRole.PLAINTIFF, c.plaintiffs());
            tx.cases().replaceParties(caseId, PartyRole.DEFENDANT, c.defendants());
        }
    }

    public DocumentView view(long documentId) {
        Document doc = store.documents().find(documentId)
                .orElseThrow(() -> new org.claimbench.store.StoreException("Document " + documentId + " does not exist."));
        return new DocumentView(doc, store.documents().text(documentId), store.documents().segments(documentId),
                store.documents().sourceLines(documentId), store.documents().counts(documentId),
                store.documents().citations(documentId), store.recognition().textSource(documentId),
                store.recognition().uncertainWords(documentId), store.recognition().corrections(documentId));
    }
}
