package org.claimbench.ui;

import java.util.ArrayList;
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

import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
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
    private final TaskRunner tasks;
    private Dialogs dialogs;

    private final ReadOnlyObjectWrapper<CaseSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Document> documentList = FXCollections.observableArrayList();
    private final ObjectProperty<Document> selectedDocument = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LoadedDocument> loadedDocument = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<OutlineNode> selectedNode = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Passage> focusedPassage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper("ClaimBench");
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ObservableList<LegalCase> caseList = FXCollections.observableArrayList();
    private Passage pendingFocus;
    private Long pendingDocument;

    public MainViewModel(CaseService cases, DocumentImporter documents, DemoCase demo, ImportService importer,
                         OutlineBuilder outlineBuilder, TaskRunner tasks, Dialogs dialogs) {
        this.cases = cases;
        this.documents = documents;
        this.demo = demo;
        this.importer = importer;
        this.outlineBuilder = outlineBuilder;
        this.tasks = tasks;
        this.dialogs = dialogs;
        selectedDocument.addListener((obs, old, doc) -> loadDocument(doc));
        selectedNode.addListener((obs, old, node) -> focusFirstPassageOf(node));
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
        selectedNode.set(sameCase ? s.outline().stream().filter(n -> Objects.equals(n.id(), selectedId)).findFirst().orElse(null) : null);
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
            Document d = caseId == null ? importer.importIntoNewCase(file, kind, progress)
                    : importer.importFile(caseId, file, kind, title, progress);
            return new Imported(d, cases.open(d.caseId()));
        }, imported -> {
            pendingDocument = imported.document().id();
            show(imported.snapshot());
            notice.set("Imported " + name);
        }, e -> {
            if (e instanceof CancelledException) {
                notice.set("Import of " + name + " cancelled; nothing was kept");
            } else {
                dialogs.error("Cannot import " + name, messageOf(e));
            }
        });
    }

    private record Imported(Document document, CaseSnapshot snapshot) {
    }

    /** Outline ▸ Build from counts. */
    public void buildOutlineFromCounts() {
        CaseSnapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        long caseId = s.legalCase().id();
        tasks.run("Building the outline", () -> {
            List<OutlineNode> added = outlineBuilder.buildFromCounts(caseId);
            return new Built(added.size(), cases.snapshot(caseId));
        }, built -> {
            show(built.snapshot());
            notice.set(built.added() == 0 ? "No new counts: every pleaded count is already in the outline, or no complaint was found"
                    : "Added " + built.added() + (built.added() == 1 ? " count" : " counts") + " to the outline");
        }, this::fail);
    }

    private record Built(int added, CaseSnapshot snapshot) {
    }

    // ---- documents -------------------------------------------------------------------------------------

    private void loadDocument(Document doc) {
        if (doc == null) {
            loadedDocument.set(null);
            return;
        }
        tasks.run("Reading " + doc.title(), () -> LoadedDocument.of(documents.view(doc.id())), loaded -> {
            if (selectedDocument.get() != null && selectedDocument.get().id() == loaded.view().document().id()) {
                loadedDocument.set(loaded);
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
