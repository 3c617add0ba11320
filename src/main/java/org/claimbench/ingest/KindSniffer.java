package org.claimbench.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.claimbench.domain.DocumentKind;

/**
 * What a file most likely is, from the words of its first pages, before it is imported: a complaint is proposed
 * as a complaint, an amended one as amended, an answer as an answer, an exhibit's cover sheet as an exhibit. It
 * reads only the start of the file (a PDF's first two pages, with no recognition of scans), so it is quick.
 */
public final class KindSniffer {

    /** How many characters of the start are looked at. */
    static final int SAMPLE = 6000;

    private static final Pattern AMENDED = Pattern.compile("\\b(FIRST|SECOND|THIRD|FOURTH|FIFTH|\\d+(ST|ND|RD|TH|D))?\\s*AMENDED\\s+"
            + "(CLASS\\s+ACTION\\s+|VERIFIED\\s+|SHAREHOLDER\\s+|DERIVATIVE\\s+)*COMPLAINT\\b");
    private static final Pattern ANSWER = Pattern.compile("\\bANSWER\\b(?!\\s+TO\\s+INTERROGATOR)[^\\n]{0,80}(\\bCOMPLAINT\\b|\\bDEFENSES\\b|"
            + "\\bPETITION\\b)|\\bANSWER\\s+AND\\s+(AFFIRMATIVE\\s+)?DEFENSES\\b|\\bDEFENDANTS?['\u2019]?S?\\s+ANSWER\\b");
    private static final Pattern COMPLAINT = Pattern.compile("\\bCOMPLAINT\\b");
    private static final Pattern EXHIBIT = Pattern.compile("^\\s*EXHIBIT\\s+[A-Z0-9]{1,4}\\s*$", Pattern.MULTILINE);

    private KindSniffer() {
    }

    /** The kind the start of a document's text names, if it names one. */
    public static Optional<DocumentKind> fromText(String start) {
        String s = start.length() > SAMPLE ? start.substring(0, SAMPLE) : start;
        String upper = s.toUpperCase(Locale.ROOT);
        if (EXHIBIT.matcher(upper.length() > 400 ? upper.substring(0, 400) : upper).find()) {
            return Optional.of(DocumentKind.EXHIBIT); // a cover sheet: "EXHIBIT A" on a line of its own, at the top
        }
        if (ANSWER.matcher(upper).find()) {
            return Optional.of(DocumentKind.ANSWER);
        }
        if (AMENDED.matcher(upper).find()) {
            return Optional.of(DocumentKind.AMENDED_COMPLAINT);
        }
        if (COMPLAINT.matcher(upper).find()) {
            return Optional.of(DocumentKind.COMPLAINT);
        }
        return Optional.empty();
    }

    /** The kind a file's first pages name; nothing when they name none, or cannot be read quickly (a scan). */
    public static Optional<DocumentKind> fromFile(String fileName, byte[] bytes) {
        try {
            return fromText(start(fileName, bytes));
        } catch (IngestException | java.io.IOException | RuntimeException e) {
            return Optional.empty(); // the import itself will say what is wrong with the file
        }
    }

    private static String start(String fileName, byte[] bytes) throws IngestException, java.io.IOException {
        DocumentFormat format = Readers.detect(bytes);
        if (format == null || format.isImage()) {
            return "";
        }
        if (format == DocumentFormat.PDF) {
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                PDFTextStripper text = new PDFTextStripper();
                text.setStartPage(1);
                text.setEndPage(2);
                return text.getText(doc);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (RawLine l : Readers.read(fileName, bytes, new OcrOptions(OcrOptions.Mode.NEVER, null, null), Progress.NONE).lines()) {
            sb.append(l.text()).append('\n');
            if (sb.length() > SAMPLE) {
                break;
            }
        }
        return sb.toString();
    }
}
