package org.claimbench.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;

import org.claimbench.domain.ChecklistEntry;
import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.EvidenceStatus;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.Weight;
import org.claimbench.service.CaseEditor;
import org.claimbench.service.Edit;
import org.claimbench.ingest.CancelledException;
import org.claimbench.service.ImportService;
import org.claimbench.service.OutlineBuilder;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.LegalCase;
import org.claimbench.domain.Link;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.PageLine;
import org.claimbench.domain.PageLines;
import org.claimbench.domain.Passage;
import org.claimbench.domain.Segment;
import org.claimbench.service.CaseService;
import org.claimbench.service.CaseSnapshot;
import org.claimbench.service.DemoCase;
import org.claimbench.service.DocumentImporter;
import org.claimbench.service.DocumentView;

/**
 * The state of the main window: the open case, the document on show, the selected outline node, and what the
 * status bar says. All store work goes through the task runner.
 */
public final class MainViewModel {

    private final CaseService cases;
    private final DocumentImporter documents;
    private final DemoCase demo;
    private final ImportService importer;
    private final OutlineBuilder outlineBuilder;
    private final CaseEditor editor;
    private final org.claimbench.service.ReportService reports;
    private org.claimbench.service.TemplateService templates;
    /** The wording rules: the built-in lexicon with the user's on top. */
    private org.claimbench.service.WordingService wording;
    /** The screen made from them, read on first use (on a worker thread) and again after the rules change. */
    private volatile org.claimbench.analysis.WordingScreen wordingScreen;
    /** Wording flags of the open case's pleadings by segment id, and the documents they were read from. */
    private final ReadOnlyObjectWrapper<Map<Long, List<org.claimbench.analysis.WordingScreen.Flag>>> wordingBySegment =
            new ReadOnlyObjectWrapper<>(Map.of());
    private List<Document> wordingReadFrom = List.of();
    /** What each count of the latest complaint incorporates, read with the wording. */
    private List<OutlineBuilder.Incorporation> incorporations = List.of();
    /** A place in a document to show: set, the text pane selects it and scrolls to it. */
    public record TextSpot(long documentId, int start, int end) {
    }
    private final ReadOnlyObjectWrapper<TextSpot> spot = new ReadOnlyObjectWrapper<>();
    private TextSpot pendingSpot;
    /** The citations of the same pleadings by segment id: the suggested evidence of an allegation. */
    private Map<Long, List<org.claimbench.domain.Citation>> citationsBySegment = Map.of();
    private org.claimbench.report.ReportOptions reportOptions = org.claimbench.report.ReportOptions.defaults();
    private final UndoStack undo = new UndoStack();
    private final TaskRunner tasks;
    private Dialogs dialogs;

    private final ReadOnlyObjectWrapper<CaseSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Document> documentList = FXCollections.observableArrayList();
    private final ObjectProperty<Document> selectedDocument = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LoadedDocument> loadedDocument = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<OutlineNode> selectedNode = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Passage> focusedPassage = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Passage> selectedPassage = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper("ClaimBench");
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ObservableList<LegalCase> caseList = FXCollections.observableArrayList();
    private Passage pendingFocus;
    private Long pendingDocument;
    private Long pendingNode;
    private Long pendingPassage;
    private boolean selectingQuietly;

    public MainViewModel(CaseService cases, DocumentImporter documents, DemoCase demo, ImportService importer,
                         OutlineBuilder outlineBuilder, CaseEditor editor, org.claimbench.service.ReportService reports,
                         TaskRunner tasks, Dialogs dialogs) {
        this.editor = editor;
        this.reports = reports;
        this.cases = cases;
        this.documents = documents;
        this.demo = demo;
        this.importer = importer;
        this.outlineBuilder = outlineBuilder;
        this.tasks = tasks;
        this.dialogs = dialogs;
        selectedDocument.addListener((obs, old, doc) -> loadDocument(doc));
        selectedNode.addListener((obs, old, node) -> {
            if (!selectingQuietly) {
                focusFirstPassageOf(node);
            }
        });
    }

    public void setDialogs(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    // ---- cases -----------------------------------------------------------------------------------------

    public void refreshCaseList() {
        tasks.run("Reading cases", cases::cases, caseList::setAll, this::fail);
    }

    /** Opens the most recently opened case, if there is one. */
    public void openMostRecent() {
        tasks.run("Opening the last case", () -> {
            List<LegalCase> all = cases.cases();
            return all.isEmpty() ? null : cases.open(all.get(0).id());
        }, s -> {
            if (s != null) {
                show(s);
            }
        }, this::fail);
    }

    public void openCase(long caseId) {
        tasks.run("Opening case", () -> cases.open(caseId), this::show, this::fail);
    }

    public void newCase(String title) {
        tasks.run("Creating case", () -> cases.open(cases.create(title).id()), this::show, this::fail);
    }

    public void addDemoCase() {
        tasks.run("Adding the demo case", () -> cases.open(demo.install()), this::show, this::fail);
    }

    /** Re-reads the open case (after an edit elsewhere), keeping the selection where it can. */
    public void reload() {
        CaseSnapshot current = snapshot.get();
        if (current != null) {
            tasks.run("Refreshing", () -> cases.snapshot(current.legalCase().id()), this::show, this::fail);
        }
    }

    private void show(CaseSnapshot s) {
        boolean sameCase = snapshot.get() != null && snapshot.get().legalCase().id() == s.legalCase().id();
        if (!sameCase) {
            undo.clear(); // the history belongs to the case it was made in
            if (snapshot.get() != null) {
                notice.set(""); // and so do the messages about it, when another case was on show
            }
        }
        Long selectedId = selectedNode.get() == null ? null : selectedNode.get().id();
        Long docId = selectedDocument.get() == null ? null : selectedDocument.get().id();
        snapshot.set(s);
        windowTitle.set("ClaimBench \u2014 " + s.legalCase().title());
        Long wanted = pendingDocument != null ? pendingDocument : sameCase ? docId : null;
        pendingDocument = null;
        Document doc = s.documents().stream().filter(d -> Objects.equals(d.id(), wanted)).findFirst()
                .orElse(s.documents().isEmpty() ? null : s.documents().get(0));
        if (!documentList.equals(s.documents())) {
            // replacing the chooser's items clears its selection (and, through the binding, the selected document)
            documentList.setAll(s.documents());
        }
        Document current = selectedDocument.get();
        if (doc == null || current == null || current.id() != doc.id()) {
            selectedDocument.set(doc);
        }
        screenWording(s); // after the document is asked for, so that its text comes first
        Long wantedNode = pendingNode != null ? pendingNode : sameCase ? selectedId : null;
        pendingNode = null;
        OutlineNode keep = s.outline().stream().filter(n -> Objects.equals(n.id(), wantedNode)).findFirst().orElse(null);
        if (!Objects.equals(keep, selectedNode.get())) {
            selectingQuietly = true;
            try {
                selectedNode.set(keep);
            } finally {
                selectingQuietly = false;
            }
        }
        Passage sel = selectedPassage.get();
        Long wantedPassage = pendingPassage != null ? pendingPassage : sel == null ? null : sel.id();
        pendingPassage = null;
        selectedPassage.set(wantedPassage == null ? null
                : s.passages().stream().filter(p -> p.id() == wantedPassage).findFirst().orElse(null));
        refreshCaseList();
    }

    // ---- import ----------------------------------------------------------------------------------------

    /** The kind a file dropped into the open case most likely is: its first pleading is the complaint. */
    public DocumentKind suggestedKind() {
        CaseSnapshot s = snapshot.get();
        boolean hasComplaint = s != null && s.documents().stream()
                .anyMatch(d -> d.kind() == DocumentKind.COMPLAINT || d.kind() == DocumentKind.AMENDED_COMPLAINT);
        return hasComplaint ? DocumentKind.EXHIBIT : DocumentKind.COMPLAINT;
    }

    /** The title of the case a file would go into, or null when none is open (a new case is made). */
    public String importTarget() {
        return snapshot.get() == null ? null : snapshot.get().legalCase().title();
    }

    /**
     * Imports a file into the open case (or, with none open, into a new case), in the background with progress
     * and cancel; then shows the new document.
     */
    public void importFile(Path file, DocumentKind kind, String title) {
        Long caseId = snapshot.get() == null ? null : snapshot.get().legalCase().id();
        String name = file.getFileName().toString();
        tasks.runWithProgress("Importing " + name, progress -> {
            try {
                ImportService.Result r = importer.importChecked(caseId, file, kind, title, progress);
                LayoutReading reading = r.concerns().isEmpty() ? null : LayoutReading.of(name, r.analysis());
                return new Imported(r.document(), r.concerns(), reading, cases.open(r.document().caseId()));
            } catch (ImportService.NoParagraphsException e) {
                throw new RefusedImport(e.getMessage(), LayoutReading.of(name, e.analysis()));
            }
        }, imported -> {
            pendingDocument = imported.document().id();
            show(imported.snapshot());
            notice.set("Imported " + name + (imported.concerns().isEmpty() ? "" : " \u2014 check its structure"));
            if (!imported.concerns().isEmpty()) {
                int choice = dialogs.choose("Check the structure of " + name, "ClaimBench imported " + name + ", but its structure "
                        + "may not have been read as the page shows it:\n\n\u2022 " + String.join("\n\u2022 ", imported.concerns())
                        + "\n\nCompare it with the original. The layout view shows how each printed line was read and why "
                        + "(View \u25b8 How the document was read\u2026).", SHOW_LAYOUT, "OK");
                if (choice == 0) {
                    layoutShower.accept(imported.reading());
                }
            }
        }, e -> {
            if (e instanceof CancelledException) {
                notice.set("Import of " + name + " cancelled; nothing was kept");
            } else if (e instanceof RefusedImport refused) {
                if (dialogs.choose("Cannot import " + name, refused.getMessage() + "\n\nIf the document does number its "
                        + "paragraphs, the layout view shows how each printed line was read and why.", SHOW_LAYOUT, "OK") == 0) {
                    layoutShower.accept(refused.reading);
                }
            } else {
                dialogs.error("Cannot import " + name, messageOf(e));
            }
        });
    }

    /** The action that opens the layout view, in the dialogs that offer it. */
    static final String SHOW_LAYOUT = "Show how it was read";

    private record Imported(Document document, List<String> concerns, LayoutReading reading, CaseSnapshot snapshot) {
    }

    /** An import refused for want of numbered paragraphs, with the reading the user may look at. */
    private static final class RefusedImport extends Exception {
        private final transient LayoutReading reading;

        RefusedImport(String message, LayoutReading reading) {
            super(message);
            this.reading = reading;
        }
    }

    private java.util.function.Consumer<LayoutReading> layoutShower = r -> { };

    /** Where a layout reading goes to be shown: the window sets it to open the layout view. */
    void setLayoutShower(java.util.function.Consumer<LayoutReading> shower) {
        layoutShower = java.util.Objects.requireNonNull(shower);
    }

    /**
     * View ▸ How the document was read…: the document on show read again from its stored original, in the
     * background, and shown line by line with the role each was given.
     */
    public void showLayoutOfDocument() {
        LoadedDocument d = loadedDocument.get();
        if (d == null) {
            return;
        }
        Document doc = d.view().document();
        String name = doc.fileName() != null ? doc.fileName() : doc.title();
        tasks.runWithProgress("Reading " + name + " again", progress -> LayoutReading.of(name, importer.reread(doc.id(), progress)),
                reading -> layoutShower.accept(reading), e -> {
                    if (!(e instanceof CancelledException)) {
                        dialogs.error("Cannot show how " + name + " was read", messageOf(e));
                    }
                });
    }

    /** Outline ▸ Build from counts. */
    public void buildOutlineFromCounts() {
        CaseSnapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        long caseId = s.legalCase().id();
        tasks.run("Building the outline", () -> {
            OutlineBuilder.CountsEdit edit = outlineBuilder.fromCounts(caseId);
            edit.apply();
            return new Built(edit, cases.snapshot(caseId));
        }, built -> {
            int added = built.edit().added().size();
            if (added > 0) {
                undo.done(built.edit()); // undone as one step, like any other edit
            }
            show(built.snapshot());
            notice.set(added == 0 ? "No new counts: every pleaded count is already in the outline, or no complaint was found"
                    : "Added " + added + (added == 1 ? " count" : " counts") + " to the outline (Ctrl+Z takes them out again)");
        }, this::fail);
    }

    private record Built(OutlineBuilder.CountsEdit edit, CaseSnapshot snapshot) {
    }

    // ---- edits -----------------------------------------------------------------------------------------

    /** Makes an edit (reading what it needs from the store), applies it, records it for undo, and refreshes. */
    public void perform(java.util.concurrent.Callable<Edit> make) {
        CaseSnapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        long caseId = s.legalCase().id();
        tasks.run("Saving", () -> {
            Edit e = make.call();
            e.apply();
            forgetViewsIfTextChanged(e);
            return new Done(e, cases.snapshot(caseId));
        }, done -> {
            undo.done(done.edit());
            notice.set(done.edit().label() + " \u2014 saved");
            rescreenIfTextChanged(done.edit());
            show(done.snapshot());
            rereadIfTextChanged(done.edit());
        }, this::fail);
    }

    /** On the worker, after an edit of a document's text: the views read before it are stale. */
    private void forgetViewsIfTextChanged(Edit e) {
        if (e.changesText()) {
            synchronized (views) {
                views.clear();
            }
        }
    }

    /** After an edit of a document's text, the wording of the pleadings is screened again with the next snapshot. */
    private void rescreenIfTextChanged(Edit e) {
        if (e.changesText()) {
            wordingReadFrom = List.of();
        }
    }

    /** After an edit of a document's text (a correction, or its undo), the text pane reads the document again. */
    private void rereadIfTextChanged(Edit e) {
        if (e.changesText()) {
            loadDocument(selectedDocument.get());
        }
    }

    /**
     * Corrects recognised text of the document on show: [start, end) reads {@code replacement}. One undoable edit;
     * the text pane reads the document again when it is saved.
     */
    public void correctText(int start, int end, String replacement) {
        LoadedDocument d = loadedDocument.get();
        if (d == null) {
            return;
        }
        long documentId = d.view().document().id();
        perform(() -> editor.correctText(documentId, start, end, replacement));
    }

    public void undo() {
        CaseSnapshot s = snapshot.get();
        if (s == null || !undo.canUndoProperty().get() || tasks.busyProperty().get()) {
            return;
        }
        Edit e = undo.takeUndo();
        long caseId = s.legalCase().id();
        tasks.run("Undoing", () -> {
            e.revert();
            forgetViewsIfTextChanged(e);
            return cases.snapshot(caseId);
        }, snap -> {
            undo.undone(e);
            notice.set("Undid " + e.label().toLowerCase(java.util.Locale.ROOT));
            rescreenIfTextChanged(e);
            show(snap);
            rereadIfTextChanged(e);
        }, err -> {
            undo.clear();
            fail(err);
            reload();
        });
    }

    public void redo() {
        CaseSnapshot s = snapshot.get();
        if (s == null || !undo.canRedoProperty().get() || tasks.busyProperty().get()) {
            return;
        }
        Edit e = undo.takeRedo();
        long caseId = s.legalCase().id();
        tasks.run("Redoing", () -> {
            e.apply();
            forgetViewsIfTextChanged(e);
            return cases.snapshot(caseId);
        }, snap -> {
            undo.redone(e);
            notice.set("Redid " + e.label().toLowerCase(java.util.Locale.ROOT));
            rescreenIfTextChanged(e);
            show(snap);
            rereadIfTextChanged(e);
        }, err -> {
            undo.clear();
            fail(err);
            reload();
        });
    }

    private record Done(Edit edit, CaseSnapshot snapshot) {
    }

    /** The passage exactly over [start, end) of the document on show, if there is one. */
    public Passage passageExactly(int start, int end) {
        CaseSnapshot s = snapshot.get();
        Document d = selectedDocument.get();
        if (s == null || d == null) {
            return null;
        }
        return s.passages().stream().filter(p -> p.documentId() == d.id() && p.start() == start && p.end() == end).findFirst().orElse(null);
    }

    /** The passages of the document on show that hold {@code offset}, shortest first. */
    public List<Passage> passagesAt(int offset) {
        CaseSnapshot s = snapshot.get();
        Document d = selectedDocument.get();
        if (s == null || d == null) {
            return List.of();
        }
        return s.passages().stream().filter(p -> p.documentId() == d.id() && offset >= p.start() && offset < p.end())
                .sorted(Comparator.comparingInt(p -> p.end() - p.start())).toList();
    }

    /** Highlight the selection [start, end) of the document on show. */
    public void highlight(int start, int end) {
        Document d = selectedDocument.get();
        if (d == null || end <= start) {
            notice.set("Select some text first, then highlight it");
            return;
        }
        if (passageExactly(start, end) != null) {
            notice.set("That text is already highlighted");
            return;
        }
        long docId = d.id();
        perform(() -> editor.highlight(docId, start, end, created -> pendingPassage = created.id()));
    }

    /**
     * Links the selection (made a passage first when it is not one yet) or, with no selection, the passage at the
     * caret, to {@code node}. The role is "asserts" for a pleading's text and "supports" for any other document.
     */
    public void link(int start, int end, OutlineNode node, LinkRole role) {
        Document d = selectedDocument.get();
        if (d == null || node == null) {
            notice.set(node == null ? "Select a node in the outline to link to" : "Open a document first");
            return;
        }
        LinkRole r = role != null ? role : d.kind().isPleading() ? LinkRole.ASSERTS : LinkRole.SUPPORTS;
        Passage existing = end > start ? passageExactly(start, end) : passagesAt(start).stream().findFirst().orElse(null);
        if (existing != null) {
            long pid = existing.id();
            perform(() -> editor.link(pid, node.id(), r));
            return;
        }
        if (end <= start) {
            notice.set("Select some text, or put the caret in a highlight, to link it");
            return;
        }
        long docId = d.id();
        perform(() -> {
            java.util.concurrent.atomic.AtomicLong made = new java.util.concurrent.atomic.AtomicLong();
            Edit highlight = editor.highlight(docId, start, end, p -> made.set(p.id()));
            Edit linkIt = new Edit() {
                Edit inner;

                @Override
                public String label() {
                    return "Link";
                }

                @Override
                public void apply() {
                    if (inner == null) {
                        inner = editor.link(made.get(), node.id(), r);
                    }
                    inner.apply();
                }

                @Override
                public void revert() {
                    inner.revert();
                }
            };
            return Edit.of("Highlight and link", highlight, linkIt);
        });
    }

    /** Links an existing passage (dragged from a list) to a node. */
    public void linkPassage(Passage p, OutlineNode node) {
        if (p == null || node == null) {
            return;
        }
        boolean pleading = documentList.stream().anyMatch(d -> d.id() == p.documentId() && d.kind().isPleading());
        LinkRole r = pleading ? LinkRole.ASSERTS : LinkRole.SUPPORTS;
        perform(() -> editor.link(p.id(), node.id(), r));
    }

    public void unlink(Link link) {
        perform(() -> editor.unlink(link));
    }

    public void newAllegationFromSelection(int start, int end) {
        Document d = selectedDocument.get();
        if (d == null || end <= start) {
            notice.set("Select the text of the allegation first");
            return;
        }
        OutlineNode at = selectedNode.get();
        Long parent = at == null ? null : at.kind() == NodeKind.ALLEGATION ? at.parentId() : at.id();
        long docId = d.id();
        perform(() -> editor.newAllegationFromSelection(docId, start, end, parent, n -> pendingNode = n.id()));
    }

    public void deletePassage(Passage p) {
        perform(() -> editor.deletePassage(p.id()));
    }

    public void updatePassage(Passage p, int start, int end, String note) {
        perform(() -> editor.updatePassage(p.id(), start, end, note));
    }

    // ---- outline edits ---------------------------------------------------------------------------------

    /** Adds a node of {@code kind} where it belongs relative to the selection, and selects it. */
    public void addNode(NodeKind kind, String title) {
        CaseSnapshot s = snapshot.get();
        if (s == null || title == null || title.isBlank()) {
            return;
        }
        Long parent = parentFor(kind, selectedNode.get(), s);
        OutlineNode draft = OutlineNode.of(s.legalCase().id(), parent, 0, kind, title.strip());
        perform(() -> editor.addNode(draft, n -> pendingNode = n.id()));
    }

    /** A count goes at the top; an element under the selected count; an allegation under the selected element. */
    static Long parentFor(NodeKind kind, OutlineNode selected, CaseSnapshot s) {
        if (kind == NodeKind.COUNT || selected == null) {
            return null;
        }
        java.util.Map<Long, OutlineNode> byId = new java.util.HashMap<>();
        s.outline().forEach(n -> byId.put(n.id(), n));
        NodeKind wantedParent = kind == NodeKind.ELEMENT ? NodeKind.COUNT : NodeKind.ELEMENT;
        for (OutlineNode n = selected; n != null; n = n.parentId() == null ? null : byId.get(n.parentId())) {
            if (n.kind() == wantedParent) {
                return n.id();
            }
        }
        return selected.kind() == NodeKind.ALLEGATION ? selected.parentId() : selected.id();
    }

    public void updateNode(OutlineNode changed) {
        perform(() -> editor.updateNode(changed));
    }

    public void deleteNode(OutlineNode n) {
        perform(() -> editor.deleteNode(n.id()));
    }

    public void moveNode(OutlineNode n, Long newParentId, int index) {
        pendingNode = n.id();
        perform(() -> editor.moveNode(n.id(), newParentId, index));
    }

    /** Alt+Up / Alt+Down: one place up or down among its siblings. */
    public void moveAmongSiblings(OutlineNode n, int delta) {
        List<OutlineNode> siblings = siblings(n);
        int i = siblings.indexOf(n) + delta;
        if (i >= 0 && i < siblings.size()) {
            moveNode(n, n.parentId(), i);
        }
    }

    /** Alt+Right: under the sibling above, as its last child. */
    public void indent(OutlineNode n) {
        List<OutlineNode> siblings = siblings(n);
        int i = siblings.indexOf(n);
        if (i > 0) {
            OutlineNode newParent = siblings.get(i - 1);
            moveNode(n, newParent.id(), Integer.MAX_VALUE);
        }
    }

    /** Alt+Left: out of its parent, just after it. */
    public void outdent(OutlineNode n) {
        CaseSnapshot s = snapshot.get();
        if (s == null || n.parentId() == null) {
            return;
        }
        OutlineNode parent = s.outline().stream().filter(x -> x.id() == n.parentId()).findFirst().orElse(null);
        if (parent != null) {
            moveNode(n, parent.parentId(), siblings(parent).indexOf(parent) + 1);
        }
    }

    public List<OutlineNode> siblings(OutlineNode n) {
        CaseSnapshot s = snapshot.get();
        if (s == null) {
            return List.of();
        }
        return s.outline().stream().filter(x -> Objects.equals(x.parentId(), n.parentId()))
                .sorted(Comparator.comparingInt(OutlineNode::position).thenComparingLong(OutlineNode::id)).toList();
    }

    // ---- evidence edits --------------------------------------------------------------------------------

    public void addEvidence(OutlineNode node, EvidenceItem draft, EvidenceStatus status, Weight weight, String note) {
        perform(() -> editor.addEvidence(node.id(), draft, status, weight, note, null));
    }

    public void updateEvidence(ChecklistEntry entry, EvidenceItem item) {
        perform(() -> editor.updateEvidence(entry, item));
    }

    /** Ticks or unticks the entry as it stands in the store when the edit runs, not as the screen last showed it. */
    public void toggleChecked(ChecklistRow row) {
        long id = row.entry().id();
        perform(() -> editor.toggleChecked(id));
    }

    public void setStatus(ChecklistRow row, EvidenceStatus status) {
        long id = row.entry().id();
        perform(() -> editor.setStatus(id, status));
    }

    public void removeEvidence(ChecklistRow row) {
        perform(() -> editor.removeEvidence(row.entry().id()));
    }

    public void moveEvidence(ChecklistRow row, int position) {
        perform(() -> editor.moveEvidence(row.entry().id(), position));
    }

    /** Passages of the case's other documents (exhibits, commentary), to offer as evidence. */
    public List<Passage> passagesOutsidePleadings() {
        CaseSnapshot s = snapshot.get();
        if (s == null) {
            return List.of();
        }
        java.util.Set<Long> pleadings = new java.util.HashSet<>();
        s.documents().stream().filter(d -> d.kind().isPleading()).forEach(d -> pleadings.add(d.id()));
        return s.passages().stream().filter(p -> !pleadings.contains(p.documentId())).toList();
    }

    public String documentTitleOf(long documentId) {
        return documentTitle(documentId);
    }

    /** The citations of the case's pleadings, read off the UI thread, then handed to {@code then}. */
    public void loadCitations(java.util.function.Consumer<List<org.claimbench.domain.Citation>> then) {
        CaseSnapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        List<Document> pleadings = s.documents().stream().filter(d -> d.kind().isPleading()).toList();
        tasks.run("Reading citations", () -> {
            List<org.claimbench.domain.Citation> all = new ArrayList<>();
            for (Document d : pleadings) {
                all.addAll(documents.view(d.id()).citations());
            }
            return all;
        }, then, this::fail);
    }

    /** Selecting a passage in the text selects the nodes it is linked to (the first one in the evidence pane). */
    public void selectPassage(Passage p) {
        CaseSnapshot s = snapshot.get();
        if (p == null || s == null) {
            selectedPassage.set(p);
            return;
        }
        s.links().stream().filter(l -> l.passageId() == p.id()).findFirst()
                .flatMap(l -> s.outline().stream().filter(n -> n.id() == l.nodeId()).findFirst())
                .ifPresent(n -> {
                    selectingQuietly = true;
                    try {
                        selectedNode.set(n);
                    } finally {
                        selectingQuietly = false;
                    }
                });
        // after the node, so that the outline can add the passage's other nodes to its selection
        selectedPassage.set(p);
    }

    /** The ids of the nodes a passage is linked to. */
    public java.util.Set<Long> nodesLinkedTo(Passage p) {
        CaseSnapshot s = snapshot.get();
        java.util.Set<Long> ids = new java.util.HashSet<>();
        if (s != null && p != null) {
            s.links().stream().filter(l -> l.passageId() == p.id()).forEach(l -> ids.add(l.nodeId()));
        }
        return ids;
    }

    /** What is being dragged between the panes: a text selection or a passage. */
    public sealed interface Dragged permits DraggedSelection, DraggedPassage, DraggedNode {
    }

    public record DraggedSelection(int start, int end) implements Dragged {
    }

    public record DraggedPassage(Passage passage) implements Dragged {
    }

    public record DraggedNode(OutlineNode node) implements Dragged {
    }

    private Dragged dragged;

    public void startDrag(Dragged d) {
        dragged = d;
    }

    /** What is being dragged, if anything (left in place). */
    public Dragged dragged() {
        return dragged;
    }

    /** Takes what was being dragged (once). */
    public Dragged takeDragged() {
        Dragged d = dragged;
        dragged = null;
        return d;
    }

    // ---- case files and case management ------------------------------------------------------------

    private final javafx.beans.property.ReadOnlyObjectWrapper<Edit> deletedCase = new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private String deletedTitle;

    /** Writes the open case to a .claimcase file, whole or not at all. */
    public void exportCase(Path target) {
        exportCase(target, null);
    }

    /** Writes the open case to a .claimcase file, sealed with {@code password} when one is given. */
    public void exportCase(Path target, char[] password) {
        CaseSnapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        long caseId = s.legalCase().id();
        tasks.run("Writing the case file", () -> {
            byte[] plain = new org.claimbench.service.CaseArchive(archiveStore()).export(caseId);
            byte[] bytes = password == null || password.length == 0 ? plain : org.claimbench.service.Sealed.seal(plain, password);
            org.claimbench.service.AtomicFiles.write(target, "The case file", bytes);
            return target;
        }, path -> notice.set("Saved the case to " + path), this::fail);
    }

    /**
     * Opens a .claimcase file: checks it, asks whether to replace a case that is already here or keep both, stores it
     * and shows it. A bad file is explained and changes nothing.
     */
    public void openCaseFile(Path file) {
        openCaseFile(file, null);
    }

    private void openCaseFile(Path file, char[] password) {
        String name = file.getFileName().toString();
        tasks.run("Reading " + name, () -> {
            var checked = org.claimbench.service.CaseArchive.read(name, ImportService.readFile(file), password);
            return new CheckedFile(checked, new org.claimbench.service.CaseArchive(archiveStore()).existing(checked).isPresent());
        }, f -> {
            org.claimbench.service.CaseArchive.Existing mode = org.claimbench.service.CaseArchive.Existing.KEEP_BOTH;
            if (f.exists()) {
                int choice = dialogs.choose("This case is already here", "\u201c" + f.checked().caseJson().title()
                        + "\u201d is already in ClaimBench. Replace it with the version in " + name + ", or keep both?",
                        "Replace", "Keep both");
                if (choice < 0) {
                    return;
                }
                mode = choice == 0 ? org.claimbench.service.CaseArchive.Existing.REPLACE : org.claimbench.service.CaseArchive.Existing.KEEP_BOTH;
            }
            org.claimbench.service.CaseArchive.Existing chosen = mode;
            tasks.run("Adding the case", () -> cases.open(new org.claimbench.service.CaseArchive(archiveStore()).store(f.checked(), chosen)),
                    snap -> {
                        show(snap);
                        notice.set("Opened " + name + (f.checked().changed().isEmpty() ? "" : ". " + String.join(" ", f.checked().changed())));
                    }, this::fail);
        }, e -> {
            boolean locked = e instanceof org.claimbench.service.CaseArchive.PasswordNeeded
                    || password != null && messageOf(e).contains("password");
            if (locked) {
                // ask (again): a wrong password changes nothing, and may be tried once more
                dialogs.askPassword("Encrypted case file", password == null ? name + " is encrypted. Enter its password."
                        : "That password did not open " + name + ". Try again.", false).ifPresent(p -> openCaseFile(file, p));
            } else {
                dialogs.error("Cannot open " + name, messageOf(e));
            }
        });
    }

    private record CheckedFile(org.claimbench.service.CaseArchive.Checked checked, boolean exists) {
    }

    public void editCaseProperties(String title, String court, String caseNumber, String notes, List<String> plaintiffs,
                                   List<String> defendants) {
        CaseSnapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        long caseId = s.legalCase().id();
        perform(() -> cases.editProperties(caseId, title, court, caseNumber, notes, plaintiffs, defendants));
    }

    public void duplicateCase() {
        CaseSnapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        long caseId = s.legalCase().id();
        tasks.run("Duplicating the case", () -> cases.open(cases.duplicate(caseId)), snap -> {
            show(snap);
            notice.set("Made a copy: " + snap.legalCase().title());
        }, this::fail);
    }

    /** Deletes the open case (the caller has asked); File ▸ Restore deleted case brings it back this session. */
    public void deleteCase() {
        CaseSnapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        long caseId = s.legalCase().id();
        String title = s.legalCase().title();
        tasks.run("Deleting the case", () -> {
            Edit e = cases.delete(caseId);
            e.apply();
            List<LegalCase> rest = cases.cases();
            return new Deleted(e, rest.isEmpty() ? null : cases.open(rest.get(0).id()));
        }, d -> {
            deletedTitle = title;
            deletedCase.set(d.edit());
            if (d.next() != null) {
                show(d.next());
            } else {
                clearCase();
            }
            refreshCaseList();
            notice.set("Deleted \u201c" + title + "\u201d \u2014 File \u25b8 Restore deleted case brings it back");
        }, this::fail);
    }

    private record Deleted(Edit edit, CaseSnapshot next) {
    }

    public void restoreDeletedCase() {
        Edit e = deletedCase.get();
        if (e == null) {
            return;
        }
        tasks.run("Restoring the case", () -> {
            e.revert();
            List<LegalCase> all = cases.cases(); // the restored case was opened last
            return cases.open(all.get(0).id());
        }, snap -> {
            deletedCase.set(null);
            show(snap);
            notice.set("Restored \u201c" + deletedTitle + "\u201d");
        }, this::fail);
    }

    public javafx.beans.property.ReadOnlyObjectProperty<Edit> deletedCaseProperty() {
        return deletedCase.getReadOnlyProperty();
    }

    private void clearCase() {
        undo.clear();
        snapshot.set(null);
        documentList.clear();
        selectedDocument.set(null);
        selectedNode.set(null);
        windowTitle.set("ClaimBench");
    }

    private org.claimbench.store.Store archiveStore() {
        return cases.store();
    }

    // ---- element templates -------------------------------------------------------------------------

    public void setTemplates(org.claimbench.service.TemplateService templates) {
        this.templates = templates;
    }

    /** The count the selection is in (the selected count, or the count above the selected element or allegation). */
    public OutlineNode selectedCount() {
        CaseSnapshot s = snapshot.get();
        OutlineNode n = selectedNode.get();
        if (s == null || n == null) {
            return null;
        }
        java.util.Map<Long, OutlineNode> byId = new java.util.HashMap<>();
        s.outline().forEach(x -> byId.put(x.id(), x));
        for (OutlineNode x = n; x != null; x = x.parentId() == null ? null : byId.get(x.parentId())) {
            if (x.kind() == NodeKind.COUNT) {
                return x;
            }
        }
        return null;
    }

    /** Reads the template library off the UI thread, in order of fit for {@code count}. */
    public void loadTemplates(OutlineNode count, java.util.function.Consumer<List<org.claimbench.analysis.ElementTemplates.Template>> then) {
        tasks.run("Reading templates", () -> templates.library().suggest(count.title(), count.legalBasis()), then, this::fail);
    }

    public void applyTemplate(OutlineNode count, org.claimbench.analysis.ElementTemplates.Template t) {
        pendingNode = count.id();
        perform(() -> templates.apply(count.id(), t));
    }

    public void saveCountAsTemplate(OutlineNode count, String name) {
        tasks.run("Saving the template", () -> templates.saveAsTemplate(count.id(), name),
                t -> notice.set("Saved the template \u201c" + t.name() + "\u201d"), this::fail);
    }

    // ---- report --------------------------------------------------------------------------------------

    /** The options the report was last made with (the dialog starts from them). */
    public org.claimbench.report.ReportOptions reportOptions() {
        return reportOptions;
    }

    /** Writes the report to a file in the background, whole or not at all. */
    public void exportReport(org.claimbench.report.ReportOptions options, org.claimbench.report.ReportFormat format, Path target) {
        CaseSnapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        reportOptions = options;
        long caseId = s.legalCase().id();
        tasks.runWithProgress("Writing the report", progress -> {
            reports.export(caseId, options, format, target);
            return target;
        }, path -> notice.set("Saved the report to " + path), this::fail);
    }

    /** The report's pages as images, for the preview and the printer. */
    public record ReportPages(byte[] pdf, List<javafx.scene.image.Image> pages) {
    }

    public void previewReport(org.claimbench.report.ReportOptions options, java.util.function.Consumer<ReportPages> show) {
        CaseSnapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        reportOptions = options;
        long caseId = s.legalCase().id();
        tasks.runWithProgress("Laying out the report", progress -> {
            byte[] pdf = org.claimbench.service.ReportService.render(reports.model(caseId, options),
                    org.claimbench.report.ReportFormat.PDF);
            progress.checkCancelled();
            List<javafx.scene.image.Image> images = new ArrayList<>();
            for (var page : org.claimbench.report.PdfPages.render(pdf, 110, (n, total) -> progress.update("Rendering page " + n + " of " + total, n, total))) {
                images.add(javafx.embed.swing.SwingFXUtils.toFXImage(page, null));
            }
            return new ReportPages(pdf, images);
        }, show, this::fail);
    }

    /** Saves an already laid-out report as PDF, in the background. */
    public void savePdf(ReportPages pages, Path target) {
        tasks.run("Saving the report", () -> {
            org.claimbench.service.AtomicFiles.write(target, "The report", pages.pdf());
            return target;
        }, path -> notice.set("Saved the report to " + path), this::fail);
    }

    /** Puts a message in the status bar. */
    public void say(String message) {
        notice.set(message);
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    public List<OutlineNode> counts() {
        CaseSnapshot s = snapshot.get();
        return s == null ? List.of() : s.outline().stream().filter(n -> n.parentId() == null)
                .sorted(Comparator.comparingInt(OutlineNode::position)).toList();
    }

    public UndoStack undoStack() {
        return undo;
    }

    public ObjectProperty<Passage> selectedPassageProperty() {
        return selectedPassage;
    }

    // ---- documents -------------------------------------------------------------------------------------

    /**
     * The documents last read, by id. A document's text and structure never change once it is imported, so a read
     * one serves the text pane and the wording screen alike. Used on the worker thread only.
     */
    private final Map<Long, DocumentView> views = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, DocumentView> eldest) {
            return size() > 4;
        }
    };

    private DocumentView view(long documentId) {
        synchronized (views) {
            DocumentView v = views.get(documentId);
            if (v != null) {
                return v;
            }
        }
        DocumentView read = documents.view(documentId);
        synchronized (views) {
            views.put(documentId, read);
        }
        return read;
    }

    /** Reads the wording flags of the case's pleadings on a worker, again only when its documents change. */
    private void screenWording(CaseSnapshot s) {
        List<Document> pleadings = s.documents().stream().filter(d -> d.kind().isPleading()).toList();
        if (pleadings.equals(wordingReadFrom)) {
            return;
        }
        wordingReadFrom = pleadings;
        wordingBySegment.set(Map.of());
        citationsBySegment = Map.of();
        int defendants = (int) s.parties().stream().filter(p -> p.role() == org.claimbench.domain.PartyRole.DEFENDANT).count();
        Map<Long, List<org.claimbench.domain.Citation>> cites = new HashMap<>();
        List<OutlineBuilder.Incorporation> incorporated = new ArrayList<>();
        incorporations = List.of();
        tasks.run("Screening the wording", () -> {
            Map<Long, List<org.claimbench.analysis.WordingScreen.Flag>> out = new HashMap<>();
            for (Document d : pleadings) {
                DocumentView v = view(d.id());
                if (OutlineBuilder.isLatestComplaint(d, s.documents())) {
                    incorporated.addAll(OutlineBuilder.incorporation(v));
                }
                v.citations().stream().filter(c -> c.segmentId() != null)
                        .forEach(c -> cites.computeIfAbsent(c.segmentId(), k -> new ArrayList<>()).add(c));
                org.claimbench.service.WordingService.putBySegmentId(screened(v, defendants), v.segments(), out);
            }
            return out;
        }, m -> {
            if (pleadings == wordingReadFrom) {
                citationsBySegment = Map.copyOf(cites);
                incorporations = List.copyOf(incorporated);
                wordingBySegment.set(Map.copyOf(m));
            }
        }, this::fail);
    }

    public ReadOnlyObjectProperty<Map<Long, List<org.claimbench.analysis.WordingScreen.Flag>>> wordingBySegmentProperty() {
        return wordingBySegment.getReadOnlyProperty();
    }

    /**
     * Exhibits and authorities cited in the paragraphs an allegation's passages come from, that its checklist does
     * not hold yet: each one a checklist item to add ("Exhibit C — cited in complaint").
     */
    public List<org.claimbench.domain.Citation> suggestedEvidence(OutlineNode n) {
        CaseSnapshot s = snapshot.get();
        if (s == null || n == null || n.kind() != NodeKind.ALLEGATION || citationsBySegment.isEmpty()) {
            return List.of();
        }
        java.util.Set<String> held = new java.util.HashSet<>();
        for (ChecklistRow r : checklist(n)) {
            if (r.item().citationText() != null) {
                held.add(r.item().citationText().toLowerCase(java.util.Locale.ROOT));
            }
            held.add(r.item().description().toLowerCase(java.util.Locale.ROOT));
        }
        Map<String, org.claimbench.domain.Citation> out = new java.util.LinkedHashMap<>();
        java.util.Set<Long> passageIds = new java.util.HashSet<>();
        s.links().stream().filter(l -> l.nodeId() == n.id()).forEach(l -> passageIds.add(l.passageId()));
        for (Passage p : s.passages()) {
            if (passageIds.contains(p.id()) && p.segmentId() != null) {
                for (org.claimbench.domain.Citation c : citationsBySegment.getOrDefault(p.segmentId(), List.of())) {
                    String key = c.text().toLowerCase(java.util.Locale.ROOT);
                    if (held.stream().noneMatch(h -> h.contains(key))) {
                        out.putIfAbsent(key, c);
                    }
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** Adds a suggested citation to an allegation's checklist, as cited in the complaint (one undoable edit). */
    public void addSuggestedEvidence(OutlineNode n, org.claimbench.domain.Citation c) {
        CaseSnapshot s = snapshot.get();
        if (s == null || n == null) {
            return;
        }
        boolean exhibit = c.kind() == org.claimbench.domain.CitationKind.EXHIBIT;
        EvidenceItem draft = new EvidenceItem(0, s.legalCase().id(), c.text() + " \u2014 cited in complaint",
                exhibit ? org.claimbench.domain.EvidenceBasis.DOCUMENT : org.claimbench.domain.EvidenceBasis.PUBLIC_RECORD,
                exhibit ? "Attached to the complaint" : null, null, null, c.text());
        addEvidence(n, draft, exhibit ? EvidenceStatus.EXHIBIT_ATTACHED : EvidenceStatus.CITED_IN_COMPLAINT, Weight.MODERATE,
                "Suggested: cited in the paragraph of this allegation.");
    }

    /**
     * The wording flags of the paragraphs an allegation's passages assert, once each ("hedge (“allegedly”)"), without
     * the ones the user dismissed; a confirmed one says so.
     */
    public List<String> wordingOf(OutlineNode n) {
        WordingIndex index = wordingIndex();
        if (index == null) {
            return List.of();
        }
        org.claimbench.service.FlagDecisions decisions = index.decisions();
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (NodeFlag f : flagsOf(n)) {
            if (f.verdict() != org.claimbench.domain.FlagVerdict.DISMISSED) {
                out.add(decisions.label(f.documentId(), f.flag()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * For a count or an element: its allegations' wording flags the user has not dismissed, counted by kind (each
     * flag once per allegation, as the report counts them), in the order the kinds are first met.
     */
    public Map<String, Integer> wordingByKind(OutlineNode n) {
        WordingIndex index = n == null ? null : wordingIndex();
        return index == null ? Map.of() : index.byKind().getOrDefault(n.id(), Map.of());
    }

    /** A wording flag on an allegation's paragraph: the document it lies in, the flag, and the user's verdict (or null). */
    public record NodeFlag(long documentId, org.claimbench.analysis.WordingScreen.Flag flag, org.claimbench.domain.FlagVerdict verdict) {
    }

    /** Every wording flag of the paragraphs an allegation's passages assert, dismissed ones included, in text order. */
    public List<NodeFlag> flagsOf(OutlineNode n) {
        if (n == null || n.kind() != NodeKind.ALLEGATION) {
            return List.of();
        }
        WordingIndex index = wordingIndex();
        return index == null ? List.of() : index.byAllegation().getOrDefault(n.id(), List.of());
    }

    /**
     * The flags of every allegation and their counts by kind for every count and element, made once for a snapshot
     * and a screening: the outline asks for them row by row.
     */
    private record WordingIndex(CaseSnapshot snapshot, Map<Long, List<org.claimbench.analysis.WordingScreen.Flag>> wording,
                                org.claimbench.service.FlagDecisions decisions, Map<Long, List<NodeFlag>> byAllegation,
                                Map<Long, Map<String, Integer>> byKind) {
    }

    private WordingIndex wordingIndex;

    private WordingIndex wordingIndex() {
        CaseSnapshot s = snapshot.get();
        Map<Long, List<org.claimbench.analysis.WordingScreen.Flag>> flags = wordingBySegment.get();
        if (s == null || flags.isEmpty()) {
            return null;
        }
        WordingIndex cached = wordingIndex;
        if (cached != null && cached.snapshot() == s && cached.wording() == flags) {
            return cached;
        }
        org.claimbench.service.FlagDecisions decisions = s.decisions();
        Map<Long, Passage> passages = s.passagesById();
        Map<Long, java.util.Set<Long>> segmentsSeen = new HashMap<>();
        Map<Long, List<NodeFlag>> byAllegation = new HashMap<>();
        for (Link l : s.links()) {
            Passage p = l.role() == LinkRole.ASSERTS ? passages.get(l.passageId()) : null;
            if (p != null && p.segmentId() != null && segmentsSeen.computeIfAbsent(l.nodeId(), k -> new java.util.HashSet<>()).add(p.segmentId())) {
                for (var f : flags.getOrDefault(p.segmentId(), List.of())) {
                    byAllegation.computeIfAbsent(l.nodeId(), k -> new ArrayList<>()).add(new NodeFlag(p.documentId(), f, decisions.verdict(p.documentId(), f)));
                }
            }
        }
        Map<Long, OutlineNode> nodes = new HashMap<>();
        s.outline().forEach(x -> nodes.put(x.id(), x));
        byAllegation.keySet().removeIf(id -> nodes.get(id) == null || nodes.get(id).kind() != NodeKind.ALLEGATION);
        byAllegation.replaceAll((id, list) -> {
            list.sort(Comparator.comparingLong(NodeFlag::documentId).thenComparingInt(f -> f.flag().start()));
            return List.copyOf(list);
        });
        Map<Long, Map<String, Integer>> byKind = new HashMap<>();
        for (var e : byAllegation.entrySet()) {
            Map<String, Integer> own = new java.util.LinkedHashMap<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (NodeFlag f : e.getValue()) {
                if (f.verdict() != org.claimbench.domain.FlagVerdict.DISMISSED && seen.add(f.flag().label())) {
                    own.merge(f.flag().kind(), 1, Integer::sum);
                }
            }
            // add the allegation's flags to every count or element above it
            java.util.Set<Long> visited = new java.util.HashSet<>();
            for (Long up = nodes.get(e.getKey()).parentId(); up != null && nodes.containsKey(up) && visited.add(up);
                 up = nodes.get(up).parentId()) {
                Map<String, Integer> sum = byKind.computeIfAbsent(up, k -> new java.util.LinkedHashMap<>());
                own.forEach((k, v) -> sum.merge(k, v, Integer::sum));
            }
        }
        WordingIndex made = new WordingIndex(s, flags, decisions, byAllegation, byKind);
        wordingIndex = made;
        return made;
    }

    /** The paragraphs a count node incorporates, when it is a count of the complaint (by its title or number); else null. */
    public OutlineBuilder.Incorporation incorporationOf(OutlineNode n) {
        if (n == null || n.kind() != NodeKind.COUNT) {
            return null;
        }
        return OutlineBuilder.Incorporation.of(incorporations, n.title());
    }

    /** Shows a stretch of a document in the text pane, opening the document first if another is on show. */
    public void showSpot(long documentId, int start, int end) {
        TextSpot t = new TextSpot(documentId, start, end);
        LoadedDocument d = loadedDocument.get();
        if (d != null && d.view().document().id() == documentId) {
            spot.set(null);
            spot.set(t);
        } else {
            pendingSpot = t;
            documentList.stream().filter(x -> x.id() == documentId).findFirst().ifPresent(selectedDocument::set);
        }
    }

    public ReadOnlyObjectProperty<TextSpot> spotProperty() {
        return spot.getReadOnlyProperty();
    }

    /** Records the user's verdict on a wording flag (null: undecided again); one undoable edit. */
    public void decideFlag(long documentId, org.claimbench.analysis.WordingScreen.Flag f, org.claimbench.domain.FlagVerdict verdict) {
        perform(() -> editor.decideFlag(documentId, f, verdict, null));
    }

    /** The same verdict on several flags of a document at once, as one undoable edit ("Dismiss 5 flags"). */
    public void decideFlags(long documentId, List<org.claimbench.analysis.WordingScreen.Flag> flags, org.claimbench.domain.FlagVerdict verdict) {
        if (flags.size() == 1) {
            decideFlag(documentId, flags.get(0), verdict);
            return;
        }
        if (flags.isEmpty()) {
            return;
        }
        String label = (verdict == null ? "Take back decisions on " : verdict == org.claimbench.domain.FlagVerdict.CONFIRMED ? "Confirm "
                : "Dismiss ") + flags.size() + " flags";
        perform(() -> {
            List<Edit> edits = new ArrayList<>();
            for (var f : flags) {
                edits.add(editor.decideFlag(documentId, f, verdict, null));
            }
            return Edit.of(label, edits.toArray(new Edit[0]));
        });
    }

    // ---- backups ---------------------------------------------------------------------------------------

    private StoreControl storeControl;

    public void setStoreControl(StoreControl storeControl) {
        this.storeControl = storeControl;
    }

    /** One backup as the restore dialog lists it: when it was made, why, and its size. */
    public record BackupChoice(java.nio.file.Path file, java.time.Instant made, String reason, long bytes) {

        /** "30 Nov 2026, 05:18 · hourly · 1.2 MB" in the local time zone. */
        public String describe() {
            String when = made == null ? file.getFileName().toString()
                    : java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", java.util.Locale.ENGLISH)
                            .withZone(java.time.ZoneId.systemDefault()).format(made);
            String why = switch (reason) {
                case "hourly" -> "hourly";
                case "daily" -> "on start";
                case "manual" -> "made by you";
                case "before-restore" -> "the store as it was before a restore";
                default -> reason.startsWith("before-v") ? "before an update of the store" : reason;
            };
            return when + " \u00b7 " + why + " \u00b7 " + String.format(java.util.Locale.ENGLISH, "%.1f MB", bytes / 1e6);
        }

        static BackupChoice of(java.nio.file.Path file) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("claimbench-(\\d{8}-\\d{6})-(.+?)(?:-\\d+)?\\.zip")
                    .matcher(file.getFileName().toString());
            java.time.Instant made = null;
            String reason = "backup";
            if (m.matches()) {
                made = java.time.LocalDateTime.parse(m.group(1), java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                        .toInstant(java.time.ZoneOffset.UTC);
                reason = m.group(2);
            }
            long bytes;
            try {
                bytes = java.nio.file.Files.size(file);
            } catch (java.io.IOException e) {
                bytes = 0;
            }
            return new BackupChoice(file, made, reason, bytes);
        }
    }

    /** Lists the backups (newest first) off the FX thread; {@code then} runs on it. */
    public void listBackups(java.util.function.Consumer<List<BackupChoice>> then) {
        if (storeControl == null) {
            return;
        }
        tasks.run("Reading the backups", () -> storeControl.backups().stream().map(BackupChoice::of).toList(), then, this::fail);
    }

    public void backupNow() {
        if (storeControl == null) {
            return;
        }
        tasks.run("Backing up", storeControl::backupNow, p -> notice.set("Backed up the store to " + p), this::fail);
    }

    /** Replaces the whole store with a backup; the window is built again on it. */
    public void restoreBackup(BackupChoice b) {
        if (storeControl != null) {
            storeControl.restore(b.file());
        }
    }

    // ---- wording rules ---------------------------------------------------------------------------------

    public void setWording(org.claimbench.service.WordingService wording) {
        this.wording = wording;
        this.wordingScreen = null;
    }

    /** The screen in use; read from the rules on first use. Call off the FX thread. */
    /** A document's wording flags by segment ordinal, as last screened: the text pane and the outline share them. */
    private record Screened(DocumentView view, org.claimbench.analysis.WordingScreen screen, int defendants,
                            Map<Integer, List<org.claimbench.analysis.WordingScreen.Flag>> flags) {
    }

    private final Map<Long, Screened> screenedDocuments = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Screened> eldest) {
            return size() > 8;
        }
    };

    /**
     * The wording flags of a pleading's numbered paragraphs (none for other documents), screened once for a view
     * of its text, the rules in force and the number of defendants. On the worker thread only.
     */
    private Map<Integer, List<org.claimbench.analysis.WordingScreen.Flag>> screened(DocumentView v, int defendants) {
        org.claimbench.analysis.WordingScreen sc = screen();
        synchronized (screenedDocuments) {
            Screened s = screenedDocuments.get(v.document().id());
            if (s != null && s.view() == v && s.screen() == sc && s.defendants() == defendants) {
                return s.flags();
            }
        }
        Map<Integer, List<org.claimbench.analysis.WordingScreen.Flag>> flags = v.document().kind().isPleading()
                ? sc.screen(v.text(), v.segments(), defendants) : Map.of();
        synchronized (screenedDocuments) {
            screenedDocuments.put(v.document().id(), new Screened(v, sc, defendants, flags));
        }
        return flags;
    }

    private org.claimbench.analysis.WordingScreen screen() {
        org.claimbench.analysis.WordingScreen sc = wordingScreen;
        if (sc == null) {
            if (wording == null) {
                sc = org.claimbench.analysis.WordingScreen.standard();
            } else {
                var loaded = wording.screenOrBuiltIn();
                sc = loaded.screen();
                if (loaded.problem() != null) {
                    String problem = loaded.problem();
                    javafx.application.Platform.runLater(() -> notice.set(problem));
                }
            }
            wordingScreen = sc;
        }
        return sc;
    }

    /** The built-in rules and the user's own, for the rules dialog; {@code then} runs on the FX thread. */
    public void loadWordingRules(java.util.function.BiConsumer<org.claimbench.analysis.WordingScreen.Lexicon,
            org.claimbench.analysis.WordingScreen.Lexicon> then) {
        if (wording == null || wording.userFile() == null) {
            notice.set("This store keeps no wording rules of its own; the built-in rules apply.");
            return;
        }
        tasks.run("Reading the wording rules", () -> {
            org.claimbench.analysis.WordingScreen.Lexicon user;
            try {
                user = wording.userLexicon();
            } catch (org.claimbench.store.StoreException e) {
                user = new org.claimbench.analysis.WordingScreen.Lexicon(1, List.of()); // the dialog's save replaces the bad file
            }
            return new org.claimbench.analysis.WordingScreen.Lexicon[] {org.claimbench.analysis.WordingScreen.defaultLexicon(), user};
        }, l -> then.accept(l[0], l[1]), this::fail);
    }

    /** Saves the user's wording rules and screens the case again with them. */
    public void saveWordingRules(org.claimbench.analysis.WordingScreen.Lexicon user) {
        tasks.run("Saving the wording rules", () -> {
            wording.saveUserLexicon(user);
            wordingScreen = null;
            return screen();
        }, sc -> {
            notice.set("Saved the wording rules to " + wording.userFile());
            wordingReadFrom = List.of();
            CaseSnapshot s = snapshot.get();
            if (s != null) {
                screenWording(s);
            }
            loadDocument(selectedDocument.get());
        }, this::fail);
    }

    private void loadDocument(Document doc) {
        if (doc == null) {
            loadedDocument.set(null);
            return;
        }
        int defendants = snapshot.get() == null ? 0 : (int) snapshot.get().parties().stream()
                .filter(p -> p.role() == org.claimbench.domain.PartyRole.DEFENDANT).count();
        tasks.run("Reading " + doc.title(), () -> {
            DocumentView v = view(doc.id());
            return LoadedDocument.of(v, screened(v, defendants));
        }, loaded -> {
            if (selectedDocument.get() != null && selectedDocument.get().id() == loaded.view().document().id()) {
                loadedDocument.set(loaded);
                if (pendingSpot != null && pendingSpot.documentId() == doc.id()) {
                    spot.set(null);
                    spot.set(pendingSpot);
                    pendingSpot = null;
                }
                if (pendingFocus != null && pendingFocus.documentId() == doc.id()) {
                    focusedPassage.set(null);
                    focusedPassage.set(pendingFocus);
                    pendingFocus = null;
                }
            }
        }, this::fail);
    }

    /** Updates the status bar's location from the caret: "¶ 12 · 3:12". */
    public void caretMoved(int offset) {
        LoadedDocument d = loadedDocument.get();
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

    // ---- outline and evidence ----------------------------------------------------------------------

    /** The passages linked to a node, in document order, with their roles. */
    public List<LinkedPassage> linkedPassages(OutlineNode node) {
        CaseSnapshot s = snapshot.get();
        if (s == null || node == null) {
            return List.of();
        }
        Map<Long, Passage> byId = s.passagesById();
        List<LinkedPassage> out = new ArrayList<>();
        for (Link l : s.links()) {
            if (l.nodeId() == node.id() && byId.containsKey(l.passageId())) {
                out.add(new LinkedPassage(byId.get(l.passageId()), l.role(), documentTitle(byId.get(l.passageId()).documentId())));
            }
        }
        out.sort(Comparator.comparingLong((LinkedPassage lp) -> documentPosition(lp.passage().documentId()))
                .thenComparingInt(lp -> lp.passage().start()));
        return out;
    }

    public List<ChecklistRow> checklist(OutlineNode node) {
        CaseSnapshot s = snapshot.get();
        if (s == null || node == null) {
            return List.of();
        }
        Map<Long, EvidenceItem> items = s.evidenceById();
        return s.checklist().stream().filter(e -> e.nodeId() == node.id())
                .sorted(Comparator.comparingInt(e -> e.position()))
                .map(e -> new ChecklistRow(e, items.get(e.evidenceId()))).toList();
    }

    /** Scrolls the text to a passage, switching documents if needed. */
    public void focusPassage(Passage p) {
        if (p == null) {
            return;
        }
        Document current = selectedDocument.get();
        if (current != null && current.id() == p.documentId() && loadedDocument.get() != null
                && loadedDocument.get().view().document().id() == p.documentId()) {
            focusedPassage.set(null);
            focusedPassage.set(p);
        } else {
            pendingFocus = p;
            documentList.stream().filter(d -> d.id() == p.documentId()).findFirst().ifPresent(selectedDocument::set);
        }
    }

    private void focusFirstPassageOf(OutlineNode node) {
        List<LinkedPassage> linked = linkedPassages(node);
        if (linked.isEmpty()) {
            return;
        }
        Document current = selectedDocument.get();
        LinkedPassage inCurrent = linked.stream().filter(lp -> current != null && lp.passage().documentId() == current.id())
                .findFirst().orElse(linked.get(0));
        focusPassage(inCurrent.passage());
    }

    private String documentTitle(long documentId) {
        return documentList.stream().filter(d -> d.id() == documentId).map(Document::title).findFirst().orElse("");
    }

    private long documentPosition(long documentId) {
        return documentList.stream().filter(d -> d.id() == documentId).mapToLong(Document::position).findFirst().orElse(Long.MAX_VALUE);
    }

    private void fail(Throwable e) {
        dialogs.error("Something went wrong", messageOf(e));
    }

    static String messageOf(Throwable e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    // ---- properties ------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<CaseSnapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }

    public ObservableList<Document> documents() { return documentList; }

    public ObjectProperty<Document> selectedDocumentProperty() { return selectedDocument; }

    public ReadOnlyObjectProperty<LoadedDocument> loadedDocumentProperty() { return loadedDocument.getReadOnlyProperty(); }

    public ObjectProperty<OutlineNode> selectedNodeProperty() { return selectedNode; }

    public ReadOnlyObjectProperty<Passage> focusedPassageProperty() { return focusedPassage.getReadOnlyProperty(); }

    public ReadOnlyStringProperty windowTitleProperty() { return windowTitle.getReadOnlyProperty(); }

    public ReadOnlyStringProperty locationProperty() { return location.getReadOnlyProperty(); }

    /** A short note on what just happened ("Imported roe.pdf"), for the status bar. */
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }

    public ObservableList<LegalCase> caseList() { return caseList; }

    public TaskRunner tasks() { return tasks; }

    public record LinkedPassage(Passage passage, org.claimbench.domain.LinkRole role, String documentTitle) {
    }
}
