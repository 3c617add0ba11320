package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.claimbench.report.HtmlReport;
import org.claimbench.report.ReportFormat;
import org.claimbench.report.ReportModel;
import org.claimbench.report.ReportOptions;
import org.claimbench.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The Word report read back with POI: the page, header and footer, styles, fields and chart that the PDF has too. */
class DocxReportTest {

    Store store;
    ReportService reports;
    long caseId;

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

    XWPFDocument docx(ReportOptions o) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(ReportService.render(reports.model(caseId, o), ReportFormat.DOCX)));
    }

    static String text(XWPFDocument d) throws Exception {
        try (XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText();
        }
    }

    static long twips(Object value) {
        return ((BigInteger) value).longValue();
    }

    @Test
    void thePageIsThePapersWithThePdfsMargins() throws Exception {
        for (ReportOptions.Paper paper : ReportOptions.Paper.values()) {
            try (XWPFDocument d = docx(options().withPaper(paper))) {
                CTSectPr sect = d.getDocument().getBody().getSectPr();
                assertEquals(paper == ReportOptions.Paper.A4 ? 11906 : 12240, twips(sect.getPgSz().getW()), paper.label());
                assertEquals(paper == ReportOptions.Paper.A4 ? 16838 : 15840, twips(sect.getPgSz().getH()), paper.label());
                assertEquals(1247, twips(sect.getPgMar().getTop()), "22 mm");
                assertEquals(1020, twips(sect.getPgMar().getLeft()), "18 mm");
                assertEquals(1020, twips(sect.getPgMar().getRight()), "18 mm");
                assertEquals(1134, twips(sect.getPgMar().getBottom()), "20 mm");
            }
        }
    }

    @Test
    void everyPageButTheCoverHasTheCaseAtTheTopAndEveryPageItsNumberAndTheConfidentialityLineAtTheFoot() throws Exception {
        try (XWPFDocument d = docx(options())) {
            List<String> headers = d.getHeaderList().stream().map(XWPFHeader::getText).map(String::strip).toList();
            assertTrue(headers.contains("Roe v. Meridian Cloud, Inc. (demo)"), headers.toString());
            assertTrue(headers.contains(""), "the cover's header is empty: " + headers);
            assertTrue(d.getDocument().getBody().getSectPr().isSetTitlePg(), "the cover has a header and footer of its own");
            assertEquals(2, d.getFooterList().size());
            for (XWPFFooter f : d.getFooterList()) {
                assertTrue(f.getText().contains("Confidential \u2014 attorney work product"), f.getText());
                assertTrue(f.getText().contains("page "), f.getText());
                String xml = f._getHdrFtr().xmlText();
                assertTrue(xml.contains("w:instr=\" PAGE ") && xml.contains("w:instr=\" NUMPAGES "), "page X of Y: " + xml);
            }
        }
        try (XWPFDocument d = docx(options().withConfidentiality(null))) {
            for (XWPFFooter f : d.getFooterList()) {
                assertFalse(f.getText().contains("Confidential"), f.getText());
                assertTrue(f.getText().contains("page "), f.getText());
            }
        }
    }

    @Test
    void wordsHeadingStylesCarryThePartsCountsAndElementsInThePdfsFonts() throws Exception {
        assertTrue(HtmlReport.render(reports.model(caseId, options())).contains("body { font-family: 'DejaVu Serif'"),
                "the PDF's text font is DejaVu Serif");
        try (XWPFDocument d = docx(options())) {
            for (int level = 1; level <= 3; level++) {
                XWPFStyle h = d.getStyles().getStyle("Heading" + level);
                assertNotNull(h, "Heading " + level + " is defined");
                assertEquals("heading " + level, h.getName(), "Word's built-in name, which the navigation pane knows");
                assertEquals(level - 1, h.getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
                assertEquals("DejaVu Sans", h.getCTStyle().getRPr().getRFontsArray(0).getAscii());
            }
            XWPFStyle normal = d.getStyles().getStyle("Normal");
            assertEquals("DejaVu Serif", normal.getCTStyle().getRPr().getRFontsArray(0).getAscii(), "the PDF's text font");
            assertFalse(d.getDocument().xmlText().contains("Calibri") || d.getStyles().getStyle("Normal").getCTStyle().xmlText().contains("Calibri"));

            List<String> h1 = headed(d, "Heading1");
            assertEquals(List.of("Summary", "Allegations without evidence", "Proof chart", "Appendix: citations in the complaint",
                    "Appendix: documents and how their text was read"), h1);
            List<String> h2 = headed(d, "Heading2");
            assertEquals(3, h2.size(), h2.toString());
            assertTrue(h2.get(0).endsWith("Count I \u2014 Beneficiary liability (18\u00a0U.S.C.\u00a0\u00a7\u00a01595)"), h2.get(0));
            assertFalse(headed(d, "Heading3").isEmpty(), "the elements");
            assertFalse(text(d).contains("\u2588"), "no block characters for bars");
        }
    }

    static List<String> headed(XWPFDocument d, String style) {
        List<String> out = new ArrayList<>();
        for (XWPFParagraph p : d.getParagraphs()) {
            if (style.equals(p.getStyle())) {
                out.add(p.getText());
            }
        }
        return out;
    }

    @Test
    void aTableOfContentsFieldWhenAsked() throws Exception {
        try (XWPFDocument d = docx(options())) {
            assertFalse(d.getDocument().xmlText().contains("TOC \\o"), "no table of contents by default");
        }
        try (XWPFDocument d = docx(options().withTableOfContents(true))) {
            String xml = d.getDocument().xmlText();
            assertTrue(xml.contains("<w:instrText>") || xml.contains("instrText"), xml.substring(0, 300));
            assertTrue(xml.contains(" TOC \\o \"1-3\" \\h \\z \\u "), "a TOC field over Heading 1 to 3");
            assertTrue(d.getSettings().getCTSettings().isSetUpdateFields(), "Word updates the fields, and so the page numbers, on opening");
            assertTrue(headed(d, "Heading1").get(0).equals("Contents"));
            assertTrue(headed(d, "TOC2").stream().anyMatch(t -> t.contains("Count III \u2014 Negligence")), "the counts in the contents");
        }
    }

    @Test
    void theSupportLevelsAreARealBarChart() throws Exception {
        ReportModel m = reports.model(caseId, options());
        try (XWPFDocument d = docx(options())) {
            assertEquals(1, d.getCharts().size());
            XWPFChart chart = d.getCharts().get(0);
            assertTrue(chart.getCTChart().getPlotArea().sizeOfBarChartArray() == 1, "a bar chart");
            XDDFChartData data = chart.getChartSeries().get(0);
            XDDFChartData.Series series = data.getSeries(0);
            List<String> names = new ArrayList<>();
            List<Integer> values = new ArrayList<>();
            for (int i = 0; i < series.getCategoryData().getPointCount(); i++) {
                names.add(String.valueOf(series.getCategoryData().getPointAt(i)));
                values.add(series.getValuesData().getPointAt(i).intValue());
            }
            assertEquals(List.of("Contradicted", "Unsupported", "Partly supported", "Supported"), names);
            assertEquals(List.of(m.summary().allegationsByLevel().get(org.claimbench.domain.SupportLevel.CONTRADICTED),
                    m.summary().allegationsByLevel().get(org.claimbench.domain.SupportLevel.UNSUPPORTED),
                    m.summary().allegationsByLevel().get(org.claimbench.domain.SupportLevel.PARTLY_SUPPORTED),
                    m.summary().allegationsByLevel().get(org.claimbench.domain.SupportLevel.SUPPORTED)), values);
            assertNotNull(chart.getWorkbook(), "its data is embedded, for Word to edit");
        }
    }

    @Test
    void theWordingFlagsCanBeLeftOutAndAnEmptyCaseIsShort() throws Exception {
        try (XWPFDocument d = docx(options().withWording(false))) {
            String t = text(d);
            assertFalse(t.contains("Wording flags") || t.contains("Wording: "), "no wording");
        }
        long empty = store.cases().create("Doe v. Acme", null, "5:24-cv-01234", null).id();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(
                ReportService.render(reports.model(empty, options()), ReportFormat.DOCX)))) {
            String t = text(d);
            assertTrue(t.contains("This case has no outline yet: import a complaint and build the outline from its counts."), t);
            assertFalse(t.contains("Proof chart") || t.contains("Appendix"), t);
            assertTrue(d.getCharts().isEmpty());
            assertEquals(1, d.getTables().size(), "the cover's fields only");
        }
    }
}
