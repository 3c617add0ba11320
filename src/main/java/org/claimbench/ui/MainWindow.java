package org.claimbench.ui;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.claimbench.domain.LegalCase;
import org.claimbench.domain.SegmentKind;
import org.claimbench.service.CaseSnapshot;
import org.controlsfx.control.StatusBar;

/** The main window: menu bar, tool bar, the three panes side by side, and the status bar. */
public final class MainWindow {

    private final MainViewModel model;
    private final Stage stage;
    private final DocumentPane documentPane;
    private final OutlinePane outlinePane;
    private final EvidencePane evidencePane;
    private final StatusBar status = new StatusBar();
    private final Menu recent = new Menu("Recent cases");

    public MainWindow(Stage stage, MainViewModel model) {
        this.stage = stage;
        this.model = model;
        this.documentPane = new DocumentPane(model);
        this.outlinePane = new OutlinePane(model);
        this.evidencePane = new EvidencePane(model);

        SplitPane panes = new SplitPane(documentPane, outlinePane, evidencePane);
        panes.setId("main-panes");
        panes.setDividerPositions(0.44, 0.74);

        BorderPane root = new BorderPane();
        root.setId("main-window");
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(panes);
        root.setBottom(statusBar());

        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1440, screen.getWidth()), Math.min(880, screen.getHeight()));
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                List<java.io.File> files = List.copyOf(e.getDragboard().getFiles());
                // the dialogs open after the drop completes, so the source application is not kept waiting
                javafx.application.Platform.runLater(() -> files.forEach(f -> importWithDialog(f.toPath())));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(model.windowTitleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        model.caseList().addListener((javafx.collections.ListChangeListener<LegalCase>) c -> rebuildRecent());
    }

    public Stage stage() { return stage; }

    public DocumentPane documentPane() { return documentPane; }

    public OutlinePane outlinePane() { return outlinePane; }

    public EvidencePane evidencePane() { return evidencePane; }

    private MenuBar menuBar() {
        MenuItem newCase = item("New case\u2026", "Shortcut+N", () -> CasePicker.askNewCase(model));
        MenuItem open = item("Open case\u2026", "Shortcut+O", () -> CasePicker.show(stage, model));
        open.setId("menu-open-case");
        MenuItem importFile = item("Import\u2026", "Shortcut+I", this::chooseAndImport);
        importFile.setId("menu-import");
        MenuItem demo = item("Add demo case", null, model::addDemoCase);
        demo.setId("menu-add-demo");
        MenuItem quit = item("Quit", "Shortcut+Q", stage::close);
        Menu file = new Menu("File", null, newCase, open, recent, new javafx.scene.control.SeparatorMenuItem(), importFile, demo,
                new javafx.scene.control.SeparatorMenuItem(), quit);

        MenuItem text = item("Complaint text", "Shortcut+1", () -> documentPane.textArea().requestFocus());
        MenuItem outline = item("Allegation outline", "Shortcut+2", () -> outlinePane.tree().requestFocus());
        MenuItem evidence = item("Evidence checklist", "Shortcut+3", () -> evidencePane.checklist().requestFocus());
        Menu view = new Menu("View", null, text, outline, evidence);

        MenuItem fromCounts = item("Build from counts", "Shortcut+Shift+B", model::buildOutlineFromCounts);
        fromCounts.setId("menu-build-from-counts");
        fromCounts.disableProperty().bind(model.snapshotProperty().isNull());
        Menu outlineMenu = new Menu("Outline", null, fromCounts);

        MenuItem keys = item("Keyboard shortcuts", "F1", this::showShortcuts);
        MenuItem about = item("About ClaimBench", null, () -> info("About ClaimBench",
                "ClaimBench " + version() + "\nA workbench for reading a lawsuit critically: which allegations rest on evidence, "
                        + "and which on assertion, hedging or innuendo."));
        Menu help = new Menu("Help", null, keys, about);
        MenuBar bar = new MenuBar(file, view, outlineMenu, help);
        bar.setId("menu-bar");
        return bar;
    }

    private ToolBar toolBar() {
        Button open = new Button("Open case\u2026");
        open.setId("tool-open-case");
        open.setTooltip(new Tooltip("Open a case (Ctrl+O)"));
        open.setOnAction(e -> CasePicker.show(stage, model));
        Button newCase = new Button("New case\u2026");
        newCase.setTooltip(new Tooltip("Start a new case (Ctrl+N)"));
        newCase.setOnAction(e -> CasePicker.askNewCase(model));
        Button importButton = new Button("Import\u2026");
        importButton.setId("tool-import");
        importButton.setTooltip(new Tooltip("Import a complaint or another document: PDF, DOCX, HTML or text (Ctrl+I). You can also drop files on the window."));
        importButton.setOnAction(e -> chooseAndImport());
        ToolBar bar = new ToolBar(open, newCase, new Separator(), importButton);
        bar.setId("tool-bar");
        return bar;
    }

    private StatusBar statusBar() {
        status.setId("status-bar");
        status.textProperty().bind(Bindings.createStringBinding(this::statusText, model.snapshotProperty(),
                model.loadedDocumentProperty(), model.locationProperty()));
        status.progressProperty().bind(Bindings.when(model.tasks().busyProperty())
                .then(model.tasks().progressProperty()).otherwise(0.0));
        Label job = new Label();
        job.setId("status-job");
        job.textProperty().bind(Bindings.when(model.tasks().busyProperty()).then(model.tasks().messageProperty())
                .otherwise(model.noticeProperty()));
        Button cancel = new Button("Cancel");
        cancel.setId("status-cancel");
        cancel.visibleProperty().bind(model.tasks().cancellableProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.tasks().cancel());
        status.getRightItems().addAll(job, cancel);
        return status;
    }

    private void chooseAndImport() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Import a document");
        chooser.getExtensionFilters().addAll(
                new javafx.stage.FileChooser.ExtensionFilter("Documents (PDF, DOCX, HTML, text)", "*.pdf", "*.docx", "*.html", "*.htm", "*.txt"),
                new javafx.stage.FileChooser.ExtensionFilter("All files", "*"));
        List<java.io.File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            files.forEach(f -> importWithDialog(f.toPath()));
        }
    }

    /** Asks what the file is, then imports it. */
    void importWithDialog(java.nio.file.Path file) {
        ImportDialog.ask(stage, file, model.suggestedKind(), model.importTarget())
                .ifPresent(choice -> model.importFile(file, choice.kind(), choice.title()));
    }

    private String statusText() {
        CaseSnapshot s = model.snapshotProperty().get();
        if (s == null) {
            return "No case open \u2014 File \u25b8 Open case\u2026";
        }
        StringBuilder sb = new StringBuilder(s.legalCase().title());
        LoadedDocument d = model.loadedDocumentProperty().get();
        if (d != null) {
            long paragraphs = d.view().segments().stream().filter(x -> x.kind() == SegmentKind.NUMBERED_PARAGRAPH).count();
            if (paragraphs > 0) {
                sb.append(" \u00b7 ").append(paragraphs).append(" \u00b6");
            }
        }
        sb.append(" \u00b7 ").append(s.coverage());
        String where = model.locationProperty().get();
        if (where != null && !where.isEmpty()) {
            sb.append(" \u00b7 ").append(where);
        }
        return sb.toString();
    }

    private void rebuildRecent() {
        recent.getItems().clear();
        model.caseList().stream().limit(8).forEach(c -> recent.getItems().add(item(c.title(), null, () -> model.openCase(c.id()))));
        recent.setDisable(recent.getItems().isEmpty());
    }

    private void showShortcuts() {
        info("Keyboard shortcuts", String.join("\n",
                "Ctrl+N\tNew case", "Ctrl+O\tOpen case", "Ctrl+I\tImport a document", "Ctrl+Q\tQuit",
                "Ctrl+Shift+B\tBuild the outline from the pleaded counts",
                "Ctrl+1\tComplaint text", "Ctrl+2\tAllegation outline", "Ctrl+3\tEvidence checklist",
                "Arrows\tMove in the outline (Left/Right fold and unfold)", "F1\tThis list"));
    }

    private void info(String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.initOwner(stage);
        a.setTitle(title);
        a.setHeaderText(title);
        a.show();
    }

    private static String version() {
        String v = MainWindow.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
