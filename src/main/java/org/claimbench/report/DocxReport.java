package org.claimbench.report;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.SupportLevel;

/** The report as a Word document, from the same model as the PDF and HTML. */
public final class DocxReport {

    private DocxReport() {
    }

    public static void render(ReportModel m, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            ReportModel.Cover c = m.cover();
            text(doc, c.confidentiality(), 9, true, false, "CF222E");
            text(doc, "Allegations and evidence", 24, true, false, null);
            text(doc, c.caseTitle(), 16, true, false, null);
            field(doc, "Court", c.court());
            field(doc, "Case number", c.caseNumber());
            field(doc, "Plaintiffs", String.join("; ", c.plaintiffs()));
            field(doc, "Defendants", String.join("; ", c.defendants()));
            field(doc, "Date", c.date());
            field(doc, "Prepared by", c.preparedBy());

            heading(doc, "Summary", 16, true);
            text(doc, m.coverageSentence() + ".", 11, true, false, null);
            XWPFTable levels = doc.createTable(1, 3);
            header(levels.getRow(0), "Support level", "Allegations", "Share");
            for (SupportLevel l : SupportLevel.values()) {
                int n = m.summary().allegationsByLevel().getOrDefault(l, 0);
                row(levels, l.symbol() + " " + l.label(), String.valueOf(n), bar(n, m.summary().allegations()));
            }
            XWPFTable counts = doc.createTable(1, 4);
            header(counts.getRow(0), "Count", "Level", "With evidence", "Wording flags");
            for (ReportModel.CountLine cl : m.summary().counts()) {
                row(counts, cl.title(), cl.level().symbol() + " " + cl.level().label(), cl.withEvidence() + " of " + cl.allegations(),
                        String.valueOf(cl.wordingFlags()));
            }
            text(doc, ReportModel.WORDING_NOTE, 8, false, false, "57606A");

            if (!m.unsupportedFirst().isEmpty()) {
                heading(doc, "Allegations without evidence", 16, true);
                for (ReportModel.Section s : m.unsupportedFirst()) {
                    section(doc, s);
                }
            }
            heading(doc, "Proof chart", 16, true);
            for (ReportModel.Section s : m.chart()) {
                section(doc, s);
            }
            heading(doc, "Appendix: citations in the complaint", 16, true);
            XWPFTable cites = doc.createTable(1, 3);
            header(cites.getRow(0), "Citation", "Kind", "Where");
            for (ReportModel.CitationRow r : m.citations()) {
                row(cites, r.text(), r.kind(), r.cite());
            }
            heading(doc, "Appendix: documents and how their text was read", 16, true);
            XWPFTable docs = doc.createTable(1, 4);
            header(docs.getRow(0), "Document", "Kind", "Text", "Corrections");
            for (ReportModel.DocumentRow r : m.documents()) {
                row(docs, r.title(), r.kind(), r.text(), r.corrections());
            }
            doc.write(out);
        }
    }

    private static void section(XWPFDocument doc, ReportModel.Section s) {
        int size = s.kind() == NodeKind.COUNT ? 14 : s.kind() == NodeKind.ELEMENT ? 12 : 11;
        heading(doc, s.level().symbol() + " " + s.title() + "  (" + s.level().label() + ")", size, false);
        if (s.overrideReason() != null) {
            text(doc, "Level set by hand: " + s.overrideReason(), 9, false, true, "9A6700");
        }
        for (ReportModel.Quote q : s.quotes()) {
            text(doc, "\u201c" + q.text() + "\u201d  " + q.cite() + (q.role().equals("asserts") ? "" : " (" + q.role() + ")"), 10, false, false, null);
        }
        if (s.text() != null) {
            text(doc, s.text(), 10, false, false, null);
        }
        if (!s.wording().isEmpty()) {
            text(doc, "Wording: " + String.join("; ", s.wording()), 9, false, false, "8250DF");
        }
        if (!s.evidence().isEmpty()) {
            XWPFTable t = doc.createTable(1, 5);
            header(t.getRow(0), "Evidence", "Status", "Basis", "Weight", "Source");
            for (ReportModel.EvidenceRow r : s.evidence()) {
                row(t, (r.checked() ? "\u2611 " : "") + r.description() + (r.note() == null ? "" : " \u2014 " + r.note()), r.status(),
                        r.basis(), r.weight(), r.source() == null ? "" : r.source());
            }
        } else if (s.kind() == NodeKind.ALLEGATION) {
            text(doc, "No evidence recorded.", 9, false, true, "CF222E");
        }
        if (s.note() != null) {
            text(doc, "Note: " + s.note(), 9, false, true, "57606A");
        }
    }

    private static String bar(int n, int total) {
        int blocks = total == 0 ? 0 : Math.round(20f * n / total);
        return "\u2588".repeat(blocks) + " " + (total == 0 ? 0 : Math.round(100f * n / total)) + "%";
    }

    private static void heading(XWPFDocument doc, String text, int size, boolean pageBreak) {
        XWPFParagraph p = doc.createParagraph();
        p.setPageBreak(pageBreak);
        p.setKeepNext(true);
        XWPFRun r = p.createRun();
        r.setBold(true);
        r.setFontSize(size);
        r.setFontFamily("DejaVu Sans");
        r.setText(text);
    }

    private static void text(XWPFDocument doc, String text, int size, boolean bold, boolean italic, String color) {
        if (text == null || text.isBlank()) {
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.LEFT);
        XWPFRun r = p.createRun();
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        if (color != null) {
            r.setColor(color);
        }
        r.setText(text);
    }

    private static void field(XWPFDocument doc, String label, String value) {
        if (value != null && !value.isBlank()) {
            text(doc, label + ": " + value, 11, false, false, null);
        }
    }

    private static void header(XWPFTableRow row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            row.getCell(i).setText(cells[i]);
        }
        row.setRepeatHeader(true);
    }

    private static void row(XWPFTable t, String... cells) {
        XWPFTableRow r = t.createRow();
        for (int i = 0; i < cells.length; i++) {
            r.getCell(i).setText(cells[i] == null ? "" : cells[i]);
        }
        r.setCantSplitRow(true);
    }
}
