package org.claimbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.claimbench.analysis.Anchors;
import org.claimbench.domain.AnnotationPending;
import org.claimbench.domain.Document;
import org.claimbench.domain.Passage;
import org.claimbench.domain.PassageCarry;
import org.claimbench.domain.Segment;
import org.claimbench.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "passages", mixinStandardHelpOptions = true,
        description = "List every highlighted passage of a case: its document, paragraph, page:line, quote, and how it came "
                + "into an amended pleading (exact, moved, changed, not found; carried, waiting, confirmed, re-selected, dropped).")
final class PassagesCommand implements Callable<Integer> {

    @Option(names = "--case", required = true, paramLabel = "ID", description = "The case (see `claimbench cases`).")
    long caseId;

    @Option(names = "--json", description = "Print the passages as JSON (see docs/formats.md).")
    boolean json;

    @Option(names = "--queue", description = "List instead the web annotations that wait in the review queue (their words changed, "
            + "or were not found); the carried highlights waiting show among the passages, as waiting.")
    boolean queue;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    record PassageJson(long id, long document, String documentTitle, String paragraph, String start, String end, String quote,
                       String anchor, List<CarryJson> carriedInto, CarryJson carriedFrom) {
    }

    /** One step of a passage's way into an amended pleading, seen from either end. */
    record CarryJson(long document, String state, String decision, Long passage, Integer candidateStart, Integer candidateEnd,
                     String candidate, double similarity) {
    }

    /** A web annotation waiting in the review queue. */
    record QueuedJson(long id, long document, String documentTitle, String source, String annotation, String state, String quote,
                      Integer candidateStart, Integer candidateEnd, String candidate, double similarity, String paragraph,
                      String note, List<String> tags) {
    }

    private int listQueue(PrintWriter out) throws Exception {
        List<QueuedJson> rows = new ArrayList<>();
        try (Store store = storeOptions.open()) {
            if (store.cases().find(caseId).isEmpty()) {
                throw new IllegalArgumentException("Case " + caseId + " does not exist. `claimbench cases` lists the cases.");
            }
            Map<Long, Document> docs = new HashMap<>();
            for (Document d : store.documents().list(caseId)) {
                docs.put(d.id(), d);
            }
            Map<Long, List<Segment>> segments = new HashMap<>();
            Map<Long, String> texts = new HashMap<>();
            for (AnnotationPending a : store.pendingAnnotations().forCase(caseId)) {
                if (!a.pending()) {
                    continue;
                }
                Document d = docs.get(a.documentId());
                String text = texts.computeIfAbsent(a.documentId(), store.documents()::text);
                Segment s = a.start() < 0 ? null
                        : Anchors.segmentAt(segments.computeIfAbsent(a.documentId(), store.documents()::segments), a.start());
                rows.add(new QueuedJson(a.id(), a.documentId(), d == null ? null : d.title(), a.sourceName(), a.annotationRef(),
                        a.state() == org.claimbench.domain.CarryState.CHANGED ? "changed" : "orphaned", a.quote(),
                        a.start() < 0 ? null : text.codePointCount(0, a.start()), a.start() < 0 ? null : text.codePointCount(0, a.end()),
                        a.candidate(), a.similarity(), s == null ? null : s.cite(), a.note(),
                        a.tags().stream().map(AnnotationPending.TagRef::title).toList()));
            }
        }
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(rows));
        } else {
            for (QueuedJson r : rows) {
                out.println("#" + r.id() + "\t" + r.documentTitle() + "\t" + ("changed".equals(r.state()) ? "changed" : "not found") + "\t"
                        + r.quote().replaceAll("\\s+", " ") + "\t" + (r.candidate() == null ? "" : "offered: " + r.candidate()
                        .replaceAll("\\s+", " ") + " (" + Math.round(r.similarity() * 100) + "% alike)") + "\tweb annotation from " + r.source());
            }
        }
        out.flush();
        return 0;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (queue) {
            return listQueue(out);
        }
        List<PassageJson> rows = new ArrayList<>();
        try (Store store = storeOptions.open()) {
            if (store.cases().find(caseId).isEmpty()) {
                throw new IllegalArgumentException("Case " + caseId + " does not exist. `claimbench cases` lists the cases.");
            }
            Map<Long, Document> docs = new HashMap<>();
            Map<Long, List<Segment>> segments = new HashMap<>();
            for (Document d : store.documents().list(caseId)) {
                docs.put(d.id(), d);
                segments.put(d.id(), store.documents().segments(d.id()));
            }
            Map<Long, List<CarryJson>> into = new HashMap<>();
            Map<Long, CarryJson> from = new HashMap<>();
            for (PassageCarry c : store.carries().forCase(caseId)) {
                into.computeIfAbsent(c.passageId(), k -> new ArrayList<>()).add(new CarryJson(c.toDocumentId(), lower(c.state()),
                        lower(c.decision()), c.carriedPassageId(), c.start() < 0 ? null : c.start(), c.start() < 0 ? null : c.end(),
                        c.candidate(), c.similarity()));
                if (c.carriedPassageId() != null) {
                    from.put(c.carriedPassageId(), new CarryJson(c.fromDocumentId(), lower(c.state()), lower(c.decision()), c.passageId(),
                            null, null, null, c.similarity()));
                }
            }
            for (Passage p : store.passages().forCase(caseId)) {
                Segment s = Anchors.segmentAt(segments.getOrDefault(p.documentId(), List.of()), p.start());
                Document d = docs.get(p.documentId());
                rows.add(new PassageJson(p.id(), p.documentId(), d == null ? null : d.title(), s == null ? null : s.cite(),
                        p.first() == null ? null : p.first().toString(), p.last() == null ? null : p.last().toString(), p.quote(),
                        lower(p.anchor()), into.getOrDefault(p.id(), List.of()), from.get(p.id())));
            }
        }
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(rows));
        } else {
            for (PassageJson r : rows) {
                String fate = r.carriedInto().stream().map(c -> c.state() + "/" + c.decision()).reduce((a, b) -> a + ", " + b).orElse("");
                out.println(r.id() + "\t" + r.documentTitle() + "\t" + (r.paragraph() == null ? "" : r.paragraph()) + "\t"
                        + (r.start() == null ? "" : r.start()) + "\t" + r.quote().replaceAll("\\s+", " ") + (fate.isEmpty() ? "" : "\t" + fate));
            }
        }
        out.flush();
        return 0;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
