package org.claimbench.ui.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.claimbench.analysis.Anchors;
import org.claimbench.domain.AlignedRow;
import org.claimbench.domain.AnnotationPending;
import org.claimbench.domain.CarryState;
import org.claimbench.domain.Comparison;
import org.claimbench.domain.Document;
import org.claimbench.domain.PassageCarry;
import org.claimbench.domain.Segment;
import org.claimbench.service.AmendmentService;
import org.claimbench.service.CaseSnapshot;
import org.claimbench.service.Edit;
import org.claimbench.ui.document.DocumentViewModel;
import org.claimbench.ui.session.CaseSession;
import org.claimbench.ui.session.EditController;

/**
 * Edit ▸ Review waiting highlights…: the highlights of an older version of a pleading that were not carried into the
 * amended one as they were (their words changed, or were not found), and the web annotations read onto a document
 * whose words were not found as they were, each with the old (or annotated) words and the words offered in the text,
 * the differences marked. The user confirms the offer, chooses other words in the text pane
 * (Re-select) or lets the highlight go (Drop); each decision is an undoable edit. The list is read on the interactive
 * lane while the window is open, and again whenever the case changes.
 */
public final class ReviewViewModel {

    /**
     * One highlight waiting: where it was and its words (for a web annotation, {@code origin} names the file it came
     * from and {@code oldDocumentTitle} says the same; {@code carryId} is then the annotation's id in the queue), the place and words offered in the new version (start -1 and no
     * words when nothing was close enough), how alike they are, and the words compared. {@code alignedStart..alignedEnd}
     * is the paragraph of the new version that answers to the old one, or -1 when none does.
     */
    public record Item(long carryId, long documentId, String documentTitle, String oldDocumentTitle, CarryState state,
                       String oldWhere, String oldWords, String newWhere, String newWords, int start, int end, double similarity,
                       WordDiff.Result diff, int alignedStart, int alignedEnd, String origin) {

        /** Whether it is a web annotation read from a file rather than a highlight of an older version. */
        public boolean annotation() {
            return origin != null;
        }

        /** Tells items apart across both kinds (their ids are counted separately). */
        public long key() {
            return annotation() ? -carryId : carryId;
        }

        /** Whether the comparison offered words in the new version (Confirm takes them). */
        public boolean offered() {
            return start >= 0;
        }

        /** "changed" or "not found". */
        public String stateLabel() {
            return state == CarryState.ORPHANED ? "not found" : "changed";
        }

        /** "72%": how alike the old words and the offered ones are. */
        public String similarityLabel() {
            return offered() ? Math.round(similarity * 100) + "%" : "\u2014";
        }
    }

    /** The message the window shows when nothing waits. */
    public static final String NOTHING_WAITS = "Nothing waits for review";

    private final CaseSession session;
    private final EditController edits;
    private final AmendmentService amendments;
    private final DocumentViewModel document;

    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObservableList<Item> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyIntegerWrapper waiting = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(NOTHING_WAITS);
    /** Counts the readings asked for; only the latest is shown. */
    private final AtomicInteger generation = new AtomicInteger();
    /** Two versions compared, by "old-new" ids: where a passage that was not found would have been. Used on the worker. */
    private final Map<String, Comparison> compared = new ConcurrentHashMap<>();
    /** True while the window is open: only then is the list read. */
    private boolean active;

    public ReviewViewModel(CaseSession session, EditController edits, AmendmentService amendments, DocumentViewModel document) {
        this.session = session;
        this.edits = edits;
        this.amendments = amendments;
        this.document = document;
        session.snapshotProperty().addListener((obs, was, s) -> snapshotChanged(s));
        session.onOtherCase(() -> {
            compared.clear();
            generation.incrementAndGet();
            items.clear();
        });
        edits.onTextChanged(new EditController.TextListener() {
            @Override
            public void beforeReading() {
                compared.clear(); // a corrected text moves the paragraphs
            }
        });
    }

    /** How many highlights of a snapshot wait for review. */
    public static int waitingIn(CaseSnapshot s) {
        return s == null ? 0 : s.waitingCount();
    }

    private void snapshotChanged(CaseSnapshot s) {
        int n = waitingIn(s);
        waiting.set(n);
        if (n == 0) {
            generation.incrementAndGet();
            items.clear();
            summary.set(NOTHING_WAITS);
        } else if (active) {
            refresh();
        }
    }

    /** The window opened ({@code true}: the list is read now and kept up to date) or closed. */
    public void setActive(boolean on) {
        active = on;
        if (on) {
            refresh();
        }
    }

    /** Reads the queue of the open case again, on the interactive lane. */
    public void refresh() {
        Long caseId = session.caseId();
        if (caseId == null || waitingIn(session.current()) == 0) {
            generation.incrementAndGet();
            items.clear();
            summary.set(NOTHING_WAITS);
            return;
        }
        int mine = generation.incrementAndGet();
        Map<Long, String> titles = new HashMap<>();
        for (Document d : session.documents()) {
            titles.put(d.id(), d.title());
        }
        session.tasks().run("Reading the review queue", () -> read(caseId, titles), read -> {
            if (mine == generation.get()) {
                items.setAll(read);
                summary.set(read.isEmpty() ? NOTHING_WAITS : read.size() + (read.size() == 1 ? " highlight waits" : " highlights wait")
                        + " for review");
            }
        }, session::fail);
    }

    /** On the worker: the queue, each highlight's words compared with those offered. */
    private List<Item> read(long caseId, Map<Long, String> titles) {
        List<Item> out = new ArrayList<>();
        for (AmendmentService.Waiting w : amendments.queue(caseId)) {
            PassageCarry c = w.carry();
            String oldWords = w.old() == null ? "" : w.old().quote();
            int[] aligned = c.start() >= 0 ? new int[] {c.start(), c.end()} : aligned(c, w);
            out.add(new Item(c.id(), c.toDocumentId(), titles.getOrDefault(c.toDocumentId(), ""),
                    titles.getOrDefault(c.fromDocumentId(), ""), c.state(), w.oldParagraph(), oldWords, w.newParagraph(),
                    c.candidate(), c.start(), c.end(), c.similarity(), WordDiff.of(oldWords, c.candidate()), aligned[0], aligned[1], null));
        }
        for (AmendmentService.WaitingAnnotation w : amendments.annotationQueue(caseId)) {
            AnnotationPending a = w.item();
            out.add(new Item(a.id(), a.documentId(), titles.getOrDefault(a.documentId(), ""), a.origin(), a.state(), null, a.quote(),
                    w.newParagraph(), a.candidate(), a.start(), a.end(), a.similarity(), WordDiff.of(a.quote(), a.candidate()),
                    w.showStart(), w.showEnd(), a.origin()));
        }
        out.sort(Comparator.comparingLong(Item::documentId).thenComparingInt(i -> i.offered() ? i.start() : i.alignedStart()));
        return out;
    }

    /** The paragraph of the new version that answers to the one the passage stood in, or the next one that has an answer. */
    private int[] aligned(PassageCarry c, AmendmentService.Waiting w) {
        if (w.old() == null) {
            return new int[] {-1, -1};
        }
        Comparison cmp = compared.computeIfAbsent(c.fromDocumentId() + "-" + c.toDocumentId(),
                k -> amendments.compare(c.fromDocumentId(), c.toDocumentId()));
        Segment old = Anchors.segmentAt(cmp.before().segments(), w.old().start());
        List<AlignedRow> rows = cmp.rows();
        int from = 0;
        if (old != null) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).before().contains(old)) {
                    from = i;
                    break;
                }
            }
        }
        for (int i = from; i < rows.size(); i++) {
            if (!rows.get(i).after().isEmpty()) {
                Segment s = rows.get(i).after().get(0);
                return new int[] {s.start(), s.end()};
            }
        }
        return new int[] {-1, -1};
    }

    // ---- decisions -----------------------------------------------------------------------------------

    /** Takes the words offered in the new version. */
    public void confirm(Item item) {
        if (item == null) {
            return;
        }
        if (!item.offered()) {
            session.say("Nothing close enough was found for that highlight: select its words in the text, then choose Re-select");
            return;
        }
        decide(() -> item.annotation() ? amendments.confirmAnnotation(item.carryId()) : amendments.confirm(item.carryId()), "Confirmed: ",
                item);
    }

    /** Carries the highlight onto the words selected in the text pane, which must show the new version. */
    public void reselect(Item item) {
        if (item == null) {
            return;
        }
        DocumentViewModel.TextSpot sel = document.selectedTextProperty().get();
        if (sel == null || sel.documentId() != item.documentId()) {
            session.say("Select the words in \u201c" + item.documentTitle() + "\u201d first (Show in text opens it there), then "
                    + "choose Re-select");
            return;
        }
        int start = sel.start();
        int end = sel.end();
        decide(() -> item.annotation() ? amendments.reselectAnnotation(item.carryId(), start, end)
                : amendments.reselect(item.carryId(), start, end), "Re-selected: ", item);
    }

    /** Lets the highlight go: it stays on the old version only. */
    public void drop(Item item) {
        if (item != null) {
            decide(() -> item.annotation() ? amendments.dropAnnotation(item.carryId()) : amendments.drop(item.carryId()), "Dropped: ", item);
        }
    }

    private interface Decision {
        Edit make();
    }

    private void decide(Decision decision, String said, Item item) {
        edits.perform(made -> decision.make(), e -> session.say(said + "\u201c" + shortened(item.oldWords()) + "\u201d \u2014 saved. "
                + "Ctrl+Z undoes it"));
    }

    private static String shortened(String words) {
        String w = words == null ? "" : words.strip().replaceAll("\\s+", " ");
        return w.length() <= 60 ? w : w.substring(0, 57) + "\u2026";
    }

    /** Shows in the text pane the words offered, or, with none, the paragraph that answers to the old one. */
    public void show(Item item) {
        if (item == null) {
            return;
        }
        if (item.offered()) {
            document.showSpot(item.documentId(), item.start(), item.end());
        } else if (item.alignedStart() >= 0) {
            document.showSpot(item.documentId(), item.alignedStart(), item.alignedEnd());
        } else {
            document.showSpot(item.documentId(), 0, 0);
        }
    }

    /** Undo and redo from the review window: the same history as the main window's. */
    public void undo() {
        edits.undo();
    }

    public void redo() {
        edits.redo();
    }

    // ---- state -----------------------------------------------------------------------------------------

    /** The highlights waiting, as last read: in each new version, in the order of its text. */
    public ObservableList<Item> items() { return readOnlyItems; }

    /** How many highlights of the case on show wait for review (from the snapshot, whether or not the window is open). */
    public ReadOnlyIntegerProperty waitingProperty() { return waiting.getReadOnlyProperty(); }

    /** "3 highlights wait for review", or {@link #NOTHING_WAITS}. */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
}
