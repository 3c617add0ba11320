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

import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;

/** Asks what a file is (complaint, exhibit…) and what to call it, before it is imported. */
public final class ImportDialog {

    /** What the user answered; {@code amends} is the id of the pleading the file amends, or null. */
    record Choice(DocumentKind kind, String title, boolean newCase, Long amends) {
    }

    private ImportDialog() {
    }

    public static Optional<Choice> ask(Window owner, Path file, ImportViewModel.Proposal proposal) {
        DocumentKind suggested = proposal.kind();
        String targetCase = proposal.openCase();
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Import");
        d.setHeaderText("Import " + file.getFileName() + (targetCase == null ? " into a new case" : ""));
        javafx.scene.control.ToggleGroup into = new javafx.scene.control.ToggleGroup();
        javafx.scene.control.RadioButton newCase = new javafx.scene.control.RadioButton("A new case, named after the parties in its caption");
        newCase.setId("import-new-case");
        newCase.setToggleGroup(into);
        javafx.scene.control.RadioButton openCase = new javafx.scene.control.RadioButton(
                targetCase == null ? "" : "\u201c" + targetCase + "\u201d, the case on show");
        openCase.setId("import-open-case");
        openCase.setToggleGroup(into);
        (proposal.newCase() ? newCase : openCase).setSelected(true);
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
        if (targetCase != null) {
            grid.addRow(2, new Label("Into"), new javafx.scene.layout.VBox(6, newCase, openCase));
        }
        ChoiceBox<Document> amends = AmendsRow.add(grid, 3, proposal, kind, openCase);
        d.getDialogPane().setContent(grid);
        ButtonType importButton = new ButtonType("Import", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);
        d.setResultConverter(b -> {
            if (b != importButton) {
                return null;
            }
            boolean intoNewCase = targetCase == null || newCase.isSelected();
            Document amended = amends == null || intoNewCase || !amends.isVisible() ? null : amends.getValue();
            return new Choice(kind.getValue(), title.getText(), intoNewCase, amended == null || amended.id() < 0 ? null : amended.id());
        });
        return d.showAndWait();
    }
}
