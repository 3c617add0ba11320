package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimbench.domain.AnnotationPending;
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
                "Those found exact or moved become passages; those whose words changed, or that are not found, go to the review "
                        + "queue (listed here; `claimbench passages --case ID --queue` lists it again)."})
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

    record Unplaced(String id, String state, String quote, Integer candidateStart, Integer candidateEnd, String candidate, double similarity,
                    Long queueId) {
    }

    record Outcome(long caseId, long document, int annotations, int exact, int moved, int changed, int orphaned, int passages,
                   int queued, List<Unplaced> unplaced, List<String> notImported) {
    }

    @Override
    public Integer call() throws Exception {
        byte[] bytes = ImportService.readFile(file);
        String name = file.getFileName().toString();
        AnnotationImport.Plan plan;
        String text;
        List<AnnotationPending> queue = new java.util.ArrayList<>();
        try (Store store = storeOptions.open()) {
            var doc = store.documents().find(documentId).orElseThrow(() -> new StoreException("Document " + documentId
                    + " does not exist. `claimbench passages --case " + caseId + "` shows the documents' ids."));
            if (doc.caseId() != caseId) {
                throw new StoreException("Document " + documentId + " belongs to case " + doc.caseId() + ", not to case " + caseId + ".");
            }
            AnnotationImport importer = storeOptions.services(store).annotationImport();
            plan = importer.plan(name, bytes, documentId);
            long last = store.pendingAnnotations().forCase(caseId).stream().mapToLong(AnnotationPending::id).max().orElse(0);
            importer.edit(plan).apply();
            text = store.documents().text(documentId);
            store.pendingAnnotations().forCase(caseId).stream().filter(a -> a.id() > last).forEach(queue::add);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<AnnotationImport.Placed> queued = plan.queued();
            List<Unplaced> unplaced = new java.util.ArrayList<>();
            for (int i = 0; i < queued.size(); i++) {
                var p = queued.get(i);
                var at = p.place();
                boolean has = at.start() >= 0;
                unplaced.add(new Unplaced(p.annotation().id(), at.state() == CarryState.CHANGED ? "changed" : "orphaned", p.annotation().exact(),
                        has ? text.codePointCount(0, at.start()) : null, has ? text.codePointCount(0, at.end()) : null, at.quote(),
                        at.similarity(), i < queue.size() ? queue.get(i).id() : null));
            }
            out.println(Json.MAPPER.writeValueAsString(new Outcome(caseId, documentId, plan.placed().size(), plan.count(CarryState.EXACT),
                    plan.count(CarryState.MOVED), plan.count(CarryState.CHANGED), plan.count(CarryState.ORPHANED), plan.stored().size(),
                    queue.size(), unplaced, plan.notImported())));
        } else {
            out.println(plan.summary() + " on \u201c" + plan.documentTitle() + "\u201d; " + Plural.of(plan.stored().size(), "passage")
                    + " added, " + queue.size() + " to the review queue.");
            List<AnnotationImport.Placed> queued = plan.queued();
            if (!queued.isEmpty()) {
                out.println("In the review queue (confirm, re-select or drop them in the window: Edit \u25b8 Review waiting highlights\u2026):");
                for (int i = 0; i < queued.size(); i++) {
                    out.println("  " + (i < queue.size() ? "#" + queue.get(i).id() + " " : "") + queued.get(i).describe());
                }
            }
            if (!plan.notImported().isEmpty()) {
                out.println("Not imported:");
                plan.notImported().forEach(s -> out.println("  " + s));
            }
        }
        out.flush();
        return 0;
    }
}
