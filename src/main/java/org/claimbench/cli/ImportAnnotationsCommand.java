package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimbench.domain.CarryState;
import org.claimbench.service.AnnotationImport;
import org.claimbench.service.ImportService;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-annotations", mixinStandardHelpOptions = true,
        description = {"Place W3C web annotations (JSON-LD) on a document of a case as highlights.",
                "Those found exact or moved become passages; those whose words changed, or that are not found, are listed."})
final class ImportAnnotationsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The annotations: one Annotation, a list of them, an AnnotationCollection or page.")
    Path file;

    @Option(names = "--case", required = true, paramLabel = "ID", description = "The case (see `claimbench cases`).")
    long caseId;

    @Option(names = "--document", required = true, paramLabel = "ID", description = "The document the annotations were made on "
            + "(`claimbench passages` and the window's document properties show ids).")
    long documentId;

    @Option(names = "--json", description = "Print where each annotation landed as JSON (see docs/formats.md).")
    boolean json;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    record Unplaced(String id, String state, String quote, Integer candidateStart, Integer candidateEnd, String candidate, double similarity) {
    }

    record Outcome(long caseId, long document, int annotations, int exact, int moved, int changed, int orphaned, int passages,
                   List<Unplaced> unplaced, List<String> notImported) {
    }

    @Override
    public Integer call() throws Exception {
        byte[] bytes = ImportService.readFile(file);
        String name = file.getFileName().toString();
        AnnotationImport.Plan plan;
        String text;
        try (Store store = storeOptions.open()) {
            var doc = store.documents().find(documentId).orElseThrow(() -> new StoreException("Document " + documentId
                    + " does not exist. `claimbench passages --case " + caseId + "` shows the documents' ids."));
            if (doc.caseId() != caseId) {
                throw new StoreException("Document " + documentId + " belongs to case " + doc.caseId() + ", not to case " + caseId + ".");
            }
            AnnotationImport importer = storeOptions.services(store).annotationImport();
            plan = importer.plan(name, bytes, documentId);
            importer.edit(plan).apply();
            text = store.documents().text(documentId);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Unplaced> unplaced = plan.placed().stream().filter(p -> p.place().needsUser()).map(p -> {
                var at = p.place();
                boolean has = at.start() >= 0;
                return new Unplaced(p.annotation().id(), at.state() == CarryState.CHANGED ? "changed" : "orphaned", p.annotation().exact(),
                        has ? text.codePointCount(0, at.start()) : null, has ? text.codePointCount(0, at.end()) : null, at.quote(),
                        at.similarity());
            }).toList();
            out.println(Json.MAPPER.writeValueAsString(new Outcome(caseId, documentId, plan.placed().size(), plan.count(CarryState.EXACT),
                    plan.count(CarryState.MOVED), plan.count(CarryState.CHANGED), plan.count(CarryState.ORPHANED), plan.stored().size(),
                    unplaced, plan.notImported())));
        } else {
            out.println(plan.summary() + " on \u201c" + plan.documentTitle() + "\u201d; " + Plural.of(plan.stored().size(), "passage") + " added.");
            List<String> told = plan.forTheUser();
            if (!told.isEmpty()) {
                out.println("Not imported (highlight these by hand where they belong):");
                told.forEach(s -> out.println("  " + s));
            }
        }
        out.flush();
        return 0;
    }
}
