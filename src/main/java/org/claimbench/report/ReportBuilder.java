package org.claimbench.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimbench.domain.ChecklistEntry;
import org.claimbench.domain.Citation;
import org.claimbench.domain.Document;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.Link;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.PageLine;
import org.claimbench.domain.Party;
import org.claimbench.domain.PartyRole;
import org.claimbench.domain.Passage;
import org.claimbench.domain.Segment;
import org.claimbench.domain.Segments;
import org.claimbench.domain.SupportLevel;

/** Builds the report model from a case; the one place that decides what the report says. */
public final class ReportBuilder {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private ReportBuilder() {
    }

    public static ReportModel build(ReportInput in, ReportOptions options) {
        Map<Long, List<OutlineNode>> children = new HashMap<>();
        for (OutlineNode n : in.outline()) {
            children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
        }
        children.values().forEach(l -> l.sort(Comparator.comparingInt(OutlineNode::position).thenComparingLong(OutlineNode::id)));
        List<OutlineNode> roots = children.getOrDefault(null, List.of()).stream()
                .filter(n -> options.countIds().isEmpty() || options.countIds().contains(n.id())).toList();

        Context ctx = new Context(in, options, children);
        List<ReportModel.Section> chart = new ArrayList<>();
        List<ReportModel.CountLine> countLines = new ArrayList<>();
        Map<SupportLevel, Integer> byLevel = new EnumMap<>(SupportLevel.class);
        for (SupportLevel l : SupportLevel.values()) {
            byLevel.put(l, 0);
        }
        List<OutlineNode> allegations = new ArrayList<>();
        for (OutlineNode root : roots) {
            List<OutlineNode> under = new ArrayList<>();
            walk(root, 0, ctx, chart, under);
            int total = 0;
            int covered = 0;
            int flags = 0;
            for (OutlineNode a : under) {
                if (a.kind() == NodeKind.ALLEGATION) {
                    total++;
                    flags += options.includeWording() ? ctx.wording(a).size() : 0;
                    covered += hasEvidence(ctx.level(a)) ? 1 : 0;
                    byLevel.merge(ctx.level(a), 1, Integer::sum);
                    allegations.add(a);
                }
            }
            countLines.add(new ReportModel.CountLine(root.title(), ctx.level(root), total, covered, flags));
        }
        int withEvidence = (int) allegations.stream().filter(a -> hasEvidence(ctx.level(a))).count();
        ReportModel.Summary summary = new ReportModel.Summary(byLevel, allegations.size(), withEvidence, countLines);

        List<ReportModel.Section> first = new ArrayList<>();
        if (options.unsupportedFirst()) {
            for (SupportLevel wanted : List.of(SupportLevel.CONTRADICTED, SupportLevel.UNSUPPORTED)) {
                for (OutlineNode a : allegations) {
                    if (ctx.level(a) == wanted) {
                        first.add(ctx.section(a, 0));
                    }
                }
            }
        }
        List<ReportModel.Section> disputedFirst = new ArrayList<>();
        ReportModel.AnswerSummary answer = null;
        if (!in.responsesBySegment().isEmpty()) {
            int disputed = 0;
            for (OutlineNode a : allegations) {
                var answered = ctx.answered.get(a.id());
                if (answered != null && answered.disputed()) {
                    disputed++;
                    if (!hasEvidence(ctx.level(a))) {
                        disputedFirst.add(ctx.section(a, 0));
                    }
                }
            }
            List<String> other = in.otherResponses().stream().map(r -> "the " + r.scope().label() + ", " + r.status().label()).distinct().toList();
            answer = new ReportModel.AnswerSummary(org.claimbench.domain.Disputes.count(in.responsesBySegment().values()), disputed,
                    disputedFirst.size(), other);
        }
        return new ReportModel(cover(in, options), summary, first, chart, citations(in), documents(in), options, notice(in),
                amendments(ctx), answer, disputedFirst);
    }

    /** The state of a carried passage as the report says it. */
    static String state(org.claimbench.domain.CarryState s) {
        return switch (s) {
            case EXACT -> "same words, same paragraph";
            case MOVED -> "same words, moved";
            case CHANGED -> "words changed";
            case ORPHANED -> "not found";
        };
    }

    /** The decision on a carried passage as the report says it. */
    static String decision(org.claimbench.domain.CarryDecision d) {
        return switch (d) {
            case AUTO -> "carried";
            case PENDING -> "waiting for review";
            case CONFIRMED -> "confirmed by the reader";
            case RESELECTED -> "re-selected by the reader";
            case DROPPED -> "dropped by the reader";
        };
    }

    private static List<ReportModel.AmendmentSection> amendments(Context ctx) {
        List<ReportModel.AmendmentSection> out = new ArrayList<>();
        for (ReportInput.Amendment a : ctx.in.amendments()) {
            Map<Long, String> changeByPassage = new HashMap<>();
            List<ReportModel.PassageStateRow> rows = new ArrayList<>();
            int waiting = 0;
            List<org.claimbench.domain.PassageCarry> carries = new ArrayList<>(a.carries());
            carries.sort(Comparator.comparingInt(c -> ctx.passages.containsKey(c.passageId()) ? ctx.passages.get(c.passageId()).start() : 0));
            for (org.claimbench.domain.PassageCarry c : carries) {
                Passage old = ctx.passages.get(c.passageId());
                if (old == null) {
                    continue;
                }
                Passage now = c.carriedPassageId() == null ? null : ctx.passages.get(c.carriedPassageId());
                String before = ctx.cite(old);
                String after = now != null ? ctx.cite(now) : "\u2014";
                waiting += c.pending() ? 1 : 0;
                rows.add(new ReportModel.PassageStateRow(old.quote().replace('\n', ' '), before, after, state(c.state()), decision(c.decision())));
                if (c.state() != org.claimbench.domain.CarryState.EXACT) {
                    changeByPassage.put(old.id(), "\u201c" + shortQuote(old.quote()) + "\u201d " + before + " \u2192 " + after + ": "
                            + state(c.state()) + ", " + decision(c.decision()));
                }
            }
            List<ReportModel.ChangedAllegation> allegations = new ArrayList<>();
            for (OutlineNode n : ctx.in.outline()) {
                if (n.kind() != NodeKind.ALLEGATION) {
                    continue;
                }
                List<String> changes = new ArrayList<>();
                for (Link l : ctx.linksByNode.getOrDefault(n.id(), List.of())) {
                    String change = changeByPassage.get(l.passageId());
                    if (change != null && !changes.contains(change)) {
                        changes.add(change);
                    }
                }
                if (!changes.isEmpty()) {
                    allegations.add(new ReportModel.ChangedAllegation(n.title(), changes));
                }
            }
            out.add(new ReportModel.AmendmentSection("\u201c" + a.to().title() + "\u201d amends \u201c" + a.from().title() + "\u201d",
                    a.summary(), waiting, allegations, rows));
        }
        return out;
    }

    private static String shortQuote(String q) {
        String flat = q.replaceAll("\\s+", " ").strip();
        return flat.length() <= 90 ? flat : flat.substring(0, 87).strip() + "\u2026";
    }

    /** What a case without an outline lacks, in words that say what to do; null when there is an outline to report on. */
    private static String notice(ReportInput in) {
        String outline = outlineNotice(in);
        if (in.annotationsWaiting() == 0) {
            return outline;
        }
        String waiting = (in.annotationsWaiting() == 1 ? "One web annotation read into this case waits"
                : in.annotationsWaiting() + " web annotations read into this case wait")
                + " in the review queue (Edit \u25b8 Review waiting highlights\u2026), because "
                + (in.annotationsWaiting() == 1 ? "its words were" : "their words were") + " not found as they were: until "
                + (in.annotationsWaiting() == 1 ? "it is" : "they are") + " confirmed or re-selected, this report leaves "
                + (in.annotationsWaiting() == 1 ? "it" : "them") + " out.";
        return outline == null ? waiting : outline + " " + waiting;
    }

    private static String outlineNotice(ReportInput in) {
        if (!in.outline().isEmpty()) {
            return null;
        }
        boolean complaint = in.documents().stream().anyMatch(d -> d.kind() == org.claimbench.domain.DocumentKind.COMPLAINT
                || d.kind() == org.claimbench.domain.DocumentKind.AMENDED_COMPLAINT);
        if (in.documents().isEmpty()) {
            return "This case has no outline yet: import a complaint and build the outline from its counts. "
                    + "It has no documents either, so there is nothing to report on.";
        }
        return complaint
                ? "This case has no outline yet: build the outline from the complaint's counts (Outline \u25b8 Build from counts), "
                  + "then link passages and record evidence, and the report will show them. Its documents are listed below."
                : "This case has no outline yet: import a complaint and build the outline from its counts. "
                  + "Its documents are listed below.";
    }

    /**
     * Whether an allegation counts as having evidence: supported, partly supported, or contradicted, since evidence
     * that contradicts it is evidence about it. The same rule as the status bar's (analysis.SupportRules.counted).
     */
    static boolean hasEvidence(SupportLevel level) {
        return level != SupportLevel.UNSUPPORTED;
    }

    private static void walk(OutlineNode n, int depth, Context ctx, List<ReportModel.Section> out, List<OutlineNode> seen) {
        out.add(ctx.section(n, depth));
        seen.add(n);
        for (OutlineNode c : ctx.children.getOrDefault(n.id(), List.of())) {
            walk(c, depth + 1, ctx, out, seen);
        }
    }

    private static ReportModel.Cover cover(ReportInput in, ReportOptions o) {
        List<String> plaintiffs = in.parties().stream().filter(p -> p.role() == PartyRole.PLAINTIFF).map(Party::name).toList();
        List<String> defendants = in.parties().stream().filter(p -> p.role() == PartyRole.DEFENDANT).map(Party::name).toList();
        return new ReportModel.Cover(in.legalCase().title(), in.legalCase().court(), in.legalCase().caseNumber(), plaintiffs, defendants,
                o.date() == null ? null : DATE.format(o.date()), o.preparedBy(), o.confidentiality());
    }

    /** Each document of the case with how its text was read; recognised text says its engine, confidence and corrections. */
    private static List<ReportModel.DocumentRow> documents(ReportInput in) {
        List<ReportModel.DocumentRow> rows = new ArrayList<>();
        for (org.claimbench.domain.Document d : in.documents()) {
            ReportInput.DocumentText t = in.documentText().get(d.id());
            org.claimbench.domain.TextSource s = t == null ? null : t.source();
            String text = s == null ? "" : !s.recognised()
                    ? (org.claimbench.domain.TextSource.TEXT_LAYER.equals(s.kind()) ? "read from the PDF's text layer" : "read from the file's own text")
                    : String.format(Locale.ROOT, "%s by %s (%s): %d of %d pages recognised, mean word confidence %.0f of 100, %d of %d words"
                    + " below %.0f, %d still marked uncertain", org.claimbench.domain.TextSource.OCR.equals(s.kind()) ? "Recognised from page images" : "Partly recognised from page images",
                    s.engine(), s.language(), s.pagesRecognised(), s.pages(),
                    s.meanConfidence(), s.uncertainWords(), s.words(), org.claimbench.domain.TextSource.UNCERTAIN_BELOW, t.uncertainLeft());
            String corrections = s == null || !s.recognised() ? "" : t.corrections() == 0 ? "none"
                    : t.corrections() + (t.corrections() == 1 ? " word or line" : " words or lines") + " corrected by the reader";
            rows.add(new ReportModel.DocumentRow(d.title(), d.kind().label(), text, corrections));
        }
        return rows;
    }

    private static List<ReportModel.CitationRow> citations(ReportInput in) {
        List<ReportModel.CitationRow> rows = new ArrayList<>();
        for (Citation c : in.citations()) {
            Segment s = null;
            for (Segment seg : in.segmentsByDocument().getOrDefault(c.documentId(), List.of())) {
                if (c.segmentId() != null && seg.id() == c.segmentId()) {
                    s = seg;
                    break;
                }
            }
            String cite = s == null ? "" : s.cite() != null ? s.cite() : s.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            rows.add(new ReportModel.CitationRow(c.text(), c.kind().name().toLowerCase(Locale.ROOT), cite));
        }
        return rows;
    }

    /** Lookups shared while the chart is built. */
    private static final class Context {
        final ReportInput in;
        final ReportOptions options;
        final Map<Long, List<OutlineNode>> children;
        final Map<Long, Passage> passages = new HashMap<>();
        final Map<Long, Document> documents = new HashMap<>();
        final Map<Long, EvidenceItem> items = new HashMap<>();
        final Map<Long, List<Link>> linksByNode = new HashMap<>();
        final Map<Long, List<ChecklistEntry>> entriesByNode = new HashMap<>();
        /** Passages of an older version that have a carried copy on the version amending it. */
        final java.util.Set<Long> carriedOn = new java.util.HashSet<>();
        /** Passages of an older version still waiting in the review queue. */
        final java.util.Set<Long> waiting = new java.util.HashSet<>();
        /** What the Answer says about each allegation, by node id. */
        final Map<Long, org.claimbench.domain.Disputes.Answered> answered;
        /** Pleadings that another one amends. */
        final java.util.Set<Long> superseded = new java.util.HashSet<>();

        Context(ReportInput in, ReportOptions options, Map<Long, List<OutlineNode>> children) {
            this.in = in;
            this.options = options;
            this.children = children;
            in.passages().forEach(p -> passages.put(p.id(), p));
            in.documents().forEach(d -> documents.put(d.id(), d));
            in.evidence().forEach(e -> items.put(e.id(), e));
            in.links().forEach(l -> linksByNode.computeIfAbsent(l.nodeId(), k -> new ArrayList<>()).add(l));
            in.checklist().forEach(e -> entriesByNode.computeIfAbsent(e.nodeId(), k -> new ArrayList<>()).add(e));
            answered = org.claimbench.domain.Disputes.of(in.passages(), in.links(), in.responsesBySegment());
            in.documents().forEach(d -> {
                if (d.supersedesId() != null) {
                    superseded.add(d.supersedesId());
                }
            });
            for (ReportInput.Amendment a : in.amendments()) {
                for (org.claimbench.domain.PassageCarry c : a.carries()) {
                    if (c.decision().carried() && c.carriedPassageId() != null && passages.containsKey(c.carriedPassageId())) {
                        carriedOn.add(c.passageId());
                    }
                    if (c.pending()) {
                        waiting.add(c.passageId());
                    }
                }
            }
        }

        SupportLevel level(OutlineNode n) {
            return in.support().getOrDefault(n.id(), SupportLevel.UNSUPPORTED);
        }

        ReportModel.Section section(OutlineNode n, int depth) {
            List<ReportModel.Quote> quotes = new ArrayList<>();
            List<Link> links = new ArrayList<>(linksByNode.getOrDefault(n.id(), List.of()));
            links.sort(Comparator.comparingInt((Link l) -> documentPosition(l)).thenComparingInt(l -> passageStart(l)));
            for (Link l : links) {
                Passage p = passages.get(l.passageId());
                if (p != null && !carriedOn.contains(p.id())) { // a passage carried into the amended pleading is quoted from there
                    quotes.add(new ReportModel.Quote(p.quote().replace('\n', ' '), cite(p) + (waiting.contains(p.id())
                            ? " \u00b7 waiting for review after the amendment" : ""), l.role().name().toLowerCase(Locale.ROOT)));
                }
            }
            List<ReportModel.EvidenceRow> rows = new ArrayList<>();
            List<ChecklistEntry> entries = new ArrayList<>(entriesByNode.getOrDefault(n.id(), List.of()));
            entries.sort(Comparator.comparingInt(ChecklistEntry::position));
            for (ChecklistEntry e : entries) {
                EvidenceItem item = items.get(e.evidenceId());
                if (item == null) {
                    continue;
                }
                String source = item.potentialSource() != null ? item.potentialSource() : item.citationText();
                rows.add(new ReportModel.EvidenceRow(item.description(), e.status().label(), item.basis().label(), e.weight().label(),
                        source, options.includeNotes() ? e.note() : null, e.checked()));
            }
            String text = n.kind() == NodeKind.ALLEGATION && quotes.isEmpty() ? n.body() : null;
            return new ReportModel.Section(n.id(), n.kind(), depth, n.title(), level(n), n.overrideReason(), n.legalBasis(),
                    n.standardOfProof() == null ? null : n.standardOfProof().label(), quotes, rows, options.includeNotes() ? n.note() : null, text,
                    n.kind() == NodeKind.ALLEGATION && options.includeWording() ? wording(n) : List.of(),
                    answered.containsKey(n.id()) ? answered.get(n.id()).describe() : null,
                    answered.containsKey(n.id()) ? answered.get(n.id()).status() : null);
        }

        /** The wording flags of the paragraphs an allegation's passages assert, once each. */
        List<String> wording(OutlineNode n) {
            return in.wordingByAllegation().getOrDefault(n.id(), List.of());
        }

        private int documentPosition(Link l) {
            Passage p = passages.get(l.passageId());
            Document d = p == null ? null : documents.get(p.documentId());
            return d == null ? Integer.MAX_VALUE : d.position();
        }

        private int passageStart(Link l) {
            Passage p = passages.get(l.passageId());
            return p == null ? 0 : p.start();
        }

        /** "¶ 16 · 3:12–15" for a pleading; "Exhibit B — … · 2:4" for another document. */
        String cite(Passage p) {
            Document d = documents.get(p.documentId());
            List<String> parts = new ArrayList<>();
            if (d != null && !d.kind().isPleading()) {
                parts.add(d.title());
            }
            // an earlier version of the pleading says which: "Compl. ¶ 3"
            String version = d != null && d.kind().isPleading() && superseded.contains(d.id()) ? d.citeName() : null;
            Segment s = Segments.at(in.segmentsByDocument().getOrDefault(p.documentId(), List.of()), p.start());
            if (s != null && s.cite() != null) {
                parts.add(version == null ? s.cite() : version + " " + s.cite());
            } else if (version != null) {
                parts.add(version);
            }
            String span = PageLine.span(p.first(), p.last());
            if (span != null) {
                parts.add(span);
            }
            return String.join(" \u00b7 ", parts);
        }
    }
}
