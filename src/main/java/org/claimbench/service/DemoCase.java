package org.claimbench.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.claimbench.analysis.Anchors;
import org.claimbench.domain.ChecklistEntry;
import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.EvidenceBasis;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.EvidenceStatus;
import org.claimbench.domain.LegalCase;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.claimbench.domain.StandardOfProof;
import org.claimbench.domain.Weight;
import org.claimbench.ingest.ParsedPleading;
import org.claimbench.ingest.PleadingParser;
import org.claimbench.ingest.TextDecoder;
import org.claimbench.ingest.TextLines;
import org.claimbench.store.Repositories;
import org.claimbench.store.Store;

/**
 * The demonstration case: a fictional complaint against a software vendor, an exhibit, a commentary, and an
 * outline whose allegations range from documented to bare assertion. It goes in through the same import path
 * as a user's files, in one transaction.
 */
public final class DemoCase {

    public static final String TITLE = "Roe v. Meridian Cloud, Inc. (demo)";
    private static final String BASE = "/org/claimbench/demo/";

    private final Store store;

    public DemoCase(Store store) {
        this.store = store;
    }

    /** Adds a fresh copy of the demo case and returns its id. */
    public long install() {
        return store.transaction(tx -> new Builder(tx).build());
    }

    /** Adds the demo case when the store has no case at all (first run); returns whether it did. */
    public boolean installIfEmpty() {
        if (!store.cases().list().isEmpty()) {
            return false;
        }
        install();
        return true;
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoCase.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("The demo file " + name + " is missing from the application.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Builder {
        private final Repositories tx;
        private long caseId;
        private Doc complaint;
        private Doc exhibit;
        private Doc commentary;

        Builder(Repositories tx) {
            this.tx = tx;
        }

        long build() {
            LegalCase c = tx.cases().create(TITLE, null, null,
                    "A fictional case for trying ClaimBench. Every name, date and document in it is invented.");
            caseId = c.id();
            complaint = importText("complaint.txt", DocumentKind.COMPLAINT, "Complaint");
            exhibit = importText("exhibit-b.txt", DocumentKind.EXHIBIT, "Exhibit B \u2014 Master subscription agreement");
            commentary = importText("commentary.txt", DocumentKind.COMMENTARY, "Commentary \u2014 what the complaint shows");
            outline();
            return caseId;
        }

        private Doc importText(String file, DocumentKind kind, String title) {
            byte[] bytes = resource(file);
            ParsedPleading parsed = new PleadingParser().parse(TextLines.of(TextDecoder.decode(bytes)));
            Document d = DocumentImporter.store(tx, caseId, kind, title, file, "text/plain", bytes, parsed, null);
            return new Doc(d, tx.documents().text(d.id()), tx);
        }

        private void outline() {
            OutlineNode count1 = node(null, NodeKind.COUNT, "Count I \u2014 Beneficiary liability (18 U.S.C. \u00a7 1595)",
                    "18 U.S.C. \u00a7 1595(a)", StandardOfProof.PREPONDERANCE);
            OutlineNode benefit = node(count1, NodeKind.ELEMENT, "Knowingly benefited from participation in a venture",
                    "18 U.S.C. \u00a7 1595(a)", StandardOfProof.PREPONDERANCE);
            OutlineNode fee = allegation(benefit, "16", "renewed and expanded the agreement to 410 user licences");
            evidence(fee, "Renewal order form, 15 Aug. 2016 (Exhibit B)", EvidenceBasis.DOCUMENT, EvidenceStatus.EXHIBIT_ATTACHED,
                    Weight.STRONG, null, exhibit.passage("Renewal order form, dated August 15, 2016"), null);

            OutlineNode venture = node(count1, NodeKind.ELEMENT, "Participation in a venture", null, StandardOfProof.PREPONDERANCE);
            OutlineNode help = allegation(venture, "17", "Meridian assigned QuickPost a dedicated account executive");
            evidence(help, "Professional-services clause: one solutions engineer, 200 hours a year (Exhibit B)", EvidenceBasis.DOCUMENT,
                    EvidenceStatus.EXHIBIT_ATTACHED, Weight.MODERATE, null, exhibit.passage("Professional services: one solutions engineer"), null);
            commentary.link("Standard onboarding does not by itself show participation in a venture", help, LinkRole.CONTRADICTS);
            OutlineNode workflows = allegation(venture, "18", "On information and belief, Meridian's solutions engineer helped QuickPost design");
            evidence(workflows, "Project tickets and workflow designs of Meridian's solutions engineer", EvidenceBasis.DOCUMENT,
                    EvidenceStatus.NEEDED, Weight.STRONG, "Subpoena to Meridian for its professional-services records", null, null);
            commentary.link("A subpoena for the project tickets of Meridian's solutions engineer would settle it", workflows, LinkRole.CONTEXT);
            OutlineNode ventureLabel = allegation(venture, "27", "participated in a venture with QuickPost");
            evidence(ventureLabel, "The complaint's own words in \u00b6 27", EvidenceBasis.BARE_ASSERTION, EvidenceStatus.CITED_IN_COMPLAINT,
                    Weight.WEAK, null, null, "Complaint \u00b6 27");

            OutlineNode knowledge = node(count1, NodeKind.ELEMENT, "Knew or should have known of sex trafficking by the venture",
                    "18 U.S.C. \u00a7\u00a7 1591, 1595(a)", StandardOfProof.PREPONDERANCE);
            OutlineNode report = allegation(knowledge, "13", "published a report describing QuickPost's adult section");
            evidence(report, "Attorney General's report of 4 Oct. 2016 (Exhibit A)", EvidenceBasis.PUBLIC_RECORD,
                    EvidenceStatus.EXHIBIT_ATTACHED, Weight.MODERATE, "State Attorney General's website", null, "Exhibit A");
            OutlineNode revenue = allegation(knowledge, "20", "Upon information and belief, Meridian knew that the adult section");
            evidence(revenue, "Quarterly business review decks shared with QuickPost", EvidenceBasis.DOCUMENT,
                    EvidenceStatus.REQUESTED_IN_DISCOVERY, Weight.STRONG, "First request for production, no. 7", null, null);
            OutlineNode knewLabel = allegation(knowledge, "23", "Meridian knew or should have known that QuickPost was facilitating sex trafficking");
            evidence(knewLabel, "The complaint's own words in \u00b6 23", EvidenceBasis.BARE_ASSERTION, EvidenceStatus.CITED_IN_COMPLAINT,
                    Weight.WEAK, null, null, "Complaint \u00b6 23");
            commentary.link("pleaded on information and belief, or as a bare label", knewLabel, LinkRole.CONTEXT);

            OutlineNode count2 = node(null, NodeKind.COUNT, "Count II \u2014 Human trafficking (Cal. Civ. Code \u00a7 52.5)",
                    "Cal. Civ. Code \u00a7 52.5", StandardOfProof.PREPONDERANCE);
            OutlineNode aided = node(count2, NodeKind.ELEMENT, "Defendant caused, aided or assisted a trafficking violation",
                    "Cal. Penal Code \u00a7 236.1", StandardOfProof.PREPONDERANCE);
            OutlineNode abetted = allegation(aided, "36", "Meridian aided and abetted QuickPost's owners");
            evidence(abetted, "Communications between Meridian and QuickPost's owners", EvidenceBasis.DOCUMENT, EvidenceStatus.NEEDED,
                    Weight.STRONG, "Subpoena to QuickPost's receiver", null, null);
            OutlineNode harm2 = node(count2, NodeKind.ELEMENT, "Plaintiffs were harmed", null, StandardOfProof.PREPONDERANCE);
            OutlineNode injuries2 = allegation(harm2, "28", "suffered physical injury, severe emotional distress and lost earnings");
            EvidenceItem accounts = evidence(injuries2, "Plaintiffs' own accounts, taken by counsel", EvidenceBasis.TESTIMONY,
                    EvidenceStatus.IN_HAND, Weight.WEAK, null, null, null);

            OutlineNode count3 = node(null, NodeKind.COUNT, "Count III \u2014 Negligence", "Common law", StandardOfProof.PREPONDERANCE);
            OutlineNode duty = node(count3, NodeKind.ELEMENT, "Duty", null, StandardOfProof.LEGAL_QUESTION);
            allegation(duty, "39", "Meridian owed Plaintiffs a duty of reasonable care");
            OutlineNode breach = node(count3, NodeKind.ELEMENT, "Breach", null, StandardOfProof.PREPONDERANCE);
            OutlineNode afterReport = allegation(breach, "40", "continuing to supply QuickPost after the report attached as Exhibit A");
            evidence(afterReport, "Renewal signed 15 Aug. 2016, before the report of 4 Oct. 2016 (Exhibit B)", EvidenceBasis.DOCUMENT,
                    EvidenceStatus.CONTRADICTED, Weight.MODERATE, null, exhibit.passage("Renewal order form, dated August 15, 2016"), null);
            commentary.link("The renewal in 2016 came two months before the Attorney General's report", afterReport, LinkRole.CONTRADICTS);
            OutlineNode causation = node(count3, NodeKind.ELEMENT, "Causation", null, StandardOfProof.PREPONDERANCE);
            allegation(causation, "30", "Meridian's conduct was a substantial factor in causing Plaintiffs' harm");
            allegation(causation, "29", "Meridian's services allegedly allowed QuickPost to scale its adult section");
            OutlineNode harm3 = node(count3, NodeKind.ELEMENT, "Damages", null, StandardOfProof.PREPONDERANCE);
            OutlineNode injuries3 = allegation(harm3, "28", "suffered physical injury, severe emotional distress and lost earnings");
            entry(injuries3, accounts, EvidenceStatus.IN_HAND, Weight.WEAK);
            evidence(injuries3, "Medical and counselling records", EvidenceBasis.DOCUMENT, EvidenceStatus.NEEDED, Weight.STRONG,
                    "Plaintiffs' providers, with releases", null, null);
        }

        private OutlineNode node(OutlineNode parent, NodeKind kind, String title, String legalBasis, StandardOfProof standard) {
            OutlineNode n = OutlineNode.of(caseId, parent == null ? null : parent.id(), 0, kind, title).withLegal(legalBasis, standard);
            return tx.outline().append(n);
        }

        /** An allegation quoting part of paragraph {@code label}, linked to the passage it asserts. */
        private OutlineNode allegation(OutlineNode element, String label, String quote) {
            Passage p = complaint.passageInParagraph(label, quote);
            String title = "\u00b6 " + label + " " + p.quote();
            OutlineNode n = tx.outline().append(OutlineNode.of(caseId, element.id(), 0, NodeKind.ALLEGATION, title)
                    .withBody(complaint.paragraphText(label)));
            tx.passages().link(caseId, p.id(), n.id(), LinkRole.ASSERTS);
            return n;
        }

        private EvidenceItem evidence(OutlineNode node, String description, EvidenceBasis basis, EvidenceStatus status, Weight weight,
                                      String potentialSource, Passage source, String citation) {
            EvidenceItem item = tx.evidence().insertItem(new EvidenceItem(0, caseId, description, basis, potentialSource,
                    source == null ? null : source.documentId(), source == null ? null : source.id(), citation));
            entry(node, item, status, weight);
            return item;
        }

        private void entry(OutlineNode node, EvidenceItem item, EvidenceStatus status, Weight weight) {
            tx.evidence().addEntry(new ChecklistEntry(0, caseId, node.id(), item.id(), 0, status, weight, false, null));
        }
    }

    /** A stored document of the demo, with helpers to make passages on it. */
    private static final class Doc {
        private final Document document;
        private final String text;
        private final Repositories tx;
        private final java.util.List<org.claimbench.domain.Segment> segments;
        private final java.util.Map<String, Passage> passages = new java.util.HashMap<>();

        Doc(Document document, String text, Repositories tx) {
            this.document = document;
            this.text = text;
            this.tx = tx;
            this.segments = tx.documents().segments(document.id());
        }

        org.claimbench.domain.Segment paragraph(String label) {
            return segments.stream().filter(s -> label.equals(s.label())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The demo complaint has no paragraph " + label));
        }

        String paragraphText(String label) {
            var s = paragraph(label);
            return text.substring(s.start(), s.end());
        }

        Passage passageInParagraph(String label, String quote) {
            return passages.computeIfAbsent(label + "|" + quote, k -> {
                var s = paragraph(label);
                return tx.passages().insert(Anchors.passageForQuote(document.caseId(), document.id(), text, segments,
                        java.util.List.of(), quote, s.start(), null));
            });
        }

        Passage passage(String quote) {
            return passages.computeIfAbsent("|" + quote, k -> tx.passages().insert(Anchors.passageForQuote(document.caseId(),
                    document.id(), text, segments, java.util.List.of(), quote, 0, null)));
        }

        void link(String quote, OutlineNode node, LinkRole role) {
            tx.passages().link(document.caseId(), passage(quote).id(), node.id(), role);
        }
    }
}
