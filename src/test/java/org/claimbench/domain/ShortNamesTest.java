package org.claimbench.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The short name a document is cited by when the user has set none. */
class ShortNamesTest {

    static String name(DocumentKind kind, String title) {
        return ShortNames.defaultFor(kind, title);
    }

    @Test
    void aComplaintIsCompl() {
        assertEquals("Compl.", name(DocumentKind.COMPLAINT, "Complaint for Damages and Injunctive Relief"));
        assertEquals("Compl.", name(DocumentKind.COMPLAINT, "VERIFIED CLASS ACTION COMPLAINT"));
        assertEquals("Compl.", name(DocumentKind.COMPLAINT, null));
    }

    @Test
    void anAmendedComplaintIsNamedByItsOrdinal() {
        assertEquals("FAC", name(DocumentKind.AMENDED_COMPLAINT, "FIRST AMENDED COMPLAINT"));
        assertEquals("SAC", name(DocumentKind.AMENDED_COMPLAINT, "Second Amended Complaint"));
        assertEquals("TAC", name(DocumentKind.AMENDED_COMPLAINT, "Plaintiffs' Third Amended Class Action Complaint"));
        assertEquals("FAC", name(DocumentKind.AMENDED_COMPLAINT, "1st Amended Complaint for Fraud"));
        assertEquals("SAC", name(DocumentKind.AMENDED_COMPLAINT, "2d amended complaint"));
        assertEquals("4th Am. Compl.", name(DocumentKind.AMENDED_COMPLAINT, "Fourth Amended Complaint"));
        assertEquals("11th Am. Compl.", name(DocumentKind.AMENDED_COMPLAINT, "11th Amended Complaint"));
        assertEquals("Am. Compl.", name(DocumentKind.AMENDED_COMPLAINT, "Amended Complaint"));
        assertEquals("Am. Compl.", name(DocumentKind.AMENDED_COMPLAINT, "Complaint"), "the kind says it is amended");
        assertEquals("FAC", name(DocumentKind.COMPLAINT, "First Amended Complaint"), "the title says so though the kind does not");
    }

    @Test
    void anAnswerIsAnswer() {
        assertEquals("Answer", name(DocumentKind.ANSWER, "Defendant's Answer to the First Amended Complaint"));
        assertEquals("Answer", name(DocumentKind.ANSWER, "ANSWER AND AFFIRMATIVE DEFENSES"));
    }

    @Test
    void anExhibitIsNamedByItsLetterOrNumber() {
        assertEquals("Ex. A", name(DocumentKind.EXHIBIT, "Exhibit A \u2014 Lease of the ground-floor unit"));
        assertEquals("Ex. B", name(DocumentKind.EXHIBIT, "exhibit b: rent ledger"));
        assertEquals("Ex. 12", name(DocumentKind.EXHIBIT, "EXHIBIT 12"));
        assertEquals("Ex. C-2", name(DocumentKind.EXHIBIT, "Ex. c-2 (photographs)"));
        assertEquals("Ex. D", name(DocumentKind.EXHIBIT, "Exh. D"));
        assertEquals("Ex. F", name(DocumentKind.OTHER, "Exhibit F to the Declaration of Pat Lee"));
        assertEquals("Exhibits to the Motion", name(DocumentKind.EXHIBIT, "EXHIBITS TO THE MOTION"), "no designation: the title's short form");
        assertEquals("Rent ledger", name(DocumentKind.EXHIBIT, "Rent ledger, 2021\u20132023"));
        assertEquals("Ex.", name(DocumentKind.EXHIBIT, " "));
    }

    @Test
    void anythingElseIsAShortFormOfItsTitle() {
        assertEquals("Commentary", name(DocumentKind.COMMENTARY, "Commentary \u2014 what the complaint shows"));
        assertEquals("Motion to Dismiss", name(DocumentKind.OTHER, "MOTION TO DISMISS THE FIRST AMENDED COMPLAINT"));
        assertEquals("Declaration of Pat Lee", name(DocumentKind.OTHER, "Declaration of Pat Lee in Support of the Motion"));
        assertEquals("Letter", name(DocumentKind.OTHER, "Letter - landlord to tenant"));
        assertEquals("Notes", name(DocumentKind.COMMENTARY, "Notes"));
        assertEquals("Other", name(DocumentKind.OTHER, null));
        assertEquals("Commentary", name(DocumentKind.COMMENTARY, ""));
    }

    @Test
    void aDocumentIsCitedByTheShortNameSetForItElseByTheDefault() {
        Document d = new Document(1, 1, DocumentKind.AMENDED_COMPLAINT, "Second Amended Complaint", "sac.pdf", "application/pdf",
                "0".repeat(64), null, 0, Instant.EPOCH, null);
        assertEquals("SAC", d.citeName());
        assertEquals("Second Am. Compl.", d.withShortName("Second Am. Compl.").citeName());
        assertEquals("SAC", d.withShortName("  ").citeName());
    }

    @Test
    void aTypedNameIsTidied() {
        assertEquals("Ex. A", ShortNames.tidy("  Ex.\n  A \t"));
        assertNull(ShortNames.tidy(" \n "));
        assertNull(ShortNames.tidy(null));
    }
}
