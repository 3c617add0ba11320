package org.claimbench.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Test complaints, written for these tests, and renderers that turn one into the shapes real filings take:
 * a PDF on pleading paper (margin line numbers 1–28, a footer title, page numbers), a federal PDF with the
 * court's filing stamp at the top of every page, a DOCX with Word's automatic numbering, and HTML.
 */
final class Fixtures {

    static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\.\\s*(.*)$");

    private Fixtures() {
    }

    /** A block of the source text: its lines (joined when rendered) and its indent in characters. */
    record Block(String text, int indent, boolean heading, boolean caption) {
    }

    static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a fixture into blocks; lines of the caption (before "1.") stay one block each. */
    static List<Block> blocks(String text) {
        List<Block> out = new ArrayList<>();
        boolean inCaption = true;
        StringBuilder current = null;
        int indent = 0;
        for (String line : text.split("\n", -1)) {
            if (inCaption && NUMBERED.matcher(line.strip()).matches() && line.strip().startsWith("1.")) {
                inCaption = false;
                // the headings just above paragraph 1 are not caption
                while (!out.isEmpty() && out.get(out.size() - 1).caption() && out.get(out.size() - 1).text().matches("^[IVX]+\\. .*")) {
                    Block b = out.remove(out.size() - 1);
                    out.add(new Block(b.text(), 0, true, false));
                }
            }
            if (line.isBlank()) {
                if (current != null) {
                    out.add(block(current.toString(), indent, false));
                    current = null;
                }
                continue;
            }
            int ind = line.length() - line.stripLeading().length();
            if (inCaption) {
                out.add(new Block(line.strip(), ind, false, true));
                continue;
            }
            if (current == null) {
                current = new StringBuilder(line.strip());
                indent = ind;
            } else if (ind != indent || isSignatureLine(line.strip())) {
                out.add(block(current.toString(), indent, false));
                current = new StringBuilder(line.strip());
                indent = ind;
            } else {
                current.append('\n').append(line.strip());
            }
        }
        if (current != null) {
            out.add(block(current.toString(), indent, false));
        }
        return out;
    }

    private static boolean isSignatureLine(String s) {
        return s.startsWith("/s/") || s.startsWith("By:") || s.startsWith("Respectfully");
    }

    private static Block block(String text, int indent, boolean caption) {
        boolean heading = !text.contains("\n") && text.length() < 100 && !NUMBERED.matcher(text).matches()
                && (text.equals(text.toUpperCase()) || text.matches("^\\((By|Against).*\\)$") || text.matches("^[A-Z]\\. [A-Z].*[^.;]$")
                || text.matches("^(Unfair|Beneficiary|Human|Negligence).*"));
        return new Block(text, indent, heading, caption);
    }

    // ---- PDF -----------------------------------------------------------------------------------------

    /** Where the first line of each numbered paragraph was printed, by paragraph number. */
    record Pdf(byte[] bytes, Map<String, int[]> paragraphStarts, int pages) {
    }

    static Pdf pdf(String text, boolean pleadingPaper, String filingStamp, String footerTitle) {
        PDType1Font body = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
        float fontSize = 12;
        float left = 100;
        float right = 540;
        float top = 80;
        float spacing = 22;
        int linesPerPage = 28;
        List<PrintLine> lines = new ArrayList<>();
        Map<String, Integer> paragraphFirstLine = new HashMap<>();
        for (Block b : blocks(text)) {
            Matcher m = NUMBERED.matcher(b.text());
            boolean numbered = !b.caption() && !b.heading() && m.matches() && b.indent() < 6;
            if (numbered) {
                paragraphFirstLine.putIfAbsent(m.group(1), lines.size());
            }
            float x = left + (b.indent() >= 6 ? 72 : b.caption() ? b.indent() * 6f : 0);
            if (b.caption()) {
                lines.add(new PrintLine(b.text(), x, false));
                continue;
            }
            for (String part : b.text().split("\n")) {
                List<String> wrapped = wrap(part, body, fontSize, right - x - (numbered ? 36 : 0));
                for (int i = 0; i < wrapped.size(); i++) {
                    float lineX = b.heading() ? -1 : (i == 0 && (numbered || b.indent() == 0) ? x + 36 : x);
                    lines.add(new PrintLine(wrapped.get(i), lineX, b.heading()));
                }
            }
        }
        Map<String, int[]> starts = new HashMap<>();
        paragraphFirstLine.forEach((n, idx) -> starts.put(n, new int[] {idx / linesPerPage + 1, idx % linesPerPage + 1}));
        int pages = (lines.size() + linesPerPage - 1) / linesPerPage;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                float h = page.getMediaBox().getHeight();
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (filingStamp != null) {
                        show(cs, body, 9, 72, h - 30, filingStamp.replace("{page}", String.valueOf(p + 1)).replace("{pages}", String.valueOf(pages)));
                    }
                    for (int i = 0; i < linesPerPage; i++) {
                        float y = h - top - i * spacing;
                        if (pleadingPaper) {
                            String n = String.valueOf(i + 1);
                            show(cs, body, fontSize, 70 - body.getStringWidth(n) / 1000 * fontSize, y, n);
                        }
                        int idx = p * linesPerPage + i;
                        if (idx < lines.size()) {
                            PrintLine l = lines.get(idx);
                            PDType1Font f = l.heading() ? bold : body;
                            float x = l.x() < 0 ? (left + right) / 2 - f.getStringWidth(l.text()) / 1000 * fontSize / 2 : l.x();
                            show(cs, f, fontSize, x, y, l.text());
                        }
                    }
                    if (footerTitle != null) {
                        show(cs, body, 10, 250, 40, footerTitle);
                    }
                    show(cs, body, 10, 300, 25, "- " + (p + 1) + " -");
                }
            }
            doc.save(out);
            return new Pdf(out.toByteArray(), starts, pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record PrintLine(String text, float x, boolean heading) {
    }

    private static void show(PDPageContentStream cs, PDType1Font f, float size, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(f, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        try {
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                    out.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    // ---- DOCX ----------------------------------------------------------------------------------------

    /** A DOCX whose numbered paragraphs use Word's automatic numbering (the numbers are not in the text). */
    static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ZERO);
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.ZERO);
            lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
            lvl.addNewLvlText().setVal("%1.");
            lvl.addNewStart().setVal(BigInteger.ONE);
            BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
            BigInteger numId = numbering.addNum(absId);
            for (Block b : blocks(text)) {
                XWPFParagraph p = doc.createParagraph();
                Matcher m = NUMBERED.matcher(b.text());
                if (!b.caption() && !b.heading() && m.matches() && b.indent() < 6) {
                    p.setNumID(numId);
                    p.createRun().setText(m.group(2).replace('\n', ' '));
                } else {
                    if (b.heading()) {
                        p.setAlignment(ParagraphAlignment.CENTER);
                    }
                    if (b.indent() >= 6) {
                        p.setIndentationLeft(1440);
                    }
                    String[] parts = b.text().split("\n");
                    for (int i = 0; i < parts.length; i++) {
                        var run = p.createRun();
                        run.setText(parts[i]);
                        if (i < parts.length - 1) {
                            run.addBreak();
                        }
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- HTML ----------------------------------------------------------------------------------------

    static String html(String text) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><title>Complaint</title><style>p{margin:0}</style></head><body>\n");
        for (Block b : blocks(text)) {
            String t = escape(b.text()).replace("\n", "<br>");
            if (b.caption()) {
                sb.append("<div>").append(t).append("</div>\n");
            } else if (b.heading()) {
                sb.append("<h2 style=\"text-align: center\">").append(t).append("</h2>\n");
            } else if (b.indent() >= 6) {
                sb.append("<blockquote>").append(t).append("</blockquote>\n");
            } else {
                sb.append("<p>").append(t).append("</p>\n");
            }
        }
        return sb.append("</body></html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
