package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.SegmentKind;
import org.claimbench.service.AmendmentService;
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

    @Option(names = "--amends", paramLabel = "DOCUMENT_ID",
            description = "The pleading of the case that this one amends: its highlights are carried into this one, and those whose "
                    + "words changed or were not found are listed for review (default kind: amended-complaint).")
    Long amends;

    @Option(names = "--answers", paramLabel = "DOCUMENT_ID",
            description = "For an Answer: the complaint it answers (default: the case's latest complaint). Its responses are read "
                    + "paragraph by paragraph against that complaint (default kind: answer).")
    Long answers;

    @Option(names = "--json", description = "Print the new document and, with --amends, what became of each highlight as JSON "
            + "(see docs/formats.md).")
    boolean json;

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
        if (amends != null && answers != null) {
            throw new IllegalArgumentException("A document either amends a pleading (--amends) or answers a complaint (--answers), not both.");
        }
        DocumentKind wanted = kind == null ? amends != null ? DocumentKind.AMENDED_COMPLAINT : answers != null ? DocumentKind.ANSWER : null
                : parseKind(kind);
        if (answers != null && wanted != DocumentKind.ANSWER) {
            throw new IllegalArgumentException("--answers is for an Answer: leave out --kind, or give --kind answer.");
        }
        long id;
        String summary;
        java.util.List<String> notes;
        AmendmentService.Outcome carried = null;
        Long answered = null;
        java.util.Map<org.claimbench.domain.ResponseStatus, Integer> responses = null;
        int defenses = 0;
        try (Store store = storeOptions.open()) {
            ImportService service = storeOptions.services(store).importer();
            DocumentKind k = wanted == null ? service.suggestKind(caseId) : wanted;
            ImportService.Result r = service.importBytesChecked(caseId, file.getFileName().toString(), bytes, k, title, ocr.options(),
                    amends != null ? amends : answers, OcrCliOptions.reporting(spec.commandLine().getErr()));
            Document d = r.document();
            if (amends != null) {
                carried = storeOptions.services(store).amendments().carry(amends, d.id());
            }
            if (k == DocumentKind.ANSWER) {
                answered = store.answers().answers(d.id()).orElse(null);
                responses = org.claimbench.domain.Disputes.count(store.answers().responses(d.id()));
                defenses = store.answers().defenses(d.id()).size();
            }
            notes = r.analysis().notes();
            long paragraphs = store.documents().segments(d.id()).stream().filter(s -> s.kind() == SegmentKind.NUMBERED_PARAGRAPH).count();
            id = d.id();
            summary = "Imported " + file.getFileName() + " into case " + caseId + " as " + k.label().toLowerCase(Locale.ROOT)
                    + " \u201c" + d.title() + "\u201d: " + Plural.of(paragraphs, "numbered paragraph") + ", "
                    + Plural.of(store.documents().counts(d.id()).size(), "count") + ", "
                    + Plural.of(store.documents().citations(d.id()).size(), "citation") + ".";
        }
        // only now, with the store closed and its file synced: a script that reads the id finds the document on disk
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(CarryJson.of(id, carried, answered, responses)));
        } else {
            out.println(id);
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        notes.forEach(err::println);
        err.println(summary);
        if (responses != null && !json) {
            err.println(answered == null ? "The case has no complaint for this Answer to answer; its " + Plural.of(defenses, "affirmative defense")
                    + " were read." : "Read against document " + answered + ": " + describe(responses) + "; "
                    + Plural.of(defenses, "affirmative defense") + ".");
        }
        if (carried != null && !json) {
            err.println("Highlights carried from document " + amends + ": " + carried.summary() + ".");
            for (AmendmentService.Waiting w : carried.waiting()) {
                err.println("  needs review: passage " + w.old().id() + " (" + (w.oldParagraph() == null ? "no paragraph" : w.oldParagraph())
                        + ") \u201c" + flat(w.old().quote()) + "\u201d \u2192 " + (w.carry().candidate() == null ? "not found"
                        : (w.newParagraph() == null ? "" : w.newParagraph() + " ") + "\u201c" + flat(w.carry().candidate()) + "\u201d"));
            }
        }
        err.flush();
        return 0;
    }

    static String describe(java.util.Map<org.claimbench.domain.ResponseStatus, Integer> responses) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        responses.forEach((st, n) -> {
            if (n > 0) {
                parts.add(n + " " + st.label());
            }
        });
        return parts.isEmpty() ? "no paragraph answered" : String.join(", ", parts);
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /** The JSON of `import --json`: the new document and, when it amends another, what became of each highlight. */
    record CarryJson(long document, Long amends, java.util.Map<String, Integer> passages, java.util.List<WaitingJson> needsReview,
                     Long answers, java.util.Map<String, Integer> responses) {

        record WaitingJson(long passage, long carry, String state, String oldParagraph, String oldText, String newParagraph,
                           String newText, double similarity) {
        }

        static CarryJson of(long id, AmendmentService.Outcome o, Long answers,
                            java.util.Map<org.claimbench.domain.ResponseStatus, Integer> responses) {
            java.util.Map<String, Integer> r = null;
            if (responses != null) {
                r = new java.util.LinkedHashMap<>();
                for (var e : responses.entrySet()) {
                    r.put(e.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-'), e.getValue());
                }
            }
            if (o == null) {
                return new CarryJson(id, null, null, null, answers, r);
            }
            java.util.Map<String, Integer> n = new java.util.LinkedHashMap<>();
            n.put("exact", o.exact());
            n.put("moved", o.moved());
            n.put("changed", o.changed());
            n.put("orphaned", o.orphaned());
            return new CarryJson(id, o.from().id(), n, o.waiting().stream().map(w -> new WaitingJson(w.old().id(), w.carry().id(),
                    w.carry().state().name().toLowerCase(Locale.ROOT), w.oldParagraph(), w.old().quote(), w.newParagraph(),
                    w.carry().candidate(), w.carry().similarity())).toList(), answers, r);
        }
    }

    static DocumentKind parseKind(String s) {
        try {
            return DocumentKind.valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown kind \"" + s + "\": use complaint, amended-complaint, answer, exhibit, commentary or other.");
        }
    }
}
