package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.SegmentKind;
import org.claimbench.service.ImportService;
import org.claimbench.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a document (PDF, scanned or not, DOCX, HTML, text, or page images: PNG, JPEG, TIFF) into a case and print "
                + "the new document's id.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The document to import.")
    Path file;

    @Option(names = "--case", required = true, paramLabel = "ID", description = "The case to import into (see `claimbench cases`).")
    long caseId;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "complaint, amended-complaint, answer, exhibit, commentary or other (default: complaint for a case's first pleading, else exhibit).")
    String kind;

    @Option(names = "--title", paramLabel = "TITLE", description = "The document's title (default: from the caption or the file name).")
    String title;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    OcrCliOptions ocr;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        // the file first: a missing or empty one is refused before the store is opened or waited for
        byte[] bytes = ImportService.readFile(file);
        DocumentKind wanted = kind == null ? null : parseKind(kind);
        long id;
        String summary;
        java.util.List<String> notes;
        try (Store store = storeOptions.open()) {
            ImportService service = storeOptions.services(store).importer();
            DocumentKind k = wanted == null ? service.suggestKind(caseId) : wanted;
            ImportService.Result r = service.importBytesChecked(caseId, file.getFileName().toString(), bytes, k, title, ocr.options(),
                    OcrCliOptions.reporting(spec.commandLine().getErr()));
            Document d = r.document();
            notes = r.analysis().notes();
            long paragraphs = store.documents().segments(d.id()).stream().filter(s -> s.kind() == SegmentKind.NUMBERED_PARAGRAPH).count();
            id = d.id();
            summary = "Imported " + file.getFileName() + " into case " + caseId + " as " + k.label().toLowerCase(Locale.ROOT)
                    + " \u201c" + d.title() + "\u201d: " + Plural.of(paragraphs, "numbered paragraph") + ", "
                    + Plural.of(store.documents().counts(d.id()).size(), "count") + ", "
                    + Plural.of(store.documents().citations(d.id()).size(), "citation") + ".";
        }
        // only now, with the store closed and its file synced: a script that reads the id finds the document on disk
        out.println(id);
        out.flush();
        notes.forEach(spec.commandLine().getErr()::println);
        spec.commandLine().getErr().println(summary);
        spec.commandLine().getErr().flush();
        return 0;
    }

    static DocumentKind parseKind(String s) {
        try {
            return DocumentKind.valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown kind \"" + s + "\": use complaint, amended-complaint, answer, exhibit, commentary or other.");
        }
    }
}
