package org.claimbench.ui.importing;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File ▸ Import…: choose files, then say what each one is. */
public final class ImportChooser {

    private ImportChooser() {
    }

    public static void chooseAndImport(Window owner, ImportViewModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a document");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Documents (PDF, DOCX, HTML, text, scanned pages)", "*.pdf", "*.docx", "*.html", "*.htm",
                        "*.txt", "*.md", "*.png", "*.jpg", "*.jpeg", "*.tif", "*.tiff"),
                new FileChooser.ExtensionFilter("All files", "*"));
        var settings = model.session().settings();
        List<File> files = org.claimbench.ui.common.LastFolder.remember(
                org.claimbench.ui.common.LastFolder.in(chooser, settings).showOpenMultipleDialog(owner), settings);
        if (files != null) {
            files.forEach(f -> importWithDialog(owner, model, f.toPath()));
        }
    }

    /** Asks what the file is, then imports it. */
    public static void importWithDialog(Window owner, ImportViewModel model, Path file) {
        model.propose(file, proposal -> ImportDialog.ask(owner, file, proposal)
                .ifPresent(choice -> model.importFile(file, choice.kind(), choice.title(), choice.newCase(), choice.amends())));
    }
}
