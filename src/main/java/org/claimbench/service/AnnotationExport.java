package org.claimbench.service;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimbench.domain.Link;
import org.claimbench.domain.OutlineNode;
import org.claimbench.store.Store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a case's passages as W3C Web Annotations: one JSON-LD {@code AnnotationCollection} whose first page holds
 * an annotation per passage, its target the document (a {@code urn:uuid}) with a quote selector and a position
 * selector (in Unicode code points), its bodies the outline nodes the passage is linked to and its note.
 */
public final class AnnotationExport {

    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    private final Store store;
    private final CaseService cases;

    public AnnotationExport(Store store, CaseService cases) {
        this.store = store;
        this.cases = cases;
    }

    /** The case's annotations as UTF-8 JSON. */
    public byte[] export(long caseId) throws IOException {
        return write(ExchangeCase.read(store, cases, caseId));
    }

    static byte[] write(ExchangeCase c) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode collection = json.createObjectNode();
        collection.put("@context", CONTEXT);
        collection.put("id", urn(c, "collection", 0));
        collection.put("type", "AnnotationCollection");
        collection.put("label", c.legalCase().title());
        collection.put("generator", "ClaimBench");
        collection.put("generated", c.exported().toString());
        collection.put("total", c.passages().size());
        ObjectNode page = collection.putObject("first");
        page.put("id", urn(c, "page", 0));
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        ArrayNode items = page.putArray("items");
        Map<Long, OutlineNode> nodes = c.nodesById();
        c.passages().stream()
                .sorted(Comparator.comparingLong((ExchangeCase.Placed p) -> p.document().document().position())
                        .thenComparingLong(p -> p.document().document().id())
                        .thenComparingInt(p -> p.passage().start()).thenComparingLong(p -> p.passage().id()))
                .forEach(p -> items.add(annotation(json, c, p, nodes)));
        return json.writeValueAsBytes(collection);
    }

    private static ObjectNode annotation(ObjectMapper json, ExchangeCase c, ExchangeCase.Placed p, Map<Long, OutlineNode> nodes) {
        ObjectNode a = json.createObjectNode();
        a.put("id", urn(c, "passage", p.passage().id()));
        a.put("type", "Annotation");
        a.put("motivation", "highlighting");
        a.put("created", (p.passage().created() == null ? c.exported()
                : p.passage().created().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).toString());
        if (p.passage().label() != null && !p.passage().label().isBlank()) {
            a.put("label", p.passage().label());
        }
        ArrayNode body = a.putArray("body");
        List<Link> links = c.links().stream().filter(l -> l.passageId() == p.passage().id() && nodes.containsKey(l.nodeId()))
                .sorted(Comparator.comparingLong(Link::id)).toList();
        for (Link l : links) {
            OutlineNode n = nodes.get(l.nodeId());
            ObjectNode tag = body.addObject();
            tag.put("type", "TextualBody");
            tag.put("purpose", "tagging");
            tag.put("value", n.title());
            tag.put("format", "text/plain");
            tag.put("role", l.role().name().toLowerCase(Locale.ROOT));
        }
        if (p.passage().note() != null && !p.passage().note().isBlank()) {
            ObjectNode note = body.addObject();
            note.put("type", "TextualBody");
            note.put("purpose", "commenting");
            note.put("value", p.passage().note());
            note.put("format", "text/plain");
        }
        if (body.isEmpty()) {
            a.remove("body");
        }
        ObjectNode target = a.putObject("target");
        ObjectNode source = target.putObject("source");
        source.put("id", urn(c, "document", p.document().document().id()));
        source.put("type", "Text");
        source.put("format", "text/plain");
        source.put("label", p.document().document().title());
        ArrayNode selectors = target.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", p.exact());
        quote.put("prefix", p.prefix());
        quote.put("suffix", p.suffix());
        ObjectNode position = selectors.addObject();
        position.put("type", "TextPositionSelector");
        position.put("start", p.start());
        position.put("end", p.end());
        return a;
    }

    private static String urn(ExchangeCase c, String what, long id) {
        return "urn:uuid:" + c.uuid(what, id);
    }
}
