package org.claimbench.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.claimbench.domain.Document;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.claimbench.service.CaseService;
import org.claimbench.service.CaseSnapshot;

/**
 * The open case as every pane sees it: its snapshot, its documents, and the selection (document, outline node,
 * passage), as explicit state on the FX thread. A case reaches it only through {@link #show}, with the selection to
 * make, so that a task's outcome and what it selects arrive together.
 */
public final class CaseSession {

    private final CaseService cases;
    private final org.claimbench.service.UserSettings settings;
    private final TaskRunner tasks;
    private Dialogs dialogs;

    private final ReadOnlyObjectWrapper<CaseSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Document> documents = FXCollections.observableArrayList();
    private final ObjectProperty<Document> selectedDocument = new SimpleObjectProperty<>();
    private final ObjectProperty<OutlineNode> selectedNode = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<OutlineNode> chosenNode = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Passage> selectedPassage = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper("ClaimBench");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final List<Consumer<CaseSnapshot>> shown = new ArrayList<>();
    private final List<Runnable> otherCase = new ArrayList<>();
    private final List<Consumer<Coming>> coming = new ArrayList<>();
    private final List<java.util.function.BiConsumer<Long, Long>> opening = new ArrayList<>();
    private final List<Runnable> openFailed = new ArrayList<>();
    /** True while the session itself sets the node (restoring it, or following a passage): not the user's choice. */
    private boolean settingNode;

    public CaseSession(CaseService cases, TaskRunner tasks, Dialogs dialogs) {
        this(cases, tasks, dialogs, org.claimbench.service.UserSettings.load(null));
    }

    public CaseSession(CaseService cases, TaskRunner tasks, Dialogs dialogs, org.claimbench.service.UserSettings settings) {
        this.settings = Objects.requireNonNull(settings);
        this.cases = Objects.requireNonNull(cases);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        // where the reader was in each case (document, node, passage), kept for the next time it is opened
        selectedDocument.addListener((obs, old, d) -> keepPlace());
        selectedPassage.addListener((obs, old, p) -> keepPlace());
        selectedNode.addListener((obs, old, node) -> keepPlace());
        selectedNode.addListener((obs, old, node) -> {
            if (!settingNode) {
                chosenNode.set(null);
                chosenNode.set(node);
            }
        });
    }

    /** How the user left the window (sizes, widths, folders), kept between runs. */
    public org.claimbench.service.UserSettings settings() {
        return settings;
    }

    // ---- showing a case ------------------------------------------------------------------------------

    /** Reads a case on the interactive lane and shows it with {@code select}; {@code then} runs after, on the FX thread. */
    public void open(String description, Callable<CaseSnapshot> read, Selection select, Consumer<CaseSnapshot> then) {
        tasks.run(description, read, s -> {
            if (s != null) {
                show(s, select);
                then.accept(s);
            }
        }, e -> {
            openFailed.forEach(Runnable::run);
            if (e instanceof org.claimbench.store.ConnectionLost lost) {
                lineBroke(lost, () -> open(description, read, select, then));
            } else {
                fail(e);
            }
        });
    }

    /**
     * The line to a team store broke during some work. Said, with the way on: try the work again when nothing of it
     * reached the store, else read the case again to see whether the store kept it.
     */
    public void lineBroke(org.claimbench.store.ConnectionLost lost, Runnable retry) {
        say("The connection to the store was lost");
        int choice = dialogs.choose("Connection lost", lost.getMessage(), lost.maybeSaved() ? "Reload" : "Retry");
        if (choice == 0) {
            if (lost.maybeSaved()) {
                reload(Selection.KEEP);
            } else {
                retry.run();
            }
        }
    }

    /** Reads the open case again (after work elsewhere), keeping the selection where it can, or making {@code select}. */
    public void reload(Selection select) {
        Long id = caseId();
        if (id != null) {
            open("Refreshing", () -> cases.snapshot(id), select, s -> { });
        }
    }

    /** Shows a snapshot: the document, node and passage of {@code wanted}, or those selected now in the same case. */
    public void show(CaseSnapshot s, Selection wanted) {
        CaseSnapshot before = snapshot.get();
        boolean sameCase = before != null && before.legalCase().id() == s.legalCase().id();
        if (!sameCase && Selection.KEEP.equals(wanted)) {
            wanted = placeOf(s.legalCase().id()); // another case, opened as it is: where the reader left it
        }
        showing = true;
        try {
            showNow(s, wanted, before, sameCase);
        } finally {
            showing = false;
        }
        keepPlace();
        List<Runnable> held = new ArrayList<>(afterShow);
        afterShow.clear();
        held.forEach(Runnable::run);
    }

    /**
     * Runs {@code result} now, or once the show under way ends when a result arrives in the middle of one (a runner
     * without a worker hands back work submitted from inside a show at once): a pane takes what it asked for when
     * the case coming on show is on show.
     */
    public void whenShown(Runnable result) {
        if (showing) {
            afterShow.add(result);
        } else {
            result.run();
        }
    }

    private final List<Runnable> afterShow = new ArrayList<>();

    /** True while a case is being put on show: its selections are not yet the reader's. */
    private boolean showing;

    static String placeKey(long caseId) {
        return "case." + caseId + ".place";
    }

    /** The document, node and passage last selected in a case, as saved; {@link Selection#KEEP} when none is. */
    public Selection placeOf(long caseId) {
        String kept = settings.get(placeKey(caseId), null);
        if (kept == null) {
            return Selection.KEEP;
        }
        String[] ids = kept.split(",", -1);
        try {
            return new Selection(id(ids, 0), id(ids, 1), id(ids, 2));
        } catch (NumberFormatException e) {
            return Selection.KEEP;
        }
    }

    private static Long id(String[] ids, int i) {
        return i < ids.length && !ids[i].isBlank() && !ids[i].equals("-") ? Long.valueOf(ids[i]) : null;
    }

    private void keepPlace() {
        CaseSnapshot s = snapshot.get();
        if (s == null || showing) {
            return;
        }
        settings.set(placeKey(s.legalCase().id()), (selectedDocument.get() == null ? "-" : selectedDocument.get().id()) + ","
                + (selectedNode.get() == null ? "-" : selectedNode.get().id()) + "," + (selectedPassage.get() == null ? "-" : selectedPassage.get().id()));
    }

    private void showNow(CaseSnapshot s, Selection wanted, CaseSnapshot before, boolean sameCase) {
        if (!sameCase) {
            otherCase.forEach(Runnable::run);
            if (before != null) {
                notice.set(""); // the messages about the case that was on show go with it
            }
        }
        Long nodeNow = selectedNode.get() == null ? null : selectedNode.get().id();
        Long documentNow = selectedDocument.get() == null ? null : selectedDocument.get().id();
        // what will be on show, worked out first: a pane with slow work for it (the text's highlights) starts it now,
        // beside what the other panes do on this thread
        Long documentId = wanted.documentId() != null ? wanted.documentId() : sameCase ? documentNow : null;
        Document doc = s.documents().stream().filter(d -> Objects.equals(d.id(), documentId)).findFirst()
                .orElse(s.documents().isEmpty() ? null : s.documents().get(0));
        Long nodeId = wanted.nodeId() != null ? wanted.nodeId() : sameCase ? nodeNow : null;
        OutlineNode node = s.outline().stream().filter(n -> Objects.equals(n.id(), nodeId)).findFirst().orElse(null);
        Passage sel = selectedPassage.get();
        Long passageId = wanted.passageId() != null ? wanted.passageId() : sel == null ? null : sel.id();
        Passage passage = passageId == null ? null : s.passages().stream().filter(p -> p.id() == passageId).findFirst().orElse(null);
        Document current = selectedDocument.get();
        boolean otherDocument = doc != null && (current == null || current.id() != doc.id());
        coming.forEach(c -> c.accept(new Coming(s, doc, node, passage, otherDocument)));

        snapshot.set(s);
        windowTitle.set(title(s.legalCase().title()));
        if (!documents.equals(s.documents())) {
            documents.setAll(s.documents()); // this clears the chooser's selection, and through its binding the document
        }
        current = selectedDocument.get();
        if (doc == null || current == null || current.id() != doc.id()) {
            selectedDocument.set(doc);
        }
        setNodeQuietly(node);
        selectedPassage.set(passage);
        shown.forEach(c -> c.accept(s));
    }

    /**
     * What a show is about to put on screen, told before any pane changes: the snapshot, the document, node and passage
     * it selects, and whether that document is another than the one selected now.
     */
    public record Coming(CaseSnapshot snapshot, Document document, OutlineNode node, Passage passage, boolean otherDocument) {
    }

    /** Runs at the start of every {@link #show}, on the FX thread, before the snapshot and the selection change. */
    public void onComing(Consumer<Coming> listener) {
        coming.add(listener);
    }

    /**
     * A case is about to be read to be opened, to show {@code documentId} (null: the document it opens on). A pane may
     * show what it kept of the case meanwhile; {@link #onOpenFailed} says when the case could not be read after all.
     */
    public void opening(long caseId, Long documentId) {
        opening.forEach(c -> c.accept(caseId, documentId));
    }

    /** Runs when {@link #opening} is told, on the FX thread. */
    public void onOpening(java.util.function.BiConsumer<Long, Long> listener) {
        opening.add(listener);
    }

    /** Runs when a case could not be read to be shown, on the FX thread, before the user is told. */
    public void onOpenFailed(Runnable listener) {
        openFailed.add(listener);
    }

    /** True while a case is being put on show (inside {@link #show}). */
    public boolean isShowing() {
        return showing;
    }

    /** No case on show (the last one was deleted). */
    public void clear() {
        otherCase.forEach(Runnable::run);
        snapshot.set(null);
        documents.clear();
        selectedDocument.set(null);
        setNodeQuietly(null);
        selectedPassage.set(null);
        windowTitle.set(title(null));
    }

    /** Selects a node as a consequence of something else (a passage picked in the text), not as the user's choice. */
    public void setNodeQuietly(OutlineNode n) {
        if (Objects.equals(n, selectedNode.get())) {
            return;
        }
        settingNode = true;
        try {
            selectedNode.set(n);
        } finally {
            settingNode = false;
        }
    }

    /** Runs after every {@link #show}, on the FX thread, with the snapshot shown. */
    public void onShown(Consumer<CaseSnapshot> listener) {
        shown.add(listener);
    }

    /** Runs when another case (or none) is about to be shown: what belonged to the last one is dropped. */
    public void onOtherCase(Runnable listener) {
        otherCase.add(listener);
    }

    // ---- messages ------------------------------------------------------------------------------------

    /** Puts a message in the status bar. */
    public void say(String message) {
        notice.set(message);
    }

    /**
     * A failure of work the user asked for. A refusal the store or a reader explains (a highlight that is gone, a
     * damaged file) is said in its own words; anything else is unexpected, and comes with its details a click away
     * (the log has them too).
     */
    public void fail(Throwable e) {
        fail("Something went wrong", e);
    }

    public void fail(String title, Throwable e) {
        if (isExplained(e)) {
            dialogs.error(title, messageOf(e));
        } else {
            dialogs.failure(title, messageOf(e), e);
        }
    }

    /** Whether a failure is one the program foresaw and explained in its message, for the user to act on. */
    public static boolean isExplained(Throwable e) {
        return e instanceof org.claimbench.store.StoreException || e instanceof org.claimbench.ingest.IngestException
                || e instanceof java.nio.file.NoSuchFileException || e instanceof java.nio.file.AccessDeniedException;
    }

    /** The message of a failure, or of the first of its causes that has one. */
    public static String messageOf(Throwable e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    /** For tests: dialogs that answer by themselves. */
    public void setDialogs(Dialogs dialogs) {
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    // ---- reading the state ---------------------------------------------------------------------------

    /** The id of the open case, or null. */
    public Long caseId() {
        CaseSnapshot s = snapshot.get();
        return s == null ? null : s.legalCase().id();
    }

    public CaseSnapshot current() {
        return snapshot.get();
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public CaseService cases() {
        return cases;
    }

    private final AnswerReading answers = new AnswerReading();

    /** What the defendant's Answer says of the allegations, worked out once per snapshot and shared by the rooms. */
    public AnswerReading answers() {
        return answers;
    }

    public String documentTitle(long documentId) {
        return documents.stream().filter(d -> d.id() == documentId).map(Document::title).findFirst().orElse("");
    }

    public long documentPosition(long documentId) {
        return documents.stream().filter(d -> d.id() == documentId).mapToLong(Document::position).findFirst().orElse(Long.MAX_VALUE);
    }

    public ReadOnlyObjectProperty<CaseSnapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }

    public ObservableList<Document> documents() { return documents; }

    public ObjectProperty<Document> selectedDocumentProperty() { return selectedDocument; }

    /** The selected outline node; setting it is the user's choice, and the text follows. */
    public ObjectProperty<OutlineNode> selectedNodeProperty() { return selectedNode; }

    /** The node the user chose last (set on every choice, also of the same node again); not the session's own changes. */
    public ReadOnlyObjectProperty<OutlineNode> chosenNodeProperty() { return chosenNode.getReadOnlyProperty(); }

    public ObjectProperty<Passage> selectedPassageProperty() { return selectedPassage; }

    /** The store on show when it is not the laptop's own ("team store claims on db:5432 as anna"); null for the laptop's. */
    private String storeName;

    /** Names the store on show in the window's title; null for the laptop's own store, which the title leaves out. */
    public void setStoreName(String name) {
        storeName = name;
        CaseSnapshot s = snapshot.get();
        windowTitle.set(title(s == null ? null : s.legalCase().title()));
        storeConnected = true;
        storeLabel.set(storeLabel());
    }

    private boolean storeConnected = true;
    private final ReadOnlyStringWrapper storeLabel = new ReadOnlyStringWrapper(storeLabel());

    /** Whether the line to the team store on show is up, as the listener for its changes last found it. */
    public void setStoreConnected(boolean up) {
        storeConnected = up;
        storeLabel.set(storeLabel());
    }

    /**
     * "Laptop store", or the team store in short: its database and the user ("Team store claims (anna)" for "team store
     * anna@db:5432/claims"), the whole name being in the title and the tooltip.
     */
    private String storeLabel() {
        if (storeName == null) {
            return "Laptop store";
        }
        String name = storeName;
        int at = name.indexOf('@');
        int slash = name.lastIndexOf('/');
        if (name.startsWith("team store ") && at > 0 && slash > at) {
            name = "Team store " + name.substring(slash + 1) + " (" + name.substring("team store ".length(), at) + ")";
        } else {
            name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
        return storeConnected ? name : name + " \u2014 connection lost, trying again";
    }

    /** Which store is on show, for the status bar: "Laptop store", or the team store, and whether its line is down. */
    public ReadOnlyStringProperty storeLabelProperty() {
        return storeLabel.getReadOnlyProperty();
    }

    public String storeName() {
        return storeName;
    }

    private String title(String caseTitle) {
        return "ClaimBench" + (caseTitle == null ? "" : " \u2014 " + caseTitle) + (storeName == null ? "" : " \u2014 " + storeName);
    }

    public ReadOnlyStringProperty windowTitleProperty() { return windowTitle.getReadOnlyProperty(); }

    /** A short note on what just happened ("Imported roe.pdf"), for the status bar. */
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
}
