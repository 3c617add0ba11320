package org.claimbench.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.analysis.Anchors;
import org.claimbench.analysis.amend.Amendments;
import org.claimbench.domain.AnnotationPending;
import org.claimbench.domain.CarriedPassage;
import org.claimbench.domain.CarryDecision;
import org.claimbench.domain.CarryState;
import org.claimbench.domain.Comparison;
import org.claimbench.domain.Document;
import org.claimbench.domain.Link;
import org.claimbench.domain.Passage;
import org.claimbench.domain.PassageCarry;
import org.claimbench.domain.PleadingVersion;
import org.claimbench.domain.Party;
import org.claimbench.domain.PartyRole;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SourceLine;
import org.claimbench.ingest.ParsedPleading;
import org.claimbench.store.Repositories;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;

/**
 * Amended pleadings: two versions compared, and every passage of the old version carried into the new one. A passage
 * whose words are found again is carried at once, with its links; one whose words changed, or that was not found,
 * waits in the review queue until the user confirms the candidate, chooses other words or lets it go. Nothing is
 * moved or deleted without being shown: the old passages stay on the old version.
 */
public final class AmendmentService {

    private final Store store;

    public AmendmentService(Store store) {
        this.store = store;
    }

    /** How the passages of one version came into the next. */
    public record Outcome(Document from, Document to, int exact, int moved, int changed, int orphaned,
                          List<Waiting> waiting, Comparison comparison) {

        public int carried() { return exact + moved; }

        public int total() { return exact + moved + changed + orphaned; }

        /** "412 highlights: 380 exact, 20 moved, 9 changed, 3 not found". */
        public String summary() {
            return total() + (total() == 1 ? " highlight: " : " highlights: ") + exact + " exact, " + moved + " moved, " + changed
                    + " changed, " + orphaned + " not found";
        }
    }

    /** A carried passage that needs the user, with the old words and the words offered in the new text (or null). */
    public record Waiting(PassageCarry carry, Passage old, String oldParagraph, String newParagraph) {
    }

    /** A version of a pleading as it is compared: its text, segments, counts and its caption's parties. */
    public PleadingVersion version(long documentId) {
        return store.transaction(tx -> version(tx, documentId));
    }

    /** As {@link #version(long)}, read through {@code r} (a transaction's repositories, or the store's). */
    static PleadingVersion version(Repositories r, long documentId) {
        Document d = r.documents().find(documentId).orElseThrow(() -> new StoreException("Document " + documentId
                + " does not exist. `claimbench cases` and the document list show what is there."));
        List<Party> parties = r.documents().parties(documentId, d.caseId());
        if (parties.isEmpty()) {
            parties = r.cases().parties(d.caseId()); // imported before documents kept their own caption's parties
        }
        return new PleadingVersion(documentId, r.documents().text(documentId), r.documents().segments(documentId),
                r.documents().counts(documentId), parties);
    }

    /** Two stored versions compared. */
    public Comparison compare(long oldDocumentId, long newDocumentId) {
        return Amendments.compare(version(oldDocumentId), version(newDocumentId));
    }

    /** Two parsed files compared (the command line's {@code compare}); the parties are those of each caption. */
    public static Comparison compare(ParsedPleading before, ParsedPleading after) {
        return Amendments.compare(version(-1, before), version(-2, after));
    }

    private static PleadingVersion version(long id, ParsedPleading p) {
        List<Party> parties = new ArrayList<>();
        int i = 0;
        for (String n : p.caption().plaintiffs()) {
            parties.add(new Party(0, 0, PartyRole.PLAINTIFF, n, i++));
        }
        i = 0;
        for (String n : p.caption().defendants()) {
            parties.add(new Party(0, 0, PartyRole.DEFENDANT, n, i++));
        }
        List<org.claimbench.domain.PleadedCount> counts = new ArrayList<>();
        for (var c : p.counts()) {
            counts.add(new org.claimbench.domain.PleadedCount(c.ordinal(), id, c.ordinal(), c.label(), c.title(), c.against(),
                    p.segments().get(c.segmentOrdinal()).id(), c.startParagraph(), c.incorporates()));
        }
        return new PleadingVersion(id, p.text(), p.segments(), counts, parties);
    }

    /**
     * Carries every passage of {@code oldDocumentId} into {@code newDocumentId}, in one transaction: the same words
     * become passages of the new version with the old one's label, colour, note and links; the others wait for the
     * user. Carrying into a version a second time changes nothing and gives what was carried the first time.
     */
    public Outcome carry(long oldDocumentId, long newDocumentId) {
        Document from = document(oldDocumentId);
        Document to = document(newDocumentId);
        if (from.caseId() != to.caseId()) {
            throw new StoreException("\u201c" + to.title() + "\u201d and \u201c" + from.title() + "\u201d belong to different cases.");
        }
        if (from.id() == to.id()) {
            throw new StoreException("A document cannot amend itself.");
        }
        Comparison comparison = compare(oldDocumentId, newDocumentId);
        if (store.carries().into(newDocumentId).stream().noneMatch(c -> c.fromDocumentId() == oldDocumentId)) {
            List<Passage> old = store.passages().forDocument(oldDocumentId);
            List<CarriedPassage> carried = Amendments.carry(comparison, old);
            store.transaction(tx -> {
                write(tx, from, to, old, carried);
                return null;
            });
        }
        return outcome(from, to, comparison);
    }

    private static void write(Repositories tx, Document from, Document to, List<Passage> old, List<CarriedPassage> carried) {
        String text = tx.documents().text(to.id());
        List<Segment> segments = tx.documents().segments(to.id());
        List<SourceLine> lines = tx.documents().sourceLines(to.id());
        Map<Long, List<Link>> links = linksByPassage(tx.passages().links(from.caseId()));
        Instant now = Instant.now();
        for (int i = 0; i < old.size(); i++) {
            Passage p = old.get(i);
            CarriedPassage c = carried.get(i);
            if (c.passageId() != p.id()) {
                throw new IllegalStateException("carried passages out of order");
            }
            boolean same = c.state() == CarryState.EXACT || c.state() == CarryState.MOVED;
            Long made = null;
            if (same) {
                made = place(tx, p, to, text, segments, lines, c.start(), c.end(), links.getOrDefault(p.id(), List.of())).id();
            }
            tx.carries().insert(new PassageCarry(0, from.caseId(), from.id(), to.id(), p.id(), c.state(), c.start(), c.end(),
                    c.quote(), Math.max(0, Math.min(1, c.similarity())), same ? CarryDecision.AUTO : CarryDecision.PENDING, made,
                    same ? now : null));
        }
        tx.cases().touch(from.caseId());
    }

    /** A new passage of {@code to} over {@code start..end}, with the old passage's label, colour, note and links. */
    private static Passage place(Repositories tx, Passage old, Document to, String text, List<Segment> segments,
                                 List<SourceLine> lines, int start, int end, List<Link> links) {
        Passage draft = Anchors.passage(to.caseId(), to.id(), text, segments, lines, start, end, null);
        Passage made = tx.passages().insert(new Passage(0, draft.caseId(), draft.documentId(), draft.start(), draft.end(),
                draft.quote(), draft.prefix(), draft.suffix(), draft.segmentId(), draft.first(), draft.last(), old.label(),
                old.color(), old.note(), draft.anchor(), draft.created()));
        for (Link l : links) {
            tx.passages().link(to.caseId(), made.id(), l.nodeId(), l.role());
        }
        return made;
    }

    private static Map<Long, List<Link>> linksByPassage(List<Link> links) {
        Map<Long, List<Link>> by = new HashMap<>();
        for (Link l : links) {
            by.computeIfAbsent(l.passageId(), k -> new ArrayList<>()).add(l);
        }
        return by;
    }

    /** What was carried from one version into the next, as the store has it now. */
    public Outcome outcome(long oldDocumentId, long newDocumentId) {
        return outcome(document(oldDocumentId), document(newDocumentId), compare(oldDocumentId, newDocumentId));
    }

    private Outcome outcome(Document from, Document to, Comparison comparison) {
        int[] by = new int[CarryState.values().length];
        List<Waiting> waiting = new ArrayList<>();
        Map<Long, Passage> old = new HashMap<>();
        for (Passage p : store.passages().forDocument(from.id())) {
            old.put(p.id(), p);
        }
        for (PassageCarry c : store.carries().into(to.id())) {
            if (c.fromDocumentId() != from.id()) {
                continue;
            }
            by[c.state().ordinal()]++;
            if (c.pending()) {
                waiting.add(waiting(c, old.get(c.passageId()), comparison));
            }
        }
        return new Outcome(from, to, by[CarryState.EXACT.ordinal()], by[CarryState.MOVED.ordinal()], by[CarryState.CHANGED.ordinal()],
                by[CarryState.ORPHANED.ordinal()], waiting, comparison);
    }

    private static Waiting waiting(PassageCarry c, Passage old, Comparison comparison) {
        String oldPara = old == null ? null : cite(comparison.before().segments(), old.start());
        String newPara = c.start() < 0 ? null : cite(comparison.after().segments(), c.start());
        return new Waiting(c, old, oldPara, newPara);
    }


    /** Every carried passage of a case still waiting for the user, oldest version first. */
    public List<Waiting> queue(long caseId) {
        List<Waiting> all = new ArrayList<>();
        Map<Long, Passage> passages = new HashMap<>();
        for (Passage p : store.passages().forCase(caseId)) {
            passages.put(p.id(), p);
        }
        Map<Long, List<Segment>> segments = new HashMap<>();
        for (PassageCarry c : store.carries().forCase(caseId)) {
            if (c.pending()) {
                Passage old = passages.get(c.passageId());
                String oldPara = old == null ? null : cite(segments.computeIfAbsent(c.fromDocumentId(), store.documents()::segments), old.start());
                String newPara = c.start() < 0 ? null : cite(segments.computeIfAbsent(c.toDocumentId(), store.documents()::segments), c.start());
                all.add(new Waiting(c, old, oldPara, newPara));
            }
        }
        return all;
    }

    /** "¶ 12" for the numbered paragraph at {@code offset}, else null. */
    private static String cite(List<Segment> segments, int offset) {
        Segment s = Anchors.segmentAt(segments, offset);
        return s == null ? null : s.cite();
    }

    /** Takes the candidate the comparison offered for a changed passage. Undoable. */
    public Edit confirm(long carryId) {
        PassageCarry c = pendingCarry(carryId);
        if (c.start() < 0) {
            throw new StoreException("Nothing close enough was found for that passage: select its words in the new text and choose Re-select.");
        }
        return decide(c, CarryDecision.CONFIRMED, c.start(), c.end(), "Confirm carried passage");
    }

    /** Carries a passage onto words the user chose in the new version. Undoable. */
    public Edit reselect(long carryId, int start, int end) {
        PassageCarry c = pendingCarry(carryId);
        int length = store.documents().text(c.toDocumentId()).length();
        if (start < 0 || end <= start || end > length) {
            throw new StoreException("Select the words in the new version first, then choose Re-select.");
        }
        return decide(c, CarryDecision.RESELECTED, start, end, "Re-select carried passage");
    }

    /** Lets a passage go: it stays on the old version only. Undoable. */
    public Edit drop(long carryId) {
        return decide(pendingCarry(carryId), CarryDecision.DROPPED, -1, -1, "Drop carried passage");
    }

    private PassageCarry pendingCarry(long carryId) {
        PassageCarry c = store.carries().find(carryId)
                .orElseThrow(() -> new StoreException("That passage is no longer in the review queue; reopen the case."));
        if (!c.pending()) {
            throw new StoreException("That passage was already decided (" + c.decision().name().toLowerCase(java.util.Locale.ROOT)
                    + "). Undo that decision to change it.");
        }
        return c;
    }

    private Edit decide(PassageCarry c, CarryDecision decision, int start, int end, String label) {
        return decision(store, c.caseId(), new Queued() {
            @Override
            public Passage place(Repositories tx, int from, int to) {
                Passage old = tx.passages().find(c.passageId())
                        .orElseThrow(() -> new StoreException("The old passage was deleted meanwhile; reopen the case."));
                Document doc = tx.documents().find(c.toDocumentId()).orElseThrow();
                List<Link> links = tx.passages().links(c.caseId()).stream().filter(l -> l.passageId() == old.id()).toList();
                return AmendmentService.place(tx, old, doc, tx.documents().text(doc.id()), tx.documents().segments(doc.id()),
                        tx.documents().sourceLines(doc.id()), from, to, links);
            }

            @Override
            public void mark(Repositories tx, CarryDecision d, Long made, Instant at) {
                tx.carries().decide(c.id(), d, made, at);
            }
        }, decision, start, end, label);
    }

    /**
     * An item of the review queue, as a decision sees it: how it becomes a passage of its document over
     * {@code start..end} (with its note and links), and how the decision is recorded. Both run in the decision's
     * transaction.
     */
    interface Queued {
        Passage place(Repositories tx, int start, int end);

        void mark(Repositories tx, CarryDecision decision, Long made, Instant at);
    }

    /**
     * The one way a decision on a queued item is made, for carried highlights and for web annotations alike: with
     * {@code start >= 0} the item becomes a passage there; the decision is recorded. Undo takes the passage (and its
     * links) away and puts the item back in the queue; redo brings them back with their ids.
     */
    static Edit decision(Store store, long caseId, Queued item, CarryDecision decision, int start, int end, String label) {
        return new Edit() {
            Passage made;
            List<Link> madeLinks = List.of();

            @Override
            public String label() {
                return label;
            }

            @Override
            public void apply() {
                store.transaction(tx -> {
                    if (start >= 0) {
                        if (made == null) {
                            made = item.place(tx, start, end);
                            madeLinks = tx.passages().links(caseId).stream().filter(l -> l.passageId() == made.id()).toList();
                        } else {
                            tx.passages().restore(made);
                            for (Link l : madeLinks) {
                                tx.passages().restoreLink(l);
                            }
                        }
                    }
                    item.mark(tx, decision, made == null ? null : made.id(), Instant.now());
                    tx.cases().touch(caseId);
                    return null;
                });
            }

            @Override
            public void revert() {
                store.transaction(tx -> {
                    item.mark(tx, CarryDecision.PENDING, null, null);
                    if (made != null) {
                        tx.passages().delete(made.id());
                    }
                    tx.cases().touch(caseId);
                    return null;
                });
            }
        };
    }

    // ---- web annotations in the queue --------------------------------------------------------------------

    /**
     * A web annotation waiting in the review queue, with the paragraph of the words offered (or null), and the span to
     * show for it: the words offered, else the paragraph at the place the annotation stated, else -1, -1.
     */
    public record WaitingAnnotation(AnnotationPending item, String newParagraph, int showStart, int showEnd) {
    }

    /** Every web annotation of a case still waiting for the user, by document and then as imported. */
    public List<WaitingAnnotation> annotationQueue(long caseId) {
        List<WaitingAnnotation> out = new ArrayList<>();
        Map<Long, List<Segment>> segments = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        for (AnnotationPending a : store.pendingAnnotations().forCase(caseId)) {
            if (!a.pending()) {
                continue;
            }
            List<Segment> segs = segments.computeIfAbsent(a.documentId(), store.documents()::segments);
            if (a.start() >= 0) {
                out.add(new WaitingAnnotation(a, cite(segs, a.start()), a.start(), a.end()));
                continue;
            }
            int[] show = {-1, -1};
            if (a.positionStart() != null) {
                // the paragraph at the place the annotation stated, or, in a text without paragraphs, that place itself
                String text = texts.computeIfAbsent(a.documentId(), store.documents()::text);
                int points = text.codePointCount(0, text.length());
                int from = text.offsetByCodePoints(0, Math.min(a.positionStart(), points));
                int to = text.offsetByCodePoints(0, Math.min(a.positionEnd(), points));
                Segment near = Anchors.segmentAt(segs, from);
                if (near != null) {
                    show = new int[] {near.start(), near.end()};
                } else if (to > from) {
                    show = new int[] {from, to};
                }
            }
            out.add(new WaitingAnnotation(a, null, show[0], show[1]));
        }
        return out;
    }

    /** Takes the words offered for a web annotation whose words changed: it becomes a passage with its note and tags. Undoable. */
    public Edit confirmAnnotation(long id) {
        AnnotationPending a = pendingAnnotation(id);
        if (a.start() < 0) {
            throw new StoreException("Nothing close enough was found for that annotation: select its words in the text and choose Re-select.");
        }
        return decideAnnotation(a, CarryDecision.CONFIRMED, a.start(), a.end(), "Confirm web annotation");
    }

    /** Places a web annotation on words the user chose in its document. Undoable. */
    public Edit reselectAnnotation(long id, int start, int end) {
        AnnotationPending a = pendingAnnotation(id);
        int length = store.documents().text(a.documentId()).length();
        if (start < 0 || end <= start || end > length) {
            throw new StoreException("Select the words in the document first, then choose Re-select.");
        }
        return decideAnnotation(a, CarryDecision.RESELECTED, start, end, "Re-select web annotation");
    }

    /** Lets a web annotation go: no passage is made; the decision is kept. Undoable. */
    public Edit dropAnnotation(long id) {
        return decideAnnotation(pendingAnnotation(id), CarryDecision.DROPPED, -1, -1, "Drop web annotation");
    }

    private AnnotationPending pendingAnnotation(long id) {
        AnnotationPending a = store.pendingAnnotations().find(id)
                .orElseThrow(() -> new StoreException("That web annotation is no longer in the review queue; reopen the case."));
        if (!a.pending()) {
            throw new StoreException("That web annotation was already decided (" + a.decision().name().toLowerCase(java.util.Locale.ROOT)
                    + "). Undo that decision to change it.");
        }
        return a;
    }

    private Edit decideAnnotation(AnnotationPending a, CarryDecision decision, int start, int end, String label) {
        return decision(store, a.caseId(), new Queued() {
            @Override
            public Passage place(Repositories tx, int from, int to) {
                tx.documents().find(a.documentId())
                        .orElseThrow(() -> new StoreException("The document of that annotation was deleted meanwhile; reopen the case."));
                return AnnotationImport.place(tx, a.caseId(), a.documentId(), from, to, a.label(), a.note(), a.tags());
            }

            @Override
            public void mark(Repositories tx, CarryDecision d, Long made, Instant at) {
                tx.pendingAnnotations().decide(a.id(), d, made, at);
            }
        }, decision, start, end, label);
    }

    private Document document(long id) {
        return store.documents().find(id).orElseThrow(() -> new StoreException("Document " + id + " does not exist."));
    }
}
