package org.claimbench.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import org.claimbench.domain.FlagVerdict;
import org.claimbench.domain.NodeKind;
import org.claimbench.report.ReportFormat;
import org.claimbench.ui.backup.BackupDialog;
import org.claimbench.ui.casefiles.CaseFileChoosers;
import org.claimbench.ui.casefiles.CasePicker;
import org.claimbench.ui.casefiles.CasePropertiesDialog;
import org.claimbench.ui.document.DocumentPane;
import org.claimbench.ui.document.DocumentPropertiesDialog;
import org.claimbench.ui.evidence.EvidencePane;
import org.claimbench.ui.importing.ImportChooser;
import org.claimbench.ui.outline.OutlinePane;
import org.claimbench.ui.outline.TemplateDialog;
import org.claimbench.ui.report.ReportWindow;
import org.claimbench.ui.wording.WordingRulesDialog;

/** The main window's menu bar: every command of the window, with its shortcut. */
final class MainMenus {

    private final MainWindow window;
    private final Workbench w;
    private final Stage stage;
    private final Menu recent = new Menu("Recent cases");

    MainMenus(MainWindow window, Workbench workbench, Stage stage) {
        this.window = window;
        this.w = workbench;
        this.stage = stage;
        w.caseFiles().caseList().addListener((javafx.collections.ListChangeListener<org.claimbench.domain.LegalCase>) c -> rebuildRecent());
    }

    MenuBar bar() {
        MenuBar bar = new MenuBar(file(), edit(), view(), outline(), wording(), report(), help());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu file() {
        var session = w.session();
        var files = w.caseFiles();
        MenuItem newCase = item("New case\u2026", "Shortcut+N", null, () -> CasePicker.askNewCase(files));
        MenuItem open = item("Open case\u2026", "Shortcut+O", "menu-open-case", () -> CasePicker.show(stage, files));
        MenuItem importFile = item("Import\u2026", "Shortcut+I", "menu-import", () -> ImportChooser.chooseAndImport(stage, w.importing()));
        MenuItem demo = item("Add demo case", null, "menu-add-demo", files::addDemoCase);
        MenuItem openFile = item("Open case file\u2026", "Shortcut+Shift+O", "menu-open-case-file", () -> CaseFileChoosers.open(stage, files));
        MenuItem exportCase = item("Export case\u2026", null, "menu-export-case", () -> CaseFileChoosers.export(stage, files, session));
        Menu exportAs = new Menu("Export", null, item("REFI-QDA project\u2026", null, "menu-export-qdpx", () -> CaseFileChoosers.exportQdpx(stage, files, session)),
                item("Web annotations\u2026", null, "menu-export-annotations", () -> CaseFileChoosers.exportAnnotations(stage, files, session)));
        var loaded = w.document().loadedDocumentProperty();
        MenuItem importAnnotations = item("Web annotations\u2026", null, "menu-import-annotations", () -> CaseFileChoosers.importAnnotations(stage, files,
                loaded.get() == null ? null : loaded.get().view().document()));
        importAnnotations.disableProperty().bind(loaded.isNull());
        Menu importAs = new Menu("Import", null, item("REFI-QDA project\u2026", null, "menu-import-qdpx", () -> CaseFileChoosers.importQdpx(stage, files)),
                importAnnotations);
        importAs.setId("menu-import-from");
        MenuItem properties = item("Case properties\u2026", null, "menu-case-properties", () -> CasePropertiesDialog.edit(stage, files, session));
        MenuItem duplicate = item("Duplicate case", null, null, files::duplicateCase);
        MenuItem delete = item("Delete case\u2026", null, "menu-delete-case", () -> CaseFileChoosers.confirmDelete(files, session));
        MenuItem restore = item("Restore deleted case", null, "menu-restore-case", files::restoreDeletedCase);
        restore.disableProperty().bind(files.deletedCaseProperty().isNull());
        for (MenuItem m : List.of(exportCase, exportAs, properties, duplicate, delete)) {
            m.disableProperty().bind(session.snapshotProperty().isNull());
        }
        MenuItem backupNow = item("Back up now", null, "menu-backup-now", w.backup()::backupNow);
        MenuItem restoreBackup = item("Restore from backup\u2026", null, "menu-restore-backup",
                () -> BackupDialog.show(stage, w.backup(), session.dialogs()));
        boolean onServer = w.backup().server() != null; // a team store is backed up on its server, not here
        restoreBackup.disableProperty().bind(session.tasks().busyProperty().or(new javafx.beans.property.SimpleBooleanProperty(onServer)));
        backupNow.setDisable(onServer);
        MenuItem connect = item("Connect to team store\u2026", null, "menu-connect-team", () -> org.claimbench.ui.backup.TeamStoreDialog
                .ask(stage, w.backup().lastServer()).ifPresent(w.backup()::connect));
        connect.disableProperty().bind(session.tasks().busyProperty());
        MenuItem laptop = item("Use the laptop store", null, "menu-use-laptop", w.backup()::useLaptopStore);
        laptop.setDisable(!onServer);
        MenuItem quit = item("Quit", "Shortcut+Q", null, stage::close);
        return new Menu("_File", null, newCase, open, openFile, recent, new SeparatorMenuItem(), properties, duplicate, delete, restore,
                new SeparatorMenuItem(), importFile, importAs, exportCase, exportAs, demo, new SeparatorMenuItem(), backupNow, restoreBackup,
                new SeparatorMenuItem(), connect, laptop, new SeparatorMenuItem(), quit);
    }

    private Menu edit() {
        DocumentPane text = window.documentPane();
        var edits = w.edits();
        MenuItem undo = item("Undo", "Shortcut+Z", "menu-undo", edits::undo);
        undo.textProperty().bind(edits.undoStack().undoLabelProperty());
        undo.disableProperty().bind(edits.undoStack().canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", "menu-redo", edits::redo);
        redo.textProperty().bind(edits.undoStack().redoLabelProperty());
        redo.disableProperty().bind(edits.undoStack().canRedoProperty().not());
        MenuItem redoY = item("Redo (alternative key)", "Shortcut+Y", null, edits::redo);
        redoY.setVisible(false);
        MenuItem copyWithCite = item("Copy with cite", "Shortcut+Shift+C", "menu-copy-with-cite", text::copyWithCite);
        MenuItem highlight = item("Highlight", "Shortcut+H", "menu-highlight", text::highlightSelection);
        MenuItem link = item("Link to selected node", "Shortcut+L", "menu-link", text::linkToSelectedNode);
        MenuItem linkTo = item("Link to\u2026", "Shortcut+Shift+L", null, text::linkWithPicker);
        MenuItem allegation = item("New allegation from selection", "Shortcut+Shift+A", "menu-new-allegation-from-selection",
                text::newAllegationFromSelection);
        MenuItem note = item("Edit note of highlight\u2026", "Shortcut+Shift+E", null, text::editNote);
        MenuItem extent = item("Make highlight cover the selection", null, null, text::changeExtent);
        MenuItem deleteHighlight = item("Delete highlight", "Shortcut+Shift+D", null, text::deleteHighlight);
        MenuItem find = item("Find\u2026", "Shortcut+F", "menu-find", text::showFind);
        MenuItem searchCase = item("Search the case\u2026", "Shortcut+Shift+F", "menu-search-case", window::searchCase);
        searchCase.disableProperty().bind(w.session().snapshotProperty().isNull());
        MenuItem reviewCarried = item("Review waiting highlights\u2026", "Shortcut+Shift+H", "menu-review-carried", window::reviewCarried);
        reviewCarried.disableProperty().bind(w.session().snapshotProperty().isNull());
        MenuItem correct = item("Correct recognised text\u2026", "Shortcut+Shift+W", "menu-correct-text", text::correctRecognisedText);
        MenuItem nextUncertain = item("Next uncertain word", "F7", "menu-next-uncertain", () -> text.stepUncertain(1));
        MenuItem previousUncertain = item("Previous uncertain word", "Shift+F7", null, () -> text.stepUncertain(-1));
        var loaded = w.document().loadedDocumentProperty();
        for (MenuItem m : List.of(correct, nextUncertain, previousUncertain)) {
            m.disableProperty().bind(Bindings.createBooleanBinding(() -> loaded.get() == null || !loaded.get().view().correctable(), loaded));
        }
        for (MenuItem m : List.of(copyWithCite, highlight, link, linkTo, allegation, note, extent, deleteHighlight, find)) {
            m.disableProperty().bind(loaded.isNull());
        }
        Menu menu = new Menu("_Edit", null, undo, redo, redoY, new SeparatorMenuItem(), copyWithCite, new SeparatorMenuItem(), highlight,
                link, linkTo, allegation, note, extent, deleteHighlight, new SeparatorMenuItem(), correct, nextUncertain, previousUncertain,
                new SeparatorMenuItem(), find, searchCase, reviewCarried);
        menu.setId("menu-edit");
        return menu;
    }

    private Menu view() {
        var loaded = w.document().loadedDocumentProperty();
        MenuItem text = item("Complaint text", "Shortcut+1", null, () -> window.documentPane().textArea().requestFocus());
        var layout = window.layout();
        MenuItem outline = item("Allegation outline", "Shortcut+2", null, () -> {
            layout.outlineShownProperty().set(true); // moving to a hidden pane shows it
            window.outlinePane().tree().requestFocus();
        });
        MenuItem evidence = item("Evidence checklist", "Shortcut+3", null, () -> {
            layout.evidenceShownProperty().set(true);
            window.evidencePane().focusChecklist();
        });
        CheckMenuItem outlinePane = new CheckMenuItem("Outline pane");
        outlinePane.setId("menu-outline-pane");
        outlinePane.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+2"));
        outlinePane.selectedProperty().bindBidirectional(layout.outlineShownProperty());
        CheckMenuItem evidencePane = new CheckMenuItem("Evidence pane");
        evidencePane.setId("menu-evidence-pane");
        evidencePane.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+3"));
        evidencePane.selectedProperty().bindBidirectional(layout.evidenceShownProperty());
        CheckMenuItem pages = new CheckMenuItem("Original page");
        pages.setId("menu-original-page");
        pages.setAccelerator(KeyCombination.keyCombination("Shortcut+U"));
        pages.selectedProperty().bindBidirectional(w.pages().showingProperty());
        MenuItem howRead = item("How the document was read\u2026", "Shortcut+Shift+K", "menu-layout-view",
                () -> w.importing().showLayoutOf(loaded.get() == null ? null : loaded.get().view().document()));
        howRead.disableProperty().bind(loaded.isNull());
        MenuItem docProperties = item("Document properties\u2026", "Shortcut+Shift+I", "menu-document-properties",
                () -> DocumentPropertiesDialog.show(stage, loaded.get(), w.document()));
        docProperties.disableProperty().bind(loaded.isNull());
        MenuItem compare = item("Compare with the version it amends\u2026", "Shortcut+Alt+M", "menu-compare-versions", window::compareVersions);
        compare.disableProperty().bind(w.compare().availableProperty().not());
        var zoom = window.documentPane().zoom();
        MenuItem larger = item("Larger text", "Shortcut+Plus", "menu-zoom-in", zoom::larger);
        MenuItem smaller = item("Smaller text", "Shortcut+Minus", "menu-zoom-out", zoom::smaller);
        MenuItem actual = item("Actual size", "Shortcut+0", "menu-zoom-reset", zoom::actualSize);
        // the same keys as most keyboards send them: Ctrl with = (plus without Shift), and the number pad's + and -
        MenuItem largerEquals = item("Larger text (alternative key)", "Shortcut+Equals", null, zoom::larger);
        MenuItem largerPad = item("Larger text (number pad)", "Shortcut+Add", null, zoom::larger);
        MenuItem smallerPad = item("Smaller text (number pad)", "Shortcut+Subtract", null, zoom::smaller);
        for (MenuItem hidden : List.of(largerEquals, largerPad, smallerPad)) {
            hidden.setVisible(false);
        }
        return new Menu("_View", null, text, outline, evidence, new SeparatorMenuItem(), larger, smaller, actual, largerEquals, largerPad,
                smallerPad, new SeparatorMenuItem(), pages, outlinePane, evidencePane, new SeparatorMenuItem(), docProperties, howRead, compare);
    }

    private Menu outline() {
        OutlinePane tree = window.outlinePane();
        EvidencePane evidence = window.evidencePane();
        var session = w.session();
        MenuItem fromCounts = item("Build from counts", "Shortcut+Shift+B", "menu-build-from-counts", w.outline()::buildOutlineFromCounts);
        fromCounts.disableProperty().bind(session.snapshotProperty().isNull());
        MenuItem fromDefenses = item("Build from the Answer's defenses", null, "menu-build-from-defenses", w.outline()::buildOutlineFromDefenses);
        fromDefenses.disableProperty().bind(session.snapshotProperty().isNull());
        MenuItem newCount = item("New count\u2026", "Shortcut+Alt+C", null, () -> tree.ask(NodeKind.COUNT));
        MenuItem newElement = item("New element\u2026", "Shortcut+Alt+E", null, () -> tree.ask(NodeKind.ELEMENT));
        MenuItem newAllegation = item("New allegation\u2026", "Shortcut+Alt+A", null, () -> tree.ask(NodeKind.ALLEGATION));
        MenuItem editNode = item("Edit node\u2026", "F2", null, tree::editSelected);
        MenuItem deleteNode = item("Delete node", null, null, tree::deleteSelected);
        MenuItem addEvidence = item("Add evidence\u2026", "Shortcut+E", "menu-add-evidence", evidence::addEvidence);
        for (MenuItem m : List.of(newCount, newElement, newAllegation)) {
            m.disableProperty().bind(session.snapshotProperty().isNull());
        }
        MenuItem applyTemplate = item("Apply element template\u2026", "Shortcut+Shift+T", "menu-apply-template",
                () -> TemplateDialog.apply(stage, w.outline(), session.dialogs()));
        MenuItem saveTemplate = item("Save count as template\u2026", null, null, () -> TemplateDialog.save(w.outline(), session.dialogs()));
        for (MenuItem m : List.of(editNode, deleteNode, addEvidence, applyTemplate, saveTemplate)) {
            m.disableProperty().bind(session.selectedNodeProperty().isNull());
        }
        javafx.scene.control.CheckMenuItem disputed = new javafx.scene.control.CheckMenuItem("Only disputed and unsupported");
        disputed.setId("menu-disputed-unsupported");
        disputed.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+D"));
        disputed.selectedProperty().bindBidirectional(w.outline().disputedUnsupportedOnlyProperty());
        return new Menu("_Outline", null, newCount, newElement, newAllegation, editNode, deleteNode, new SeparatorMenuItem(), addEvidence,
                new SeparatorMenuItem(), fromCounts, fromDefenses, applyTemplate, saveTemplate, new SeparatorMenuItem(), disputed);
    }

    private Menu wording() {
        DocumentPane text = window.documentPane();
        MenuItem nextFlag = item("Next flag", "F8", "menu-next-flag", () -> text.stepFlag(1));
        MenuItem previousFlag = item("Previous flag", "Shift+F8", null, () -> text.stepFlag(-1));
        MenuItem confirmFlag = item("Confirm flag", "Shortcut+Shift+Y", "menu-confirm-flag", () -> text.decideFlag(FlagVerdict.CONFIRMED));
        MenuItem dismissFlag = item("Dismiss flag", "Shortcut+Shift+N", "menu-dismiss-flag", () -> text.decideFlag(FlagVerdict.DISMISSED));
        MenuItem undecideFlag = item("Take back decision on flag", "Shortcut+Shift+U", null, () -> text.decideFlag(null));
        MenuItem reviewFlags = item("Review flags\u2026", "Shortcut+Shift+R", "menu-review-flags", window::reviewFlags);
        for (MenuItem m : List.of(nextFlag, previousFlag, confirmFlag, dismissFlag, undecideFlag, reviewFlags)) {
            m.disableProperty().bind(w.document().loadedDocumentProperty().isNull());
        }
        MenuItem rules = item("Wording rules\u2026", null, "menu-wording-rules", () -> w.wording().loadWordingRules((builtIn, user) ->
                WordingRulesDialog.edit(stage, builtIn, user).ifPresent(w.wording()::saveWordingRules)));
        Menu menu = new Menu("_Wording", null, reviewFlags, nextFlag, previousFlag, new SeparatorMenuItem(), confirmFlag, dismissFlag,
                undecideFlag, new SeparatorMenuItem(), rules);
        menu.setId("menu-wording");
        return menu;
    }

    private Menu report() {
        ReportWindow report = new ReportWindow(w.report(), stage);
        MenuItem preview = item("Preview\u2026", "Shortcut+Shift+P", "menu-report-preview", report::preview);
        MenuItem print = item("Print\u2026", "Shortcut+P", "menu-report-print", report::print);
        List<MenuItem> items = new ArrayList<>(List.of(preview, print));
        Menu menu = new Menu("_Report", null, preview, print, new SeparatorMenuItem());
        for (ReportFormat f : ReportFormat.ALL) {
            MenuItem m = item("Export as " + f.label() + "\u2026", null, "menu-report-export-" + f.extension(), () -> report.export(f));
            items.add(m);
            menu.getItems().add(m);
        }
        items.forEach(m -> m.disableProperty().bind(w.session().snapshotProperty().isNull()));
        return menu;
    }

    private Menu help() {
        MenuItem keys = item("Keyboard shortcuts", "F1", null, () -> ShortcutList.show(stage));
        MenuItem log = item("Open log folder", null, "menu-open-log", window::openLogFolder);
        MenuItem about = item("About ClaimBench", null, null, window::about);
        return new Menu("_Help", null, keys, log, about);
    }

    private void rebuildRecent() {
        recent.getItems().clear();
        w.caseFiles().caseList().stream().limit(8)
                .forEach(c -> recent.getItems().add(item(c.title(), null, null, () -> w.caseFiles().openCase(c.id()))));
        recent.setDisable(recent.getItems().isEmpty());
    }

    static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        if (id != null) {
            m.setId(id);
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
