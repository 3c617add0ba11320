package org.claimbench.service;

import java.util.List;

/**
 * The JSON of a {@code .claimcase} file (docs/formats.md, docs/claimcase.schema.json). Ids are local to the
 * file, numbered from 1; the original bytes of each document are a separate entry of the archive.
 */
public final class CaseFileJson {

    private CaseFileJson() {
    }

    public record Manifest(String format, int version, String application, String created, String caseTitle) {
    }

    public record CaseJson(String title, String court, String caseNumber, String notes, String created, String updated,
                           List<PartyJson> parties, List<DocumentJson> documents, List<NodeJson> outline,
                           List<PassageJson> passages, List<LinkJson> links, List<EvidenceJson> evidence,
                           List<EntryJson> checklist, List<FlagJson> flagDecisions, List<CarryJson> carries,
                           List<QueuedAnnotationJson> annotationQueue) {
    }

    /**
     * A web annotation that went to the review queue when it was imported (format 9): the document it was read onto,
     * the file it came from and its id there, what it said (quote, surroundings, place in code points, label, note,
     * tags), the state found, the place offered (start and end -1 and no candidate when none was), how alike, the
     * decision, the passage it became (or null) and when it was decided.
     */
    public record QueuedAnnotationJson(long document, String source, String annotation, String quote, String prefix, String suffix,
                                       Integer positionStart, Integer positionEnd, String label, String note, List<TagJson> tags,
                                       String state, int start, int end, String candidate, double similarity, String decision,
                                       Long passage, String decided) {
    }

    /** A tag of a queued annotation: an outline node's title, and the role of the link it asks for (null: the usual one). */
    public record TagJson(String title, String role) {
    }

    /**
     * How a passage of one version of a pleading came into the version that amends it (format 7): the documents, the
     * old passage, the state found, the place offered (start and end -1 and no candidate when none was), how alike,
     * the decision, the passage it became on the new version (or null) and when it was decided.
     */
    public record CarryJson(long from, long to, long passage, String state, int start, int end, String candidate, double similarity,
                            String decision, Long carried, String decided) {
    }

    public record PartyJson(String role, String name) {
    }

    public record DocumentJson(long id, String kind, String title, String fileName, String mediaType, String sha256, String original,
                               Long supersedes, String created, String text, List<int[]> lines, List<SegmentJson> segments,
                               List<CountJson> counts, List<CitationJson> citations, TextSourceJson textSource,
                               List<UncertainJson> uncertainWords, List<CorrectionJson> corrections, String shortName,
                               List<WordBoxJson> wordBoxes, List<PartyJson> captionParties, Long answers,
                               List<ResponseJson> responses, List<DefenseJson> defenses, List<PleadedJson> pleaded) {
    }

    /**
     * A response as an Answer pleads it (format 8), before it is laid against a complaint: its scope, the paragraph
     * numbers it names (for the scope PARAGRAPHS), its status, span, page:line, admitted words and form.
     */
    public record PleadedJson(String scope, List<String> paragraphs, String status, int start, int end, String first, String last,
                              String admitted, String form) {
    }

    /**
     * An Answer's response to one paragraph of the complaint it answers (format 8): the paragraph's number, the
     * status, the span of the Answer's text (-1, -1 when not answered), its page:line, the admitted words and the form.
     */
    public record ResponseJson(String paragraph, String status, int start, int end, String first, String last, String admitted,
                               String form) {
    }

    /** An affirmative defense an Answer pleads (format 8): its place, title, span of the Answer's text and page:line. */
    public record DefenseJson(int ordinal, String title, int start, int end, String first, String last) {
    }

    /**
     * Where a word recognised from a page image stands (format 6): its span of the document's text, its page (from 1),
     * its box in points from the page's top-left corner as the page is shown, and the confidence (0–100).
     */
    public record WordBoxJson(int page, int start, int end, float left, float top, float right, float bottom, float confidence) {
    }

    /** How a document's text was obtained (format 4): from the file, or recognised from page images, with what. */
    public record TextSourceJson(String kind, String engine, String language, int pages, int pagesRecognised, int words,
                                 double meanConfidence, int uncertainWords) {
    }

    /** A word recognised with little confidence: its span of the document's text, and the confidence (0–100). */
    public record UncertainJson(int start, int end, float confidence) {
    }

    /** The user's correction of recognised text: the span of the current text, what was read, and what it now reads. */
    public record CorrectionJson(int start, int end, String original, String replacement, Float confidence, String created) {
    }

    public record SegmentJson(long id, String kind, String label, int start, int end, String first, String last) {
    }

    public record CountJson(String label, String title, List<String> against, Long segment, String startParagraph,
                            List<Integer> incorporates) {
    }

    public record CitationJson(Long segment, String kind, String text, int start, int end) {
    }

    public record NodeJson(long id, Long parent, String kind, String title, String body, String legalBasis, String standardOfProof,
                           String note, String supportOverride, String overrideReason) {
    }

    public record PassageJson(long id, long document, int start, int end, String quote, String prefix, String suffix, Long segment,
                              String first, String last, String label, String color, String note, String anchor, String created) {
    }

    public record LinkJson(long passage, long node, String role, String created) {
    }

    public record EvidenceJson(long id, String description, String basis, String potentialSource, Long sourceDocument,
                               Long sourcePassage, String citationText) {
    }

    public record EntryJson(long node, long evidence, String status, String weight, boolean checked, String note) {
    }

    /** The user's decision on a wording flag: the flag's document, span and kind, its words, and the verdict. */
    public record FlagJson(long document, int start, int end, String kind, String text, String verdict, String note, String decided) {
    }
}
