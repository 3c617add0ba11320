package org.claimbench.ui.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.claimbench.analysis.Quotations;
import org.claimbench.domain.Document;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.PageLine;
import org.claimbench.domain.PageLines;
import org.claimbench.domain.Passage;
import org.claimbench.domain.Segment;
import org.claimbench.domain.ShortNames;
import org.claimbench.service.CaseEditor;
import org.claimbench.service.CaseSnapshot;
import org.claimbench.service.DocumentView;
import org.claimbench.service.Edit;
import org.claimbench.ui.session.CaseSession;
import org.claimbench.ui.session.DocumentCache;
import org.claimbench.ui.session.EditController;
import org.claimbench.ui.wording.WordingViewModel;

/**
 * The text pane's state: the document on show, read off the FX thread with its wording flags; the place to show in
 * it; where the caret is; and the edits made on its text (highlight, link, new allegation, correction).
 */
public final class DocumentViewModel {

    /** A place in a document to show: set, the text pane selects it and scrolls to it. */
    public record TextSpot(long documentId, int start, int end) {
    }

    /**
     * Where the text pane goes once a document it asked for is read: a spot or a passage of it. Set and read on the FX
     * thread only; a document read for another reason leaves it alone.
     */
    private record Destination(long documentId, TextSpot spot, Passage passage) {
    }

    private final CaseSession session;
    private final EditController edits;
    private final DocumentCache cache;
    private final CaseEditor editor;

    private final ReadOnlyObjectWrapper<LoadedDocument> loaded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TextSpot> spot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TextSpot> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Passage> focused = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper("");
    private Destination destination;
    /** The Answer's responses the document on show was read with (FX thread). */
    private Object responsesRead = List.of();

    public DocumentViewModel(CaseSession session, EditController edits, DocumentCache cache, CaseEditor editor) {
        this.session = session;
        this.edits = edits;
        this.cache = cache;
        this.editor = editor;
        session.selectedDocumentProperty().addListener((obs, old, doc) -> {
            if (!(session.isShowing() && readingFor != null && doc != null && readingFor.document().id() == doc.id())) {
                load(doc); // unless it is being read for the case coming on show
            }
        });
        session.onOpening(this::showAhead);
        session.onOpenFailed(() -> java.util.Optional.ofNullable(ahead.takeBack()).ifPresent(back -> {
            responsesRead = back.responses(); // the case could not be read: the text of the case still on show comes back
            loaded.set(back.document());
        }));
        session.onComing(c -> {
            ShownAhead.Shown back = ahead.takeBack();
            LoadedDocument early = back == null ? null : loaded.get();
            if (early != null && early.view().document().caseId() != c.snapshot().legalCase().id()) {
                responsesRead = back.responses(); // another case came first: what was on show comes back
                loaded.set(back.document());
            } else if (early != null && (c.document() == null || c.document().id() != early.view().document().id())) {
                loaded.set(null); // the case now opens on another document than the one shown ahead of it
            }
            // another document of the case about to be shown: read it now, with the selection the case opens on, so its
            // highlights are laid out on the worker while the other panes take the case on this thread
            readingFor = c.otherDocument() && c.document() != null ? c : null;
            if (readingFor != null) {
                load(c.document(), c.snapshot(), c.node(), c.passage());
            }
        });
        session.chosenNodeProperty().addListener((obs, old, node) -> focusFirstPassageOf(node));
        session.snapshotProperty().addListener((obs, old, s) -> {
            LoadedDocument d = loaded.get();
            if (s != null && d != null && d.view().document().caseId() == s.legalCase().id()
                    && !answersOf(s).equals(responsesRead)) {
                reload(); // an Answer was read, or read again: its responses go beside the paragraphs
            }
        });
        edits.onTextChanged(new EditController.TextListener() {
            @Override
            public void beforeReading() {
                cache.forgetViews();
            }

            @Override
            public void afterShowing() {
                reload(); // after a correction or its undo, the text is read again
            }
        });
    }

    /** What the Answers of the snapshot say that the text pane shows: to each paragraph, and beyond the paragraphs. */
    private static Object answersOf(CaseSnapshot s) {
        return List.of(s.responsesBySegment(), s.beyondParagraphs());
    }

    /** Reads the document on show again (its text, or the rules its flags come from, changed). */
    public void reload() {
        load(session.selectedDocumentProperty().get());
    }

    /** The drawings of this text pane's marks, kept for the next ask (made on the worker and on the FX thread). */
    private final TextStyles.Drawings drawings = new TextStyles.Drawings();

    /** The case coming on show whose document is being read ahead of its selection (FX thread); null when none is. */
    private CaseSession.Coming readingFor;

    private void load(Document doc) {
        if (doc == null) {
            loaded.set(null);
            return;
        }
        load(doc, session.current(), session.selectedNodeProperty().get(), session.selectedPassageProperty().get());
    }

    private void load(Document doc, CaseSnapshot s, OutlineNode node, Passage passage) {
        int defendants = WordingViewModel.defendants(s);
        session.tasks().run("Reading " + doc.title(), () -> {
            DocumentView v = cache.view(doc.id());
            boolean marked = s != null && s.legalCase().id() == v.document().caseId();
            // the Answer's responses beside the paragraphs it answers, their words read from the Answer's text here
            LoadedDocument d = ResponseGutter.with(prepared(v, cache.flags(v, defendants), marked), s, id -> cache.view(id).text());
            // the highlights and flags as they are now go into the text here, off the FX thread
            return !marked ? d : drawings.marked(d, drawings.of(d, s, node, passage, List.of(), v.text().length()));
        }, d -> session.whenShown(() -> put(doc, s, d)), session::fail);
    }

    private void put(Document doc, CaseSnapshot s, LoadedDocument d) {
        Document selected = session.selectedDocumentProperty().get();
        if (selected == null || selected.id() != d.view().document().id()) {
            return; // another document was chosen meanwhile
        }
        responsesRead = s == null ? List.of() : answersOf(s);
        loaded.set(d); // nothing changes when it is the text shown ahead of the case, unchanged
        ahead.remember(d, responsesRead);
        Destination go = destination;
        if (go != null && go.documentId() == doc.id()) {
            destination = null;
            if (go.spot() != null) {
                spot.set(null);
                spot.set(go.spot());
            } else {
                focused.set(null);
                focused.set(go.passage());
            }
        }
    }

    /** The text each of the last cases showed: the case opened again shows it at once, while it is read. */
    private final ShownAhead ahead = new ShownAhead();

    private void showAhead(long caseId, Long documentId) {
        CaseSnapshot s = session.current();
        ShownAhead.Shown last = ahead.ahead(caseId, documentId, s == null ? null : s.legalCase().id(), loaded.get(), responsesRead);
        if (last != null) {
            responsesRead = last.responses();
            loaded.set(last.document());
        }
    }

    /** A document laid out for the text pane, for one view of its text and one set of its flags. */
    private record Prepared(DocumentView view, java.util.Map<Integer, List<org.claimbench.analysis.WordingScreen.Flag>> flags,
                            LoadedDocument loaded) {
    }

    /** The documents last laid out, so that going back to one does not lay it out again. Used on the worker. */
    private final java.util.Map<Long, Prepared> prepared = new java.util.LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Long, Prepared> eldest) {
            return size() > 3;
        }
    };

    /** Laid out {@code toMark} (its styled text is built with the marks) or to be shown as it is. */
    private LoadedDocument prepared(DocumentView v, java.util.Map<Integer, List<org.claimbench.analysis.WordingScreen.Flag>> flags,
                                    boolean toMark) {
        synchronized (prepared) {
            Prepared p = prepared.get(v.document().id());
            if (p != null && p.view() == v && p.flags() == flags && (toMark || p.loaded().styled() != null)) {
                return p.loaded();
            }
        }
        LoadedDocument made = toMark ? LoadedDocument.toMark(v, flags) : LoadedDocument.of(v, flags);
        synchronized (prepared) {
            prepared.put(v.document().id(), new Prepared(v, flags, made));
        }
        return made;
    }

    private boolean onShow(long documentId) {
        LoadedDocument d = loaded.get();
        Document selected = session.selectedDocumentProperty().get();
        return d != null && d.view().document().id() == documentId && selected != null && selected.id() == documentId;
    }

    private void open(long documentId) {
        session.documents().stream().filter(x -> x.id() == documentId).findFirst()
                .ifPresent(session.selectedDocumentProperty()::set);
    }

    /** Shows a stretch of a document in the text pane, opening the document first if another is on show. */
    public void showSpot(long documentId, int start, int end) {
        TextSpot t = new TextSpot(documentId, start, end);
        if (onShow(documentId)) {
            spot.set(null);
            spot.set(t);
        } else {
            destination = new Destination(documentId, t, null);
            open(documentId);
        }
    }

    /** Scrolls the text to a passage, switching documents if needed. */
    public void focusPassage(Passage p) {
        if (p == null) {
            return;
        }
        if (onShow(p.documentId())) {
            focused.set(null);
            focused.set(p);
        } else {
            destination = new Destination(p.documentId(), null, p);
            open(p.documentId());
        }
    }

    /** The user chose a node: the text shows its first passage, in the document on show if it has one there. */
    private void focusFirstPassageOf(OutlineNode node) {
        CaseSnapshot s = session.current();
        if (node == null || s == null) {
            return;
        }
        Set<Long> linked = new HashSet<>();
        s.links().stream().filter(l -> l.nodeId() == node.id()).forEach(l -> linked.add(l.passageId()));
        List<Passage> passages = s.passages().stream().filter(p -> linked.contains(p.id()))
                .sorted(Comparator.comparingLong((Passage p) -> session.documentPosition(p.documentId())).thenComparingInt(Passage::start))
                .toList();
        if (passages.isEmpty()) {
            return;
        }
        Document current = session.selectedDocumentProperty().get();
        focusPassage(passages.stream().filter(p -> current != null && p.documentId() == current.id()).findFirst().orElse(passages.get(0)));
    }

    /** The text pane's selection changed: [start, end) of the document on show, or nothing when it is empty. */
    public void selectionChanged(int start, int end) {
        LoadedDocument d = loaded.get();
        selected.set(d == null || end <= start || end > d.view().text().length() ? null
                : new TextSpot(d.view().document().id(), start, end));
    }

    /** Updates the status bar's location from the caret: "¶ 12 · 3:12". */
    public void caretMoved(int offset) {
        LoadedDocument d = loaded.get();
        if (d == null) {
            location.set("");
            return;
        }
        Segment s = d.view().segmentAt(offset);
        PageLine pl = PageLines.at(d.view().lines(), offset);
        List<String> parts = new ArrayList<>();
        if (s != null && s.cite() != null) {
            parts.add(s.cite());
        }
        if (pl != null) {
            parts.add("page " + pl);
        }
        location.set(String.join(" \u00b7 ", parts));
    }

    // ---- passages of the document on show --------------------------------------------------------------

    /** The passage exactly over [start, end) of the document on show, if there is one. */
    public Passage passageExactly(int start, int end) {
        CaseSnapshot s = session.current();
        Document d = session.selectedDocumentProperty().get();
        if (s == null || d == null) {
            return null;
        }
        return s.passages().stream().filter(p -> p.documentId() == d.id() && p.start() == start && p.end() == end).findFirst().orElse(null);
    }

    /** The passages of the document on show that hold {@code offset}, shortest first. */
    public List<Passage> passagesAt(int offset) {
        CaseSnapshot s = session.current();
        Document d = session.selectedDocumentProperty().get();
        if (s == null || d == null) {
            return List.of();
        }
        return s.passages().stream().filter(p -> p.documentId() == d.id() && offset >= p.start() && offset < p.end())
                .sorted(Comparator.comparingInt(p -> p.end() - p.start())).toList();
    }

    /** Selecting a passage in the text selects the node it is linked to first, as the session's choice, not the user's. */
    public void selectPassage(Passage p) {
        CaseSnapshot s = session.current();
        if (p != null && s != null) {
            s.links().stream().filter(l -> l.passageId() == p.id()).findFirst()
                    .flatMap(l -> s.outline().stream().filter(n -> n.id() == l.nodeId()).findFirst())
                    .ifPresent(session::setNodeQuietly);
        }
        // after the node, so that the outline can add the passage's other nodes to its selection
        session.selectedPassageProperty().set(p);
    }

    /** The ids of the nodes a passage is linked to. */
    public Set<Long> nodesLinkedTo(Passage p) {
        CaseSnapshot s = session.current();
        Set<Long> ids = new HashSet<>();
        if (s != null && p != null) {
            s.links().stream().filter(l -> l.passageId() == p.id()).forEach(l -> ids.add(l.nodeId()));
        }
        return ids;
    }

    // ---- edits -------------------------------------------------------------------------------------

    /** Highlights the selection [start, end) of the document on show, and selects the new passage. */
    public void highlight(int start, int end) {
        Document d = session.selectedDocumentProperty().get();
        if (d == null || end <= start) {
            session.say("Select some text first, then highlight it");
            return;
        }
        if (passageExactly(start, end) != null) {
            session.say("That text is already highlighted");
            return;
        }
        long docId = d.id();
        edits.perform(made -> editor.highlight(docId, start, end, created -> made.passage(created.id())));
    }

    /**
     * Links the selection (made a passage first when it is not one yet) or, with no selection, the passage at the
     * caret, to {@code node}. The role is "asserts" for a pleading's text and "supports" for any other document.
     */
    public void link(int start, int end, OutlineNode node, LinkRole role) {
        Document d = session.selectedDocumentProperty().get();
        if (d == null || node == null) {
            session.say(node == null ? "Select a node in the outline to link to" : "Open a document first");
            return;
        }
        LinkRole r = role != null ? role : d.kind().isPleading() ? LinkRole.ASSERTS : LinkRole.SUPPORTS;
        Passage existing = end > start ? passageExactly(start, end) : passagesAt(start).stream().findFirst().orElse(null);
        if (existing != null) {
            long pid = existing.id();
            edits.perform(made -> editor.link(pid, node.id(), r));
            return;
        }
        if (end <= start) {
            session.say("Select some text, or put the caret in a highlight, to link it");
            return;
        }
        long docId = d.id();
        edits.perform(made -> {
            java.util.concurrent.atomic.AtomicLong passage = new java.util.concurrent.atomic.AtomicLong();
            Edit highlight = editor.highlight(docId, start, end, p -> {
                passage.set(p.id());
                made.passage(p.id());
            });
            return Edit.of("Highlight and link", highlight, new LinkMade(editor, passage, node.id(), r));
        });
    }

    /** A new allegation under the selected element (or beside the selected allegation), asserted by the selection. */
    public void newAllegationFromSelection(int start, int end) {
        Document d = session.selectedDocumentProperty().get();
        if (d == null || end <= start) {
            session.say("Select the text of the allegation first");
            return;
        }
        OutlineNode at = session.selectedNodeProperty().get();
        Long parent = at == null ? null : at.kind() == NodeKind.ALLEGATION ? at.parentId() : at.id();
        long docId = d.id();
        edits.perform(made -> editor.newAllegationFromSelection(docId, start, end, parent, n -> made.node(n.id())));
    }

    public void deletePassage(Passage p) {
        long id = p.id();
        edits.perform(made -> editor.deletePassage(id));
    }

    public void updatePassage(Passage p, int start, int end, String note) {
        long id = p.id();
        edits.perform(made -> editor.updatePassage(id, start, end, note));
    }

    /**
     * Corrects recognised text of the document on show: [start, end) reads {@code replacement}. One undoable edit;
     * the text pane reads the document again when it is saved.
     */
    public void correctText(int start, int end, String replacement) {
        LoadedDocument d = loaded.get();
        if (d == null) {
            return;
        }
        long documentId = d.view().document().id();
        edits.perform(made -> editor.correctText(documentId, start, end, replacement));
    }

    // ---- cites and short names ------------------------------------------------------------------------

    /** The document as the open case has it now (its short name may have changed since its text was read), or null. */
    public Document documentNow(long documentId) {
        return session.documents().stream().filter(d -> d.id() == documentId).findFirst().orElse(null);
    }

    /**
     * [start, end) of the document on show quoted with its cite ("“…” Compl. ¶ 12, 3:4–9."), from the text already read:
     * nothing is fetched. Null, with a word in the status bar, when nothing is selected.
     */
    public Quotations.Quoted quoteWithCite(int start, int end) {
        LoadedDocument d = loaded.get();
        if (d == null || end > d.view().text().length()) {
            return null;
        }
        Document now = documentNow(d.view().document().id());
        String name = (now != null ? now : d.view().document()).citeName();
        Quotations.Quoted q = Quotations.of(name, d.view().text(), d.view().segments(), d.view().lines(), Math.max(0, start), Math.max(start, end));
        session.say(q == null ? "Select the words to quote first, then copy them with their cite" : "Copied with its cite: " + q.cite());
        return q;
    }

    /**
     * Sets the short name a cite gives a document, as one undoable edit; blank goes back to the one worked out from its
     * kind and title. A name that is the one in use already changes nothing and is not saved.
     */
    public void editShortName(long documentId, String typed) {
        Document d = documentNow(documentId);
        if (d == null) {
            return;
        }
        String name = ShortNames.tidy(typed);
        if (name == null ? d.shortName() == null : name.equals(d.citeName())) {
            return;
        }
        edits.perform(made -> editor.setShortName(documentId, typed));
    }

    /** The case's complaints and amended complaints, in the case's order: what an Answer may answer. */
    public java.util.List<Document> complaints() {
        return session.documents().stream().filter(d -> d.kind().isComplaint()).toList();
    }

    /** The complaint the Answer {@code answerId} answers, as the last snapshot has it; null for none. */
    public Document answered(long answerId) {
        var snap = session.snapshotProperty().get();
        Long id = snap == null ? null : snap.answers(answerId);
        return id == null ? null : documentNow(id);
    }

    /**
     * Reads the Answer {@code answerId} against another complaint of the case, as one undoable edit on the interactive
     * lane; the gutter, the outline's marks and the report follow the snapshot after it. The complaint it answers
     * already changes nothing.
     */
    public void answerAgainst(long answerId, Long complaintId) {
        Document answered = answered(answerId);
        if (java.util.Objects.equals(answered == null ? null : answered.id(), complaintId)) {
            return;
        }
        edits.perform(made -> editor.answerAgainst(answerId, complaintId));
    }

    // ---- properties ----------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<LoadedDocument> loadedDocumentProperty() { return loaded.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<TextSpot> spotProperty() { return spot.getReadOnlyProperty(); }

    /** What is selected in the text pane (its document and range), or null when nothing is. */
    public ReadOnlyObjectProperty<TextSpot> selectedTextProperty() { return selected.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Passage> focusedPassageProperty() { return focused.getReadOnlyProperty(); }

    public ReadOnlyStringProperty locationProperty() { return location.getReadOnlyProperty(); }

    public CaseSession session() { return session; }

    TextStyles.Drawings drawings() { return drawings; }
}
