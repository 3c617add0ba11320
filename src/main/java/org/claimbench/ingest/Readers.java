package org.claimbench.ingest;

import org.claimbench.domain.TextSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Reads any supported file into lines, choosing the reader by the file's content. A file whose extension
 * promises one format but whose content is another is refused with a message that says what it really is.
 */
public final class Readers {

    private static final java.util.regex.Pattern STAMPED_NUMBER = java.util.regex.Pattern.compile(
            "\\b\\d{1,2}:\\d{2}-[a-zA-Z]{2,4}-\\d{2,6}(?:-[A-Z]{2,5})*\\b");

    private Readers() {
    }

    /**
     * The lines of a file and the format it turned out to be; with every printed line and the role it was given
     * ({@code layout}), and what the layout found about the whole document ({@code findings}); how the text was
     * obtained ({@code textSource}), and every word recognised from a page image with its confidence
     * ({@code recognisedWords}, empty when nothing was recognised); and what the user should know about how the
     * file was taken ({@code notes}: a file read by its content rather than its name).
     */
    public record Read(DocumentFormat format, List<RawLine> lines, List<LaidLine> layout, List<String> findings,
                       TextSource textSource, List<RecognisedWord> recognisedWords, List<String> notes) {

        public Read {
            lines = List.copyOf(lines);
            layout = List.copyOf(layout);
            findings = List.copyOf(findings);
            recognisedWords = List.copyOf(recognisedWords);
            notes = List.copyOf(notes);
        }

        public Read(DocumentFormat format, List<RawLine> lines, List<LaidLine> layout, List<String> findings,
                    TextSource textSource, List<RecognisedWord> recognisedWords) {
            this(format, lines, layout, findings, textSource, recognisedWords, List.of());
        }

        Read withNote(String note) {
            List<String> more = new java.util.ArrayList<>(notes);
            more.add(note);
            return new Read(format, lines, layout, findings, textSource, recognisedWords, more);
        }

        static Read of(DocumentFormat format, PageLayout.Layout layout) {
            return new Read(format, layout.text(), layout.lines(), layout.findings(), layout.source(), layout.words());
        }

        /**
         * The case number in the court's filing stamp ("Case 1:20-cv-00713-NONE-SAB Document 1 …"), or null. A
         * caption may leave its own "Case No." blank, as filings made before the number is assigned do.
         */
        public String stampedCaseNumber() {
            for (LaidLine l : layout) {
                if (l.role() == LineRole.FILING_STAMP) {
                    java.util.regex.Matcher m = STAMPED_NUMBER.matcher(l.text());
                    if (m.find()) {
                        return m.group();
                    }
                }
            }
            return null;
        }

        /** A read of a format without pages: each line as its reader gave it. */
        static Read of(DocumentFormat format, List<RawLine> lines) {
            return new Read(format, lines, lines.stream().filter(l -> !l.isBlank())
                    .map(l -> LaidLine.of(l, l.role() == LineRole.HEADING ? "a heading in the file" : "text")).toList(), List.of(),
                    TextSource.fileText(), List.of());
        }
    }

    /** Reads a file, recognising scanned pages in English where there are any. */
    public static Read read(String fileName, byte[] bytes, Progress progress) throws IngestException {
        return read(fileName, bytes, OcrOptions.DEFAULT, progress);
    }

    /** The threads that must never parse a document: the window's event thread, which the window names here. */
    private static volatile java.util.function.Predicate<Thread> forbidden = t -> false;

    public static void forbidWorkOn(java.util.function.Predicate<Thread> threads) {
        forbidden = java.util.Objects.requireNonNull(threads);
    }

    /** Refuses to go on when the current thread is one that must never read a document. */
    static void refuseForbiddenThread() {
        if (forbidden.test(Thread.currentThread())) {
            throw new IllegalStateException("A document was to be read on the thread " + Thread.currentThread().getName()
                    + ", which must stay free for the window; reading belongs on a worker.");
        }
    }

    /** Reads a file, recognising scanned pages and page images as {@code ocr} says. */
    public static Read read(String fileName, byte[] bytes, OcrOptions ocr, Progress progress) throws IngestException {
        refuseForbiddenThread();
        return read(fileName, bytes, ocr, progress, Runtime.getRuntime().availableProcessors());
    }

    static Read read(String fileName, byte[] bytes, OcrOptions ocr, Progress progress, int threads) throws IngestException {
        String name = fileName == null ? "the file" : fileName;
        if (bytes.length == 0) {
            throw new IngestException(emptyMessage(name));
        }
        DocumentFormat actual = detect(bytes);
        DocumentFormat promised = fileName == null ? null : DocumentFormat.ofExtension(fileName);
        if (actual == null) {
            throw new IngestException(name + " is not a document ClaimBench can read. Import a PDF (with a text layer or scanned), "
                    + "a Word document (.docx), a web page (.html), a Markdown file (.md), a plain-text file, "
                    + "or a scanned page as a PNG, JPEG or TIFF image.");
        }
        if (promised == DocumentFormat.MARKDOWN && actual == DocumentFormat.TEXT) {
            actual = DocumentFormat.MARKDOWN; // Markdown is plain text by its content; only its name tells
        }
        String note = null;
        if (promised != null && promised != actual && !(promised.isImage() && actual.isImage())
                && !((promised == DocumentFormat.TEXT || promised == DocumentFormat.MARKDOWN) && actual == DocumentFormat.HTML)) {
            if (actual != DocumentFormat.TEXT && actual != DocumentFormat.HTML) {
                String renamed = name.substring(0, name.lastIndexOf('.') + 1) + actual.extensions()[0];
                throw new IngestException(name + " has the name of " + kindOf(promised) + ", but what it holds is "
                        + kindOf(actual) + ". Rename it to " + renamed + " and import it again.");
            }
            // text under another name (a docket's text export saved as .pdf): read as what it is, and say so
            note = name + " has the name of " + kindOf(promised) + ", but it holds " + (actual == DocumentFormat.TEXT
                    ? "plain text" : kindOf(actual)) + ", so it was read as " + (actual == DocumentFormat.TEXT ? "text" : "a web page") + ".";
        }
        DocumentFormat format = actual;
        FormatReader reader = FormatReader.ALL.stream().filter(r -> r.formats().contains(format)).findFirst()
                .orElseThrow(() -> new IngestException(name + " is a " + format.description() + ", which ClaimBench cannot read yet."));
        Read read = reader.read(bytes, format, ocr, progress, threads);
        if (read.lines().stream().allMatch(RawLine::isBlank)) {
            throw new IngestException(name + " contains no text.");
        }
        return note == null ? read : read.withNote(note);
    }

    /** What is said of a file of 0 bytes, wherever it is found first. */
    public static String emptyMessage(String name) {
        return name + " is empty (0 bytes), so there is nothing to import. Check that it was saved or downloaded completely.";
    }

    /** "a PDF document", "a plain-text file": a format as a noun with its article, for a sentence. */
    private static String kindOf(DocumentFormat f) {
        return switch (f) {
            case TEXT -> "a plain-text file";
            case MARKDOWN -> "a Markdown file";
            default -> "a " + f.description();
        };
    }

    /** The format of the content, or null when it is none ClaimBench reads. */
    public static DocumentFormat detect(byte[] bytes) {
        if (startsWith(bytes, "%PDF-") || indexOf(bytes, "%PDF-", 1024) >= 0) {
            return DocumentFormat.PDF;
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            // a DOCX is a ZIP whose entries include word/document.xml; its name sits in a local header
            return indexOf(bytes, "word/", Math.min(bytes.length, 1 << 20)) >= 0 ? DocumentFormat.DOCX : null;
        }
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
                && bytes[4] == '\r' && bytes[5] == '\n' && bytes[6] == 0x1A && bytes[7] == '\n') {
            return DocumentFormat.PNG;
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return DocumentFormat.JPEG;
        }
        if (bytes.length >= 4 && (bytes[0] == 'I' && bytes[1] == 'I' && bytes[2] == 42 && bytes[3] == 0
                || bytes[0] == 'M' && bytes[1] == 'M' && bytes[2] == 0 && bytes[3] == 42)) {
            return DocumentFormat.TIFF;
        }
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
            return null; // an old binary Office file
        }
        String head = TextDecoder.decode(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 4096)));
        if (looksBinary(bytes, head)) {
            return null;
        }
        String lower = head.stripLeading().toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<?xml") && lower.contains("<html")
                || lower.contains("<body") || lower.startsWith("<p>") || lower.startsWith("<div")) {
            return DocumentFormat.HTML;
        }
        return DocumentFormat.TEXT;
    }

    private static boolean looksBinary(byte[] bytes, String decoded) {
        int control = 0;
        int n = Math.min(decoded.length(), 4096);
        for (int i = 0; i < n; i++) {
            char c = decoded.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\f' || c == '\ufffd') {
                control++;
            }
        }
        return n == 0 || control > n / 20;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (bytes[i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, String needle, int limit) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        int end = Math.min(bytes.length, limit) - n.length;
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < n.length; j++) {
                if (bytes[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
