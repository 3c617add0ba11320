package org.claimbench.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.claimbench.domain.Citation;
import org.claimbench.domain.CitationKind;
import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.PleadedCount;
import org.claimbench.store.Store;

/** Seeds the outline from the counts the complaint pleads. */
public final class OutlineBuilder {

    private final Store store;

    public OutlineBuilder(Store store) {
        this.store = store;
    }

    /**
     * Adds a count node for each count of the case's latest complaint that the outline does not have yet (by
     * its heading), with the parties it is against, the paragraphs it incorporates and the statutes its heading
     * cites. Returns the nodes added, in one transaction.
     */
    public List<OutlineNode> buildFromCounts(long caseId) {
        return store.transaction(tx -> {
            Optional<Document> complaint = tx.documents().list(caseId).stream()
                    .filter(d -> d.kind() == DocumentKind.COMPLAINT || d.kind() == DocumentKind.AMENDED_COMPLAINT)
                    .max(Comparator.comparingInt(Document::position));
            if (complaint.isEmpty()) {
                return List.of();
            }
            long docId = complaint.get().id();
            List<String> existing = tx.outline().nodes(caseId).stream().filter(n -> n.kind() == NodeKind.COUNT)
                    .map(n -> n.title().toLowerCase(Locale.ROOT)).toList();
            List<Citation> citations = tx.documents().citations(docId);
            List<OutlineNode> added = new ArrayList<>();
            List<Integer> numbered = new ArrayList<>();
            for (org.claimbench.domain.Segment sg : tx.documents().segments(docId)) {
                if (sg.kind() == org.claimbench.domain.SegmentKind.NUMBERED_PARAGRAPH && sg.label() != null && sg.label().matches("\\d{1,6}")) {
                    numbered.add(Integer.valueOf(sg.label()));
                }
            }
            List<Integer> earlierStarts = new ArrayList<>();
            for (PleadedCount c : tx.documents().counts(docId)) {
                Integer start = c.startLabel() != null && c.startLabel().matches("\\d{1,6}") ? Integer.valueOf(c.startLabel()) : null;
                boolean shotgun = start != null && org.claimbench.analysis.Shotgun.isShotgun(start, c.incorporates(),
                        numbered.stream().filter(x -> x < start).toList(), earlierStarts);
                if (start != null) {
                    earlierStarts.add(start);
                }
                String title = title(c);
                if (existing.contains(title.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String basis = citations.stream()
                        .filter(ct -> c.segmentId() != null && c.segmentId().equals(ct.segmentId()) && ct.kind() == CitationKind.STATUTE)
                        .map(Citation::text).distinct().collect(Collectors.joining("; "));
                List<String> body = new ArrayList<>();
                if (!c.against().isEmpty()) {
                    body.add("Against: " + String.join("; ", c.against()));
                }
                if (c.startLabel() != null) {
                    body.add("Pleaded from \u00b6 " + c.startLabel());
                }
                if (!c.incorporates().isEmpty()) {
                    body.add("Incorporates \u00b6\u00b6 " + ranges(c.incorporates()));
                }
                if (shotgun) {
                    body.add("Warning: this count incorporates every paragraph before it, earlier counts included "
                            + "(a shotgun pleading): it does not say which facts support it.");
                }
                OutlineNode node = OutlineNode.of(caseId, null, 0, NodeKind.COUNT, title)
                        .withBody(body.isEmpty() ? null : String.join("\n", body))
                        .withLegal(basis.isEmpty() ? null : basis, null);
                added.add(tx.outline().append(node));
            }
            tx.cases().touch(caseId);
            return added;
        });
    }

    /** "FIRST CAUSE OF ACTION — Negligence"; an all-capitals title is set in title case. */
    static String title(PleadedCount c) {
        String t = c.title();
        if (t.equals(t.toUpperCase(Locale.ROOT))) {
            t = ImportService.titleCase(t);
            t = t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
        }
        return t.isEmpty() ? c.label() : c.label() + " \u2014 " + t;
    }

    /** "1–30, 33" */
    public static String ranges(List<Integer> numbers) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            parts.add(j == i ? String.valueOf(numbers.get(i)) : numbers.get(i) + "\u2013" + numbers.get(j));
            i = j + 1;
        }
        return String.join(", ", parts);
    }
}
