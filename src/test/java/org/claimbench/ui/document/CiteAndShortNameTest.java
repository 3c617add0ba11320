package org.claimbench.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.analysis.Quotations;
import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.SourceLine;
import org.claimbench.ingest.FixturePdfs;
import org.claimbench.ingest.Progress;
import org.claimbench.ui.session.Selection;
import org.claimbench.ui.session.WorkbenchFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Copy with cite and the document's short name, in the text pane's view model, without a window. */
class CiteAndShortNameTest {

    final WorkbenchFixture f = new WorkbenchFixture();
    final DocumentViewModel vm = f.w.document();

    @AfterEach
    void close() {
        f.close();
    }

    String text() {
        return vm.loadedDocumentProperty().get().view().text();
    }

    Quotations.Quoted quote(String words) {
        int at = text().indexOf(words);
        assertTrue(at >= 0, "not in the text: " + words);
        return vm.quoteWithCite(at, at + words.length());
    }

    @Test
    void theSelectionOfTheComplaintIsQuotedWithItsParagraph() {
        Quotations.Quoted q = quote("Meridian Cloud, Inc. (\"Meridian\") sold QuickPost");
        assertEquals("\u201cMeridian Cloud, Inc. (\u2018Meridian\u2019) sold QuickPost\u201d Compl. \u00b6 3.", q.plain(),
                "the demo complaint is a text file: no page:line");
        assertEquals("Copied with its cite: Compl. \u00b6 3.", f.w.session().noticeProperty().get());
        assertNull(vm.quoteWithCite(5, 5));
        assertTrue(f.w.session().noticeProperty().get().startsWith("Select the words to quote first"));
    }

    @Test
    void theShortNameIsEditedUndoneAndRedoneAndTheCiteFollowsIt() {
        long id = f.complaint().id();
        vm.editShortName(id, " Roe  Compl. ");
        assertEquals("Roe Compl.", f.stored().documents().get(0).shortName(), "saved in the store");
        assertEquals("Roe Compl.", vm.documentNow(id).shortName(), "and shown");
        assertEquals("Undo Edit short name", f.w.edits().undoStack().undoLabelProperty().get());
        assertNotNull(vm.loadedDocumentProperty().get(), "the text stays on show");
        assertEquals(id, vm.loadedDocumentProperty().get().view().document().id());
        assertTrue(quote("sold QuickPost a customer-relationship platform").plain().endsWith("\u201d Roe Compl. \u00b6 3."),
                "the cite uses the new name without the text being read again");

        f.w.edits().undo();
        assertNull(f.stored().documents().get(0).shortName());
        assertTrue(quote("sold QuickPost a customer-relationship platform").plain().endsWith("\u201d Compl. \u00b6 3."));
        f.w.edits().redo();
        assertEquals("Roe Compl.", vm.documentNow(id).shortName());

        vm.editShortName(id, "");
        assertNull(f.stored().documents().get(0).shortName(), "blank: the worked-out name again");
        assertEquals("Compl.", vm.documentNow(id).citeName());
    }

    @Test
    void aNameThatIsAlreadyInUseIsNotSavedAgain() {
        long id = f.complaint().id();
        vm.editShortName(id, "Compl.");
        vm.editShortName(id, "  ");
        assertEquals("Undo", f.w.edits().undoStack().undoLabelProperty().get(), "nothing to undo: nothing changed");
        vm.editShortName(id, "FAC");
        vm.editShortName(id, "FAC ");
        f.w.edits().undo();
        assertNull(f.stored().documents().get(0).shortName(), "one edit, undone in one step");
    }

    /** A made-up amended complaint of a landlord and tenant, long enough to run onto a second page. */
    static final String LEASE_COMPLAINT = """
            SUPERIOR COURT OF THE STATE OF CALIFORNIA
            COUNTY OF ALAMEDA

            PAT LEE,
                      Plaintiff,
                 v.
            HARBOR VIEW FLATS, LLC,
                      Defendant.

            Case No. 25-CV-01234

            FIRST AMENDED COMPLAINT

            1. Plaintiff Pat Lee rented a ground-floor flat at 12 Pier Lane from Defendant Harbor View Flats, LLC, from June 2021 until the end of May 2023, under a written lease of two years.

            2. The manager signed the lease on March 3, 2021, and kept the only signed copy in a drawer of the leasing office, where Plaintiff was never shown it again.

            3. In the first winter, water came through the ceiling of the bedroom during every heavy rain, soaking the carpet and the mattress and leaving a smell of mould in every room of the flat.

            4. Plaintiff wrote to the manager about the leak on November 9, 2021, on December 2, 2021, and again on January 14, 2022, each time asking for the roof above the flat to be repaired.

            5. The manager answered only the last letter, writing that the roof "would be looked at in the spring," and nobody came to look at it that spring or at any time after.

            6. Plaintiff paid the full rent every month throughout the tenancy, including the months in which the bedroom could not be used at all because of the water.

            7. When Plaintiff moved out, Defendant kept the whole security deposit of two thousand four hundred dollars, giving as its reason damage to a carpet that the leak had ruined.

            8. Defendant sent no itemised statement of the deductions within twenty-one days after Plaintiff returned the keys, and has not sent one since.

            9. Plaintiff asked for the deposit back in writing on July 2, 2023, and Defendant did not reply to that letter or to the two telephone calls that followed it.

            10. The carpet was more than nine years old when the tenancy began, and its value at the end of the tenancy was nothing, with or without the leak.

            11. Plaintiff spent four hundred and ten dollars on a dehumidifier, a new mattress and cleaning, none of which would have been needed had the roof been repaired.

            12. Plaintiff missed three days of paid work to meet the roofer Defendant promised and who never arrived, losing wages of five hundred and forty dollars.
            """;

    @Test
    void aQuotationFromAPaginatedComplaintIsCitedByPageAndLineAcrossAPageBreak() throws Exception {
        byte[] pdf = FixturePdfs.pleadingPaper(LEASE_COMPLAINT, "FIRST AMENDED COMPLAINT");
        Document fac = f.services.importer().importBytes(f.caseId, "lee-fac.pdf", pdf, DocumentKind.AMENDED_COMPLAINT,
                "First Amended Complaint", Progress.NONE);
        f.w.session().reload(Selection.document(fac.id()));
        assertEquals(fac.id(), vm.loadedDocumentProperty().get().view().document().id());
        List<SourceLine> lines = vm.loadedDocumentProperty().get().view().lines();
        assertTrue(lines.get(lines.size() - 1).page() >= 2, "the complaint runs onto a second page");

        assertEquals("\u201cThe manager signed the lease on March 3, 2021\u201d FAC \u00b6 2, 1:13.",
                quote("The manager signed the lease on March 3, 2021").plain(), "one printed line");
        assertEquals("\u201cthe roof \u2018would be looked at in the spring,\u2019 and\u201d FAC \u00b6 5, 1:21\u201322.",
                quote("the roof \"would be looked at in the spring,\" and").plain(), "two lines of a page, a quotation within");

        // paragraph 8 starts on the last line of page 1 and ends on the first of page 2
        SourceLine lastOfPage1 = lines.stream().filter(l -> l.page() == 1).reduce((a, b) -> b).orElseThrow();
        SourceLine firstOfPage2 = lines.stream().filter(l -> l.page() == 2).findFirst().orElseThrow();
        Quotations.Quoted across = vm.quoteWithCite(lastOfPage1.start(), firstOfPage2.end());
        assertEquals("\u201cDefendant sent no itemised statement of the deductions within twenty-one days after Plaintiff returned the keys,"
                + " and has not sent one since.\u201d FAC \u00b6 8, 1:28\u20132:1.", across.plain());
        assertEquals("<p>" + across.plain().replace("\u00b6 ", "\u00b6&nbsp;") + "</p>", across.html());

        Quotations.Quoted two = quote("keys, and has not sent one since.\n");
        assertTrue(two.plain().matches("\u201ckeys, and has not sent one since.\u201d FAC \u00b6 8, 2:1\\."), two.plain());
        int from = text().indexOf("has not sent one since.");
        int to = text().indexOf("Plaintiff asked for the deposit") + "Plaintiff asked".length();
        assertEquals("\u201chas not sent one since. Plaintiff asked\u201d FAC \u00b6\u00b6 8\u20139, 2:1\u20132.",
                vm.quoteWithCite(from, to).plain(), "two paragraphs");
    }
}
