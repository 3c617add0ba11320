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
import org.claimbench.store.Repositories;
import org.claimbench.store.Store;

/** Seeds the outline from the counts the complaint pleads. */
public final class OutlineBuilder {

    private final Store store;

    public OutlineBuilder(Store store) {
        this.store = store;
    }

    /**
     * Outline ▸ Build from counts as an undoable edit: applying adds a count for each pleaded count not yet in the
     * outline ({@link CountsEdit#added()} says which); undo takes them out again, and redo puts back the same nodes.
     */
    public CountsEdit fromCounts(long caseId) {
        return new CountsEdit(caseId);
    }

    /** The edit of Build from counts, which knows the counts it added. */
    public final class CountsEdit implements Edit {
        private final long caseId;
        private List<OutlineNode> added;

        private CountsEdit(long caseId) {
            this.caseId = caseId;
        }

        @Override
        public String label() {
            return "Build from counts";
        }

        @Override
        public void apply() {
            if (added == null) {
                Built b = build(caseId);
                added = b.added();
                before = b.before();
                after = b.after();
                return;
            }
            store.transaction(tx -> {
                after.forEach(tx.outline()::update);
                added.forEach(tx.outline()::restore);
                tx.cases().touch(caseId);
                return null;
            });
        }

        @Override
        public boolean changesNothing() {
            return added != null && added.isEmpty() && after.isEmpty();
        }

        @Override
        public void revert() {
            store.transaction(tx -> {
                for (OutlineNode n : added) {
                    tx.outline().delete(n.id());
                }
                before.forEach(tx.outline()::update);
                tx.cases().touch(caseId);
                return null;
            });
        }

        /** The count nodes the edit added (empty when every pleaded count was in the outline already). */
        public List<OutlineNode> added() {
            return added == null ? List.of() : List.copyOf(added);
        }

        /** The count nodes it updated from an amended complaint (renamed, re-read, or marked dropped), as they became. */
        public List<OutlineNode> updated() {
            return after == null ? List.of() : List.copyOf(after);
        }

        private List<OutlineNode> before;
        private List<OutlineNode> after;
    }

    /**
     * Outline ▸ Build from the Answer's defenses as an undoable edit: a node of kind DEFENSE for each affirmative
     * defense of the case's latest Answer that the outline does not have yet (by title), so that its elements and
     * their evidence can be charted like a count's. Undo takes them out again; redo puts back the same nodes.
     */
    public Edit fromDefenses(long caseId, java.util.function.Consumer<List<OutlineNode>> onAdded) {
        return new Edit() {
            List<OutlineNode> added;

            @Override
            public String label() {
                return "Build from defenses";
            }

            @Override
            public void apply() {
                added = store.transaction(tx -> {
                    if (added != null) {
                        added.forEach(tx.outline()::restore);
                        tx.cases().touch(caseId);
                        return added;
                    }
                    Optional<Document> answer = tx.documents().list(caseId).stream().filter(d -> d.kind() == org.claimbench.domain.DocumentKind.ANSWER)
                            .max(java.util.Comparator.comparingInt(Document::position));
                    List<OutlineNode> made = new ArrayList<>();
                    if (answer.isEmpty()) {
                        return made;
                    }
                    List<String> existing = tx.outline().nodes(caseId).stream().filter(n -> n.kind() == NodeKind.DEFENSE)
                            .map(n -> n.title().toLowerCase(Locale.ROOT)).toList();
                    for (org.claimbench.domain.AffirmativeDefense d : tx.answers().defenses(answer.get().id())) {
                        String title = d.title();
                        if (existing.contains(title.toLowerCase(Locale.ROOT))) {
                            continue;
                        }
                        String where = d.first() == null ? "" : " at " + org.claimbench.domain.PageLine.span(d.first(), d.last());
                        made.add(tx.outline().append(OutlineNode.of(caseId, null, 0, NodeKind.DEFENSE, title)
                                .withBody("Pleaded in \u201c" + answer.get().title() + "\u201d" + where + ". The defendant bears the burden "
                                        + "of proving it.")));
                    }
                    tx.cases().touch(caseId);
                    return made;
                });
                if (onAdded != null) {
                    onAdded.accept(List.copyOf(added));
                }
            }

            @Override
            public boolean changesNothing() {
                return added != null && added.isEmpty();
            }

            @Override
            public void revert() {
                store.transaction(tx -> {
                    for (OutlineNode n : added) {
                        tx.outline().delete(n.id());
                    }
                    tx.cases().touch(caseId);
                    return null;
                });
            }
        };
    }

    /** What Build from counts did: the nodes it added, and the nodes it changed, before and after. */
    private record Built(List<OutlineNode> added, List<OutlineNode> before, List<OutlineNode> after) {
    }

    /**
     * Adds a count node for each count of the case's latest complaint that the outline does not have yet (by
     * its heading), with the parties it is against, the paragraphs it incorporates and the statutes its heading
     * cites; when that complaint amends another, the outline's counts follow the amendment first (see
     * {@link #followAmendment}). Returns the nodes added, in one transaction.
     */
    public List<OutlineNode> buildFromCounts(long caseId) {
        return build(caseId).added();
    }

    /** The lines of a count node's body that Build from counts writes, and writes again from an amended complaint. */
    private static boolean generated(String line) {
        return line.startsWith("Against: ") || line.startsWith("Pleaded from \u00b6 ") || line.startsWith("Incorporates \u00b6\u00b6 ")
                || line.startsWith("Warning: this count incorporates every paragraph before it");
    }

    /**
     * When the latest complaint amends an earlier one, the count nodes built from the earlier one follow it: a count
     * the amendment renamed or renumbered takes its new title, every kept count's pleaded lines (against whom, from
     * which paragraph, what it incorporates) are read again, and a dropped count is marked "dropped in the …" and kept
     * until the user removes it. Returns the nodes as they were and as they become; the titles now in the outline.
     */
    private List<String> followAmendment(Repositories tx, long caseId, Document complaint, List<OutlineNode> before,
                                         List<OutlineNode> after) {
        List<OutlineNode> counts = tx.outline().nodes(caseId).stream().filter(n -> n.kind() == NodeKind.COUNT).toList();
        Document previous = complaint.supersedesId() == null ? null : tx.documents().find(complaint.supersedesId()).orElse(null);
        if (previous != null && previous.kind().isPleading()) {
            org.claimbench.domain.Comparison cmp = org.claimbench.analysis.amend.Amendments.compare(
                    AmendmentService.version(tx, previous.id()), AmendmentService.version(tx, complaint.id()));
            List<Incorporation> incorporation = incorporation(tx, complaint.id(), tx.documents().counts(complaint.id()));
            for (org.claimbench.domain.CountChange cc : cmp.counts()) {
                if (cc.before() == null) {
                    continue; // an added count is added below
                }
                String oldTitle = title(cc.before());
                OutlineNode node = counts.stream().filter(n -> n.title().equalsIgnoreCase(oldTitle)).findFirst().orElse(null);
                if (node == null) {
                    continue;
                }
                OutlineNode changed;
                if (cc.after() == null) {
                    changed = node.withTitle(node.title() + " \u2014 dropped in the " + complaint.title().toLowerCase(Locale.ROOT));
                } else {
                    int i = tx.documents().counts(complaint.id()).indexOf(cc.after());
                    changed = node.withTitle(title(cc.after())).withBody(body(node.body(), cc.after(),
                            i >= 0 && i < incorporation.size() && incorporation.get(i).shotgun()));
                }
                if (!changed.equals(node)) {
                    before.add(node);
                    after.add(tx.outline().update(changed));
                }
            }
        }
        return tx.outline().nodes(caseId).stream().filter(n -> n.kind() == NodeKind.COUNT).map(n -> n.title().toLowerCase(Locale.ROOT)).toList();
    }

    /** A count node's body with its pleaded lines written anew from {@code c}, and the user's own lines kept. */
    private static String body(String old, PleadedCount c, boolean shotgun) {
        List<String> lines = new ArrayList<>(pleadedLines(c, shotgun));
        if (old != null) {
            old.lines().filter(l -> !generated(l)).forEach(lines::add);
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static List<String> pleadedLines(PleadedCount c, boolean shotgun) {
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
        return body;
    }

    private Built build(long caseId) {
        List<OutlineNode> before = new ArrayList<>();
        List<OutlineNode> after = new ArrayList<>();
        List<OutlineNode> made = store.transaction(tx -> {
            Optional<Document> complaint = latestComplaint(tx, caseId);
            if (complaint.isEmpty()) {
                return List.of();
            }
            long docId = complaint.get().id();
            List<String> existing = followAmendment(tx, caseId, complaint.get(), before, after);
            List<Citation> citations = tx.documents().citations(docId);
            List<OutlineNode> added = new ArrayList<>();
            List<PleadedCount> counts = tx.documents().counts(docId);
            List<Incorporation> incorporation = incorporation(tx, docId, counts);
            for (int i = 0; i < counts.size(); i++) {
                PleadedCount c = counts.get(i);
                boolean shotgun = incorporation.get(i).shotgun();
                String title = title(c);
                if (existing.contains(title.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String basis = citations.stream()
                        .filter(ct -> c.segmentId() != null && c.segmentId().equals(ct.segmentId()) && ct.kind() == CitationKind.STATUTE)
                        .map(Citation::text).distinct().collect(Collectors.joining("; "));
                List<String> body = pleadedLines(c, shotgun);
                OutlineNode node = OutlineNode.of(caseId, null, 0, NodeKind.COUNT, title)
                        .withBody(body.isEmpty() ? null : String.join("\n", body))
                        .withLegal(basis.isEmpty() ? null : basis, null);
                added.add(tx.outline().append(node));
            }
            tx.cases().touch(caseId);
            return added;
        });
        return new Built(made, before, after);
    }

    /** A numbered paragraph a count incorporates: its number, where it is, and its first words. */
    public record Paragraph(String label, int start, int end, String preview) {
    }

    /**
     * What a pleaded count incorporates: {@code title} as Build from counts names the count node, the paragraph the
     * count starts at, the paragraphs it incorporates (those the complaint has), and whether it is a shotgun count.
     */
    public record Incorporation(String title, long documentId, String startLabel, List<Integer> numbers, List<Paragraph> paragraphs,
                                boolean shotgun) {

        /**
         * The incorporation of a count node: the count whose title Build from counts gave it, else the count of the
         * same number ("Count II", "Second cause of action", "Claim 2"), else none.
         */
        public static Incorporation of(List<Incorporation> counts, String nodeTitle) {
            String t = nodeTitle.strip();
            for (Incorporation i : counts) {
                if (i.title().equalsIgnoreCase(t)) {
                    return i;
                }
            }
            int n = countNumber(t);
            if (n > 0) {
                for (Incorporation i : counts) {
                    if (countNumber(i.title()) == n) {
                        return i;
                    }
                }
            }
            return null;
        }

        /** "¶¶ 1–35" */
        public String cite() {
            return numbers.isEmpty() ? "" : (numbers.size() == 1 ? "\u00b6 " : "\u00b6\u00b6 ") + ranges(numbers);
        }
    }

    /** The incorporation of every count of the case's latest complaint, in pleaded order; empty without a complaint. */
    public List<Incorporation> incorporation(long caseId) {
        Repositories r = store.repositories();
        return latestComplaint(r, caseId).map(d -> incorporation(r, d.id(), r.documents().counts(d.id()))).orElse(List.of());
    }

    private static Optional<Document> latestComplaint(Repositories r, long caseId) {
        return latestOf(r.documents().list(caseId));
    }

    private static List<Incorporation> incorporation(Repositories r, long docId, List<PleadedCount> counts) {
        return incorporation(docId, r.documents().text(docId), r.documents().segments(docId), counts);
    }

    /** The same, from a complaint already read: what each of its counts incorporates, in pleaded order. */
    public static List<Incorporation> incorporation(DocumentView complaint) {
        return incorporation(complaint.document().id(), complaint.text(), complaint.segments(), complaint.counts());
    }

    /** Whether a document is the one whose counts the outline is built from: the latest complaint of its case. */
    public static boolean isLatestComplaint(Document d, List<Document> caseDocuments) {
        return latestOf(caseDocuments).map(x -> x.id() == d.id()).orElse(false);
    }

    private static Optional<Document> latestOf(List<Document> documents) {
        return documents.stream().filter(d -> d.kind() == DocumentKind.COMPLAINT || d.kind() == DocumentKind.AMENDED_COMPLAINT)
                .max(Comparator.comparingInt(Document::position));
    }

    /** For each count, in order: the paragraphs it incorporates, and whether it is a shotgun count. */
    private static List<Incorporation> incorporation(long docId, String text, List<org.claimbench.domain.Segment> segments,
                                                     List<PleadedCount> counts) {
        java.util.Map<Integer, org.claimbench.domain.Segment> byNumber = new java.util.HashMap<>();
        List<Integer> numbered = new ArrayList<>();
        for (org.claimbench.domain.Segment sg : segments) {
            if (sg.kind() == org.claimbench.domain.SegmentKind.NUMBERED_PARAGRAPH && sg.label() != null && sg.label().matches("\\d{1,6}")) {
                numbered.add(Integer.valueOf(sg.label()));
                byNumber.putIfAbsent(Integer.valueOf(sg.label()), sg);
            }
        }
        List<Incorporation> out = new ArrayList<>();
        List<Integer> earlierStarts = new ArrayList<>();
        java.util.Map<Integer, Paragraph> previews = new java.util.HashMap<>();
        for (PleadedCount c : counts) {
            Integer start = c.startLabel() != null && c.startLabel().matches("\\d{1,6}") ? Integer.valueOf(c.startLabel()) : null;
            boolean shotgun = start != null && org.claimbench.analysis.Shotgun.isShotgun(start, c.incorporates(),
                    numbered.stream().filter(x -> x < start).toList(), earlierStarts);
            if (start != null) {
                earlierStarts.add(start);
            }
            List<Paragraph> paragraphs = new ArrayList<>();
            for (int n : c.incorporates()) {
                org.claimbench.domain.Segment sg = byNumber.get(n);
                if (sg != null) {
                    paragraphs.add(previews.computeIfAbsent(n, k -> new Paragraph(sg.label(), sg.start(), sg.end(), preview(text, sg))));
                }
            }
            out.add(new Incorporation(title(c), docId, c.startLabel(), c.incorporates(), List.copyOf(paragraphs), shotgun));
        }
        return out;
    }

    /** A paragraph's first words, on one line, without its number: "Meridian renewed the agreement in 2016 and …". */
    static String preview(String text, org.claimbench.domain.Segment sg) {
        StringBuilder b = new StringBuilder(150);
        boolean space = false;
        for (int i = sg.start(); i < sg.end() && b.length() < 141; i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(ch);
            }
        }
        String body = b.toString();
        String label = sg.label();
        if (label != null && body.startsWith(label)) {
            String rest = body.substring(label.length());
            if (rest.startsWith(".")) {
                rest = rest.substring(1);
            }
            if (rest.isEmpty() || rest.startsWith(" ")) {
                body = rest.strip();
            }
        }
        return body.length() > 140 ? body.substring(0, 139) + "\u2026" : body;
    }

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth", "twentieth");
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile(
            "^(?:count|claim(?:\\s+for\\s+relief)?|cause\\s+of\\s+action)\\s+(?:no\\.?\\s*)?([ivxlc]+|\\d{1,3})\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern WORDED = java.util.regex.Pattern.compile(
            "^([a-z]+)\\s+(?:cause\\s+of\\s+action|claim(?:\\s+for\\s+relief)?|count)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The number a count's title gives it: "Count II" and "Second cause of action" are 2; 0 when it gives none. */
    public static int countNumber(String title) {
        java.util.regex.Matcher m = NUMBERED.matcher(title.strip());
        if (m.find()) {
            String n = m.group(1);
            return Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : roman(n.toLowerCase(Locale.ROOT));
        }
        m = WORDED.matcher(title.strip());
        if (m.find()) {
            return ORDINALS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
        }
        return 0;
    }

    private static int roman(String r) {
        int total = 0;
        int previous = 0;
        for (int i = r.length() - 1; i >= 0; i--) {
            int v = switch (r.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                default -> 100;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
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
