package org.claimbench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.claimbench.domain.SegmentKind;
import org.claimbench.service.CaseSnapshot;
import org.claimbench.ui.casefiles.CasePicker;
import org.claimbench.ui.document.DocumentPane;
import org.claimbench.ui.document.LoadedDocument;
import org.claimbench.ui.evidence.EvidencePane;
import org.claimbench.ui.importing.ImportChooser;
import org.claimbench.ui.importing.LayoutReading;
import org.claimbench.ui.importing.LayoutWindow;
import org.claimbench.ui.outline.OutlinePane;
import org.claimbench.ui.search.SearchWindow;
import org.claimbench.ui.compare.CompareWindow;
import org.claimbench.ui.pages.PagePane;
import org.claimbench.ui.pages.TextSync;
import org.claimbench.ui.review.ReviewWindow;
import org.claimbench.ui.wording.FlagReviewWindow;
import org.controlsfx.control.StatusBar;

/**
 * The main window: menu bar, tool bar, the three panes side by side (four with the original page beside the text),
 * and the status bar. It lays the panes out and wires them together; what each shows and does belongs to its own
 * view model.
 */
public final class MainWindow {

    private final Workbench w;
    private final Stage stage;
    private final Path logFolder;
    private final Consumer<String> showDocument;
    private final DocumentPane documentPane;
    private final OutlinePane outlinePane;
    private final EvidencePane evidencePane;
    private final PagePane pagePane;
    private final SplitPane panes;
    private final PaneLayout layout;
    private final StatusBar status = new StatusBar();
    private FlagReviewWindow flagReview;
    private LayoutWindow layoutWindow;
    private SearchWindow searchWindow;
    private ReviewWindow reviewWindow;
    private CompareWindow compareWindow;

    /**
     * @param logFolder    where the log file is written (Help ▸ Open log folder), or null when there is none
     * @param showDocument opens a file or folder with the desktop's own application
     */
    public MainWindow(Stage stage, Workbench workbench, Path logFolder, Consumer<String> showDocument) {
        this.stage = stage;
        this.w = workbench;
        this.logFolder = logFolder;
        this.showDocument = showDocument;
        this.documentPane = new DocumentPane(w.document(), w.wording(), w.drag());
        this.outlinePane = new OutlinePane(w.session(), w.outline(), w.document(), w.evidence(), w.wording(), w.drag());
        this.evidencePane = new EvidencePane(w.session(), w.evidence(), w.document(), w.wording(), w.drag());
        evidencePane.setOnEditNode(outlinePane::editSelected);

        this.pagePane = new PagePane(w.pages());
        TextSync.connect(documentPane.textAreas(), w.pages());
        org.claimbench.ui.document.ReadingPlace.keep(documentPane.textAreas(), w.document());
        org.claimbench.ui.document.TextSelection.report(documentPane.textAreas(), w.document());
        layout = new PaneLayout(w.session().settings(), new javafx.scene.layout.StackPane(documentPane, emptyCasePrompt(stage)), pagePane,
                w.pages().showingProperty(), outlinePane, evidencePane);
        panes = layout.panes();

        BorderPane root = new BorderPane();
        root.setId("main-window");
        root.setTop(new VBox(new MainMenus(this, w, stage).bar(), toolBar()));
        root.setCenter(panes);
        root.setBottom(statusBar());

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1440, screen.getWidth()), Math.min(880, screen.getHeight()));
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                List<File> files = List.copyOf(e.getDragboard().getFiles());
                // the dialogs open after the drop completes, so the source application is not kept waiting
                Platform.runLater(() -> files.forEach(f -> {
                    if (f.getName().toLowerCase(Locale.ROOT).endsWith(".claimcase")) {
                        w.caseFiles().openCaseFile(f.toPath());
                    } else {
                        ImportChooser.importWithDialog(stage, w.importing(), f.toPath());
                    }
                }));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(w.session().windowTitleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        w.importing().setLayoutShower(this::showLayout);
        w.importing().setReviewShower(this::reviewCarried);
        w.caseFiles().setReviewShower(this::reviewCarried);
    }

    public Stage stage() { return stage; }

    public DocumentPane documentPane() { return documentPane; }

    public OutlinePane outlinePane() { return outlinePane; }

    public EvidencePane evidencePane() { return evidencePane; }

    public PagePane pagePane() { return pagePane; }

    PaneLayout layout() { return layout; }

    /** Over the text pane while the case on show has no document: what to do first, and the button that does it. */
    private javafx.scene.Node emptyCasePrompt(Stage stage) {
        Label what = new Label("Import a complaint to start");
        what.getStyleClass().add("empty-case-title");
        Label how = new Label("PDF, scanned PDF or image, Word, web page or text. You can also drop the file here.");
        how.getStyleClass().add("muted");
        how.setWrapText(true);
        javafx.scene.control.Button importButton = new javafx.scene.control.Button("Import a complaint\u2026");
        importButton.setId("empty-case-import");
        importButton.setDefaultButton(false);
        importButton.setOnAction(e -> ImportChooser.chooseAndImport(stage, w.importing()));
        VBox prompt = new VBox(10, what, how, importButton);
        prompt.setId("empty-case");
        prompt.setAlignment(javafx.geometry.Pos.CENTER);
        prompt.setPadding(new javafx.geometry.Insets(24));
        prompt.getStyleClass().add("empty-case");
        prompt.visibleProperty().bind(w.session().snapshotProperty().isNotNull()
                .and(javafx.beans.binding.Bindings.isEmpty(w.session().documents())));
        prompt.managedProperty().bind(prompt.visibleProperty());
        return prompt;
    }

    private ToolBar toolBar() {
        Button open = new Button("Open case\u2026");
        open.setId("tool-open-case");
        open.setTooltip(new Tooltip("Open a case (Ctrl+O)"));
        open.setOnAction(e -> CasePicker.show(stage, w.caseFiles()));
        Button newCase = new Button("New case\u2026");
        newCase.setTooltip(new Tooltip("Start a new case (Ctrl+N)"));
        newCase.setOnAction(e -> CasePicker.askNewCase(w.caseFiles()));
        Button importButton = new Button("Import\u2026");
        importButton.setId("tool-import");
        importButton.setTooltip(new Tooltip("Import a complaint or another document: PDF, DOCX, HTML or text (Ctrl+I). "
                + "You can also drop files on the window."));
        importButton.setOnAction(e -> ImportChooser.chooseAndImport(stage, w.importing()));
        Button highlight = toolButton("Highlight", "tool-highlight", "Highlight the selected text (Ctrl+H)", documentPane::highlightSelection);
        Button link = toolButton("Link \u25b8", "tool-link", "Link the selection or highlight to the selected node (Ctrl+L); "
                + "or drag the selection onto a node", documentPane::linkToSelectedNode);
        Button allegation = toolButton("New allegation", "tool-new-allegation",
                "Make the selected text an allegation under the selected element, linked to it (Ctrl+Shift+A)",
                documentPane::newAllegationFromSelection);
        Button undo = toolButton("\u21b6 Undo", "tool-undo", "Undo (Ctrl+Z)", w.edits()::undo);
        undo.disableProperty().bind(w.edits().undoStack().canUndoProperty().not());
        Button redo = toolButton("\u21b7 Redo", "tool-redo", "Redo (Ctrl+Shift+Z)", w.edits()::redo);
        redo.disableProperty().bind(w.edits().undoStack().canRedoProperty().not());
        Button find = toolButton("Find\u2026", "tool-find", "Find in the document (Ctrl+F)", documentPane::showFind);
        for (Button b : List.of(highlight, link, allegation, find)) {
            b.disableProperty().bind(w.document().loadedDocumentProperty().isNull());
        }
        ToolBar bar = new ToolBar(open, newCase, new Separator(), importButton, new Separator(), highlight, link, allegation,
                new Separator(), undo, redo, new Separator(), find);
        bar.setId("tool-bar");
        return bar;
    }

    private StatusBar statusBar() {
        var tasks = w.session().tasks();
        status.setId("status-bar");
        status.textProperty().bind(Bindings.createStringBinding(this::statusText, w.session().snapshotProperty(),
                w.document().loadedDocumentProperty(), w.document().locationProperty()));
        status.progressProperty().bind(Bindings.when(tasks.busyProperty()).then(tasks.progressProperty()).otherwise(0.0));
        Label job = new Label();
        job.setId("status-job");
        job.textProperty().bind(Bindings.when(tasks.busyProperty()).then(tasks.messageProperty()).otherwise(w.session().noticeProperty()));
        Button cancel = new Button("Cancel");
        cancel.setId("status-cancel");
        cancel.visibleProperty().bind(tasks.cancellableProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> tasks.cancel());
        Button review = new Button();
        review.setId("status-review");
        review.getStyleClass().add("waiting-mark");
        review.setTooltip(new Tooltip("Highlights wait for review: carried from an earlier version, or web annotations read back "
                + "whose words changed (Ctrl+Shift+H)"));
        review.textProperty().bind(w.review().waitingProperty().asString("%d to review"));
        review.visibleProperty().bind(w.review().waitingProperty().greaterThan(0));
        review.managedProperty().bind(review.visibleProperty());
        review.setFocusTraversable(false);
        review.setOnAction(e -> reviewCarried());
        Label store = new Label();
        store.setId("status-store");
        store.getStyleClass().add("store-mark");
        store.textProperty().bind(w.session().storeLabelProperty());
        Tooltip storeTip = new Tooltip();
        storeTip.textProperty().bind(Bindings.createStringBinding(() -> (w.session().storeName() == null
                ? "The cases are kept on this computer." : "The cases are kept in the " + w.session().storeName() + ".")
                + " File \u25b8 Connect to team store\u2026 and Use the laptop store change it.", w.session().storeLabelProperty()));
        store.setTooltip(storeTip);
        status.getRightItems().addAll(review, job, cancel, new Separator(javafx.geometry.Orientation.VERTICAL), store);
        return status;
    }

    private static Button toolButton(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false); // the text's selection stays where it is
        b.setOnAction(e -> action.run());
        return b;
    }

    private String statusText() {
        CaseSnapshot s = w.session().current();
        if (s == null) {
            return "No case open \u2014 File \u25b8 Open case\u2026";
        }
        StringBuilder sb = new StringBuilder(s.legalCase().title());
        LoadedDocument d = w.document().loadedDocumentProperty().get();
        if (d != null) {
            long paragraphs = d.view().segments().stream().filter(x -> x.kind() == SegmentKind.NUMBERED_PARAGRAPH).count();
            if (paragraphs > 0) {
                sb.append(" \u00b7 ").append(paragraphs).append(" \u00b6");
            }
            var source = d.view().textSource();
            if (source.recognised()) {
                int uncertain = d.view().uncertainWords().size();
                sb.append(" \u00b7 ").append(source.pagesRecognised()).append(source.pagesRecognised() == 1 ? " page" : " pages")
                        .append(" recognised, ").append(uncertain).append(uncertain == 1 ? " uncertain word" : " uncertain words");
            }
        }
        sb.append(" \u00b7 ").append(s.coverage());
        String where = w.document().locationProperty().get();
        if (where != null && !where.isEmpty()) {
            sb.append(" \u00b7 ").append(where);
        }
        return sb.toString();
    }

    /** The layout view of a document, replacing the one open before. */
    void showLayout(LayoutReading reading) {
        if (layoutWindow != null) {
            layoutWindow.stage().close();
        }
        layoutWindow = new LayoutWindow(reading, stage);
        layoutWindow.show();
    }

    LayoutWindow layoutWindow() {
        return layoutWindow;
    }

    /** Wording ▸ Review flags…: the list of the document's flags, one window, brought to the front if open. */
    void reviewFlags() {
        if (flagReview == null) {
            flagReview = new FlagReviewWindow(w.session(), w.document(), w.wording(), stage);
        }
        flagReview.show();
    }

    FlagReviewWindow flagReview() {
        return flagReview;
    }

    /** Edit ▸ Search the case…: one window, brought to the front with its query selected to type over. */
    void searchCase() {
        if (searchWindow == null) {
            searchWindow = new SearchWindow(w.search(), stage);
        }
        searchWindow.show();
    }

    SearchWindow searchWindow() {
        return searchWindow;
    }

    /** Edit ▸ Review waiting highlights…: one window, brought to the front if open. */
    void reviewCarried() {
        if (reviewWindow == null) {
            reviewWindow = new ReviewWindow(w.review(), stage);
        }
        reviewWindow.show();
    }

    ReviewWindow reviewWindow() {
        return reviewWindow;
    }

    /** View ▸ Compare with the version it amends…: one window, comparing the document on show with the one it amends. */
    void compareVersions() {
        if (compareWindow == null) {
            compareWindow = new CompareWindow(w.compare(), stage);
        }
        compareWindow.show();
    }

    CompareWindow compareWindow() {
        return compareWindow;
    }

    /** Help ▸ Open log folder: where the log file is, with the details of every failure. */
    void openLogFolder() {
        if (logFolder == null) {
            w.session().say("This window writes no log file; its messages go to the console.");
            return;
        }
        showDocument.accept(logFolder.toUri().toString());
        w.session().say("The log is in " + logFolder);
    }

    void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION, "ClaimBench " + version() + "\nA workbench for reading a lawsuit critically: "
                + "which allegations rest on evidence, and which on assertion, hedging or innuendo."
                + (logFolder == null ? "" : "\n\nLog folder: " + logFolder));
        a.initOwner(stage);
        a.setTitle("About ClaimBench");
        a.setHeaderText("About ClaimBench");
        a.show();
    }

    private static String version() {
        String v = MainWindow.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }
}
