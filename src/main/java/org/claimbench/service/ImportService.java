package org.claimbench.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.claimbench.domain.Caption;
import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.ingest.CancelledException;
import org.claimbench.ingest.IngestException;
import org.claimbench.ingest.OcrOptions;
import org.claimbench.ingest.ParsedPleading;
import org.claimbench.ingest.DocumentParser;
import org.claimbench.ingest.Progress;
import org.claimbench.ingest.Readers;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;

/**
 * Imports a file into a case: read it (PDF, DOCX, HTML or text, by content), find its structure, and store
 * document, structure and caption in one transaction. Cancelled or failed, it leaves nothing behind.
 */
public final class ImportService {

    /** Files larger than this are refused before reading: no complaint comes near it. */
    public static final long MAX_BYTES = 512L * 1024 * 1024;

    private final Store store;

    public ImportService(Store store) {
        this.store = store;
    }

    /** What a file holds, read and parsed, without storing anything. */
    public record Analysis(Readers.Read read, ParsedPleading parsed) {

        /** The words recognised with little confidence, as spans of the parsed text. */
        public List<org.claimbench.domain.UncertainWord> uncertainWords() {
            return org.claimbench.ingest.UncertainSpans.locate(parsed, read.recognisedWords());
        }

        /** Where each recognised word stands on its page, as a span of the parsed text and a box; none for text not recognised. */
        public List<org.claimbench.domain.RecognisedBox> wordBoxes() {
            return org.claimbench.ingest.WordSpans.boxes(parsed, read.recognisedWords());
        }

        /** What looks wrong with the structure found, in the user's words; empty when nothing does. */
        public List<String> concerns() {
            return parsed.warnings();
        }

        /** What the user should know about how the file was taken, such as a text file named .pdf read as text. */
        public List<String> notes() {
            return read.notes();
        }
    }

    /**
     * An imported document, what looked wrong with the structure found in it (empty when nothing did), and the
     * reading it was stored from, for the layout view.
     */
    public record Result(Document document, List<String> concerns, Analysis analysis) {

        public Result {
            concerns = List.copyOf(concerns);
        }
    }

    /** A complaint in which no numbered paragraph was found: refused, but the user may look at how it was read. */
    public static final class NoParagraphsException extends IngestException {
        private final transient Analysis analysis;

        NoParagraphsException(String message, Analysis analysis) {
            super(message);
            this.analysis = analysis;
        }

        public Analysis analysis() { return analysis; }
    }

    public static byte[] readFile(Path file) throws IngestException {
        try {
            if (Files.isDirectory(file)) {
                throw new IngestException(file.getFileName() + " is a folder, not a document.");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new IngestException(Readers.emptyMessage(String.valueOf(file.getFileName())));
            }
            if (size > MAX_BYTES) {
                throw new IngestException(file.getFileName() + " is " + (size >> 20) + " MB, more than ClaimBench imports ("
                        + (MAX_BYTES >> 20) + " MB).");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IngestException("There is no file " + file + ".", e);
        } catch (IOException e) {
            throw new IngestException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A file read and parsed; scanned pages are recognised in English. */
    public static Analysis analyze(String fileName, byte[] bytes, Progress progress) throws IngestException {
        return analyze(fileName, bytes, OcrOptions.DEFAULT, progress);
    }

    /** A file read and parsed, with scanned pages recognised as {@code ocr} says. */
    public static Analysis analyze(String fileName, byte[] bytes, OcrOptions ocr, Progress progress) throws IngestException {
        return analyze(fileName, bytes, ocr, DocumentParser.forKind(null), progress);
    }

    /** A file read, and its structure found by {@code parser}. */
    public static Analysis analyze(String fileName, byte[] bytes, OcrOptions ocr, DocumentParser parser, Progress progress)
            throws IngestException {
        Readers.Read read = Readers.read(fileName, bytes, ocr, progress);
        progress.checkCancelled();
        progress.update("Finding the structure", 0, 0);
        ParsedPleading parsed = parser.parse(read.lines());
        Caption caption = parsed.caption();
        if (caption.caseNumber() == null && read.stampedCaseNumber() != null) {
            // the caption's own number is blank, as it is on a paper filed before the court gave it one
            parsed = parsed.withCaption(new Caption(caption.court(), read.stampedCaseNumber(), caption.title(), caption.plaintiffs(),
                    caption.defendants()));
        }
        return new Analysis(read, parsed);
    }

    public Document importFile(long caseId, Path file, DocumentKind kind, String title, Progress progress) throws IngestException {
        return importFile(caseId, file, kind, title, OcrOptions.DEFAULT, progress);
    }

    /** Imports a file into case {@code caseId}, with scanned pages recognised as {@code ocr} says. */
    public Document importFile(long caseId, Path file, DocumentKind kind, String title, OcrOptions ocr, Progress progress)
            throws IngestException {
        return importBytes(caseId, file.getFileName().toString(), readFile(file), kind, title, ocr, progress);
    }

    /**
     * Imports a file into case {@code caseId}, or into a new case when it is null, and says what looked wrong with
     * the structure found.
     */
    public Result importChecked(Long caseId, Path file, DocumentKind kind, String title, Progress progress) throws IngestException {
        return importChecked(caseId, file, kind, title, null, progress);
    }

    /**
     * As above; {@code relatedTo} names the pleading of the case that this one amends, or for an Answer the complaint
     * it answers (null: for an amended complaint,
     * the case's latest complaint).
     */
    public Result importChecked(Long caseId, Path file, DocumentKind kind, String title, Long relatedTo, Progress progress)
            throws IngestException {
        String fileName = file.getFileName().toString();
        byte[] bytes = readFile(file);
        if (caseId != null && store.cases().find(caseId).isEmpty()) {
            throw new IngestException("Case " + caseId + " does not exist. `claimbench cases` lists the cases.");
        }
        Analysis a = analyze(fileName, bytes, OcrOptions.DEFAULT, DocumentParser.forKind(kind), progress);
        Document d = caseId == null ? save(null, newCaseTitle(fileName, a), fileName, bytes, kind, title, null, a, progress)
                : save(caseId, null, fileName, bytes, kind, title, relatedTo, a, progress);
        return new Result(d, a.concerns(), a);
    }

    /** A stored document read again from its original, to show how each of its printed lines was read. */
    public Analysis reread(long documentId, Progress progress) throws IngestException {
        Document d = store.documents().find(documentId)
                .orElseThrow(() -> new IngestException("That document is no longer in the store."));
        return analyze(d.fileName() == null ? d.title() : d.fileName(), store.documents().original(documentId), OcrOptions.DEFAULT,
                DocumentParser.forKind(d.kind()), progress);
    }

    /** A file read and parsed, without storing anything. */
    public static Analysis analyzeFile(Path file, Progress progress) throws IngestException {
        return analyzeFile(file, OcrOptions.DEFAULT, progress);
    }

    public static Analysis analyzeFile(Path file, OcrOptions ocr, Progress progress) throws IngestException {
        return analyze(file.getFileName().toString(), readFile(file), ocr, progress);
    }

    public Document importBytes(long caseId, String fileName, byte[] bytes, DocumentKind kind, String title, Progress progress)
            throws IngestException {
        return importBytes(caseId, fileName, bytes, kind, title, OcrOptions.DEFAULT, progress);
    }

    public Document importBytes(long caseId, String fileName, byte[] bytes, DocumentKind kind, String title, OcrOptions ocr,
                                Progress progress) throws IngestException {
        return importBytesChecked(caseId, fileName, bytes, kind, title, ocr, progress).document();
    }

    /** As {@link #importBytes}, with what looked wrong and how the file was read. */
    public Result importBytesChecked(long caseId, String fileName, byte[] bytes, DocumentKind kind, String title, OcrOptions ocr,
                                     Progress progress) throws IngestException {
        return importBytesChecked(caseId, fileName, bytes, kind, title, ocr, null, progress);
    }

    /** As above, with the pleading it amends or answers ({@code relatedTo}, or null: see {@link #importChecked}). */
    public Result importBytesChecked(long caseId, String fileName, byte[] bytes, DocumentKind kind, String title, OcrOptions ocr,
                                     Long relatedTo, Progress progress) throws IngestException {
        if (store.cases().find(caseId).isEmpty()) {
            throw new IngestException("Case " + caseId + " does not exist. `claimbench cases` lists the cases.");
        }
        Analysis a = analyze(fileName, bytes, ocr, DocumentParser.forKind(kind), progress);
        return new Result(save(caseId, null, fileName, bytes, kind, title, relatedTo, a, progress), a.concerns(), a);
    }

    /**
     * Imports a file into a new case, named after the parties in its caption (else after the file), in one
     * transaction with the case itself.
     */
    public Document importIntoNewCase(Path file, DocumentKind kind, Progress progress) throws IngestException {
        String fileName = file.getFileName().toString();
        byte[] bytes = readFile(file);
        Analysis a = analyze(fileName, bytes, OcrOptions.DEFAULT, DocumentParser.forKind(kind), progress);
        return save(null, newCaseTitle(fileName, a), fileName, bytes, kind, null, null, a, progress);
    }

    private static String newCaseTitle(String fileName, Analysis a) {
        String shortTitle = a.parsed().caption().shortTitle();
        return shortTitle != null ? titleCase(shortTitle) : fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
    }

    private Document save(Long caseId, String newCaseTitle, String fileName, byte[] bytes, DocumentKind kind, String title,
                          Long relatedTo, Analysis a, Progress progress) throws IngestException {
        if (relatedTo != null) {
            Document old = store.documents().find(relatedTo).orElseThrow(() -> new IngestException("Document " + relatedTo
                    + " is not in the store. The document list (or `claimbench passages`) shows what the case holds."));
            if (caseId == null || old.caseId() != caseId) {
                throw new IngestException("\u201c" + old.title() + "\u201d belongs to another case; " + (kind == DocumentKind.ANSWER
                        ? "an Answer goes into the case of the complaint it answers." : "an amended pleading goes into the case of the pleading it amends."));
            }
            if (kind == DocumentKind.ANSWER) {
                if (!old.kind().isComplaint()) {
                    throw new IngestException("An Answer answers a complaint, and \u201c" + old.title() + "\u201d is "
                            + old.kind().label().toLowerCase(java.util.Locale.ROOT) + ".");
                }
            } else if (!old.kind().isPleading() || old.kind() == DocumentKind.ANSWER || !kind.isPleading()) {
                throw new IngestException("Only a complaint amends a complaint: \u201c" + old.title() + "\u201d is "
                        + old.kind().label().toLowerCase(java.util.Locale.ROOT) + ", and this file was to be imported as "
                        + kind.label().toLowerCase(java.util.Locale.ROOT) + ".");
            }
        }
        if ((kind == DocumentKind.COMPLAINT || kind == DocumentKind.AMENDED_COMPLAINT) && a.parsed().numberedParagraphs().isEmpty()) {
            throw new NoParagraphsException("No numbered paragraphs were found in " + fileName + ". A complaint's allegations are "
                    + "numbered 1, 2, 3…; if this document has none, import it as an exhibit, commentary or other document.", a);
        }
        progress.checkCancelled();
        progress.update("Saving", 0, 0);
        String docTitle = title == null || title.isBlank() ? defaultTitle(fileName, a.parsed(), kind) : title.strip();
        try {
            return store.transaction(tx -> {
                var caption = a.parsed().caption();
                long target = caseId != null ? caseId : tx.cases().create(newCaseTitle, fit(caption.court(), 500),
                        fit(caption.caseNumber(), 200), null).id();
                if (caseId == null) {
                    // a case made from its complaint takes the court, number and parties its caption names
                    tx.cases().replaceParties(target, org.claimbench.domain.PartyRole.PLAINTIFF, names(caption.plaintiffs()));
                    tx.cases().replaceParties(target, org.claimbench.domain.PartyRole.DEFENDANT, names(caption.defendants()));
                }
                Long answers = kind == DocumentKind.ANSWER ? relatedTo != null ? relatedTo : AnswerLink.latestComplaint(tx, target) : null;
                Long supersedes = kind == DocumentKind.ANSWER ? null : relatedTo != null ? relatedTo : kind == DocumentKind.AMENDED_COMPLAINT ? tx.documents().list(target).stream()
                        .filter(d -> d.kind() == DocumentKind.COMPLAINT || d.kind() == DocumentKind.AMENDED_COMPLAINT)
                        .max(Comparator.comparingInt(Document::position)).map(Document::id).orElse(null) : null;
                Document d = DocumentImporter.store(tx, target, kind, docTitle, fileName, a.read().format().mediaType(), bytes,
                        a.parsed(), supersedes, a.read().textSource(), a.uncertainWords(), a.wordBoxes());
                if (kind == DocumentKind.ANSWER) {
                    AnswerLink.store(tx, d.id(), answers, a.parsed());
                } else {
                    AnswerLink.answerWaiting(tx, target, d); // an Answer imported before its complaint answers it now
                }
                if (progress.isCancelled()) {
                    throw new CancelledInTransaction();
                }
                return d;
            });
        } catch (CancelledInTransaction e) {
            throw new CancelledException();
        } catch (StoreException e) {
            throw new IngestException(e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof CancelledInTransaction) {
                throw new CancelledException();
            }
            throw new IngestException("The document could not be saved: " + e.getMessage() + ". Nothing was imported.", e);
        }
    }

    /** {@code s} stripped and cut to what the store keeps; null when blank. */
    private static String fit(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        return t.length() <= max ? t : t.substring(0, max).strip();
    }

    private static List<String> names(List<String> names) {
        return names == null ? List.of() : names.stream().map(n -> fit(n == null ? null : titleCase(n.strip()), 500)).filter(java.util.Objects::nonNull).distinct().limit(100).toList();
    }

    /** "JANE ROE 1 et al. v. MERIDIAN CLOUD, INC." → "Jane Roe 1 et al. v. Meridian Cloud, Inc." */
    static String titleCase(String s) {
        String shouted = s.replace(" v. ", " V. ").replace(" vs. ", " VS. ");
        if (!shouted.equals(shouted.toUpperCase(java.util.Locale.ROOT))) {
            return s; // written in mixed case already: kept as it is
        }
        StringBuilder sb = new StringBuilder();
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split(" ")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            boolean keepLower = w.equals("v.") || w.equals("et") || w.equals("al.") || w.equals("of") || w.equals("and") || w.equals("the")
                    || w.equals("for") || w.equals("to") || w.equals("in") || w.equals("on");
            sb.append(keepLower || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return sb.toString().replaceAll(" Llc\\b", " LLC").replaceAll(" Llp\\b", " LLP").replaceAll(" Lp\\b", " LP")
                .replace(" Vs. ", " vs. ");
    }

    /** The kind a file's first pages name ("COMPLAINT FOR DAMAGES", "ANSWER…", "EXHIBIT A"), if they name one. */
    public static java.util.Optional<DocumentKind> proposeKind(Path file) {
        try {
            return org.claimbench.ingest.KindSniffer.fromFile(file.getFileName().toString(), readFile(file));
        } catch (IngestException e) {
            return java.util.Optional.empty(); // the import itself says what is wrong with the file
        }
    }

    /** The kind a new document most likely is: the first pleading of a case is its complaint. */
    public DocumentKind suggestKind(long caseId) {
        boolean hasComplaint = store.documents().list(caseId).stream()
                .anyMatch(d -> d.kind() == DocumentKind.COMPLAINT || d.kind() == DocumentKind.AMENDED_COMPLAINT);
        return hasComplaint ? DocumentKind.EXHIBIT : DocumentKind.COMPLAINT;
    }

    static String defaultTitle(String fileName, ParsedPleading parsed, DocumentKind kind) {
        // a caption's title as printed, less the column marks (":", ")", "§") a scanned caption may lead it with
        String t = kind.isPleading() && parsed.caption().title() != null
                ? titleCase(parsed.caption().title()).replaceFirst("^[\\s:;)(\\]\\[\u00a7|.,-]+", "") : "";
        if (!t.isBlank()) {
            return Character.toUpperCase(t.charAt(0)) + t.substring(1);
        }
        String base = fileName == null ? kind.label() : fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        return base.isBlank() ? kind.label() : base;
    }

    private static final class CancelledInTransaction extends RuntimeException {
        CancelledInTransaction() {
            super("cancelled", null, false, false);
        }
    }
}
