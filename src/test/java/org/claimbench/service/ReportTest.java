package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.claimbench.domain.EvidenceBasis;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.EvidenceStatus;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Weight;
import org.claimbench.report.HtmlReport;
import org.claimbench.report.ReportModel;
import org.claimbench.report.ReportOptions;
import org.claimbench.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One report model, four formats that say the same thing; checked by reading each back. */
class ReportTest {

    Store store;
    ReportService reports;
    long caseId;

    @TempDir
    Path dir;

    @BeforeEach
    void open() {
        store = Store.inMemory();
        reports = org.claimbench.service.Services.of(store, null).reports();
        caseId = new DemoCase(store).install();
    }

    @AfterEach
    void close() {
        store.close();
    }

    ReportOptions options() {
        return ReportOptions.defaults().withPreparedBy("A. Reviewer").withDate(java.time.LocalDate.of(2026, 11, 30));
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            // the report holds cites together with non-breaking spaces: read as spaces
            return new PDFTextStripper().getText(d).replace('\u00a0', ' ').replaceAll("[ \\t]+", " ");
        }
    }

    @Test
    void theDemoPdfGivesCoverSummaryUnsupportedFirstChartAndCitationsInOrder() throws Exception {
        byte[] pdf = ReportService.render(reports.model(caseId, options()), org.claimbench.report.ReportFormat.PDF);
        String t = pdfText(pdf);
        int cover = t.indexOf("Allegations and evidence");
        int summary = t.indexOf("Summary");
        int first = t.indexOf("Allegations without evidence");
        int chart = t.indexOf("Proof chart");
        int appendix = t.indexOf("Appendix: citations in the complaint");
        assertTrue(cover >= 0 && cover < summary && summary < first && first < chart && chart < appendix,
                cover + " " + summary + " " + first + " " + chart + " " + appendix);
        assertTrue(t.contains("SUPERIOR COURT OF THE STATE OF CALIFORNIA"));
        assertTrue(t.contains("24-CIV-04417"));
        assertTrue(t.contains("Prepared by A. Reviewer"));
        assertTrue(t.contains("November 30, 2026"));
        assertTrue(t.contains("6 of 14 allegations have evidence, 1 contradicted."));
        // contradicted first, then unsupported: ¶ 40 comes before ¶ 18 in the first list
        int contradicted = t.indexOf("\u00b6 40 continuing to supply", first);
        int unsupported = t.indexOf("\u00b6 18 On information and belief", first);
        assertTrue(contradicted > first && contradicted < unsupported && unsupported < chart);
        // the chart keeps the outline's order and the cites of the quotes
        int count1 = t.indexOf("Count I \u2014 Beneficiary liability", chart);
        int count2 = t.indexOf("Count II \u2014 Human trafficking", chart);
        int count3 = t.indexOf("Count III \u2014 Negligence", chart);
        assertTrue(count1 > chart && count1 < count2 && count2 < count3);
        assertTrue(t.contains("\u201crenewed and expanded the agreement to 410 user licences\u201d \u00b6 16"));
        // the evidence column has the width the short columns leave it: a long description wraps
        assertTrue(t.replaceAll("\\s+", " ").contains("Renewal order form, 15 Aug. 2016 (Exhibit B)"));
        assertTrue(t.contains("page 1 of "));
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertTrue(d.getNumberOfPages() >= 6);
            assertEquals(612f, d.getPage(0).getMediaBox().getWidth(), 1f, "US Letter by default");
            for (var name : d.getPage(1).getResources().getFontNames()) {
                PDFont f = d.getPage(1).getResources().getFont(name);
                assertTrue(f.isEmbedded(), f.getName() + " is embedded");
            }
        }
    }

    @Test
    void a4IsA4AndOptionsChooseWhatIsIncluded() throws Exception {
        long count2 = store.outline().nodes(caseId).stream().filter(n -> n.title().startsWith("Count II")).findFirst().orElseThrow().id();
        ReportOptions o = options().withPaper(ReportOptions.Paper.A4).withCounts(Set.of(count2)).withUnsupportedFirst(false).withNotes(false);
        byte[] pdf = ReportService.render(reports.model(caseId, o), org.claimbench.report.ReportFormat.PDF);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertEquals(595f, d.getPage(0).getMediaBox().getWidth(), 1f);
        }
        String t = pdfText(pdf);
        assertTrue(t.contains("Count II"));
        assertFalse(t.contains("Count I \u2014"));
        assertFalse(t.contains("Allegations without evidence"));
        assertTrue(t.contains("1 of 2 allegations have evidence."));
    }

    @Test
    void docxAndCsvSayWhatThePdfSays() throws Exception {
        ReportModel m = reports.model(caseId, options());
        byte[] docx = ReportService.render(m, org.claimbench.report.ReportFormat.DOCX);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            String t = x.getText().replace('\u00a0', ' ');
            assertTrue(t.contains("6 of 14 allegations have evidence, 1 contradicted."));
            assertTrue(t.contains("\u00b6 40 continuing to supply QuickPost after the report attached as Exhibit A"));
            assertTrue(t.contains("Renewal order form, 15 Aug. 2016 (Exhibit B)"));
            assertTrue(d.getTables().size() > 10);
        }
        String csv = new String(ReportService.render(m, org.claimbench.report.ReportFormat.CSV), StandardCharsets.UTF_8);
        List<List<String>> rows = parseCsv(csv.substring(1));
        assertEquals(List.of("count", "element", "allegation", "support level", "override reason", "complaint text", "cite", "evidence",
                "status", "basis", "weight", "source", "note", "wording", "answer"), rows.get(0));
        List<String> belief = rows.stream().filter(r -> r.get(2).startsWith("\u00b6 18")).findFirst().orElseThrow();
        assertTrue(belief.get(13).startsWith("information and belief (\u201cOn information and belief\u201d)"), belief.get(13));
        List<String> fee = rows.stream().filter(r -> r.get(2).startsWith("\u00b6 16")).findFirst().orElseThrow();
        assertEquals("Supported", fee.get(3));
        assertEquals("\u00b6 16", fee.get(6));
        assertEquals("Exhibit attached", fee.get(8));
        assertEquals(14 + 1, rows.size() - 1, "a row per allegation, and one more for the one with a second item (¶ 28, damages)");
    }

    @Test
    void hostileTextCannotInjectMarkupOrFormulas() throws Exception {
        OutlineNode a = store.outline().nodes(caseId).stream().filter(n -> n.kind() == NodeKind.ALLEGATION).findFirst().orElseThrow();
        store.outline().update(a.withNote("</p><script>alert('x')</script><img src=x onerror=alert(1)> & \"quotes\""));
        new CaseEditor(store).addEvidence(a.id(), new EvidenceItem(0, caseId, "=HYPERLINK(\"http://evil\",\"x\")", EvidenceBasis.DOCUMENT,
                "+SUM(A1)", null, null, null), EvidenceStatus.NEEDED, Weight.WEAK, "@cmd", null).apply();
        ReportModel m = reports.model(caseId, options());
        String html = HtmlReport.render(m);
        assertFalse(html.contains("<script>"));
        assertFalse(html.contains("<img"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        String pdf = pdfText(ReportService.render(m, org.claimbench.report.ReportFormat.PDF));
        assertTrue(pdf.contains("<script>alert('x')</script>"), "the PDF shows the text as text");
        String csv = new String(ReportService.render(m, org.claimbench.report.ReportFormat.CSV), StandardCharsets.UTF_8);
        List<List<String>> rows = parseCsv(csv.substring(1));
        for (List<String> r : rows) {
            for (String cell : r) {
                assertFalse(!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0, "a live formula: " + cell);
            }
        }
        assertTrue(rows.stream().anyMatch(r -> r.get(7).equals("'=HYPERLINK(\"http://evil\",\"x\")") && r.get(11).equals("'+SUM(A1)")));
    }

    @Test
    void directionOverridesLeaveTheReportAndItsMetadataAndALongTokenWraps() throws Exception {
        store.cases().updateCaption(caseId, "Roe v. \u202eMeridian\u202c Cloud", null, null, null);
        OutlineNode a = store.outline().nodes(caseId).stream().filter(n -> n.kind() == NodeKind.ALLEGATION).findFirst().orElseThrow();
        String token = "x".repeat(100_000);
        store.outline().update(a.withNote("Before " + token + " after"));
        ReportModel m = reports.model(caseId, options());
        String html = HtmlReport.render(m);
        assertFalse(html.contains("\u202e") || html.contains("\u202c"), "no direction override in the HTML");
        byte[] pdf = ReportService.render(m, org.claimbench.report.ReportFormat.PDF);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String title = d.getDocumentInformation().getTitle();
            assertTrue(title != null && title.contains("Roe v. Meridian Cloud"), String.valueOf(title));
            assertFalse(title.contains("\u202e"), title);
        }
        // wrapped, the token runs over many lines and pages, between the running titles of the pages
        java.util.regex.Matcher runs = java.util.regex.Pattern.compile("x{20,}").matcher(pdfText(pdf));
        int xs = 0;
        while (runs.find()) {
            xs += runs.end() - runs.start();
        }
        assertEquals(100_000, xs, "the whole token is on the pages, wrapped");
    }

    @Test
    void exportWritesWholeFilesOrNothing() throws Exception {
        Path target = dir.resolve("out/report.pdf");
        reports.export(caseId, options(), org.claimbench.report.ReportFormat.PDF, target);
        assertTrue(Files.size(target) > 10_000);
        try (var listing = Files.list(target.getParent())) {
            assertEquals(1, listing.count(), "no temporary file is left beside it");
        }
        Path blocked = dir.resolve("a-file");
        Files.writeString(blocked, "x");
        IOException e = assertThrows(IOException.class,
                () -> reports.export(caseId, options(), org.claimbench.report.ReportFormat.PDF, blocked.resolve("report.pdf")));
        assertTrue(e.getMessage().contains("Nothing was written") || e.getMessage().contains("a-file"), e.getMessage());
    }

    @Test
    void aLargeCaseReportsEveryAllegation() throws Exception {
        long big = store.cases().create("Large", null, null, null).id();
        LargeCase.fill(store, big, 60, 3, true);
        ReportModel m = reports.model(big, options());
        assertEquals(60, m.summary().allegations());
        String t = pdfText(ReportService.render(m, org.claimbench.report.ReportFormat.PDF));
        for (int i = 0; i < 60; i++) {
            assertTrue(t.contains("Allegation " + i + " "), "allegation " + i);
        }
        assertTrue(t.contains("20 of 60 allegations have evidence."), t.substring(0, 400));

        // pagination: no page ends on a table header or on a heading without what it heads
        byte[] pdf = ReportService.render(m, org.claimbench.report.ReportFormat.PDF);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertTrue(d.getNumberOfPages() > 15, "pages: " + d.getNumberOfPages());
            for (int page = 1; page <= d.getNumberOfPages(); page++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(page);
                one.setEndPage(page);
                List<String> lines = java.util.Arrays.stream(one.getText(d).split("\\R")).map(String::strip).filter(x -> !x.isEmpty()).toList();
                // the foot of the page holds the confidentiality line and "page X of Y"; look just above it
                List<String> body = lines.stream().filter(x -> !x.startsWith("page ") && !x.startsWith("Confidential")).toList();
                String last = body.get(body.size() - 1);
                assertFalse(last.matches("Evidence\\s+Status\\s+Basis\\s+Weight\\s+Source"), "page " + page + " ends on a table header");
                assertFalse(last.matches(".*(Count \\d+|Element \\d+)$"), "page " + page + " ends on a heading: " + last);
            }
        }
    }

    /** A small CSV reader: quoted cells, doubled quotes, CRLF rows. */
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                // part of CRLF
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    @Test
    void wordingFlagsOfAssertedParagraphsReachTheAllegationAndTheCountSummary() throws IOException {
        ReportModel m = reports.model(caseId, options());
        java.util.Map<Long, List<org.claimbench.analysis.WordingScreen.Flag>> bySegment =
                new WordingService(store, null).flagsBySegment(caseId, org.claimbench.analysis.WordingScreen.standard());
        assertFalse(bySegment.isEmpty(), "the demo complaint hedges somewhere");
        List<ReportModel.Section> flagged = m.chart().stream().filter(x -> !x.wording().isEmpty()).toList();
        assertFalse(flagged.isEmpty(), "some allegation rests on a flagged paragraph");
        int inCounts = m.summary().counts().stream().mapToInt(ReportModel.CountLine::wordingFlags).sum();
        assertTrue(inCounts >= flagged.size(), inCounts + " < " + flagged.size());
        String html = new String(ReportService.render(m, org.claimbench.report.ReportFormat.HTML), StandardCharsets.UTF_8);
        assertTrue(html.contains("Wording: " + HtmlReport.esc(flagged.get(0).wording().get(0))), "HTML shows the flag");
        assertTrue(m.chart().stream().filter(x -> x.kind() != NodeKind.ALLEGATION).allMatch(x -> x.wording().isEmpty()));
        assertTrue(html.contains(HtmlReport.esc(org.claimbench.report.ReportModel.WORDING_NOTE)), "the report says what the column counts");
        try (var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(
                ReportService.render(m, org.claimbench.report.ReportFormat.DOCX)))) {
            var counts = d.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Count")).findFirst().orElseThrow();
            assertEquals("Wording flags", counts.getRow(0).getCell(3).getText());
            assertEquals(String.valueOf(m.summary().counts().get(0).wordingFlags()), counts.getRow(1).getCell(3).getText());
        }
    }

    @Test
    void theCoverKeepsItsLabelsInAColumnAndTheCountTableKeepsItsCitesWhole() throws Exception {
        ReportModel m = reports.model(caseId, options());
        String html = HtmlReport.render(m);
        assertTrue(html.contains("<tr class=\"field\"><td class=\"label\">Court</td><td class=\"value\">SUPERIOR COURT OF THE STATE OF "
                + "CALIFORNIA"), "the court in a column of its own, beside its label");
        assertTrue(html.contains("<td class=\"count-title\">Count I \u2014 Beneficiary liability (18\u00a0U.S.C.\u00a0\u00a7\u00a01595)</td>"),
                "non-breaking spaces inside the cite");
        for (ReportOptions.Paper paper : ReportOptions.Paper.values()) {
            byte[] pdf = ReportService.render(reports.model(caseId, options().withPaper(paper)), org.claimbench.report.ReportFormat.PDF);
            String summary = page(pdf, 2).replace('\u00a0', ' ');
            assertTrue(summary.matches("(?s).*\\(18 U\\.S\\.C\\. \u00a7 1595\\).*"), paper + ": the cite on one line:\n" + summary);
            assertTrue(summary.matches("(?s).*\\(Cal\\. Civ\\. Code \u00a7 52\\.5\\).*"), paper + ": the cite on one line:\n" + summary);
        }
    }

    static String page(byte[] pdf, int page) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper one = new PDFTextStripper();
            one.setStartPage(page);
            one.setEndPage(page);
            return one.getText(d).replaceAll("[ \\t]+", " ");
        }
    }

    @Test
    void aTableOfContentsOnlyWhenAskedWithThePagesOfThePartsAndCounts() throws Exception {
        assertFalse(pdfText(ReportService.render(reports.model(caseId, options()), org.claimbench.report.ReportFormat.PDF)).contains("Contents"));
        byte[] pdf = ReportService.render(reports.model(caseId, options().withTableOfContents(true)), org.claimbench.report.ReportFormat.PDF);
        String contents = page(pdf, 2);
        assertTrue(contents.startsWith("Roe v. Meridian Cloud") && contents.contains("Contents"), contents);
        java.util.regex.Matcher summary = java.util.regex.Pattern.compile("Summary (\\d+)").matcher(contents);
        assertTrue(summary.find(), contents);
        assertTrue(page(pdf, Integer.parseInt(summary.group(1))).contains("allegations have evidence"), "the summary is on the page given");
        java.util.regex.Matcher count3 = java.util.regex.Pattern.compile("Count III \u2014 Negligence (\\d+)").matcher(contents);
        assertTrue(count3.find(), contents);
        assertTrue(page(pdf, Integer.parseInt(count3.group(1))).contains("Count III \u2014 Negligence"), "count III is on the page given");
        assertTrue(contents.contains("Appendix: documents and how their text was read"), contents);
    }

    @Test
    void theWordingFlagsCanBeLeftOut() throws Exception {
        ReportModel with = reports.model(caseId, options());
        assertTrue(with.options().includeWording(), "included by default");
        ReportModel without = reports.model(caseId, options().withWording(false));
        String html = HtmlReport.render(without);
        assertFalse(html.contains("Wording flags") || html.contains("Wording: ") || html.contains(HtmlReport.esc(ReportModel.WORDING_NOTE)));
        assertTrue(without.chart().stream().allMatch(x -> x.wording().isEmpty()));
        assertTrue(HtmlReport.render(with).contains("Wording: "));
        String csv = new String(ReportService.render(without, org.claimbench.report.ReportFormat.CSV), StandardCharsets.UTF_8);
        List<List<String>> rows = parseCsv(csv.substring(1));
        assertEquals("wording", rows.get(0).get(13), "the CSV keeps its columns");
        assertTrue(rows.stream().skip(1).allMatch(r -> r.get(13).isEmpty()), "with the wording column empty");
    }

    @Test
    void anEmptyCaseGivesOnePageThatSaysWhatIsMissing() throws Exception {
        long empty = store.cases().create("Doe v. Acme", "United States District Court for the Northern District of California", "5:24-cv-01234",
                null).id();
        ReportModel m = reports.model(empty, options().withTableOfContents(true));
        assertTrue(m.isEmpty());
        byte[] pdf = ReportService.render(m, org.claimbench.report.ReportFormat.PDF);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertEquals(1, d.getNumberOfPages());
        }
        String t = pdfText(pdf).replaceAll("\\s+", " ");
        assertTrue(t.contains("This case has no outline yet: import a complaint and build the outline from its counts. It has no documents "
                + "either, so there is nothing to report on."), t);
        assertFalse(t.contains("Proof chart") || t.contains("Appendix") || t.contains("Contents"), t);
        assertTrue(t.contains("Doe v. Acme") && t.contains("5:24-cv-01234"), "the cover still names the case");

        // with a document but no outline: the notice, and the documents
        store.outline().nodes(caseId).stream().filter(n -> n.parentId() == null).forEach(n -> store.outline().delete(n.id()));
        ReportModel noOutline = reports.model(caseId, options());
        assertTrue(noOutline.notice().startsWith("This case has no outline yet: build the outline from the complaint's counts"),
                noOutline.notice());
        byte[] pdf2 = ReportService.render(noOutline, org.claimbench.report.ReportFormat.PDF);
        try (PDDocument d = Loader.loadPDF(pdf2)) {
            assertTrue(d.getNumberOfPages() <= 2, "pages: " + d.getNumberOfPages());
        }
        assertTrue(pdfText(pdf2).contains("Exhibit B"), "the documents are listed");
    }

    @Test
    void aContradictedAllegationCountsAsHavingEvidenceAsTheStatusBarCountsIt() {
        ReportModel m = reports.model(caseId, options());
        ReportModel.CountLine negligence = m.summary().counts().get(2);
        assertEquals(org.claimbench.domain.SupportLevel.CONTRADICTED, negligence.level());
        assertEquals(2, negligence.withEvidence(), "the contradicted ¶ 40 has evidence, as ¶ 28 does");
        assertEquals(6, m.summary().withEvidence());
        assertEquals(org.claimbench.service.Services.of(store, null).cases().snapshot(caseId).coverage().toString(), m.coverageSentence(),
                "the report and the status bar say the same");
    }

    @Test
    void theFormatsAreOneListThatTheCommandLineNamesToo() {
        assertEquals(java.util.List.of("pdf", "html", "docx", "csv"),
                org.claimbench.report.ReportFormat.ALL.stream().map(org.claimbench.report.ReportFormat::extension).toList());
        assertEquals(org.claimbench.report.ReportFormat.DOCX, org.claimbench.report.ReportFormat.parse(" Docx "));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> org.claimbench.report.ReportFormat.parse("rtf"));
        assertEquals("Unknown report format \"rtf\": use pdf, html, docx or csv.", e.getMessage());
    }
}
