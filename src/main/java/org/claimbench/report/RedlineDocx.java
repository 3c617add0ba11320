package org.claimbench.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** The redline as a Word document: deleted words struck through in red, inserted words underlined in green. */
final class RedlineDocx {

    static final String RED = "CF222E";
    static final String GREEN = "1A7F37";
    private static final String GREY = "57606A";

    private RedlineDocx() {
    }

    static void render(Redline.Model m, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            run(doc.createParagraph(), "Redline", 18, true, null, DocxReport.HEADING_FONT);
            XWPFParagraph titles = doc.createParagraph();
            run(titles, "NEW  ", 8, false, GREY, DocxReport.HEADING_FONT);
            run(titles, m.newTitle(), 11, false, null, null).addBreak();
            run(titles, "AGAINST  ", 8, false, GREY, DocxReport.HEADING_FONT);
            run(titles, m.oldTitle(), 11, false, null, null);
            run(doc.createParagraph(), m.summary(), 11, true, null, null);
            list(doc, "Counts", m.counts());
            list(doc, "Parties", m.parties());
            XWPFParagraph legend = doc.createParagraph();
            legend.setSpacingBefore(200);
            mark(run(legend, "Struck through", 8, false, GREY, DocxReport.HEADING_FONT), Redline.Mark.DELETED);
            run(legend, ": words of the earlier version taken out. ", 8, false, GREY, DocxReport.HEADING_FONT);
            mark(run(legend, "Underlined", 8, false, GREY, DocxReport.HEADING_FONT), Redline.Mark.INSERTED);
            run(legend, ": words the amended version puts in.", 8, false, GREY, DocxReport.HEADING_FONT);
            if (m.rows().isEmpty()) {
                run(doc.createParagraph(), "Every paragraph stayed as it was.", 10, false, null, null);
            }
            for (Redline.Row r : m.rows()) {
                XWPFParagraph where = doc.createParagraph();
                where.setSpacingBefore(160);
                where.setSpacingAfter(0);
                where.setKeepNext(true);
                run(where, Redline.kindName(r.kind()) + "  ", 8.5, true, GREY, DocxReport.HEADING_FONT);
                run(where, r.where(), 8.5, true, null, DocxReport.HEADING_FONT);
                XWPFParagraph text = doc.createParagraph();
                text.setSpacingAfter(0);
                for (Redline.Run run : r.redline()) {
                    String[] lines = run.text().split("\n", -1);
                    for (int i = 0; i < lines.length; i++) {
                        XWPFRun w = run(text, lines[i], 10, false, null, null);
                        mark(w, run.mark());
                        if (i < lines.length - 1) {
                            w.addBreak();
                        }
                    }
                }
            }
            doc.write(out);
        }
    }

    private static void list(XWPFDocument doc, String heading, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        XWPFParagraph h = doc.createParagraph();
        h.setSpacingBefore(160);
        h.setKeepNext(true);
        run(h, heading, 11, true, null, DocxReport.HEADING_FONT);
        for (String l : lines) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationLeft(280);
            p.setSpacingAfter(0);
            run(p, "\u2022 " + l, 10, false, null, null);
        }
    }

    private static XWPFRun mark(XWPFRun r, Redline.Mark mark) {
        if (mark == Redline.Mark.DELETED) {
            r.setStrikeThrough(true);
            r.setColor(RED);
        } else if (mark == Redline.Mark.INSERTED) {
            r.setUnderline(UnderlinePatterns.SINGLE);
            r.setColor(GREEN);
        }
        return r;
    }

    private static XWPFRun run(XWPFParagraph p, String text, double size, boolean bold, String color, String font) {
        XWPFRun r = p.createRun();
        r.setFontFamily(font == null ? DocxReport.BODY_FONT : font);
        r.setFontSize(size);
        r.setBold(bold);
        if (color != null) {
            r.setColor(color);
        }
        r.setText(text == null ? "" : text);
        return r;
    }
}
