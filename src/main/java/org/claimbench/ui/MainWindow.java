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
        evidencePane.setOnEditNode(outlinePane::editSelected);

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
                javafx.application.Platform.runLater(() -> files.forEach(f -> {
                    if (f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".claimcase")) {
                        model.openCaseFile(f.toPath());
                    } else {
                        importWithDialog(f.toPath());
                    }
                }));
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
        model.setLayoutShower(this::showLayout);
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
        MenuItem openFile = item("Open case file\u2026", "Shortcut+Shift+O", this::chooseCaseFile);
        openFile.setId("menu-open-case-file");
        MenuItem exportCase = item("Export case\u2026", null, this::chooseExportTarget);
        exportCase.setId("menu-export-case");
        MenuItem properties = item("Case properties\u2026", null, () -> CasePropertiesDialog.edit(stage, model));
        properties.setId("menu-case-properties");
        MenuItem duplicate = item("Duplicate case", null, model::duplicateCase);
        MenuItem delete = item("Delete case\u2026", null, this::confirmDeleteCase);
        delete.setId("menu-delete-case");
        MenuItem restore = item("Restore deleted case", null, model::restoreDeletedCase);
        restore.setId("menu-restore-case");
        restore.disableProperty().bind(model.deletedCaseProperty().isNull());
        for (MenuItem m : List.of(exportCase, properties, duplicate, delete)) {
            m.disableProperty().bind(model.snapshotProperty().isNull());
        }
        MenuItem backupNow = item("Back up now", null, model::backupNow);
        backupNow.setId("menu-backup-now");
        MenuItem restoreBackup = item("Restore from backup\u2026", null, this::chooseBackup);
        restoreBackup.setId("menu-restore-backup");
        restoreBackup.disableProperty().bind(model.tasks().busyProperty()); // work under way finishes first
        MenuItem quit = item("Quit", "Shortcut+Q", stage::close);
        Menu file = new Menu("File", null, newCase, open, openFile, recent, new javafx.scene.control.SeparatorMenuItem(), properties,
                duplicate, delete, restore, new javafx.scene.control.SeparatorMenuItem(), importFile, exportCase, demo,
                new javafx.scene.control.SeparatorMenuItem(), backupNow, restoreBackup, new javafx.scene.control.SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", "Shortcut+Z", model::undo);
        undo.setId("menu-undo");
        undo.textProperty().bind(model.undoStack().undoLabelProperty());
        undo.disableProperty().bind(model.undoStack().canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", model::redo);
        redo.setId("menu-redo");
        redo.textProperty().bind(model.undoStack().redoLabelProperty());
        redo.disableProperty().bind(model.undoStack().canRedoProperty().not());
        MenuItem redoY = item("Redo (alternative key)", "Shortcut+Y", model::redo);
        redoY.setVisible(false);
        MenuItem highlight = item("Highlight", "Shortcut+H", documentPane::highlightSelection);
        highlight.setId("menu-highlight");
        MenuItem link = item("Link to selected node", "Shortcut+L", documentPane::linkToSelectedNode);
        link.setId("menu-link");
        MenuItem linkTo = item("Link to\u2026", "Shortcut+Shift+L", documentPane::linkWithPicker);
        MenuItem allegation = item("New allegation from selection", "Shortcut+Shift+A", documentPane::newAllegationFromSelection);
        allegation.setId("menu-new-allegation-from-selection");
        MenuItem note = item("Edit note of highlight\u2026", "Shortcut+Shift+E", documentPane::editNote);
        MenuItem extent = item("Make highlight cover the selection", null, documentPane::changeExtent);
        MenuItem deleteHighlight = item("Delete highlight", "Shortcut+Shift+D", documentPane::deleteHighlight);
        MenuItem find = item("Find\u2026", "Shortcut+F", documentPane::showFind);
        find.setId("menu-find");
        MenuItem correct = item("Correct recognised text\u2026", "Shortcut+Shift+W", documentPane::correctRecognisedText);
        correct.setId("menu-correct-text");
        MenuItem nextUncertain = item("Next uncertain word", "F7", () -> documentPane.stepUncertain(1));
        nextUncertain.setId("menu-next-uncertain");
        MenuItem previousUncertain = item("Previous uncertain word", "Shift+F7", () -> documentPane.stepUncertain(-1));
        for (MenuItem m : List.of(correct, nextUncertain, previousUncertain)) {
            m.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> model.loadedDocumentProperty().get() == null
                    || !model.loadedDocumentProperty().get().view().correctable(), model.loadedDocumentProperty()));
        }
        Menu edit = new Menu("Edit", null, undo, redo, redoY, new javafx.scene.control.SeparatorMenuItem(), highlight, link, linkTo,
                allegation, note, extent, deleteHighlight, new javafx.scene.control.SeparatorMenuItem(), correct, nextUncertain,
                previousUncertain, new javafx.scene.control.SeparatorMenuItem(), find);
        for (MenuItem m : List.of(highlight, link, linkTo, allegation, note, extent, deleteHighlight, find)) {
            m.disableProperty().bind(model.loadedDocumentProperty().isNull());
        }

        MenuItem text = item("Complaint text", "Shortcut+1", () -> documentPane.textArea().requestFocus());
        MenuItem outline = item("Allegation outline", "Shortcut+2", () -> outlinePane.tree().requestFocus());
        MenuItem evidence = item("Evidence checklist", "Shortcut+3", () -> evidencePane.checklist().requestFocus());
        MenuItem howRead = item("How the document was read\u2026", "Shortcut+Shift+K", model::showLayoutOfDocument);
        howRead.setId("menu-layout-view");
        howRead.disableProperty().bind(model.loadedDocumentProperty().isNull());
        MenuItem docProperties = item("Document properties\u2026", "Shortcut+Shift+I",
                () -> DocumentPropertiesDialog.show(stage, model.loadedDocumentProperty().get()));
        docProperties.setId("menu-document-properties");
        docProperties.disableProperty().bind(model.loadedDocumentProperty().isNull());
        Menu view = new Menu("View", null, text, outline, evidence, new javafx.scene.control.SeparatorMenuItem(), docProperties, howRead);

        MenuItem fromCounts = item("Build from counts", "Shortcut+Shift+B", model::buildOutlineFromCounts);
        fromCounts.setId("menu-build-from-counts");
        fromCounts.disableProperty().bind(model.snapshotProperty().isNull());
        MenuItem newCount = item("New count\u2026", "Shortcut+Alt+C", () -> outlinePane.ask(org.claimbench.domain.NodeKind.COUNT));
        MenuItem newElement = item("New element\u2026", "Shortcut+Alt+E", () -> outlinePane.ask(org.claimbench.domain.NodeKind.ELEMENT));
        MenuItem newAllegation = item("New allegation\u2026", "Shortcut+Alt+A", () -> outlinePane.ask(org.claimbench.domain.NodeKind.ALLEGATION));
        MenuItem editNode = item("Edit node\u2026", "F2", outlinePane::editSelected);
        MenuItem deleteNode = item("Delete node", null, outlinePane::deleteSelected);
        MenuItem addEvidence = item("Add evidence\u2026", "Shortcut+E", evidencePane::addEvidence);
        addEvidence.setId("menu-add-evidence");
        for (MenuItem m : List.of(newCount, newElement, newAllegation)) {
            m.disableProperty().bind(model.snapshotProperty().isNull());
        }
        for (MenuItem m : List.of(editNode, deleteNode, addEvidence)) {
            m.disableProperty().bind(model.selectedNodeProperty().isNull());
        }
        MenuItem applyTemplate = item("Apply element template\u2026", "Shortcut+Shift+T", this::chooseTemplate);
        applyTemplate.setId("menu-apply-template");
        MenuItem saveTemplate = item("Save count as template\u2026", null, this::saveTemplate);
        for (MenuItem m : List.of(applyTemplate, saveTemplate)) {
            m.disableProperty().bind(model.selectedNodeProperty().isNull());
        }
        Menu outlineMenu = new Menu("Outline", null, newCount, newElement, newAllegation, editNode, deleteNode,
                new javafx.scene.control.SeparatorMenuItem(), addEvidence, new javafx.scene.control.SeparatorMenuItem(), fromCounts,
                applyTemplate, saveTemplate);

        MenuItem nextFlag = item("Next flag", "F8", () -> documentPane.stepFlag(1));
        nextFlag.setId("menu-next-flag");
        MenuItem previousFlag = item("Previous flag", "Shift+F8", () -> documentPane.stepFlag(-1));
        MenuItem confirmFlag = item("Confirm flag", "Shortcut+Shift+Y",
                () -> documentPane.decideFlag(org.claimbench.domain.FlagVerdict.CONFIRMED));
        confirmFlag.setId("menu-confirm-flag");
        MenuItem dismissFlag = item("Dismiss flag", "Shortcut+Shift+N",
                () -> documentPane.decideFlag(org.claimbench.domain.FlagVerdict.DISMISSED));
        dismissFlag.setId("menu-dismiss-flag");
        MenuItem undecideFlag = item("Take back decision on flag", "Shortcut+Shift+U", () -> documentPane.decideFlag(null));
        MenuItem reviewFlags = item("Review flags\u2026", "Shortcut+Shift+R", this::reviewFlags);
        reviewFlags.setId("menu-review-flags");
        for (MenuItem m : List.of(nextFlag, previousFlag, confirmFlag, dismissFlag, undecideFlag, reviewFlags)) {
            m.disableProperty().bind(model.loadedDocumentProperty().isNull());
        }
        MenuItem rules = item("Wording rules\u2026", null, () -> model.loadWordingRules((builtIn, user) ->
                WordingRulesDialog.edit(stage, builtIn, user).ifPresent(model::saveWordingRules)));
        rules.setId("menu-wording-rules");
        Menu wordingMenu = new Menu("Wording", null, reviewFlags, nextFlag, previousFlag, new javafx.scene.control.SeparatorMenuItem(),
                confirmFlag, dismissFlag, undecideFlag, new javafx.scene.control.SeparatorMenuItem(), rules);
        wordingMenu.setId("menu-wording");

        ReportWindow report = new ReportWindow(model, stage);
        MenuItem preview = item("Preview\u2026", "Shortcut+Shift+P", report::preview);
        preview.setId("menu-report-preview");
        MenuItem print = item("Print\u2026", "Shortcut+P", report::print);
        print.setId("menu-report-print");
        List<MenuItem> exports = new java.util.ArrayList<>();
        for (org.claimbench.report.ReportFormat f : org.claimbench.report.ReportFormat.ALL) {
            MenuItem m = item("Export as " + f.label() + "\u2026", null, () -> report.export(f));
            m.setId("menu-report-export-" + f.extension());
            exports.add(m);
        }
        for (MenuItem m : List.of(preview, print)) {
            m.disableProperty().bind(model.snapshotProperty().isNull());
        }
        exports.forEach(m -> m.disableProperty().bind(model.snapshotProperty().isNull()));
        Menu reportMenu = new Menu("Report", null, preview, print, new javafx.scene.control.SeparatorMenuItem());
        reportMenu.getItems().addAll(exports);

        MenuItem keys = item("Keyboard shortcuts", "F1", this::showShortcuts);
        MenuItem about = item("About ClaimBench", null, () -> info("About ClaimBench",
                "ClaimBench " + version() + "\nA workbench for reading a lawsuit critically: which allegations rest on evidence, "
                        + "and which on assertion, hedging or innuendo."));
        Menu help = new Menu("Help", null, keys, about);
        MenuBar bar = new MenuBar(file, edit, view, outlineMenu, wordingMenu, reportMenu, help);
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
        Button highlight = toolButton("Highlight", "tool-highlight", "Highlight the selected text (Ctrl+H)", documentPane::highlightSelection);
        Button link = toolButton("Link \u25b8", "tool-link", "Link the selection or highlight to the selected node (Ctrl+L); "
                + "or drag the selection onto a node", documentPane::linkToSelectedNode);
        Button allegation = toolButton("New allegation", "tool-new-allegation",
                "Make the selected text an allegation under the selected element, linked to it (Ctrl+Shift+A)",
                documentPane::newAllegationFromSelection);
        Button undo = toolButton("\u21b6 Undo", "tool-undo", "Undo (Ctrl+Z)", model::undo);
        undo.disableProperty().bind(model.undoStack().canUndoProperty().not());
        Button redo = toolButton("\u21b7 Redo", "tool-redo", "Redo (Ctrl+Shift+Z)", model::redo);
        redo.disableProperty().bind(model.undoStack().canRedoProperty().not());
        Button find = toolButton("Find\u2026", "tool-find", "Find in the document (Ctrl+F)", documentPane::showFind);
        for (Button b : List.of(highlight, link, allegation, find)) {
            b.disableProperty().bind(model.loadedDocumentProperty().isNull());
        }
        ToolBar bar = new ToolBar(open, newCase, new Separator(), importButton, new Separator(), highlight, link, allegation,
                new Separator(), undo, redo, new Separator(), find);
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

    private static Button toolButton(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false); // the text's selection stays where it is
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Outline ▸ Apply element template: the templates in order of fit for the count, the best marked. */
    private void chooseTemplate() {
        var count = model.selectedCount();
        if (count == null) {
            model.dialogs().error("No count selected", "Select a count (or anything under it) in the outline first.");
            return;
        }
        model.loadTemplates(count, list -> {
            javafx.scene.control.ListView<org.claimbench.analysis.ElementTemplates.Template> view = new javafx.scene.control.ListView<>();
            view.setId("template-list");
            view.getItems().setAll(list);
            view.setPrefSize(560, 360);
            view.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(org.claimbench.analysis.ElementTemplates.Template t, boolean empty) {
                    super.updateItem(t, empty);
                    setText(empty || t == null ? null : t.name() + "  \u2014  " + t.elements().size() + " elements"
                            + (getIndex() == 0 ? "  (suggested)" : ""));
                }
            });
            view.getSelectionModel().selectFirst();
            javafx.scene.control.Dialog<org.claimbench.analysis.ElementTemplates.Template> d = new javafx.scene.control.Dialog<>();
            d.initOwner(stage);
            d.setTitle("Apply element template");
            d.setHeaderText("Add the elements of a cause of action to \u201c" + count.title() + "\u201d");
            d.getDialogPane().setContent(view);
            d.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
            d.setResultConverter(b -> b == javafx.scene.control.ButtonType.OK ? view.getSelectionModel().getSelectedItem() : null);
            d.showAndWait().ifPresent(t -> model.applyTemplate(count, t));
        });
    }

    private void saveTemplate() {
        var count = model.selectedCount();
        if (count == null) {
            return;
        }
        model.dialogs().askText("Save count as template", "Name of the template (its elements are those of \u201c" + count.title() + "\u201d)", "")
                .ifPresent(name -> model.saveCountAsTemplate(count, name));
    }

    private void chooseCaseFile() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Open a case file");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("ClaimBench case files", "*.claimcase"));
        java.io.File f = chooser.showOpenDialog(stage);
        if (f != null) {
            model.openCaseFile(f.toPath());
        }
    }

    private void chooseExportTarget() {
        var s = model.snapshotProperty().get();
        if (s == null) {
            return;
        }
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Export the case");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("ClaimBench case files", "*.claimcase"));
        chooser.setInitialFileName(s.legalCase().title().replaceAll("[\\\\/:*?\"<>|]", "").trim() + ".claimcase");
        java.io.File f = chooser.showSaveDialog(stage);
        if (f != null) {
            java.io.File target = f.getName().endsWith(".claimcase") ? f : new java.io.File(f.getParentFile(), f.getName() + ".claimcase");
            model.dialogs().askPassword("Export case", "Encrypt the file with a password? Leave both fields empty for none. "
                    + "Without the password, nobody (including you) can open the file.", true)
                    .ifPresent(password -> model.exportCase(target.toPath(), password));
        }
    }

    private void confirmDeleteCase() {
        var s = model.snapshotProperty().get();
        if (s != null && model.dialogs().confirm("Delete case", "Delete \u201c" + s.legalCase().title() + "\u201d with all its documents, "
                + "outline and evidence? Until you quit, File \u25b8 Restore deleted case brings it back.", "Delete")) {
            model.deleteCase();
        }
    }

    private void chooseAndImport() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Import a document");
        chooser.getExtensionFilters().addAll(
                new javafx.stage.FileChooser.ExtensionFilter("Documents (PDF, DOCX, HTML, text, scanned pages)", "*.pdf", "*.docx", "*.html", "*.htm", "*.txt",
                        "*.png", "*.jpg", "*.jpeg", "*.tif", "*.tiff"),
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
            var source = d.view().textSource();
            if (source.recognised()) {
                int uncertain = d.view().uncertainWords().size();
                sb.append(" \u00b7 ").append(source.pagesRecognised()).append(source.pagesRecognised() == 1 ? " page" : " pages")
                        .append(" recognised, ").append(uncertain).append(uncertain == 1 ? " uncertain word" : " uncertain words");
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

    static final String[][] SHORTCUTS = {
            {"Ctrl+N", "New case"}, {"Ctrl+O", "Open case"}, {"Ctrl+I", "Import a document (or drop files on the window)"},
            {"Ctrl+Q", "Quit"},
            {"Ctrl+Z", "Undo"}, {"Ctrl+Shift+Z, Ctrl+Y", "Redo"},
            {"Ctrl+H", "Highlight the selected text"}, {"Ctrl+L", "Link the selection or highlight to the selected node"},
            {"Ctrl+Shift+L", "Link to… (choose the node from a list)"}, {"Ctrl+Shift+A", "New allegation from selection"},
            {"Ctrl+Shift+E", "Edit the note of the highlight at the caret"}, {"Ctrl+Shift+D", "Delete the highlight at the caret"},
            {"Ctrl+F", "Find; Enter and Shift+Enter for next and previous, Esc to close"},
            {"Ctrl+1 / 2 / 3", "Move to the text / the outline / the checklist"},
            {"Ctrl+Alt+C / E / A", "New count / element / allegation"}, {"Insert", "New node under the selected one (outline)"},
            {"F2, Enter", "Edit the selected node (outline) or item (checklist)"}, {"Delete", "Delete the selected node or item"},
            {"Alt+\u2191 / Alt+\u2193", "Move the node or item up or down"},
            {"Alt+\u2192 / Alt+\u2190", "Move the node under the one above / out of its parent"},
            {"Ctrl+E", "Add evidence to the selected node"}, {"Space", "Tick or untick the checklist item"},
            {"1 \u2026 7", "Set the item's status: needed, cited, exhibit attached, in hand, requested, unavailable, contradicted"},
            {"Ctrl+Shift+B", "Build the outline from the pleaded counts"},
            {"Ctrl+Shift+T", "Apply an element template to the selected count"},
            {"F8 / Shift+F8", "Next / previous wording flag of the document"},
            {"Ctrl+Shift+Y / N / U", "Confirm / dismiss / take back the decision on the flag at the caret"},
            {"Ctrl+Shift+R", "Review the document's wording flags in a list (Y, N, U there)"},
            {"Ctrl+Shift+P / Ctrl+P", "Preview / print the report"},
            {"Ctrl+Shift+K", "How the document was read: each printed line's role and why"},
            {"Ctrl+Shift+I", "Document properties: file, pages, how its text was obtained"},
            {"F7 / Shift+F7", "Next / previous word recognised with little confidence (scans)"},
            {"Ctrl+Shift+W", "Correct the recognised words selected or at the caret (scans)"}, {"F1", "This list"}};

    private void showShortcuts() {
        StringBuilder sb = new StringBuilder();
        for (String[] s : SHORTCUTS) {
            sb.append(String.format("%-22s %s%n", s[0], s[1]));
        }
        javafx.scene.control.TextArea list = new javafx.scene.control.TextArea(sb.toString());
        list.setEditable(false);
        list.setStyle("-fx-font-family: monospace;");
        list.setPrefSize(640, 460);
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts (Cmd for Ctrl on macOS)");
        a.getDialogPane().setContent(list);
        a.show();
    }

    private FlagReviewWindow flagReview;
    private LayoutWindow layoutWindow;

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
            flagReview = new FlagReviewWindow(model, stage);
        }
        flagReview.show();
    }

    FlagReviewWindow flagReview() {
        return flagReview;
    }

    /** Lists the backups; the one chosen replaces the store once the user confirms. */
    private void chooseBackup() {
        model.listBackups(list -> {
            if (list.isEmpty()) {
                info("Restore from backup", "There are no backups yet. ClaimBench makes one when it starts (once a day) and every hour; "
                        + "File \u25b8 Back up now makes one at once.");
                return;
            }
            javafx.scene.control.ListView<MainViewModel.BackupChoice> view = new javafx.scene.control.ListView<>();
            view.setId("backup-list");
            view.getItems().setAll(list);
            view.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(MainViewModel.BackupChoice b, boolean empty) {
                    super.updateItem(b, empty);
                    setText(empty || b == null ? null : b.describe());
                }
            });
            view.getSelectionModel().selectFirst();
            view.setPrefSize(520, 260);
            javafx.scene.control.Dialog<MainViewModel.BackupChoice> d = new javafx.scene.control.Dialog<>();
            d.initOwner(stage);
            d.setTitle("Restore from backup");
            d.setHeaderText("Choose the backup to go back to. It replaces the whole store \u2014 every case \u2014 as it was then.\n"
                    + "The store as it is now is backed up first, so you can come back to it the same way.");
            javafx.scene.control.ButtonType restoreButton = new javafx.scene.control.ButtonType("Restore",
                    javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
            d.getDialogPane().getButtonTypes().addAll(restoreButton, javafx.scene.control.ButtonType.CANCEL);
            d.getDialogPane().setContent(view);
            d.getDialogPane().lookupButton(restoreButton).disableProperty().bind(view.getSelectionModel().selectedItemProperty().isNull());
            view.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && view.getSelectionModel().getSelectedItem() != null) {
                    ((javafx.scene.control.Button) d.getDialogPane().lookupButton(restoreButton)).fire();
                }
            });
            d.setResultConverter(b -> b == restoreButton ? view.getSelectionModel().getSelectedItem() : null);
            d.setOnShown(e -> javafx.application.Platform.runLater(view::requestFocus));
            d.showAndWait().ifPresent(b -> {
                if (model.dialogs().confirm("Restore from backup", "Replace every case in the store with the backup of "
                        + b.describe() + "?\nWhat you did since then is set aside in a backup of the store as it is now.", "Restore")) {
                    model.restoreBackup(b);
                }
            });
        });
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
