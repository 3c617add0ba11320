package org.claimbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.claimbench.domain.DocumentKind;
import org.junit.jupiter.api.Test;

class KindSnifferTest {

    static Optional<DocumentKind> kind(String text) {
        return KindSniffer.fromText(text);
    }

    @Test
    void the_title_under_the_caption_names_the_kind() {
        assertEquals(Optional.of(DocumentKind.COMPLAINT), kind("SUPERIOR COURT OF THE STATE OF NOWHERE\nAVA LINDQVIST,\nPlaintiff,\nv.\n"
                + "\nCOMPLAINT FOR DAMAGES AND INJUNCTIVE RELIEF\n1. Plaintiff rents a flat.\n"));
        assertEquals(Optional.of(DocumentKind.AMENDED_COMPLAINT), kind("Case No. 3:26-cv-01234\nSECOND AMENDED CLASS ACTION COMPLAINT\n"));
        assertEquals(Optional.of(DocumentKind.AMENDED_COMPLAINT), kind("First Amended Complaint for Breach of Contract\n"));
        assertEquals(Optional.of(DocumentKind.ANSWER), kind("DEFENDANT HARBOR LEDGER LLC'S ANSWER TO PLAINTIFF'S COMPLAINT\n"));
        assertEquals(Optional.of(DocumentKind.ANSWER), kind("ANSWER AND AFFIRMATIVE DEFENSES\n1. Admitted.\n"));
        assertEquals(Optional.of(DocumentKind.EXHIBIT), kind("\nEXHIBIT 12\n\nThe lease signed in May.\n"));
    }

    @Test
    void a_text_that_names_no_kind_proposes_none() {
        assertEquals(Optional.empty(), kind("Dear Ms. Lindqvist,\nThank you for your letter.\n"));
        assertEquals(Optional.empty(), kind("Responses to the first set of interrogatories\n"), "not an answer to a complaint");
    }

    @Test
    void a_pdf_is_judged_by_its_first_pages_and_a_scan_by_nothing() {
        byte[] pdf = FixturePdfs.pleadingPaper("SUPERIOR COURT OF THE STATE OF NOWHERE\n\nAVA LINDQVIST, Plaintiff,\nv.\nORCHARD "
                + "HOMES LLC, Defendant.\n\nVERIFIED COMPLAINT FOR BREACH OF LEASE\n\n1. Plaintiff rents a flat from Defendant.\n\n"
                + "2. The roof leaks.\n", "COMPLAINT");
        assertEquals(Optional.of(DocumentKind.COMPLAINT), KindSniffer.fromFile("lease.pdf", pdf));
        assertEquals(Optional.empty(), KindSniffer.fromFile("junk.pdf", "%PDF-1.7 not really".getBytes()));
    }
}
