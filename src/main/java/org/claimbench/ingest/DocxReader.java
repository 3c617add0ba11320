package org.claimbench.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a Word document's paragraphs and tables in order. Automatic numbering, which Word keeps out of the
 * text, is written back in front of the paragraph ("12. "), so that numbered paragraphs are found either way.
 */
public final class DocxReader {

    /** Twentieths of a point per character width, for turning Word's indents into indents in characters. */
    private static final int TWIPS_PER_CHAR = 240;

    private DocxReader() {
    }

    public static List<RawLine> read(byte[] bytes, Progress progress) throws IngestException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<RawLine> out = new ArrayList<>();
            Map<String, Integer> counters = new HashMap<>();
            List<IBodyElement> elements = doc.getBodyElements();
            int done = 0;
            for (IBodyElement e : elements) {
                if (e instanceof XWPFParagraph p) {
                    paragraph(p, counters, out);
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            for (XWPFParagraph p : cell.getParagraphs()) {
                                paragraph(p, counters, out);
                            }
                        }
                    }
                    out.add(RawLine.plain(""));
                }
                done++;
                if (done % 200 == 0) {
                    progress.checkCancelled();
                    progress.update("Reading paragraph " + done + " of " + elements.size(), done, elements.size());
                }
            }
            return out;
        } catch (IngestException e) {
            throw e;
        } catch (OLE2NotOfficeXmlFileException | OfficeXmlFileException e) {
            throw new IngestException("This is an old-style Word document (.doc), not a DOCX. Save it as .docx in Word "
                    + "or LibreOffice and import that copy.", e);
        } catch (IOException | RuntimeException e) {
            throw new IngestException("This Word document is damaged or incomplete and cannot be read (" + e.getMessage()
                    + "). Open it in Word or LibreOffice, save a new copy, and import that.", e);
        }
    }

    private static void paragraph(XWPFParagraph p, Map<String, Integer> counters, List<RawLine> out) {
        String text = p.getText();
        if (text == null) {
            text = "";
        }
        String prefix = numberPrefix(p, counters);
        int indent = Math.max(0, p.getIndentationLeft()) / TWIPS_PER_CHAR + Math.max(0, p.getIndentationFirstLine()) / TWIPS_PER_CHAR;
        if (p.getAlignment() == org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER) {
            indent += 20;
        }
        // soft line breaks inside a paragraph (Shift+Enter) become separate lines, as they print
        String[] parts = (prefix + text).split("\\R|\u000b", -1);
        for (String part : parts) {
            String padded = " ".repeat(indent) + part;
            out.add(RawLine.plain(padded));
        }
        out.add(RawLine.plain(""));
    }

    /** "12. " for a paragraph under decimal automatic numbering; "" otherwise. */
    private static String numberPrefix(XWPFParagraph p, Map<String, Integer> counters) {
        BigInteger numId = p.getNumID();
        if (numId == null) {
            return "";
        }
        BigInteger level = p.getNumIlvl() == null ? BigInteger.ZERO : p.getNumIlvl();
        String key = numId + ":" + level;
        int n = counters.merge(key, 1, Integer::sum);
        // a deeper level restarts when its parent advances
        counters.keySet().removeIf(k -> k.startsWith(numId + ":") && new BigInteger(k.substring(k.indexOf(':') + 1)).compareTo(level) > 0);
        String fmt = p.getNumFmt();
        if (fmt == null || fmt.equals("decimal")) {
            return level.signum() == 0 ? n + ". " : "(" + n + ") ";
        }
        if (fmt.equals("lowerLetter")) {
            return "(" + (char) ('a' + (n - 1) % 26) + ") ";
        }
        if (fmt.equals("upperLetter")) {
            return (char) ('A' + (n - 1) % 26) + ". ";
        }
        return "";
    }
}
