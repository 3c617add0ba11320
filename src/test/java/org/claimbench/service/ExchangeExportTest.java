package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.EvidenceBasis;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.EvidenceStatus;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.claimbench.domain.Weight;
import org.claimbench.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import com.fasterxml.jackson.databind.JsonNode;

/** A case written as a REFI-QDA project and as web annotations keeps every highlight on its words, counted in code points. */
class ExchangeExportTest {

    static final String TEXT = "COUNT I \u2014 FRAUD\n"
            + "1. Under the \ud835\udd16oci\u00e9t\u00e9 G\u00e9n\u00e9rale agreement, \u201cpayment was due\u201d on 3 May.\n"
            + "2. Jos\u00e9 N\u00fa\u00f1ez relied on it \ud835\udd16\ud835\udd16 and lost \u20ac5,000 \u2014 Ren\u00e9e\u2019s \u201csavings\u201d.\n";

    Store store;
    Services services;
    CaseEditor editor;
    long caseId;
    long documentId;
    OutlineNode count;
    OutlineNode allegation;
    final List<Passage> passages = new ArrayList<>();

    @BeforeEach
    void open() {
        store = Store.inMemory();
        services = Services.of(store, null);
        editor = services.editor();
        caseId = store.cases().create("N\u00fa\u00f1ez v. \ud835\udd16 Holdings", "Superior Court", "24-cv-1", "Read in June.").id();
        documentId = store.documents().insert(caseId, DocumentKind.COMPLAINT, "Complaint \u2014 N\u00fa\u00f1ez", "complaint.txt", "text/plain",
                TEXT.getBytes(StandardCharsets.UTF_8), TEXT, null).id();
        count = add(OutlineNode.of(caseId, null, 0, NodeKind.COUNT, "Fraud"));
        OutlineNode element = add(OutlineNode.of(caseId, count.id(), 0, NodeKind.ELEMENT, "Reliance"));
        allegation = add(OutlineNode.of(caseId, element.id(), 0, NodeKind.ALLEGATION, "N\u00fa\u00f1ez relied on the promise"));
        store.outline().update(allegation.withNote("Ask about the \u201csavings\u201d \ud835\udd16."));
        highlight("\u201cpayment was due\u201d", LinkRole.ASSERTS);
        highlight("Jos\u00e9 N\u00fa\u00f1ez relied on it", LinkRole.SUPPORTS);
        highlight("lost \u20ac5,000", LinkRole.CONTEXT);
        Passage first = passages.get(0);
        editor.updatePassage(first.id(), first.start(), first.end(), "The only date \u2014 \ud835\udd16.").apply();
        EvidenceItem item = new EvidenceItem(0, caseId, "Bank statement for May", EvidenceBasis.DOCUMENT, "Subpoena to the bank", null, null, null);
        editor.addEvidence(allegation.id(), item, EvidenceStatus.REQUESTED_IN_DISCOVERY, Weight.STRONG, "due in July", e -> { }).apply();
    }

    @AfterEach
    void close() {
        store.close();
    }

    OutlineNode add(OutlineNode draft) {
        AtomicReference<OutlineNode> made = new AtomicReference<>();
        editor.addNode(draft, made::set).apply();
        return made.get();
    }

    void highlight(String words, LinkRole role) {
        int start = TEXT.indexOf(words);
        AtomicReference<Passage> made = new AtomicReference<>();
        editor.highlight(documentId, start, start + words.length(), made::set).apply();
        editor.link(made.get().id(), allegation.id(), role).apply();
        passages.add(made.get());
    }

    @Test
    void the_project_keeps_the_rules_and_every_selection_on_its_quote_in_code_points() throws Exception {
        byte[] bytes = services.qdpx().export(caseId);
        QdpxRules.Project p = QdpxRules.check(bytes);
        assertEquals("N\u00fa\u00f1ez v. \ud835\udd16 Holdings", p.xml().getDocumentElement().getAttribute("name"));
        assertEquals(1, p.all("User").size());
        assertEquals("ClaimBench", p.all("User").get(0).getAttribute("name"));

        Element source = p.all("TextSource").get(0);
        assertEquals(TEXT, p.text(source), "the source file is the normalised text, in UTF-8");
        List<Element> selections = QdpxRules.children(source, "PlainTextSelection");
        assertEquals(3, selections.size());
        Map<String, Element> byQuote = new HashMap<>();
        for (Element s : selections) {
            byQuote.put(QdpxRules.between(TEXT, s), s);
        }
        for (Passage passage : passages) {
            Element s = byQuote.get(passage.quote());
            assertTrue(s != null, "a selection on " + passage.quote() + ": " + byQuote.keySet());
        }
        // one 𝔖 before the first two passages, three before the last: a code point each, two UTF-16 units each
        assertEquals(passages.get(0).start() - 1, Integer.parseInt(byQuote.get(passages.get(0).quote()).getAttribute("startPosition")));
        assertEquals(passages.get(0).end() - 1, Integer.parseInt(byQuote.get(passages.get(0).quote()).getAttribute("endPosition")));
        assertEquals(passages.get(1).start() - 1, Integer.parseInt(byQuote.get(passages.get(1).quote()).getAttribute("startPosition")));
        assertEquals(passages.get(2).start() - 3, Integer.parseInt(byQuote.get(passages.get(2).quote()).getAttribute("startPosition")));

        // the outline is a hierarchy of codes; each coding targets the allegation
        Element fraud = p.all("Code").get(0);
        assertEquals("Fraud", fraud.getAttribute("name"));
        Element reliance = QdpxRules.children(QdpxRules.children(fraud, "Code").get(0), "Code").get(0);
        assertEquals("N\u00fa\u00f1ez relied on the promise", reliance.getAttribute("name"));
        String description = QdpxRules.children(reliance, "Description").get(0).getTextContent();
        assertTrue(description.startsWith("Allegation. Support: "), description);
        for (Element s : selections) {
            assertEquals(reliance.getAttribute("guid"), ((Element) s.getElementsByTagNameNS(QdpxRules.NS, "CodeRef").item(0)).getAttribute("targetGUID"));
        }
        assertTrue(QdpxRules.children(byQuote.get(passages.get(1).quote()), "Description").get(0).getTextContent()
                .contains("supports: Fraud \u203a Reliance \u203a N\u00fa\u00f1ez relied on the promise"), "the link's role is in the description");

        // notes: the passage's, the node's and the evidence
        List<String> notes = p.all("Note").stream().map(Element::getTextContent).toList();
        assertEquals(3, notes.size(), notes.toString());
        Element passageNote = p.byGuid().get(QdpxRules.children(byQuote.get(passages.get(0).quote()), "NoteRef").get(0).getAttribute("targetGUID"));
        assertEquals("The only date \u2014 \ud835\udd16.", passageNote.getTextContent().strip());
        List<String> fromCode = QdpxRules.children(reliance, "NoteRef").stream()
                .map(r -> p.byGuid().get(r.getAttribute("targetGUID")).getTextContent().strip()).toList();
        assertEquals(2, fromCode.size());
        assertEquals("Ask about the \u201csavings\u201d \ud835\udd16.", fromCode.get(0));
        assertTrue(fromCode.get(1).contains("Bank statement for May") && fromCode.get(1).contains("Requested in discovery")
                && fromCode.get(1).contains("Document") && fromCode.get(1).contains("Strong") && fromCode.get(1).contains("Subpoena to the bank"),
                fromCode.get(1));

        // the same case gives the same GUIDs
        QdpxRules.Project again = QdpxRules.check(services.qdpx().export(caseId));
        assertEquals(p.byGuid().keySet(), again.byGuid().keySet());
    }

    @Test
    void the_annotations_find_their_words_by_position_in_code_points_and_by_quote() throws Exception {
        byte[] bytes = services.annotations().export(caseId);
        ExchangeCase c = ExchangeCase.read(store, services.cases(), caseId);
        Map<String, String> texts = new HashMap<>();
        c.documents().forEach(t -> texts.put("urn:uuid:" + c.uuid("document", t.document().id()), t.text()));
        List<JsonNode> annotations = AnnotationRules.check(bytes, texts::get);
        assertEquals(3, annotations.size());
        JsonNode first = annotations.get(0);
        assertEquals(passages.get(0).start() - 1, first.path("target").path("selector").get(1).path("start").asInt());
        assertEquals("\u201cpayment was due\u201d", first.path("target").path("selector").get(0).path("exact").asText());
        assertEquals("Complaint \u2014 N\u00fa\u00f1ez", first.path("target").path("source").path("label").asText());
        JsonNode tag = first.path("body").get(0);
        assertEquals("tagging", tag.path("purpose").asText());
        assertEquals("N\u00fa\u00f1ez relied on the promise", tag.path("value").asText());
        assertEquals("asserts", tag.path("role").asText());
        assertEquals("commenting", first.path("body").get(1).path("purpose").asText());
        assertEquals("The only date \u2014 \ud835\udd16.", first.path("body").get(1).path("value").asText());
        assertEquals("supports", annotations.get(1).path("body").get(0).path("role").asText());
        assertFalse(annotations.get(1).path("body").has(1), "no note, no commenting body");
    }

    @Test
    void the_demo_case_keeps_the_rules_in_both_formats() throws Exception {
        long demo = new DemoCase(store).install();
        QdpxRules.Project p = QdpxRules.check(services.qdpx().export(demo));
        ExchangeCase c = ExchangeCase.read(store, services.cases(), demo);
        Map<Long, String> quoteById = new HashMap<>();
        c.passages().forEach(x -> quoteById.put(x.passage().id(), x.exact()));
        int checked = 0;
        for (Element source : p.all("TextSource")) {
            for (Element s : QdpxRules.children(source, "PlainTextSelection")) {
                String between = QdpxRules.between(p.text(source), s);
                assertTrue(quoteById.containsValue(between), between);
                checked++;
            }
        }
        assertEquals(c.passages().size(), checked);
        assertTrue(checked > 0 && !p.all("Coding").isEmpty() && !p.all("Note").isEmpty());
        Map<String, String> texts = new HashMap<>();
        c.documents().forEach(t -> texts.put("urn:uuid:" + c.uuid("document", t.document().id()), t.text()));
        assertEquals(checked, AnnotationRules.check(services.annotations().export(demo), texts::get).size());
    }

    @Test
    void a_case_without_outline_or_passages_still_makes_a_valid_project() throws Exception {
        long empty = store.cases().create("Empty", null, null, null).id();
        QdpxRules.Project p = QdpxRules.check(services.qdpx().export(empty));
        assertTrue(p.all("Code").isEmpty());
        assertEquals(0, AnnotationRules.check(services.annotations().export(empty), u -> null).size());
    }
}
