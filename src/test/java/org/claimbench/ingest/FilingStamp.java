package org.claimbench.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays the court's electronic filing stamp over a finished PDF, as the clerk's system does when a paper is filed:
 * one line of Helvetica at the top of every page, over whatever the word processor printed there.
 */
public final class FilingStamp {

    /** The wordings courts' systems print. */
    public enum Form {
        /** "Case 3:24-cv-04417-JSC   Document 1   Filed 07/22/24   Page 2 of 6" */
        DOCUMENT,
        /** The same, ending "PageID #:", with the PageID number pushed onto a second line below it (S.D. Ind.). */
        DOCUMENT_PAGEID_WRAPPED,
        /** "Case: 1:24-cv-03318 Document #: 1 Filed: 04/23/24 Page 1 of 7 PageID #:1" (N.D. Ill.) */
        NORTHERN_ILLINOIS,
        /** "Case 2:21-cv-10001-LJM-APP   ECF No. 1, PageID.1   Filed 01/04/21   Page 1 of 5" (E.D. Mich.) */
        EASTERN_MICHIGAN
    }

    /** A stamp: its form, the docket's case number, the document number, the filing date and the first page's PageID. */
    public record Stamp(Form form, String caseNumber, int document, String filed, int firstPageId) {
    }

    static final float FONT_SIZE = 10f;
    private static final float TOP = 22f;

    private FilingStamp() {
    }

    /** The stamp's printed lines on page {@code page} of {@code pages}: one line, or two when the PageID wraps. */
    public static List<String> lines(Stamp s, int page, int pages) {
        int pageId = s.firstPageId() + page - 1;
        return switch (s.form()) {
            case DOCUMENT -> List.of("Case " + s.caseNumber() + "   Document " + s.document() + "   Filed " + s.filed()
                    + "   Page " + page + " of " + pages);
            case DOCUMENT_PAGEID_WRAPPED -> List.of("Case " + s.caseNumber() + "   Document " + s.document() + "   Filed " + s.filed()
                    + "   Page " + page + " of " + pages + " PageID #:", String.valueOf(pageId));
            case NORTHERN_ILLINOIS -> List.of("Case: " + s.caseNumber() + " Document #: " + s.document() + " Filed: " + s.filed()
                    + " Page " + page + " of " + pages + " PageID #:" + pageId);
            case EASTERN_MICHIGAN -> List.of("Case " + s.caseNumber() + "   ECF No. " + s.document() + ", PageID." + pageId
                    + "   Filed " + s.filed() + "   Page " + page + " of " + pages);
        };
    }

    /** The PDF with the stamp on every page. */
    public static byte[] apply(byte[] pdf, Stamp s) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int pages = doc.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage page = doc.getPage(i);
                PDRectangle box = page.getMediaBox();
                List<String> lines = lines(s, i + 1, pages);
                String first = lines.get(0);
                float width = font.getStringWidth(first) / 1000f * FONT_SIZE;
                // the stamp is centred on the page; a wrapped PageID number sits under "PageID #:"
                float x = box.getLowerLeftX() + (box.getWidth() - width) / 2f;
                float y = box.getUpperRightY() - TOP;
                try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    cs.beginText();
                    cs.setFont(font, FONT_SIZE);
                    cs.newLineAtOffset(x, y);
                    cs.showText(first);
                    cs.endText();
                    if (lines.size() > 1) {
                        float under = x + font.getStringWidth(first.substring(0, first.lastIndexOf("PageID"))) / 1000f * FONT_SIZE;
                        cs.beginText();
                        cs.setFont(font, FONT_SIZE);
                        cs.newLineAtOffset(under, y - FONT_SIZE * 1.15f);
                        cs.showText(lines.get(1));
                        cs.endText();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
