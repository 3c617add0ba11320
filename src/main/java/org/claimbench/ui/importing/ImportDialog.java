package org.claimbench.ui.importing;

import org.claimbench.ui.common.Forms;

import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.claimbench.domain.DocumentKind;

/** Asks what a file is (complaint, exhibit…) and what to call it, before it is imported. */
public final class ImportDialog {

    record Choice(DocumentKind kind, String title) {
    }

    private ImportDialog() {
    }

    public static Optional<Choice> ask(Window owner, Path file, DocumentKind suggested, String targetCase) {
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Import");
        d.setHeaderText("Import " + file.getFileName() + (targetCase == null ? " into a new case" : " into \u201c" + targetCase + "\u201d"));
        ChoiceBox<DocumentKind> kind = new ChoiceBox<>();
        kind.setId("import-kind");
        kind.getItems().setAll(DocumentKind.values());
        kind.setValue(suggested);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(DocumentKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public DocumentKind fromString(String s) {
                return null;
            }
        });
        TextField title = new TextField();
        title.setId("import-title");
        title.setPromptText("From the caption, or the file name");
        title.setPrefColumnCount(30);
        GridPane grid = Forms.grid();
        grid.addRow(0, new Label("This document is"), kind);
        grid.addRow(1, new Label("Title"), title);
        d.getDialogPane().setContent(grid);
        ButtonType importButton = new ButtonType("Import", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);
        d.setResultConverter(b -> b == importButton ? new Choice(kind.getValue(), title.getText()) : null);
        return d.showAndWait();
    }
}
