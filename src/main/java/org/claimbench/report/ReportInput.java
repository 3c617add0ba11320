package org.claimbench.report;

import java.util.List;
import java.util.Map;

import org.claimbench.domain.ChecklistEntry;
import org.claimbench.domain.Citation;
import org.claimbench.domain.Document;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.LegalCase;
import org.claimbench.domain.Link;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Party;
import org.claimbench.domain.Passage;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SupportLevel;

/**
 * Everything a report is made from, read from the store in one go. {@code wordingByAllegation} holds each
 * allegation's wording flags as the report shows them, once each, rolled up the way the window rolls them up.
 */
public record ReportInput(LegalCase legalCase, List<Party> parties, List<Document> documents, List<OutlineNode> outline,
                          List<Passage> passages, List<Link> links, List<EvidenceItem> evidence, List<ChecklistEntry> checklist,
                          Map<Long, SupportLevel> support, Map<Long, List<Segment>> segmentsByDocument, List<Citation> citations,
                          Map<Long, List<String>> wordingByAllegation, Map<Long, DocumentText> documentText,
                          List<Amendment> amendments, Map<Long, org.claimbench.domain.AnswerResponse> responsesBySegment,
                          List<org.claimbench.domain.PleadedResponse> otherResponses, int annotationsWaiting) {

    public ReportInput {
        amendments = List.copyOf(amendments);
        responsesBySegment = Map.copyOf(responsesBySegment);
        otherResponses = List.copyOf(otherResponses);
    }

    /** Without web annotations waiting in the review queue. */
    public ReportInput(LegalCase legalCase, List<Party> parties, List<Document> documents, List<OutlineNode> outline,
                       List<Passage> passages, List<Link> links, List<EvidenceItem> evidence, List<ChecklistEntry> checklist,
                       Map<Long, SupportLevel> support, Map<Long, List<Segment>> segmentsByDocument, List<Citation> citations,
                       Map<Long, List<String>> wordingByAllegation, Map<Long, DocumentText> documentText, List<Amendment> amendments,
                       Map<Long, org.claimbench.domain.AnswerResponse> responsesBySegment,
                       List<org.claimbench.domain.PleadedResponse> otherResponses) {
        this(legalCase, parties, documents, outline, passages, links, evidence, checklist, support, segmentsByDocument, citations,
                wordingByAllegation, documentText, amendments, responsesBySegment, otherResponses, 0);
    }

    /** Without the Answer's responses to the headings, the prayer and unnumbered text. */
    public ReportInput(LegalCase legalCase, List<Party> parties, List<Document> documents, List<OutlineNode> outline,
                       List<Passage> passages, List<Link> links, List<EvidenceItem> evidence, List<ChecklistEntry> checklist,
                       Map<Long, SupportLevel> support, Map<Long, List<Segment>> segmentsByDocument, List<Citation> citations,
                       Map<Long, List<String>> wordingByAllegation, Map<Long, DocumentText> documentText, List<Amendment> amendments,
                       Map<Long, org.claimbench.domain.AnswerResponse> responsesBySegment) {
        this(legalCase, parties, documents, outline, passages, links, evidence, checklist, support, segmentsByDocument, citations,
                wordingByAllegation, documentText, amendments, responsesBySegment, List.of());
    }

    /** Without the defendant's Answer. */
    public ReportInput(LegalCase legalCase, List<Party> parties, List<Document> documents, List<OutlineNode> outline,
                       List<Passage> passages, List<Link> links, List<EvidenceItem> evidence, List<ChecklistEntry> checklist,
                       Map<Long, SupportLevel> support, Map<Long, List<Segment>> segmentsByDocument, List<Citation> citations,
                       Map<Long, List<String>> wordingByAllegation, Map<Long, DocumentText> documentText, List<Amendment> amendments) {
        this(legalCase, parties, documents, outline, passages, links, evidence, checklist, support, segmentsByDocument, citations,
                wordingByAllegation, documentText, amendments, Map.of());
    }

    /**
     * An amended pleading ({@code to}) and the one it amends ({@code from}): the comparison's summary sentence and how
     * each highlighted passage of the old version came into the new one.
     */
    public record Amendment(Document from, Document to, String summary, List<org.claimbench.domain.PassageCarry> carries) {
        public Amendment {
            carries = List.copyOf(carries);
        }
    }

    /** Without amended pleadings. */
    public ReportInput(LegalCase legalCase, List<Party> parties, List<Document> documents, List<OutlineNode> outline,
                       List<Passage> passages, List<Link> links, List<EvidenceItem> evidence, List<ChecklistEntry> checklist,
                       Map<Long, SupportLevel> support, Map<Long, List<Segment>> segmentsByDocument, List<Citation> citations,
                       Map<Long, List<String>> wordingByAllegation, Map<Long, DocumentText> documentText) {
        this(legalCase, parties, documents, outline, passages, links, evidence, checklist, support, segmentsByDocument, citations,
                wordingByAllegation, documentText, List.of());
    }

    /** How a document's text was obtained, the words still marked uncertain, and the user's corrections of it. */
    public record DocumentText(org.claimbench.domain.TextSource source, int uncertainLeft, int corrections) {
    }

    /** Without how each document's text was obtained. */
    public ReportInput(LegalCase legalCase, List<Party> parties, List<Document> documents, List<OutlineNode> outline,
                       List<Passage> passages, List<Link> links, List<EvidenceItem> evidence, List<ChecklistEntry> checklist,
                       Map<Long, SupportLevel> support, Map<Long, List<Segment>> segmentsByDocument, List<Citation> citations,
                       Map<Long, List<String>> wordingByAllegation) {
        this(legalCase, parties, documents, outline, passages, links, evidence, checklist, support, segmentsByDocument, citations,
                wordingByAllegation, Map.of());
    }

    /** Without wording flags. */
    public ReportInput(org.claimbench.domain.LegalCase legalCase, List<Party> parties, List<Document> documents, List<OutlineNode> outline,
                       List<Passage> passages, List<Link> links, List<EvidenceItem> evidence, List<ChecklistEntry> checklist,
                       Map<Long, SupportLevel> support, Map<Long, List<Segment>> segmentsByDocument, List<Citation> citations) {
        this(legalCase, parties, documents, outline, passages, links, evidence, checklist, support, segmentsByDocument, citations, Map.of());
    }
}
