package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The rules a ClaimBench annotation collection keeps, written out as checks: JSON-LD with the Web Annotation context,
 * every annotation with a urn:uuid, a creation time and a target whose two selectors find the same words of the
 * document: the position selector counted in code points, the quote selector by its prefix, exact and suffix.
 */
public final class AnnotationRules {

    private AnnotationRules() {
    }

    /** Checks the collection; {@code textOf} gives a document's text by the target's source id. Returns the annotations. */
    public static List<JsonNode> check(byte[] json, Function<String, String> textOf) throws Exception {
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals("http://www.w3.org/ns/anno.jsonld", root.path("@context").asText());
        assertEquals("AnnotationCollection", root.path("type").asText());
        assertTrue(root.path("id").asText().matches("urn:uuid:[0-9a-f-]{36}"), root.path("id").asText());
        JsonNode items = root.path("first").path("items");
        assertTrue(items.isArray(), "the first page holds the items");
        assertEquals(root.path("total").asInt(), items.size());
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode a : items) {
            out.add(a);
            assertEquals("Annotation", a.path("type").asText());
            assertTrue(a.path("id").asText().matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), a.path("id").asText());
            assertTrue(a.path("created").asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"), a.path("created").asText());
            for (JsonNode body : a.path("body")) {
                assertEquals("TextualBody", body.path("type").asText());
                assertTrue(List.of("tagging", "commenting").contains(body.path("purpose").asText()), body.toString());
                assertTrue(!body.path("value").asText().isEmpty());
            }
            JsonNode source = a.path("target").path("source");
            assertTrue(source.path("id").asText().startsWith("urn:uuid:"), source.toString());
            assertTrue(!source.path("label").asText().isEmpty(), "the document's title");
            String text = textOf.apply(source.path("id").asText());
            assertNotNull(text, "a document for " + source);
            JsonNode quote = null;
            JsonNode position = null;
            for (JsonNode s : a.path("target").path("selector")) {
                if (s.path("type").asText().equals("TextQuoteSelector")) {
                    quote = s;
                } else if (s.path("type").asText().equals("TextPositionSelector")) {
                    position = s;
                }
            }
            assertNotNull(quote, "a quote selector");
            assertNotNull(position, "a position selector");
            int start = position.path("start").asInt();
            int end = position.path("end").asInt();
            assertTrue(0 <= start && start < end && end <= text.codePointCount(0, text.length()));
            String exact = quote.path("exact").asText();
            int from = text.offsetByCodePoints(0, start);
            assertEquals(exact, text.substring(from, text.offsetByCodePoints(0, end)), "the position selector finds the quote");
            String whole = quote.path("prefix").asText() + exact + quote.path("suffix").asText();
            int at = text.indexOf(whole);
            assertTrue(at >= 0, "the quote selector finds its words: " + whole);
            assertEquals(-1, text.indexOf(whole, at + 1), "the quote selector finds one place: " + whole);
            assertEquals(from, at + quote.path("prefix").asText().length(), "both selectors find the same words");
        }
        return out;
    }
}
