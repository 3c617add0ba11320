package org.claimbench.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.SupportLevel;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The report as a Word document, from the same model as the PDF and HTML, laid out as the PDF is: its paper and
 * margins, the case's name at the top of every page after the cover and "page X of Y" with the confidentiality line
 * at the foot, the PDF's fonts (DejaVu Serif for text, DejaVu Sans for headings), Word's own heading styles (so that
 * the navigation pane and a table of contents find the parts, counts and elements), and a bar chart of the
 * allegations at each support level, which Word can edit.
 */
public final class DocxReport {

    /** The PDF's fonts, which Word uses where they are installed. */
    static final String BODY_FONT = "DejaVu Serif";
    static final String HEADING_FONT = "DejaVu Sans";

    /** Twips in a millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    /** The PDF's margins: 22 mm at the top, 18 mm at the sides, 20 mm at the foot. */
    static final int TOP = mm(22);
    static final int SIDE = mm(18);
    static final int BOTTOM = mm(20);
    /** The width of the cover's label column, as in the PDF. */
    private static final int LABEL_WIDTH = mm(32);

    private static final String GREY = "57606A";
    private static final String RED = "CF222E";

    private DocxReport() {
    }

    public static void render(ReportModel m, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            styles(doc);
            page(doc, m);
            ReportModel.Cover c = m.cover();
            text(doc, upper(c.confidentiality()), 9, true, false, RED);
            para(doc, "Title", "Allegations and evidence");
            text(doc, "A proof chart of the complaint", 12, false, false, GREY);
            para(doc, "Subtitle", c.caseTitle());
            XWPFTable fields = doc.createTable(1, 2);
            plain(fields, new int[] {LABEL_WIDTH, textWidth(m) - LABEL_WIDTH});
            fields.removeRow(0); // a new table comes with a row; the fields add their own
            field(fields, "Court", c.court());
            field(fields, "Case number", c.caseNumber());
            field(fields, "Plaintiffs", String.join("; ", c.plaintiffs()));
            field(fields, "Defendants", String.join("; ", c.defendants()));
            field(fields, "Date", c.date());
            field(fields, "Prepared by", c.preparedBy());
            if (fields.getNumberOfRows() == 0) {
                doc.removeBodyElement(doc.getPosOfTable(fields));
            }

            if (m.isEmpty()) {
                XWPFParagraph notice = doc.createParagraph();
                notice.setSpacingBefore(360);
                shade(notice, "FFF8C5");
                run(notice, m.notice(), 11, false, false, null);
                if (!m.documents().isEmpty()) {
                    para(doc, "Heading3", "The documents and how their text was read");
                    documents(doc, m);
                }
                doc.write(out);
                return;
            }

            if (m.options().tableOfContents()) {
                contents(doc, m);
            }

            boolean wording = m.options().includeWording();
            heading(doc, 1, "Summary", true);
            text(doc, m.coverageSentence() + ".", 12, true, false, null);
            XWPFTable levels = doc.createTable(1, 3);
            grid(levels, textWidth(m), 0, mm(30), mm(30));
            header(levels.getRow(0), "Support level", "Allegations", "Share");
            for (SupportLevel l : SupportLevel.values()) {
                int n = m.summary().allegationsByLevel().getOrDefault(l, 0);
                XWPFTableRow r = row(levels, "", String.valueOf(n), percent(n, m.summary().allegations()) + "%");
                badge(r.getCell(0), l);
                right(r, 1, 2);
            }
            chart(doc, m);
            XWPFTable counts = doc.createTable(1, wording ? 5 : 4);
            if (wording) {
                grid(counts, textWidth(m), 0, mm(32), mm(22), mm(20), mm(20));
                header(counts.getRow(0), "Count", "Level", "With evidence", "Wording flags", "Coverage");
            } else {
                grid(counts, textWidth(m), 0, mm(32), mm(22), mm(20));
                header(counts.getRow(0), "Count", "Level", "With evidence", "Coverage");
            }
            for (ReportModel.CountLine cl : m.summary().counts()) {
                String coverage = percent(cl.withEvidence(), cl.allegations()) + "%";
                XWPFTableRow r = wording
                        ? row(counts, Cites.keepTogether(cl.title()), "", cl.withEvidence() + " of " + cl.allegations(),
                        String.valueOf(cl.wordingFlags()), coverage)
                        : row(counts, Cites.keepTogether(cl.title()), "", cl.withEvidence() + " of " + cl.allegations(), coverage);
                badge(r.getCell(1), cl.level());
                right(r, 2, wording ? 4 : 3);
                if (wording) {
                    right(r, 3, 3);
                }
            }
            if (wording) {
                text(doc, ReportModel.WORDING_NOTE, 8, false, false, GREY);
            }

            if (m.answer() != null) {
                text(doc, m.answerSentence(), 10, false, false, null);
            }
            for (ReportModel.AmendmentSection a : m.amendments()) {
                amendment(doc, a);
            }
            if (!m.disputedFirst().isEmpty()) {
                heading(doc, 1, "Disputed allegations without evidence", true);
                text(doc, "The Answer denies these, says it lacks knowledge of them, or admits them only in part, and no evidence "
                        + "is recorded for them yet.", 10, false, false, GREY);
                for (ReportModel.Section s : m.disputedFirst()) {
                    section(doc, m, s, true);
                }
            }
            if (!m.unsupportedFirst().isEmpty()) {
                heading(doc, 1, "Allegations without evidence", true);
                text(doc, "Contradicted first, then unsupported, in the order of the outline.", 10, false, false, GREY);
                for (ReportModel.Section s : m.unsupportedFirst()) {
                    section(doc, m, s, true);
                }
            }
            heading(doc, 1, "Proof chart", true);
            for (ReportModel.Section s : m.chart()) {
                section(doc, m, s, false);
            }
            heading(doc, 1, "Appendix: citations in the complaint", true);
            if (m.citations().isEmpty()) {
                text(doc, "None found.", 10, false, false, null);
            } else {
                XWPFTable cites = doc.createTable(1, 3);
                grid(cites, textWidth(m), 0, mm(30), mm(40));
                header(cites.getRow(0), "Citation", "Kind", "Where");
                for (ReportModel.CitationRow r : m.citations()) {
                    row(cites, r.text(), r.kind(), r.cite());
                }
            }
            for (ReportModel.AmendmentSection a : m.amendments()) {
                passageStates(doc, m, a);
            }
            heading(doc, 1, "Appendix: documents and how their text was read", true);
            documents(doc, m);
            doc.write(out);
        } catch (InvalidFormatException e) {
            throw new IOException("The Word report's chart could not be made: " + e.getMessage(), e);
        }
    }

    private static void amendment(XWPFDocument doc, ReportModel.AmendmentSection a) {
        heading(doc, 1, "Changes in the amended complaint", true);
        text(doc, a.title() + ".", 10, false, false, GREY);
        text(doc, a.summary() + ".", 11, false, false, null);
        if (a.waiting() > 0) {
            text(doc, a.waiting() + (a.waiting() == 1 ? " highlight waits" : " highlights wait")
                    + " for review: until it is cleared, the chart marks them.", 11, true, false, null);
        }
        if (a.allegations().isEmpty()) {
            text(doc, "No allegation's passages changed.", 10, false, false, null);
            return;
        }
        heading(doc, 2, "Allegations whose passages changed", false);
        for (ReportModel.ChangedAllegation c : a.allegations()) {
            text(doc, Cites.keepTogether(c.title()), 11, true, false, null);
            for (String line : c.changes()) {
                text(doc, "\u2022 " + line, 10, false, false, null);
            }
        }
    }

    private static void passageStates(XWPFDocument doc, ReportModel m, ReportModel.AmendmentSection a) {
        heading(doc, 1, "Appendix: highlights carried into the amended complaint", true);
        text(doc, a.title() + ".", 10, false, false, GREY);
        if (a.passages().isEmpty()) {
            text(doc, "The earlier version had no highlights.", 10, false, false, null);
            return;
        }
        XWPFTable t = doc.createTable(1, 5);
        grid(t, textWidth(m), 0, mm(24), mm(24), mm(28), mm(28));
        header(t.getRow(0), "Passage", "Was", "Now", "Words", "Decision");
        for (ReportModel.PassageStateRow r : a.passages()) {
            row(t, r.quote(), Cites.keepTogether(r.before()), Cites.keepTogether(r.after()), r.state(), r.decision());
        }
    }

    private static void documents(XWPFDocument doc, ReportModel m) {
        XWPFTable docs = doc.createTable(1, 4);
        grid(docs, textWidth(m), mm(45), mm(28), 0, mm(32));
        header(docs.getRow(0), "Document", "Kind", "Text", "Corrections");
        for (ReportModel.DocumentRow r : m.documents()) {
            row(docs, r.title(), r.kind(), r.text(), r.corrections());
        }
    }

    // ---- the page -----------------------------------------------------------------------------------------------

    static int mm(double mm) {
        return (int) Math.round(mm * TWIPS_PER_MM);
    }

    /** The width between the margins, in twips. */
    private static int textWidth(ReportModel m) {
        return m.options().paper().widthTwips() - 2 * SIDE;
    }

    /**
     * The paper and margins of the options; the case's name at the top of every page but the cover; the
     * confidentiality line and "page X of Y" at the foot of every page.
     */
    private static void page(XWPFDocument doc, ReportModel m) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        ReportOptions.Paper paper = m.options().paper();
        size.setW(BigInteger.valueOf(paper.widthTwips()));
        size.setH(BigInteger.valueOf(paper.heightTwips()));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(TOP));
        mar.setBottom(BigInteger.valueOf(BOTTOM));
        mar.setLeft(BigInteger.valueOf(SIDE));
        mar.setRight(BigInteger.valueOf(SIDE));
        mar.setHeader(BigInteger.valueOf(mm(9)));
        mar.setFooter(BigInteger.valueOf(mm(9)));
        mar.setGutter(BigInteger.ZERO);
        sect.addNewTitlePg(); // the cover has a page setup of its own: no running title

        String title = nz(m.cover().caseTitle());
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph h = header.createParagraph();
        h.setStyle("Header");
        run(h, title, 8, false, false, GREY).setFontFamily(HEADING_FONT);
        doc.createHeader(HeaderFooterType.FIRST).createParagraph().setStyle("Header");
        footer(doc.createFooter(HeaderFooterType.DEFAULT), m);
        footer(doc.createFooter(HeaderFooterType.FIRST), m);
    }

    /** "Confidential — attorney work product" at the left, "page X of Y" (Word's PAGE and NUMPAGES fields) at the right. */
    private static void footer(XWPFFooter footer, ReportModel m) {
        XWPFParagraph p = footer.createParagraph();
        p.setStyle("Footer");
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTTabStop tab = (ppr.isSetTabs() ? ppr.getTabs() : ppr.addNewTabs()).addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(textWidth(m)));
        String confidentiality = m.cover().confidentiality();
        if (confidentiality != null && !confidentiality.isBlank()) {
            footerRun(p, confidentiality);
        }
        footerRun(p, null).addTab();
        footerRun(p, "page ");
        fieldIn(p, "PAGE", "1");
        footerRun(p, " of ");
        fieldIn(p, "NUMPAGES", "1");
    }

    private static XWPFRun footerRun(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        r.setFontFamily(HEADING_FONT);
        r.setFontSize(8);
        r.setColor(GREY);
        if (text != null) {
            r.setText(text);
        }
        return r;
    }

    /** A simple field ({@code PAGE}, {@code NUMPAGES}) with the text shown until Word updates it. */
    private static void fieldIn(XWPFParagraph p, String instruction, String shown) {
        CTSimpleField f = p.getCTP().addNewFldSimple();
        f.setInstr(" " + instruction + " \\* MERGEFORMAT ");
        var r = f.addNewR();
        CTRPr pr = r.addNewRPr();
        CTFonts fonts = pr.addNewRFonts();
        fonts.setAscii(HEADING_FONT);
        fonts.setHAnsi(HEADING_FONT);
        pr.addNewSz().setVal(BigInteger.valueOf(16));
        pr.addNewColor().setVal(GREY);
        r.addNewT().setStringValue(shown);
    }

    // ---- styles -------------------------------------------------------------------------------------------------

    /**
     * The styles the report uses, defined in the document: Normal in the PDF's text font, Title, Subtitle, Word's
     * built-in Heading 1 to 4 (by their built-in names, so that the navigation pane and a table of contents know them),
     * TOC 1 to 3, Header and Footer.
     */
    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(BODY_FONT);
        fonts.setHAnsi(BODY_FONT);
        fonts.setCs(BODY_FONT);
        fonts.setEastAsia(BODY_FONT);
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage("en-US");

        List<CTStyle> all = new java.util.ArrayList<>();
        CTStyle normal = style(all, "Normal", "Normal", null, 0);
        normal.setDefault(true);
        rpr(normal, BODY_FONT, 10, false, null);
        spacing(normal, 0, 80);
        CTStyle title = style(all, "Title", "Title", "Normal", 10);
        rpr(title, HEADING_FONT, 26, true, null);
        spacing(title, 0, 40);
        CTStyle subtitle = style(all, "Subtitle", "Subtitle", "Normal", 11);
        rpr(subtitle, HEADING_FONT, 16, true, null);
        spacing(subtitle, 480, 120);
        int[] sizes = {16, 13, 11, 10};
        int[] before = {0, 320, 200, 160};
        for (int level = 1; level <= 4; level++) {
            CTStyle h = style(all, "Heading" + level, "heading " + level, "Normal", 9);
            rpr(h, HEADING_FONT, sizes[level - 1], true, null);
            CTPPrGeneral p = h.isSetPPr() ? h.getPPr() : h.addNewPPr();
            p.addNewKeepNext();
            p.addNewKeepLines();
            if (level == 2) {
                var border = p.addNewPBdr().addNewBottom();
                border.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder.SINGLE);
                border.setSz(BigInteger.valueOf(12));
                border.setSpace(BigInteger.valueOf(1));
                border.setColor("1F2328");
            }
            spacing(h, before[level - 1], 60);
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        }
        for (int level = 1; level <= 3; level++) {
            CTStyle t = style(all, "TOC" + level, "toc " + level, "Normal", 39);
            CTPPrGeneral p = t.isSetPPr() ? t.getPPr() : t.addNewPPr();
            spacing(t, 0, 40);
            p.addNewInd().setLeft(BigInteger.valueOf((level - 1) * mm(6)));
        }
        style(all, "Header", "header", "Normal", 99);
        style(all, "Footer", "footer", "Normal", 99);
        // added whole: the styles part keeps a copy of each
        all.forEach(ct -> styles.addStyle(new XWPFStyle(ct, styles)));
    }

    private static CTStyle style(List<CTStyle> all, String id, String name, String basedOn, int priority) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal("Normal");
        }
        if (priority > 0) {
            s.addNewUiPriority().setVal(BigInteger.valueOf(priority));
        }
        s.addNewQFormat();
        all.add(s);
        return s;
    }

    private static void rpr(CTStyle s, String font, double points, boolean bold, String color) {
        var r = s.isSetRPr() ? s.getRPr() : s.addNewRPr();
        CTFonts f = r.addNewRFonts();
        f.setAscii(font);
        f.setHAnsi(font);
        f.setCs(font);
        r.addNewSz().setVal(BigInteger.valueOf(Math.round(points * 2)));
        r.addNewSzCs().setVal(BigInteger.valueOf(Math.round(points * 2)));
        if (bold) {
            r.addNewB();
        }
        if (color != null) {
            r.addNewColor().setVal(color);
        }
    }

    private static void spacing(CTStyle s, int before, int after) {
        CTPPrGeneral p = s.isSetPPr() ? s.getPPr() : s.addNewPPr();
        var sp = p.isSetSpacing() ? p.getSpacing() : p.addNewSpacing();
        sp.setBefore(BigInteger.valueOf(before));
        sp.setAfter(BigInteger.valueOf(after));
    }

    // ---- contents and chart -------------------------------------------------------------------------------------

    /**
     * A TOC field over Heading 1 to 3, with the parts and counts already in its result so that it reads before it is
     * updated; Word asks to update the document's fields when it opens it, which puts the page numbers in.
     */
    private static void contents(XWPFDocument doc, ReportModel m) {
        heading(doc, 1, "Contents", true);
        XWPFParagraph begin = doc.createParagraph();
        begin.setStyle("TOC1");
        begin.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        begin.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-3\" \\h \\z \\u ");
        begin.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        begin.createRun().setText("Summary");
        List<String> parts = new java.util.ArrayList<>();
        if (!m.unsupportedFirst().isEmpty()) {
            parts.add("1Allegations without evidence");
        }
        parts.add("1Proof chart");
        for (ReportModel.Section s : m.chart()) {
            if (s.kind().isTopLevel() && s.depth() == 0) {
                parts.add("2" + s.level().symbol() + " " + s.level().label() + "  " + Cites.keepTogether(s.title())); // as its heading reads
            }
        }
        parts.add("1Appendix: citations in the complaint");
        parts.add("1Appendix: documents and how their text was read");
        XWPFParagraph last = begin;
        for (String part : parts) {
            last = doc.createParagraph();
            last.setStyle("TOC" + part.charAt(0));
            last.createRun().setText(part.substring(1));
        }
        last.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        doc.enforceUpdateFields();
    }

    /** A bar chart of the allegations at each support level, in the levels' colours; its data is embedded, for Word to edit. */
    private static void chart(XWPFDocument doc, ReportModel m) throws IOException, InvalidFormatException {
        SupportLevel[] levels = SupportLevel.values();
        String[] names = new String[levels.length];
        Integer[] values = new Integer[levels.length];
        for (int i = 0; i < levels.length; i++) {
            // bottom to top in a bar chart: listed in reverse, so that Supported is at the top as in the table
            SupportLevel l = levels[levels.length - 1 - i];
            names[i] = l.label();
            values[i] = m.summary().allegationsByLevel().getOrDefault(l, 0);
        }
        XWPFParagraph holder = doc.createParagraph();
        holder.setAlignment(ParagraphAlignment.LEFT);
        holder.setKeepNext(true);
        XWPFChart chart = doc.createChart(holder.createRun(), (int) (textWidth(m) * 635L), 1_800_000);
        chart.setTitleText("Allegations by support level");
        chart.setTitleOverlay(false);
        chart.setAutoTitleDeleted(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis counts = chart.createValueAxis(AxisPosition.BOTTOM);
        counts.setCrosses(AxisCrosses.AUTO_ZERO);
        counts.setCrossBetween(AxisCrossBetween.BETWEEN);
        counts.setMinimum(0);
        counts.setMajorUnit(Math.max(1, Math.ceil(m.summary().allegations() / 5.0)));
        XDDFCategoryDataSource cats = XDDFDataSourcesFactory.fromArray(names,
                chart.formatRange(new CellRangeAddress(1, names.length, 0, 0)), 0);
        XDDFNumericalDataSource<Integer> vals = XDDFDataSourcesFactory.fromArray(values,
                chart.formatRange(new CellRangeAddress(1, names.length, 1, 1)), 1);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, counts);
        bars.setBarDirection(BarDirection.BAR);
        bars.setVaryColors(false);
        bars.setGapWidth(60);
        XDDFChartData.Series series = bars.addSeries(cats, vals);
        series.setTitle("Allegations", chart.setSheetTitle("Allegations", 1));
        for (int i = 0; i < levels.length; i++) {
            series.getDataPoint(i).setFillProperties(new XDDFSolidFillProperties(
                    XDDFColor.from(rgb(barColour(levels[levels.length - 1 - i])))));
        }
        chart.plot(bars);
    }

    static String barColour(SupportLevel l) {
        return l.colour().toUpperCase(java.util.Locale.ROOT);
    }

    private static byte[] rgb(String hex) {
        int v = Integer.parseInt(hex, 16);
        return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }

    // ---- sections -----------------------------------------------------------------------------------------------

    private static void section(XWPFDocument doc, ReportModel m, ReportModel.Section s, boolean inFirstList) {
        int level = inFirstList ? 4 : s.kind().isTopLevel() ? 2 : s.kind() == NodeKind.ELEMENT ? 3 : 4;
        XWPFParagraph h = doc.createParagraph();
        h.setStyle("Heading" + level);
        int indent = inFirstList ? 0 : Math.min(s.depth(), 2) * mm(4);
        h.setIndentationLeft(indent);
        XWPFRun badge = h.createRun();
        badge.setText(s.level().symbol() + " " + s.level().label() + "  ");
        badge.setColor(levelColour(s.level()));
        badge.setFontSize(Math.max(8, 18 - 2 * level));
        h.createRun().setText(Cites.keepTogether(s.title()));
        if (s.legalBasis() != null || s.standard() != null) {
            XWPFParagraph meta = text(doc, (s.legalBasis() == null ? "" : s.legalBasis())
                    + (s.legalBasis() != null && s.standard() != null ? " \u00b7 " : "") + (s.standard() == null ? "" : s.standard()), 8, false,
                    false, GREY);
            meta.setIndentationLeft(indent);
        }
        boolean answerColumn = AnswerColumn.shown(m, s);
        if (s.answer() != null && !answerColumn) {
            text(doc, "Answer: " + s.answer(), 9, true, false, null).setIndentationLeft(indent);
        }
        if (s.overrideReason() != null) {
            text(doc, "Level set by hand: " + s.overrideReason(), 9, false, true, "9A6700").setIndentationLeft(indent);
        }
        for (ReportModel.Quote q : s.quotes()) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationLeft(indent + mm(3));
            var border = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            var left = border.addNewPBdr().addNewLeft();
            left.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder.SINGLE);
            left.setSz(BigInteger.valueOf(12));
            left.setSpace(BigInteger.valueOf(6));
            left.setColor("D0D7DE");
            run(p, "\u201c" + q.text() + "\u201d", 10, false, false, null);
            XWPFRun cite = run(p, "  " + q.cite() + (q.role().equals("asserts") ? "" : " (" + q.role() + ")"), 8, false, false, GREY);
            cite.setFontFamily(HEADING_FONT);
        }
        if (s.text() != null) {
            text(doc, s.text(), 10, false, false, null).setIndentationLeft(indent);
        }
        if (!s.wording().isEmpty()) {
            XWPFParagraph w = text(doc, "Wording: " + String.join("; ", s.wording()), 8, false, false, "8250DF");
            w.setIndentationLeft(indent);
            w.getRuns().forEach(r -> r.setFontFamily(HEADING_FONT));
        }
        if (!s.evidence().isEmpty() || answerColumn) {
            XWPFTable t = doc.createTable(1, answerColumn ? 6 : 5);
            if (answerColumn) {
                // the Answer's column takes its room from the short columns; the evidence keeps about 50 mm
                grid(t, textWidth(m) - indent, 0, mm(25), mm(21), mm(19), mm(24), mm(25));
            } else {
                grid(t, textWidth(m) - indent, 0, mm(27), mm(26), mm(20), mm(32));
            }
            if (indent > 0) {
                t.getCTTbl().getTblPr().addNewTblInd().setW(BigInteger.valueOf(indent));
                t.getCTTbl().getTblPr().getTblInd().setType(STTblWidth.DXA);
            }
            if (answerColumn) {
                header(t.getRow(0), "Evidence", "Status", "Basis", "Weight", "Source", "Answer");
            } else {
                header(t.getRow(0), "Evidence", "Status", "Basis", "Weight", "Source");
            }
            if (s.evidence().isEmpty()) {
                XWPFTableRow row = row(t, "", "", "", "", "");
                noEvidence(row, columns(t));
                answerCell(row.getCell(1), s, true);
            }
            boolean firstRow = true;
            for (ReportModel.EvidenceRow r : s.evidence()) {
                XWPFTableRow row = row(t, (r.checked() ? "\u2611 " : "") + Cites.keepTogether(r.description()), r.status(), r.basis(), r.weight(),
                        r.source() == null ? "" : Cites.keepTogether(r.source()));
                if (r.note() != null) {
                    XWPFParagraph note = row.getCell(0).addParagraph();
                    run(note, r.note(), 8.5, false, true, GREY);
                }
                if (answerColumn) {
                    answerCell(row.getCell(5), s, firstRow);
                }
                firstRow = false;
            }
        } else if (s.kind() == NodeKind.ALLEGATION) {
            text(doc, "No evidence recorded.", 9, false, false, RED).setIndentationLeft(indent);
        }
        if (s.note() != null) {
            text(doc, "Note: " + s.note(), 8.5, false, true, GREY).setIndentationLeft(indent);
        }
    }

    /** "No evidence recorded." across the evidence's five columns of a row whose sixth is the Answer's. */
    private static void noEvidence(XWPFTableRow row, int[] cols) {
        XWPFTableCell first = row.getCell(0);
        int span = 0;
        for (int i = 0; i < 5; i++) {
            span += cols[i];
        }
        for (int i = 4; i >= 1; i--) {
            row.removeCell(i);
        }
        var pr = first.getCTTc().isSetTcPr() ? first.getCTTc().getTcPr() : first.getCTTc().addNewTcPr();
        pr.addNewGridSpan().setVal(BigInteger.valueOf(5));
        first.setWidth(String.valueOf(span));
        row.getCell(1).setWidth(String.valueOf(cols[5]));
        cellText(first, "No evidence recorded.", 9, false, RED);
    }

    /**
     * The Answer's cell: on the first row the status word in the window's colour and the paragraphs under it; on the
     * rows below, the same cell merged down.
     */
    private static void answerCell(XWPFTableCell cell, ReportModel.Section s, boolean first) {
        var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewVMerge().setVal(first ? org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART
                : org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.CONTINUE);
        if (!first) {
            return;
        }
        XWPFRun word = cellText(cell, AnswerColumn.word(s), 8.5, true, AnswerColumn.colour(s.answerStatus()));
        word.setFontFamily(HEADING_FONT);
        String detail = AnswerColumn.detail(s);
        if (detail != null) {
            XWPFParagraph p = cell.addParagraph();
            p.setSpacingAfter(0);
            run(p, Cites.keepTogether(detail), 7.5, false, false, GREY).setFontFamily(HEADING_FONT);
        }
    }

    static String levelColour(SupportLevel l) {
        return switch (l) {
            case SUPPORTED -> "1A7F37";
            case PARTLY_SUPPORTED -> "9A6700";
            case UNSUPPORTED -> GREY;
            case CONTRADICTED -> RED;
        };
    }

    // ---- paragraphs and tables ----------------------------------------------------------------------------------

    private static void heading(XWPFDocument doc, int level, String text, boolean pageBreak) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + level);
        p.setPageBreak(pageBreak);
        p.createRun().setText(text);
    }

    private static XWPFParagraph para(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        if (text != null) {
            p.createRun().setText(text);
        }
        return p;
    }

    private static XWPFParagraph text(XWPFDocument doc, String text, double size, boolean bold, boolean italic, String color) {
        XWPFParagraph p = doc.createParagraph();
        if (text != null && !text.isBlank()) {
            run(p, text, size, bold, italic, color);
        }
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, double size, boolean bold, boolean italic, String color) {
        XWPFRun r = p.createRun();
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        if (color != null) {
            r.setColor(color);
        }
        r.setText(text == null ? "" : text);
        return r;
    }

    private static void shade(XWPFParagraph p, String fill) {
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTShd shd = ppr.addNewShd();
        shd.setVal(STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill(fill);
    }

    /** A table without borders, its columns {@code widths} twips wide (the cover's fields). */
    private static void plain(XWPFTable t, int[] widths) {
        t.removeBorders();
        fixed(t, widths);
    }

    /**
     * Fixed column widths: {@code widths} in twips, one of them 0 for the column that takes what the others leave of
     * {@code total}.
     */
    private static void grid(XWPFTable t, int total, int... widths) {
        int rest = total;
        for (int w : widths) {
            rest -= w;
        }
        int[] cols = widths.clone();
        for (int i = 0; i < cols.length; i++) {
            if (cols[i] == 0) {
                cols[i] = Math.max(mm(20), rest);
            }
        }
        fixed(t, cols);
        t.setTableAlignment(TableRowAlign.LEFT);
        t.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 2, 0, "D0D7DE");
        t.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 2, 0, "D0D7DE");
    }

    private static void fixed(XWPFTable t, int[] cols) {
        var pr = t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        int total = 0;
        for (int c : cols) {
            total += c;
        }
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(total));
        var grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c : cols) {
            grid.addNewGridCol().setW(BigInteger.valueOf(c));
        }
        t.getRows().forEach(r -> widths(r, cols));
    }

    private static void widths(XWPFTableRow r, int[] cols) {
        for (int i = 0; i < r.getTableCells().size() && i < cols.length; i++) {
            r.getCell(i).setWidth(String.valueOf(cols[i]));
            r.getCell(i).setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
        }
    }

    private static int[] columns(XWPFTable t) {
        var grid = t.getCTTbl().getTblGrid();
        int[] cols = new int[grid == null ? 0 : grid.sizeOfGridColArray()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = ((BigInteger) grid.getGridColArray(i).getW()).intValue();
        }
        return cols;
    }

    private static void field(XWPFTable t, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        XWPFTableRow r = t.createRow();
        while (r.getTableCells().size() < 2) {
            r.addNewTableCell();
        }
        widths(r, columns(t));
        XWPFRun l = cellText(r.getCell(0), label, 9, false, GREY);
        l.setFontFamily(HEADING_FONT);
        cellText(r.getCell(1), value, 10.5, false, null);
        r.setCantSplitRow(true);
    }

    private static void header(XWPFTableRow row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            XWPFRun r = cellText(row.getCell(i), cells[i], 8, true, GREY);
            r.setFontFamily(HEADING_FONT);
        }
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
    }

    private static XWPFTableRow row(XWPFTable t, String... cells) {
        XWPFTableRow r = t.createRow();
        widths(r, columns(t));
        for (int i = 0; i < cells.length; i++) {
            cellText(r.getCell(i), cells[i], 9, false, null);
        }
        r.setCantSplitRow(true);
        return r;
    }

    private static void right(XWPFTableRow r, int from, int to) {
        for (int i = from; i <= to && i < r.getTableCells().size(); i++) {
            r.getCell(i).getParagraphs().forEach(p -> p.setAlignment(ParagraphAlignment.RIGHT));
        }
    }

    private static void badge(XWPFTableCell cell, SupportLevel l) {
        XWPFRun r = cellText(cell, l.symbol() + " " + l.label(), 8.5, true, levelColour(l));
        r.setFontFamily(HEADING_FONT);
    }

    private static XWPFRun cellText(XWPFTableCell cell, String text, double size, boolean bold, String color) {
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        while (!p.getRuns().isEmpty()) {
            p.removeRun(0);
        }
        p.setSpacingAfter(0);
        return run(p, text == null ? "" : text, size, bold, false, color);
    }

    private static int percent(int n, int total) {
        return total == 0 ? 0 : Math.round(100f * n / total);
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
