package org.claimbench.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.claimbench.domain.ChecklistEntry;
import org.claimbench.domain.Document;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.LegalCase;
import org.claimbench.domain.Link;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.claimbench.domain.SupportLevel;
import org.claimbench.store.Store;

/**
 * A case as other tools read it (a REFI-QDA project, web annotations): its documents with their texts, the outline,
 * the passages that fall inside their text, their links, the evidence checklist and the support levels. Identifiers
 * are name-based UUIDs of the case and of each record, so that exporting a case twice gives the same ones.
 * Offsets here are those of the store (UTF-16 units into the normalised text); {@link #codePoints} converts them.
 */
record ExchangeCase(LegalCase legalCase, List<Text> documents, List<OutlineNode> outline, List<Placed> passages,
                    List<Link> links, List<EvidenceItem> evidence, List<ChecklistEntry> checklist,
                    Map<Long, SupportLevel> support, Instant exported) {

    /** A document and its normalised text. */
    record Text(Document document, String text) {
    }

    /**
     * A passage within its document's text: {@code exact} is the text between its offsets (its quote, unless the
     * text was corrected after it was made); {@code prefix} and {@code suffix} the words around it.
     */
    record Placed(Passage passage, Text document, String exact, String prefix, String suffix) {

        int start() {
            return codePoints(document.text(), passage.start());
        }

        int end() {
            return codePoints(document.text(), passage.end());
        }
    }

    static ExchangeCase read(Store store, CaseService cases, long caseId) {
        CaseSnapshot s = cases.snapshot(caseId);
        Map<Long, Text> texts = new HashMap<>();
        List<Text> documents = new ArrayList<>();
        for (Document d : s.documents()) {
            Text t = new Text(d, store.documents().text(d.id()));
            texts.put(d.id(), t);
            documents.add(t);
        }
        List<Placed> placed = new ArrayList<>();
        for (Passage p : s.passages()) {
            Text t = texts.get(p.documentId());
            if (t != null && p.end() <= t.text().length()) {
                placed.add(place(p, t));
            }
        }
        List<Long> kept = placed.stream().map(p -> p.passage().id()).toList();
        List<Link> links = s.links().stream().filter(l -> kept.contains(l.passageId())).toList();
        return new ExchangeCase(s.legalCase(), documents, s.outline(), placed, links, s.evidence(), s.checklist(),
                s.support(), Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    private static Placed place(Passage p, Text t) {
        String text = t.text();
        String exact = text.substring(p.start(), p.end());
        String before = text.substring(0, p.start());
        String after = text.substring(p.end());
        String prefix = p.prefix() != null && !p.prefix().isEmpty() && before.endsWith(p.prefix()) && whole(p.prefix())
                ? p.prefix() : around(before, true);
        String suffix = p.suffix() != null && !p.suffix().isEmpty() && after.startsWith(p.suffix()) && whole(p.suffix())
                ? p.suffix() : around(after, false);
        return new Placed(p, t, exact, prefix, suffix);
    }

    /** Up to 32 code points at the end (prefix) or start (suffix) of {@code s}. */
    private static String around(String s, boolean atEnd) {
        int n = s.codePointCount(0, s.length());
        int take = Math.min(32, n);
        return atEnd ? s.substring(s.offsetByCodePoints(s.length(), -take)) : s.substring(0, s.offsetByCodePoints(0, take));
    }

    /** Whether {@code s} neither starts nor ends inside a surrogate pair. */
    private static boolean whole(String s) {
        return !Character.isLowSurrogate(s.charAt(0)) && !Character.isHighSurrogate(s.charAt(s.length() - 1));
    }

    /** The code-point offset of the UTF-16 offset {@code utf16} in {@code text}. */
    static int codePoints(String text, int utf16) {
        return text.codePointCount(0, utf16);
    }

    /** A stable identifier of a record of this case: a name-based UUID in the canonical 8-4-4-4-12 form. */
    UUID uuid(String what, long id) {
        return uuid(legalCase, what, id);
    }

    /** The identifier {@link #uuid(String, long)} gives a record of the case {@code c}. */
    static UUID uuid(LegalCase c, String what, long id) {
        String name = "claimbench:" + c.id() + ":" + c.created() + ":" + what + ":" + id;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** The outline node by id. */
    Map<Long, OutlineNode> nodesById() {
        Map<Long, OutlineNode> m = new HashMap<>();
        outline.forEach(n -> m.put(n.id(), n));
        return m;
    }

    /** A node's path from the top of the outline: "Count I › Element › Allegation". */
    String path(OutlineNode node) {
        Map<Long, OutlineNode> byId = nodesById();
        List<String> titles = new ArrayList<>();
        for (OutlineNode n = node; n != null; n = n.parentId() == null ? null : byId.get(n.parentId())) {
            titles.add(0, n.title());
            if (titles.size() > 20) {
                break;
            }
        }
        return String.join(" \u203a ", titles);
    }

    /** What an evidence item on a node's checklist says: description, status, basis, weight, source, note. */
    static String evidenceText(EvidenceItem e, ChecklistEntry c) {
        StringBuilder b = new StringBuilder("Evidence: ").append(e.description());
        b.append("\nStatus: ").append(c.status() == null ? "\u2014" : c.status().label());
        b.append(c.checked() ? " (checked)" : "");
        if (e.basis() != null) {
            b.append("\nBasis: ").append(e.basis().label());
        }
        if (c.weight() != null) {
            b.append("\nWeight: ").append(c.weight().label());
        }
        String source = e.potentialSource() != null && !e.potentialSource().isBlank() ? e.potentialSource() : e.citationText();
        if (source != null && !source.isBlank()) {
            b.append("\nSource: ").append(source);
        }
        if (c.note() != null && !c.note().isBlank()) {
            b.append("\nNote: ").append(c.note());
        }
        return b.toString();
    }

    /** A passage's quote on one line, shortened to about 60 characters, for a name. */
    static String shortQuote(String quote) {
        String q = quote.replaceAll("\\s+", " ").strip();
        if (q.codePointCount(0, q.length()) <= 60) {
            return q;
        }
        return q.substring(0, q.offsetByCodePoints(0, 59)).stripTrailing() + "\u2026";
    }
}
