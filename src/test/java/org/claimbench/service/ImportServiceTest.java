package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.LegalCase;
import org.claimbench.domain.Party;
import org.claimbench.ingest.CancelledException;
import org.claimbench.ingest.FixturePdfs;
import org.claimbench.ingest.IngestException;
import org.claimbench.ingest.Progress;
import org.claimbench.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportServiceTest {

    Store store;
    ImportService service;
    LegalCase legalCase;

    @BeforeEach
    void open() {
        store = Store.inMemory();
        service = new ImportService(store);
        legalCase = store.cases().create("Roe v. Meridian", null, null, null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aPdfImportStoresTextStructureOriginalAndCaption() throws Exception {
        byte[] pdf = FixturePdfs.pleadingPaper();
        AtomicInteger pagesReported = new AtomicInteger();
        Document d = service.importBytes(legalCase.id(), "roe.pdf", pdf, DocumentKind.COMPLAINT, null, new Progress() {
            @Override
            public void update(String message, long done, long total) {
                if (message.startsWith("Reading page")) {
                    pagesReported.set((int) done);
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertEquals("application/pdf", d.mediaType());
        assertEquals("Complaint for Damages; Demand for Jury Trial", d.title());
        assertTrue(pagesReported.get() >= 4, "progress per page");
        assertEquals(pdf.length, store.documents().original(d.id()).length);
        assertEquals(41, new DocumentImporter(store).view(d.id()).numberedParagraphCount());
        assertTrue(store.documents().sourceLines(d.id()).size() > 100);
        LegalCase c = store.cases().find(legalCase.id()).orElseThrow();
        assertEquals("24-CIV-04417", c.caseNumber());
        assertEquals(List.of("MERIDIAN CLOUD, INC.", "DOES 1 through 20", "JANE ROE 1", "JANE ROE 2", "JANE ROE 3"),
                store.cases().parties(legalCase.id()).stream().map(Party::name).toList());
    }

    @Test
    void cancellingLeavesNothingBehind() {
        Progress cancelAfterTwoPages = new Progress() {
            int pages;

            @Override
            public void update(String message, long done, long total) {
                pages = (int) done;
            }

            @Override
            public boolean isCancelled() {
                return pages >= 2;
            }
        };
        assertThrows(CancelledException.class, () -> service.importBytes(legalCase.id(), "roe.pdf", FixturePdfs.pleadingPaper(),
                DocumentKind.COMPLAINT, null, cancelAfterTwoPages));
        assertTrue(store.documents().list(legalCase.id()).isEmpty());
        assertTrue(store.cases().parties(legalCase.id()).isEmpty());
    }

    @Test
    void aScannedPdfIsRecognisedAsTheWindowImportsIt() throws Exception {
        // the window's import goes through importBytes with its task's Progress: recognition is on by default
        byte[] scan = FixturePdfs.scannedComplaint(2);
        List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
        Document d = service.importBytes(legalCase.id(), "orchard-lane.pdf", scan, DocumentKind.COMPLAINT, null, new Progress() {
            @Override
            public void update(String message, long done, long total) {
                messages.add(message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertTrue(messages.contains("Recognising page 2 of 2") && messages.contains("Recognised 2 of 2 pages"), messages.toString());
        assertEquals("application/pdf", d.mediaType());
        assertEquals(scan.length, store.documents().original(d.id()).length);
        DocumentView view = new DocumentImporter(store).view(d.id());
        assertTrue(view.numberedParagraphCount() >= 13, "paragraphs: " + view.numberedParagraphCount());
        assertEquals("25-CV-01932", store.cases().find(legalCase.id()).orElseThrow().caseNumber());
    }

    @Test
    void cancellingWhileRecognisingLeavesNothingBehind() {
        Progress cancelAfterOnePage = new Progress() {
            volatile boolean recognisedOne;

            @Override
            public void update(String message, long done, long total) {
                recognisedOne |= message.startsWith("Recognis") && done >= 1;
            }

            @Override
            public boolean isCancelled() {
                return recognisedOne;
            }
        };
        assertThrows(CancelledException.class, () -> service.importBytes(legalCase.id(), "scan.pdf", FixturePdfs.scannedComplaint(3),
                DocumentKind.COMPLAINT, null, cancelAfterOnePage));
        assertTrue(store.documents().list(legalCase.id()).isEmpty());
        assertTrue(store.cases().parties(legalCase.id()).isEmpty());
    }

    @Test
    void cancellingWhileSavingRollsTheTransactionBack() {
        Progress cancelWhenSaving = new Progress() {
            boolean saving;

            @Override
            public void update(String message, long done, long total) {
                saving |= message.equals("Saving");
            }

            @Override
            public boolean isCancelled() {
                return saving;
            }
        };
        // "Saving" is reported after the last check outside the transaction, so the cancel lands inside it
        assertThrows(CancelledException.class, () -> service.importBytes(legalCase.id(), "roe.pdf", FixturePdfs.pleadingPaper(),
                DocumentKind.EXHIBIT, null, cancelWhenSaving));
        assertTrue(store.documents().list(legalCase.id()).isEmpty());
    }

    @Test
    void aComplaintWithoutNumberedParagraphsIsRefused() {
        IngestException e = assertThrows(IngestException.class, () -> service.importBytes(legalCase.id(), "memo.txt",
                "A memo.\n\nIt has no numbered paragraphs.\n".getBytes(StandardCharsets.UTF_8), DocumentKind.COMPLAINT, null, Progress.NONE));
        assertTrue(e.getMessage().contains("No numbered paragraphs"), e.getMessage());
        assertTrue(store.documents().list(legalCase.id()).isEmpty());
    }

    @Test
    void anAmendedComplaintSupersedesTheLatestPleadingAndKeepsTheUsersCaption() throws Exception {
        store.cases().updateCaption(legalCase.id(), "Roe v. Meridian", "My court", null, null);
        byte[] text = FixturePdfs.pleadingPaper();
        Document original = service.importBytes(legalCase.id(), "roe.pdf", text, DocumentKind.COMPLAINT, null, Progress.NONE);
        Document amended = service.importBytes(legalCase.id(), "roe-fac.pdf", text, DocumentKind.AMENDED_COMPLAINT, "First amended complaint",
                Progress.NONE);
        assertEquals(original.id(), amended.supersedesId());
        assertEquals("First amended complaint", amended.title());
        assertEquals("My court", store.cases().find(legalCase.id()).orElseThrow().court(), "what the user typed is kept");
        assertEquals(DocumentKind.EXHIBIT, service.suggestKind(legalCase.id()));
    }

    @Test
    void buildingFromCountsWarnsOnTheCountThatIncorporatesEverythingBefore() throws Exception {
        byte[] txt;
        try (java.io.InputStream in = getClass().getResourceAsStream("/fixtures/federal-complaint.txt")) {
            txt = in.readAllBytes();
        }
        service.importBytes(legalCase.id(), "complaint.txt", txt, DocumentKind.COMPLAINT, null, org.claimbench.ingest.Progress.NONE);
        List<org.claimbench.domain.OutlineNode> counts = new OutlineBuilder(store).buildFromCounts(legalCase.id());
        assertEquals(3, counts.size());
        assertFalse(counts.get(0).body().contains("Warning"), counts.get(0).body());
        assertTrue(counts.get(1).body().contains("Incorporates \u00b6\u00b6 "), counts.get(1).body());
        assertTrue(counts.get(1).body().contains("Warning: this count incorporates every paragraph before it"), counts.get(1).body());
        assertFalse(counts.get(2).body().contains("Warning"), "COUNT III takes in only some paragraphs: " + counts.get(2).body());

        // the same facts, for the view of what each count incorporates
        List<OutlineBuilder.Incorporation> inc = new OutlineBuilder(store).incorporation(legalCase.id());
        assertEquals(counts.stream().map(org.claimbench.domain.OutlineNode::title).toList(), inc.stream().map(OutlineBuilder.Incorporation::title).toList(),
                "each count is found by the title Build from counts gave it");
        assertEquals(List.of(false, true, false), inc.stream().map(OutlineBuilder.Incorporation::shotgun).toList());
        OutlineBuilder.Incorporation two = inc.get(1);
        assertEquals(two.numbers().size(), two.paragraphs().size(), "every incorporated paragraph is in the complaint");
        assertTrue(counts.get(1).body().contains("Incorporates " + two.cite()), two.cite() + " in " + counts.get(1).body());
        String text = store.documents().text(two.documentId());
        for (OutlineBuilder.Paragraph p : two.paragraphs()) {
            assertTrue(text.substring(p.start(), p.end()).contains(p.preview().replace("\u2026", "").substring(0, Math.min(20, p.preview().length() - 1))),
                    "the preview is the paragraph's own text: " + p.preview());
            assertFalse(p.preview().startsWith(p.label() + "."), "without its number: " + p.preview());
        }
    }

    @Test
    void aCountNodeFindsItsPleadedCountByTitleOrNumber() {
        assertEquals(2, OutlineBuilder.countNumber("Count II \u2014 Human trafficking"));
        assertEquals(2, OutlineBuilder.countNumber("SECOND CAUSE OF ACTION \u2014 Fraud"));
        assertEquals(14, OutlineBuilder.countNumber("Count XIV"));
        assertEquals(9, OutlineBuilder.countNumber("count ix: RICO"));
        assertEquals(3, OutlineBuilder.countNumber("Claim 3 - Defamation"));
        assertEquals(4, OutlineBuilder.countNumber("Fourth Claim for Relief"));
        assertEquals(0, OutlineBuilder.countNumber("Negligence"));
        assertEquals(0, OutlineBuilder.countNumber("Countless harms"));
        var first = new OutlineBuilder.Incorporation("FIRST CAUSE OF ACTION \u2014 Negligence", 1, "10", List.of(1, 2), List.of(), false);
        var second = new OutlineBuilder.Incorporation("SECOND CAUSE OF ACTION \u2014 Fraud", 1, "20", List.of(1, 2), List.of(), true);
        assertEquals(second, OutlineBuilder.Incorporation.of(List.of(first, second), "Count II \u2014 Fraud (my words)"));
        assertEquals(first, OutlineBuilder.Incorporation.of(List.of(first, second), "first cause of action \u2014 negligence"));
        assertEquals(null, OutlineBuilder.Incorporation.of(List.of(first, second), "Count VII"));
        assertEquals(null, OutlineBuilder.Incorporation.of(List.of(first, second), "Theory of the case"));
    }

    @Test
    void anImportSaysWhenTheFilingsOwnNumberingLooksWrong(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("numbered-twice.txt");
        java.nio.file.Files.writeString(file, """
                1. The lessee paid rent through May.

                2. The lessor changed the locks in June.

                2. The lessee's tools stayed inside the unit.

                3. The lessor sold the tools at auction.
                """);
        ImportService.Result r = service.importChecked(legalCase.id(), file, DocumentKind.COMPLAINT, null, Progress.NONE);
        assertEquals(List.of("\u00b6 2 appears twice"), r.concerns());
        assertEquals(4, store.documents().segments(r.document().id()).stream()
                .filter(s -> s.kind() == org.claimbench.domain.SegmentKind.NUMBERED_PARAGRAPH).count());
    }

    @Test
    void theTitleTypedIsKeptWhenTheImportMakesANewCase(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("lease.txt");
        java.nio.file.Files.writeString(file, "1. The lessee paid rent through May.\n\n2. The lessor changed the locks in June.\n");
        ImportService.Result r = service.importChecked(null, file, DocumentKind.COMPLAINT, "  Complaint as filed  ", Progress.NONE);
        assertEquals("Complaint as filed", r.document().title());
        assertEquals("lease", store.cases().find(r.document().caseId()).orElseThrow().title(), "the case is named after the file");
    }

    @Test
    void aDocumentsTitleLeavesOutTheColumnMarksAScannedCaptionPutsBeforeIt() {
        java.util.function.Function<String, String> titled = t -> ImportService.defaultTitle("scan.pdf", new org.claimbench.ingest.ParsedPleading(
                "", List.of(), new org.claimbench.domain.Caption(null, null, t, List.of(), List.of()), List.of(), List.of(), List.of(),
                List.of()), DocumentKind.COMPLAINT);
        assertEquals("Complaint", titled.apply(": COMPLAINT"));
        assertEquals("Complaint for Damages", titled.apply(") \u00a7 COMPLAINT FOR DAMAGES"));
        assertEquals("First Amended Complaint", titled.apply("FIRST AMENDED COMPLAINT"));
        assertEquals("scan", titled.apply(" : ) "), "a title of marks only gives way to the file's name");
    }
}
