package org.claimbench.report;

import java.util.List;
import java.util.Map;

import org.claimbench.domain.NodeKind;
import org.claimbench.domain.SupportLevel;

/**
 * What the allegation-versus-evidence report says, once, for every format: the cover, the summary, the proof
 * chart (count → element → allegation), the appendix of citations and the list of documents with how
 * their text was read. Renderers only lay it out. {@code notice} is null, or, for a case with nothing to report
 * yet, what is missing: the report is then its cover and that notice.
 */
public record ReportModel(Cover cover, Summary summary, List<Section> unsupportedFirst, List<Section> chart,
                          List<CitationRow> citations, List<DocumentRow> documents, ReportOptions options, String notice,
                          List<AmendmentSection> amendments, AnswerSummary answer, List<Section> disputedFirst) {

    /**
     * What the defendant's Answer says, paragraph by paragraph: how many complaint paragraphs got each status, and how
     * many allegations are disputed. Null when no Answer was read against the complaint.
     */
    public record AnswerSummary(Map<org.claimbench.domain.ResponseStatus, Integer> paragraphs, int disputedAllegations,
                                int disputedWithoutEvidence, List<String> otherResponses) {
    }

    /**
     * "Changes in the amended complaint": which version amends which, the comparison's summary, how many highlights
     * wait for review, the allegations whose passages changed (each with what became of them), and, for the appendix,
     * every carried passage with its state.
     */
    public record AmendmentSection(String title, String summary, int waiting, List<ChangedAllegation> allegations,
                                   List<PassageStateRow> passages) {
    }

    /** An allegation whose passages changed in the amendment, and a line for each: "¶ 3 → ¶ 4: changed, waiting for review". */
    public record ChangedAllegation(String title, List<String> changes) {
    }

    /** A passage of the old version and what became of it: where it was, where it is now (or "—"), the state and decision. */
    public record PassageStateRow(String quote, String before, String after, String state, String decision) {
    }

    /** Whether there is nothing to report yet but what is missing. */
    public boolean isEmpty() {
        return notice != null;
    }

    /** A document of the case and how its text was read: "OCR (Tesseract 5.5.3, eng): 6 of 6 pages…", corrections. */
    public record DocumentRow(String title, String kind, String text, String corrections) {
    }

    public record Cover(String caseTitle, String court, String caseNumber, List<String> plaintiffs, List<String> defendants,
                        String date, String preparedBy, String confidentiality) {
    }

    public record Summary(Map<SupportLevel, Integer> allegationsByLevel, int allegations, int withEvidence, List<CountLine> counts) {
    }

    public record CountLine(String title, SupportLevel level, int allegations, int withEvidence, int wordingFlags) {
    }

    /** What the count table's "Wording flags" column counts, printed under the table. */
    public static final String WORDING_NOTE = "Wording flags: for each count, the flags of the wording screen on the paragraphs its "
            + "allegations rest on (pleading on information and belief, knowledge and legal labels, hedges, loaded words, group "
            + "pleading), once per allegation, less those the reader dismissed. A flag marks wording a court would set aside; "
            + "it is a reading aid, not a finding.";

    /** A count, element or allegation of the chart, with what belongs to it. {@code depth} is 0 for counts. */
    public record Section(long nodeId, NodeKind kind, int depth, String title, SupportLevel level, String overrideReason,
                          String legalBasis, String standard, List<Quote> quotes, List<EvidenceRow> evidence, String note,
                          String text, List<String> wording, String answer,
                          org.claimbench.domain.ResponseStatus answerStatus) {
    }

    /** A passage quoted for a node, with where it is: "¶ 16 · 3:12–15", or the exhibit's title. */
    public record Quote(String text, String cite, String role) {
    }

    public record EvidenceRow(String description, String status, String basis, String weight, String source, String note,
                              boolean checked) {
    }

    public record CitationRow(String text, String kind, String cite) {
    }

    /**
     * "18 of 41 allegations have evidence", and ", 2 contradicted" when any are: a contradicted allegation has
     * evidence, and is counted among those that have it. The status bar says the same (analysis.SupportRules.Coverage).
     */
    public String coverageSentence() {
        int contradicted = summary.allegationsByLevel().getOrDefault(SupportLevel.CONTRADICTED, 0);
        return summary.withEvidence() + " of " + summary.allegations() + (summary.allegations() == 1 ? " allegation has" : " allegations have")
                + " evidence" + (contradicted > 0 ? ", " + contradicted + " contradicted" : "");
    }

    /**
     * "The Answer admits 12 paragraphs, admits 3 in part, denies 20, … 9 allegations are disputed, 4 of them without
     * evidence."; null without an Answer.
     */
    public String answerSentence() {
        if (answer == null) {
            return null;
        }
        var p = answer.paragraphs();
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (org.claimbench.domain.ResponseStatus st : org.claimbench.domain.ResponseStatus.values()) {
            int n = p.getOrDefault(st, 0);
            if (n > 0) {
                parts.add(n + " " + st.label());
            }
        }
        int d = answer.disputedAllegations();
        return "The Answer, paragraph by paragraph: " + String.join(", ", parts) + ". " + d + (d == 1 ? " allegation is" : " allegations are")
                + " disputed, " + answer.disputedWithoutEvidence() + " of them without evidence."
                + (answer.otherResponses().isEmpty() ? "" : " Besides: " + String.join("; ", answer.otherResponses()) + ".");
    }
}
