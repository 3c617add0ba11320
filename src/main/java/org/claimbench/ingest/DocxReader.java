package org.claimbench.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a Word document's paragraphs and tables in order. Automatic numbering, which Word keeps out of the
 * text, is written back in front of the paragraph ("12. "), so that numbered paragraphs are found either way.
 * A paragraph in a heading style is a heading; one whose text is all bold is bold; a centred one is centred.
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
                    table(t, counters, out);
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
            // what the library says (its class names, its advice to programmers) goes to the log, not to the user
            org.slf4j.LoggerFactory.getLogger(DocxReader.class).warn("A Word document could not be read", e);
            throw new IngestException("This Word document is damaged or incomplete and cannot be read" + (isZipDamage(e)
                    ? ": its compressed contents are broken" : ": its parts are missing or broken")
                    + ". Open it in Word or LibreOffice, save a new copy, and import that.", e);
        }
    }

    /** Whether the failure lies in the ZIP container itself rather than in the document's XML. */
    private static boolean isZipDamage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.util.zip.ZipException || t instanceof java.io.EOFException
                    || t.getClass().getName().startsWith("java.util.zip")) {
                return true;
            }
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("invalid") && (m.contains("code") || m.contains("distance") || m.contains("length") || m.contains("block"))
                    || m.contains("unexpected EOF") || m.contains("compression method")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A caption is often a table: parties on the left, the case number on the right. A row of two or three cells
     * reads as it prints, line by line across, the cells apart by a tab; a wider table reads cell by cell.
     */
    private static void table(XWPFTable t, Map<String, Integer> counters, List<RawLine> out) {
        List<RawLine> notes = new ArrayList<>();
        for (XWPFTableRow row : t.getRows()) {
            List<XWPFTableCell> cells = row.getTableCells();
            if (cells.size() < 2 || cells.size() > 3) {
                for (XWPFTableCell cell : cells) {
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        paragraph(p, counters, out);
                    }
                }
                continue;
            }
            List<List<String>> columns = new ArrayList<>();
            int height = 0;
            for (XWPFTableCell cell : cells) {
                List<RawLine> lines = new ArrayList<>();
                for (XWPFParagraph p : cell.getParagraphs()) {
                    paragraph(p, counters, lines);
                }
                // a footnote to the caption follows the table, not one of its rows
                lines.stream().filter(l -> l.role() == LineRole.FOOTNOTE).forEach(notes::add);
                List<String> texts = lines.stream().filter(l -> !l.isBlank() && l.role() != LineRole.FOOTNOTE).map(RawLine::text).toList();
                columns.add(texts);
                height = Math.max(height, texts.size());
            }
            for (int i = 0; i < height; i++) {
                List<String> parts = new ArrayList<>();
                for (List<String> column : columns) {
                    parts.add(i < column.size() ? column.get(i) : "");
                }
                String line = String.join("\t", parts).replaceAll("\t+$", "");
                if (!line.isBlank()) {
                    out.add(RawLine.plain(line));
                }
            }
        }
        out.add(RawLine.plain(""));
        for (RawLine note : notes) {
            out.add(note);
            out.add(RawLine.plain(""));
        }
    }

    private static void paragraph(XWPFParagraph p, Map<String, Integer> counters, List<RawLine> out) {
        String text = p.getText();
        if (text == null) {
            text = "";
        }
        List<String> notes = new ArrayList<>();
        text = withNoteMarkers(p, text, counters, notes);
        String prefix = numberPrefix(p, counters);
        int indent = Math.max(0, p.getIndentationLeft()) / TWIPS_PER_CHAR + Math.max(0, p.getIndentationFirstLine()) / TWIPS_PER_CHAR;
        boolean centered = p.getAlignment() == org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER;
        if (centered) {
            indent += 20;
        }
        LineRole role = isHeading(p) ? LineRole.HEADING : LineRole.BODY;
        boolean bold = isAllBold(p);
        // soft line breaks inside a paragraph (Shift+Enter) become separate lines, as they print
        String[] parts = (prefix + text).split("\\R|\u000b", -1);
        for (String part : parts) {
            RawLine l = RawLine.plain(" ".repeat(indent) + part);
            out.add(new RawLine(l.text(), l.indent(), 0, 0, l.isBlank() ? LineRole.BODY : role, centered, bold && !l.isBlank()));
        }
        out.add(RawLine.plain(""));
        for (String note : notes) {
            out.add(RawLine.plain(note).withRole(LineRole.FOOTNOTE));
            out.add(RawLine.plain(""));
        }
    }

    /** Where the library puts a footnote's or an endnote's reference in a paragraph's text: "[footnoteRef:3]". */
    private static final Pattern NOTE_REFERENCE = Pattern.compile("\\[(footnote|endnote)Ref:(\\d+)\\]");
    private static final Pattern NOTE_OWN_MARK = Pattern.compile("\\[(?:footnote|endnote)Ref(?::\\d+)?\\]\\s*");
    private static final String SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";

    /**
     * A footnote's reference becomes its number as Word prints it, raised ("drifted¹"), as a PDF's text layer has it;
     * the note's text, which the library adds at the paragraph's end ("[1: …]"), is taken off and given to {@code notes}
     * as a footnote's line ("1 The wind…"), to follow the paragraph. Notes are numbered in the order they are referred to.
     */
    private static String withNoteMarkers(XWPFParagraph p, String text, Map<String, Integer> counters, List<String> notes) {
        Matcher m = NOTE_REFERENCE.matcher(text);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        int afterLastMark = -1;
        String firstId = null;
        List<String[]> refs = new ArrayList<>();
        while (m.find()) {
            int number = counters.merge(NOTES + m.group(1), 1, Integer::sum);
            sb.append(text, last, m.start()).append(superscript(number));
            last = m.end();
            afterLastMark = sb.length();
            firstId = firstId == null ? m.group(2) : firstId;
            refs.add(new String[] {m.group(1), m.group(2), String.valueOf(number)});
        }
        if (refs.isEmpty()) {
            return text;
        }
        sb.append(text.substring(last));
        String marked = sb.toString();
        int suffix = marked.indexOf(" [" + firstId + ":", afterLastMark);
        if (suffix >= 0) {
            marked = marked.substring(0, suffix);
        }
        for (String[] ref : refs) {
            String note = noteText(p, ref[0], ref[1]);
            if (!note.isBlank()) {
                notes.add(ref[2] + " " + note);
            }
        }
        return marked.stripTrailing();
    }

    private static String noteText(XWPFParagraph p, String kind, String id) {
        try {
            var doc = p.getDocument();
            BigInteger n = new BigInteger(id);
            var note = "footnote".equals(kind) ? doc.getFootnoteByID(n.intValue()) : doc.getEndnoteByID(n.intValue());
            if (note == null) {
                return "";
            }
            StringBuilder sb = new StringBuilder();
            for (XWPFParagraph q : note.getParagraphs()) {
                String t = NOTE_OWN_MARK.matcher(q.getText() == null ? "" : q.getText()).replaceAll("").strip();
                if (!t.isEmpty()) {
                    sb.append(sb.length() > 0 ? " " : "").append(t);
                }
            }
            return sb.toString().replaceAll("\\s+", " ");
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String superscript(int number) {
        StringBuilder sb = new StringBuilder();
        for (char c : String.valueOf(number).toCharArray()) {
            sb.append(SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return sb.toString();
    }

    /** Counts, among the counters, the notes referred to so far, by kind. */
    private static final String NOTES = "notes ";

    /** A Word heading style ("Heading 2", "Title") or an outline level of its own. */
    private static boolean isHeading(XWPFParagraph p) {
        String id = p.getStyleID();
        if (id != null) {
            String name = id;
            XWPFStyles styles = p.getDocument().getStyles();
            XWPFStyle style = styles == null ? null : styles.getStyle(id);
            if (style != null && style.getName() != null) {
                name = style.getName();
            }
            String n = name.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
            if (n.matches("heading\\d?|title|subtitle") || id.matches("(?i)heading\\d|title")) {
                return true;
            }
            if (style != null && style.getCTStyle().getPPr() != null && style.getCTStyle().getPPr().getOutlineLvl() != null
                    && style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue() < 9) {
                return true;
            }
        }
        var ppr = p.getCTP().getPPr();
        return ppr != null && ppr.getOutlineLvl() != null && ppr.getOutlineLvl().getVal().intValue() < 9;
    }

    /** Every run that holds text is bold (as the run says; a bold style is not looked up). */
    private static boolean isAllBold(XWPFParagraph p) {
        boolean any = false;
        for (XWPFRun r : p.getRuns()) {
            String t = r.text();
            if (t == null || t.isBlank()) {
                continue;
            }
            if (!r.isBold()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * The number Word prints in front of an automatically numbered paragraph: "12. " for the paragraphs' own numbering,
     * "(a) " or "(i) " for a list inside one, "I. " for an outline heading, and the whole label where the list's text
     * has words of its own, as in a count heading numbered by Word ("COUNT %1" gives "COUNT II "); "" for bullets.
     */
    private static String numberPrefix(XWPFParagraph p, Map<String, Integer> counters) {
        BigInteger[] numbering = numbering(p);
        if (numbering == null) {
            return "";
        }
        BigInteger numId = numbering[0];
        BigInteger level = numbering[1];
        String list = listOf(p, numId);
        String key = list + ":" + level;
        Integer restart = startOverride(p, numId, level.intValue());
        int n;
        if (restart != null && counters.putIfAbsent(RESTARTED + numId + ":" + level, 1) == null) {
            // "Restart numbering": a list of its own over the same numbering, which starts again at its first paragraph
            n = restart;
            counters.put(key, n);
        } else {
            n = counters.merge(key, start(p, numId, level.intValue()), (old, first) -> old + 1);
        }
        // a deeper level restarts when its parent advances
        counters.keySet().removeIf(k -> k.startsWith(list + ":") && new BigInteger(k.substring(k.indexOf(':') + 1)).compareTo(level) > 0);
        var lvl = level(p, numId, level.intValue());
        String fmt = lvl == null || lvl.getNumFmt() == null ? p.getNumFmt() : lvl.getNumFmt().getVal().toString();
        String text = lvl == null || lvl.getLvlText() == null ? p.getNumLevelText() : lvl.getLvlText().getVal();
        if (text != null && text.replaceAll("%\\d", "").matches(".*\\p{L}{2,}.*")) {
            return label(p, numId, text, counters) + " ";
        }
        if (fmt == null || fmt.equals("decimal")) {
            return level.signum() == 0 ? n + ". " : "(" + n + ") ";
        }
        return switch (fmt) {
            case "lowerLetter" -> "(" + letter(n, 'a') + ") ";
            case "upperLetter" -> letter(n, 'A') + ". ";
            case "upperRoman" -> roman(n) + ". ";
            case "lowerRoman" -> "(" + roman(n).toLowerCase(java.util.Locale.ROOT) + ") ";
            default -> "";
        };
    }

    /**
     * The list and level a paragraph is numbered in: its own, or its style's (a firm's "Numbered Paragraph" style carries
     * the numbering, and the paragraphs in it say nothing of it themselves); null if none, or if the paragraph turns its
     * style's numbering off.
     */
    private static BigInteger[] numbering(XWPFParagraph p) {
        BigInteger numId = null;
        BigInteger ilvl = null;
        var ppr = p.getCTP().getPPr();
        if (ppr != null && ppr.getNumPr() != null) {
            if (ppr.getNumPr().getNumId() != null) {
                numId = ppr.getNumPr().getNumId().getVal();
            }
            if (ppr.getNumPr().getIlvl() != null) {
                ilvl = ppr.getNumPr().getIlvl().getVal();
            }
        }
        String styleId = p.getStyleID();
        String numberedStyle = null;
        XWPFStyles styles = p.getDocument().getStyles();
        for (int depth = 0; numId == null && styleId != null && styles != null && depth < 10; depth++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                break;
            }
            var spr = style.getCTStyle().getPPr();
            if (spr != null && spr.getNumPr() != null && spr.getNumPr().getNumId() != null) {
                numId = spr.getNumPr().getNumId().getVal();
                numberedStyle = styleId;
                if (ilvl == null && spr.getNumPr().getIlvl() != null) {
                    ilvl = spr.getNumPr().getIlvl().getVal();
                }
            }
            styleId = style.getCTStyle().getBasedOn() == null ? null : style.getCTStyle().getBasedOn().getVal();
        }
        if (numId == null || numId.signum() == 0) {
            return null;
        }
        if (ilvl == null && numberedStyle != null) {
            // the level that names the style as its own
            for (int l = 0; l < 9 && ilvl == null; l++) {
                var lvl = level(p, numId, l);
                if (lvl != null && lvl.getPStyle() != null && numberedStyle.equals(lvl.getPStyle().getVal())) {
                    ilvl = BigInteger.valueOf(l);
                }
            }
        }
        return new BigInteger[] {numId, ilvl == null ? BigInteger.ZERO : ilvl};
    }

    /** The list's text with each "%k" replaced by level k's number in that level's format. */
    private static String label(XWPFParagraph p, BigInteger numId, String text, Map<String, Integer> counters) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int lvl = text.charAt(++i) - '1';
                int value = counters.getOrDefault(listOf(p, numId) + ":" + lvl, 1);
                var l = level(p, numId, lvl);
                String fmt = l == null || l.getNumFmt() == null ? "decimal" : l.getNumFmt().getVal().toString();
                sb.append(format(value, fmt));
            } else {
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }

    private static String format(int n, String fmt) {
        return switch (fmt) {
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperLetter" -> letter(n, 'A');
            case "lowerLetter" -> letter(n, 'a');
            case "cardinalText" -> WORDS[Math.min(n, WORDS.length - 1)];
            case "ordinalText" -> ORDINALS[Math.min(n, ORDINALS.length - 1)];
            default -> String.valueOf(n);
        };
    }

    private static final String[] WORDS = {"Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
        "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty"};
    private static final String[] ORDINALS = {"Zeroth", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth",
        "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth",
        "Twentieth"};

    private static String letter(int n, char a) {
        return String.valueOf((char) (a + (n - 1) % 26));
    }

    private static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] marks = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        int rest = Math.max(1, n);
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                sb.append(marks[i]);
                rest -= values[i];
            }
        }
        return sb.toString();
    }

    /** Marks, among the counters, a list whose restart has been made. */
    private static final String RESTARTED = "restarted ";

    /**
     * What a paragraph's number counts in. Word counts on through every list that shares one abstract numbering (a
     * document whose paragraphs were pasted in from elsewhere often has several), so the abstract numbering is the
     * counter; the list itself where the document does not say.
     */
    private static String listOf(XWPFParagraph p, BigInteger numId) {
        try {
            var numbering = p.getDocument().getNumbering();
            var num = numbering == null ? null : numbering.getNum(numId);
            if (num != null && num.getCTNum().getAbstractNumId() != null) {
                return "abstract " + num.getCTNum().getAbstractNumId().getVal();
            }
        } catch (RuntimeException e) {
            // the list alone, then
        }
        return "list " + numId;
    }

    /** The number a list restarts its level at ("w:lvlOverride/w:startOverride"); null if it does not. */
    private static Integer startOverride(XWPFParagraph p, BigInteger numId, int lvl) {
        try {
            var numbering = p.getDocument().getNumbering();
            var num = numbering == null ? null : numbering.getNum(numId);
            if (num == null) {
                return null;
            }
            for (var o : num.getCTNum().getLvlOverrideArray()) {
                if (o.getIlvl() != null && o.getIlvl().intValue() == lvl) {
                    if (o.getStartOverride() != null && o.getStartOverride().getVal() != null) {
                        return o.getStartOverride().getVal().intValue();
                    }
                    if (o.getLvl() != null && o.getLvl().getStart() != null && o.getLvl().getStart().getVal() != null) {
                        return o.getLvl().getStart().getVal().intValue();
                    }
                }
            }
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The first number of a level: its own start value, 1 if it has none. */
    private static int start(XWPFParagraph p, BigInteger numId, int lvl) {
        var l = level(p, numId, lvl);
        return l != null && l.getStart() != null && l.getStart().getVal() != null ? l.getStart().getVal().intValue() : 1;
    }

    /** A level of the list a paragraph belongs to, as its abstract numbering defines it; null if the document does not say. */
    private static org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl level(XWPFParagraph p, BigInteger numId, int lvl) {
        try {
            var numbering = p.getDocument().getNumbering();
            var num = numbering == null ? null : numbering.getNum(numId);
            if (num == null) {
                return null;
            }
            for (var o : num.getCTNum().getLvlOverrideArray()) {
                if (o.getIlvl() != null && o.getIlvl().intValue() == lvl && o.getLvl() != null
                        && (o.getLvl().getNumFmt() != null || o.getLvl().getLvlText() != null)) {
                    return o.getLvl(); // the list defines this level anew
                }
            }
            if (num.getCTNum().getAbstractNumId() == null) {
                return null;
            }
            var abs = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            if (abs == null) {
                return null;
            }
            for (var l : abs.getCTAbstractNum().getLvlArray()) {
                if (l.getIlvl() != null && l.getIlvl().intValue() == lvl) {
                    return l;
                }
            }
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
