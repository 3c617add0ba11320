package org.claimbench.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimbench.analysis.Anchors;
import org.claimbench.analysis.amend.Amendments;
import org.claimbench.domain.AnchorState;
import org.claimbench.domain.AnnotationPending;
import org.claimbench.domain.CarriedPassage;
import org.claimbench.domain.CarryDecision;
import org.claimbench.domain.CarryState;
import org.claimbench.domain.Document;
import org.claimbench.domain.LegalCase;
import org.claimbench.domain.Link;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SourceLine;
import org.claimbench.ingest.IngestException;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads W3C Web Annotations (JSON-LD: one annotation, an array of them, an {@code AnnotationCollection} or an
 * {@code AnnotationPage}) onto one document of a case. Each annotation's quote (and its place, in code points) is
 * placed in the document's text by the rules that carry highlights into an amended pleading ({@link Amendments#anchor}):
 * found where it says, or with its full surroundings, it is exact; found elsewhere, moved; both become passages, with
 * the annotation's comments as the passage's note and its tags linked to the outline nodes of the same title. One whose
 * words changed, or that is not found, goes to the review queue of carried highlights (in the same undoable edit), with
 * the closest words offered; there the user confirms them, chooses other words or lets it go
 * ({@link AmendmentService#confirmAnnotation} and the rest).
 */
public final class AnnotationImport {

    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxStringLength(64 << 20).maxNestingDepth(200).build())
            .build());
    /** The most annotations one file may hold. */
    static final int MAX_ANNOTATIONS = 100_000;

    private final Store store;

    public AnnotationImport(Store store) {
        this.store = store;
    }

    /** A tag of an annotation: the title of an outline node, with ClaimBench's {@code role} when the file has one. */
    public record Tag(String value, LinkRole role) {
    }

    /** One annotation as read: its quote, the words around it, its place in code points (null: none), its words. */
    public record Annotation(String id, String exact, String prefix, String suffix, Integer start, Integer end, String source,
                             String sourceLabel, String label, List<String> comments, List<Tag> tags) {
    }

    /** An annotation placed in the document: how (exact, moved, changed, not found) and where. */
    public record Placed(Annotation annotation, CarriedPassage place) {

        /** What the user is told of one that went to the review queue: its words, and the closest words offered, if any. */
        public String describe() {
            String words = "\u201c" + ExchangeCase.shortQuote(annotation.exact()) + "\u201d";
            return place.state() == CarryState.CHANGED
                    ? words + " \u2192 closest: \u201c" + ExchangeCase.shortQuote(place.quote()) + "\u201d ("
                    + Math.round(place.similarity() * 100) + "% alike, at " + place.start() + ")"
                    : words + " \u2014 not found";
        }
    }

    /** The annotations of a file placed in one document, before anything is stored. */
    public record Plan(long caseId, long documentId, String documentTitle, List<Placed> placed, List<String> notImported, String source) {

        public List<Placed> in(CarryState state) {
            return placed.stream().filter(p -> p.place().state() == state).toList();
        }

        public int count(CarryState state) {
            return in(state).size();
        }

        /** "12 annotations: 8 exact, 2 moved, 1 changed, 1 not found". */
        public String summary() {
            return QdpxImport.plural(placed.size(), "annotation") + ": " + count(CarryState.EXACT) + " exact, " + count(CarryState.MOVED)
                    + " moved, " + count(CarryState.CHANGED) + " changed, " + count(CarryState.ORPHANED) + " not found";
        }

        /** The annotations that become passages: exact and moved. */
        public List<Placed> stored() {
            return placed.stream().filter(p -> !p.place().needsUser()).toList();
        }

        /** The annotations that go to the review queue: changed and not found. */
        public List<Placed> queued() {
            return placed.stream().filter(p -> p.place().needsUser()).toList();
        }

        /** What the user must see: the changed and the not found ones (in the review queue), then whatever else was not imported. */
        public List<String> forTheUser() {
            List<String> out = new ArrayList<>();
            placed.stream().filter(p -> p.place().needsUser()).forEach(p -> out.add(p.describe()));
            out.addAll(notImported);
            return out;
        }
    }

    // ---- reading -------------------------------------------------------------------------------------

    /** The annotations of a JSON-LD file; throws with a message a user can act on. */
    public static List<Annotation> parse(String name, byte[] bytes, List<String> notImported) throws IngestException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new IngestException(name + " is refused: it is nested or sized beyond what a file of annotations holds ("
                    + CaseArchive.plainLimit(e.getOriginalMessage()) + "). Nothing was imported.", e);
        } catch (JsonProcessingException e) {
            throw new IngestException(name + " is not valid JSON (" + e.getOriginalMessage() + ", line " + e.getLocation().getLineNr()
                    + "). Web annotations are JSON-LD: export them again. Nothing was imported.", e);
        } catch (IOException e) {
            throw new IngestException(name + " cannot be read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new IngestException(name + " is empty: it holds no web annotations. Nothing was imported.");
        }
        List<JsonNode> items = new ArrayList<>();
        collect(name, root, items, 0);
        List<Annotation> out = new ArrayList<>();
        for (JsonNode a : items) {
            Annotation read = annotation(a, notImported);
            if (read != null) {
                out.add(read);
            }
        }
        if (out.isEmpty() && notImported.isEmpty()) {
            throw new IngestException(name + " holds no web annotation with a quote or a place in a text. Nothing was imported.");
        }
        return out;
    }

    private static void collect(String name, JsonNode n, List<JsonNode> out, int depth) throws IngestException {
        if (n.isArray()) {
            for (JsonNode item : n) {
                if (!item.isObject() || !isA(item, "Annotation")) {
                    throw notAnnotations(name);
                }
                add(name, item, out);
            }
            return;
        }
        if (!n.isObject()) {
            throw notAnnotations(name);
        }
        if (isA(n, "Annotation")) {
            add(name, n, out);
        } else if (isA(n, "AnnotationCollection") || isA(n, "AnnotationPage")) {
            if (n.has("items")) {
                collect(name, n.get("items"), out, depth);
            }
            for (String page : List.of("first", "next")) {
                JsonNode p = n.get(page);
                if (p != null && p.isObject() && depth < 1000) {
                    collect(name, p, out, depth + 1);
                } else if (p != null && p.isTextual() && out.isEmpty() && !n.has("items")) {
                    throw new IngestException(name + " names its pages by address only (" + p.textValue() + "): ClaimBench reads "
                            + "annotations held in the file. Save the collection with its pages in it. Nothing was imported.");
                }
            }
        } else {
            throw notAnnotations(name);
        }
    }

    private static void add(String name, JsonNode item, List<JsonNode> out) throws IngestException {
        if (out.size() >= MAX_ANNOTATIONS) {
            throw new IngestException(name + " is refused: it holds more than " + MAX_ANNOTATIONS + " annotations. Nothing was imported.");
        }
        out.add(item);
    }

    private static IngestException notAnnotations(String name) {
        return new IngestException(name + " is not a file of web annotations: it is JSON, but not an Annotation, a list of them, "
                + "an AnnotationCollection or an AnnotationPage (W3C Web Annotation, JSON-LD). Nothing was imported.");
    }

    private static boolean isA(JsonNode n, String type) {
        for (String key : List.of("type", "@type")) {
            JsonNode t = n.get(key);
            if (t != null && t.isTextual() && (t.textValue().equals(type) || t.textValue().equals("oa:" + type))) {
                return true;
            }
            if (t != null && t.isArray()) {
                for (JsonNode x : t) {
                    if (x.isTextual() && (x.textValue().equals(type) || x.textValue().equals("oa:" + type))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Annotation annotation(JsonNode a, List<String> notImported) {
        String id = text(a.get("id"));
        JsonNode target = null;
        for (JsonNode t : list(a.get("target"))) {
            if (t.isObject() && t.has("selector")) {
                target = t;
                break;
            }
        }
        if (target == null) {
            notImported.add("The annotation " + (id == null ? "without an id" : id) + " names no quote or place in a text (only "
                    + (a.has("target") ? "its target as a whole" : "no target") + ") and is not imported.");
            return null;
        }
        String exact = null;
        String prefix = null;
        String suffix = null;
        Integer start = null;
        Integer end = null;
        for (JsonNode s : list(target.get("selector"))) {
            if (isA(s, "TextQuoteSelector") && exact == null) {
                exact = text(s.get("exact"));
                prefix = text(s.get("prefix"));
                suffix = text(s.get("suffix"));
            } else if (isA(s, "TextPositionSelector") && start == null && s.path("start").canConvertToInt() && s.path("end").canConvertToInt()) {
                start = s.get("start").intValue();
                end = s.get("end").intValue();
            }
        }
        if ((exact == null || exact.isEmpty()) && (start == null || end <= start || start < 0)) {
            notImported.add("The annotation " + (id == null ? "without an id" : id) + " has neither a quote (TextQuoteSelector) nor a "
                    + "place (TextPositionSelector) and is not imported.");
            return null;
        }
        JsonNode source = target.get("source");
        String sourceId = source == null ? null : source.isTextual() ? source.textValue() : text(source.get("id"));
        String sourceLabel = source != null && source.isObject() ? text(source.get("label")) : null;
        List<String> comments = new ArrayList<>();
        List<Tag> tags = new ArrayList<>();
        boolean tagging = "tagging".equals(text(a.get("motivation")));
        if (text(a.get("bodyValue")) != null) {
            comments.add(text(a.get("bodyValue")));
        }
        for (JsonNode b : list(a.get("body"))) {
            if (b.isTextual()) {
                comments.add(b.textValue());
                continue;
            }
            String value = text(b.get("value"));
            if (value == null || value.isBlank()) {
                String ref = text(b.get("id"));
                if (ref != null) {
                    comments.add(ref);
                }
                continue;
            }
            String purpose = text(b.get("purpose"));
            if ("tagging".equals(purpose) || purpose == null && tagging) {
                LinkRole role = null;
                String r = text(b.get("role"));
                if (r != null) {
                    try {
                        role = LinkRole.valueOf(r.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        role = null;
                    }
                }
                tags.add(new Tag(value.strip(), role));
            } else {
                comments.add(value);
            }
        }
        return new Annotation(id, exact, prefix, suffix, start, end, sourceId, sourceLabel, CaseArchive.clean(text(a.get("label"))),
                comments, tags);
    }

    private static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(out::add);
        } else {
            out.add(n);
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n != null && n.isTextual() ? n.textValue() : null;
    }

    // ---- placing -------------------------------------------------------------------------------------

    /** Reads a file of annotations and places them in a document; stores nothing. */
    public Plan plan(String name, byte[] bytes, long documentId) throws IngestException {
        Document doc = store.documents().find(documentId).orElseThrow(() -> new StoreException("Document " + documentId
                + " does not exist. `claimbench cases` and the document list show what is there."));
        LegalCase c = store.cases().find(doc.caseId()).orElseThrow();
        List<String> notImported = new ArrayList<>();
        List<Annotation> all = parse(name, bytes, notImported);
        List<Annotation> mine = forDocument(name, all, c, doc, notImported);
        String text = store.documents().text(documentId);
        List<Segment> segments = store.documents().segments(documentId);
        List<Passage> probes = new ArrayList<>();
        List<Integer> hints = new ArrayList<>();
        List<Annotation> kept = new ArrayList<>();
        int codePoints = text.codePointCount(0, text.length());
        for (Annotation a : mine) {
            int hint = a.start() != null && a.start() >= 0 && a.start() <= codePoints ? text.offsetByCodePoints(0, a.start()) : -1;
            String exact = a.exact();
            if (exact == null || exact.isEmpty()) {
                // a place without a quote: the words there are the quote
                if (a.end() > codePoints) {
                    notImported.add("The annotation " + (a.id() == null ? "without an id" : a.id()) + " has a place (" + a.start() + " to "
                            + a.end() + ") beyond the end of \u201c" + doc.title() + "\u201d and no quote; it is not imported.");
                    continue;
                }
                exact = text.substring(hint, text.offsetByCodePoints(0, a.end()));
            }
            int at = Math.max(0, hint);
            probes.add(new Passage(probes.size() + 1, c.id(), documentId, at, at + exact.length(), exact, a.prefix() == null ? "" : a.prefix(),
                    a.suffix() == null ? "" : a.suffix(), null, null, null, null, null, null, AnchorState.ANCHORED, null));
            hints.add(hint);
            kept.add(a);
        }
        List<CarriedPassage> places = Amendments.anchor(text, segments, probes, hints);
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            placed.add(new Placed(kept.get(i), places.get(i)));
        }
        return new Plan(c.id(), documentId, doc.title(), placed, notImported, name);
    }

    /** The annotations meant for {@code doc}: all of them when they name one source, else those naming it. */
    private static List<Annotation> forDocument(String name, List<Annotation> all, LegalCase c, Document doc, List<String> notImported)
            throws IngestException {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Annotation a : all) {
            sources.putIfAbsent(a.source() == null ? "" : a.source(), a.sourceLabel() == null ? a.source() : a.sourceLabel());
        }
        if (sources.size() <= 1) {
            return all;
        }
        String urn = "urn:uuid:" + ExchangeCase.uuid(c, "document", doc.id());
        List<Annotation> mine = all.stream().filter(a -> urn.equalsIgnoreCase(String.valueOf(a.source()))
                || doc.title().equals(a.sourceLabel())).toList();
        if (mine.isEmpty()) {
            List<String> names = sources.values().stream().map(s -> "\u201c" + (s == null ? "a text without a name" : s) + "\u201d").toList();
            throw new IngestException(name + " holds annotations of " + sources.size() + " texts (" + String.join(", ", names) + "), and none of "
                    + "them is \u201c" + doc.title() + "\u201d. Show the document they were made on, then import them again. Nothing was imported.");
        }
        Map<String, Integer> others = new LinkedHashMap<>();
        for (Annotation a : all) {
            if (!mine.contains(a)) {
                others.merge(a.sourceLabel() != null ? a.sourceLabel() : String.valueOf(a.source()), 1, Integer::sum);
            }
        }
        others.forEach((label, n) -> notImported.add(QdpxImport.plural(n, "annotation") + " of \u201c" + label + "\u201d "
                + (n == 1 ? "is" : "are") + " for another text and " + (n == 1 ? "was" : "were") + " not imported."));
        return mine;
    }

    // ---- storing -------------------------------------------------------------------------------------

    /**
     * The exact and moved annotations of a plan as passages, with their notes and links, and the changed and not found
     * ones as items of the review queue: one undoable edit. Undo deletes them all (the passages with their links); redo
     * brings them back with their ids.
     */
    public Edit edit(Plan plan) {
        return new Edit() {
            final List<Passage> made = new ArrayList<>();
            final List<Link> links = new ArrayList<>();
            final List<AnnotationPending> queued = new ArrayList<>();
            boolean applied;

            @Override
            public String label() {
                return "Import web annotations";
            }

            @Override
            public boolean changesNothing() {
                return plan.stored().isEmpty() && plan.queued().isEmpty();
            }

            @Override
            public void apply() {
                store.transaction(tx -> {
                    if (!applied) {
                        Context ctx = Context.read(tx, plan.caseId(), plan.documentId());
                        for (Placed p : plan.stored()) {
                            Annotation a = p.annotation();
                            made.add(place(tx, ctx, p.place().start(), p.place().end(), labelOf(a), note(a), tagRefs(a), links));
                        }
                        for (Placed p : plan.queued()) {
                            queued.add(tx.pendingAnnotations().insert(pending(plan, p)));
                        }
                        applied = true;
                    } else {
                        made.forEach(tx.passages()::restore);
                        links.forEach(tx.passages()::restoreLink);
                        queued.forEach(tx.pendingAnnotations()::insert);
                    }
                    tx.cases().touch(plan.caseId());
                    return null;
                });
            }

            @Override
            public void revert() {
                store.transaction(tx -> {
                    for (AnnotationPending q : queued) {
                        tx.pendingAnnotations().delete(q.id());
                    }
                    for (Passage p : made) {
                        tx.passages().delete(p.id());
                    }
                    tx.cases().touch(plan.caseId());
                    return null;
                });
            }
        };
    }

    /** A changed or not found annotation as an item of the review queue. */
    static AnnotationPending pending(Plan plan, Placed p) {
        Annotation a = p.annotation();
        CarriedPassage at = p.place();
        // a place without a quote is read as the words there, so one that waits has words of its own
        String quote = a.exact() != null && !a.exact().isEmpty() ? a.exact() : at.quote();
        boolean placed = a.start() != null && a.end() != null && a.start() >= 0;
        return new AnnotationPending(0, plan.caseId(), plan.documentId(), QdpxImport.fit(plan.source(), 500, null, new ArrayList<>()),
                a.id() == null ? null : QdpxImport.fit(a.id(), 2000, null, new ArrayList<>()), quote, a.prefix(), a.suffix(), placed ? a.start() : null,
                placed ? Math.max(a.start(), a.end()) : null, labelOf(a), note(a), tagRefs(a), at.state(), at.start(), at.end(),
                at.start() < 0 ? null : at.quote(), Math.max(0, Math.min(1, at.similarity())), CarryDecision.PENDING, null, null);
    }

    private static String labelOf(Annotation a) {
        return a.label() == null ? null : QdpxImport.fit(a.label(), 100, null, new ArrayList<>());
    }

    private static String note(Annotation a) {
        return a.comments().isEmpty() ? null : String.join("\n\n", a.comments());
    }

    private static List<AnnotationPending.TagRef> tagRefs(Annotation a) {
        return a.tags().stream().map(t -> new AnnotationPending.TagRef(t.value(), t.role())).toList();
    }

    /** What placing passages in one document reads once: its text, paragraphs and lines, and the case's outline. */
    private record Context(long caseId, long documentId, String text, List<Segment> segments, List<SourceLine> lines,
                           List<OutlineNode> outline) {
        static Context read(org.claimbench.store.Repositories tx, long caseId, long documentId) {
            return new Context(caseId, documentId, tx.documents().text(documentId), tx.documents().segments(documentId),
                    tx.documents().sourceLines(documentId), tx.outline().nodes(caseId));
        }
    }

    /**
     * A passage of a document over {@code start..end} made from what an annotation said: its label, its note, and its
     * tags linked to the outline nodes of the same titles (those without a node are named at the end of the note). The
     * import and a decision in the review queue both make passages this way.
     */
    static Passage place(org.claimbench.store.Repositories tx, long caseId, long documentId, int start, int end, String label, String note,
                         List<AnnotationPending.TagRef> tags) {
        return place(tx, Context.read(tx, caseId, documentId), start, end, label, note, tags, new ArrayList<>());
    }

    private static Passage place(org.claimbench.store.Repositories tx, Context ctx, int start, int end, String label, String note,
                                 List<AnnotationPending.TagRef> tags, List<Link> linksOut) {
        Passage draft = Anchors.passage(ctx.caseId(), ctx.documentId(), ctx.text(), ctx.segments(), ctx.lines(), start, end, null);
        List<String> unmatched = new ArrayList<>();
        List<Map.Entry<OutlineNode, LinkRole>> targets = new ArrayList<>();
        for (AnnotationPending.TagRef t : tags) {
            OutlineNode n = byTitle(ctx.outline(), t.title());
            if (n == null) {
                unmatched.add(t.title());
            } else {
                targets.add(Map.entry(n, t.role() == null ? LinkRole.ASSERTS : t.role()));
            }
        }
        List<String> parts = new ArrayList<>();
        if (note != null && !note.isEmpty()) {
            parts.add(note);
        }
        if (!unmatched.isEmpty()) {
            parts.add("Tags: " + String.join(", ", unmatched));
        }
        Passage stored = tx.passages().insert(new Passage(0, draft.caseId(), draft.documentId(), draft.start(), draft.end(), draft.quote(),
                draft.prefix(), draft.suffix(), draft.segmentId(), draft.first(), draft.last(), label, null,
                parts.isEmpty() ? null : String.join("\n\n", parts).strip(), draft.anchor(), draft.created()));
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Map.Entry<OutlineNode, LinkRole> t : targets) {
            if (seen.add(t.getKey().id() + ":" + t.getValue())) {
                linksOut.add(tx.passages().link(ctx.caseId(), stored.id(), t.getKey().id(), t.getValue()));
            }
        }
        return stored;
    }

    /** The outline node titled {@code title}: the same words first, then the same words in any case and spacing. */
    private static OutlineNode byTitle(List<OutlineNode> outline, String title) {
        for (OutlineNode n : outline) {
            if (n.title().equals(title)) {
                return n;
            }
        }
        String t = title.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        for (OutlineNode n : outline) {
            if (n.title().replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT).equals(t)) {
                return n;
            }
        }
        return null;
    }
}
