package org.claimbench.ui.casefiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.claimbench.domain.NodeKind;
import org.claimbench.service.QdpxImport;
import org.claimbench.ui.common.Forms;

/**
 * Before a REFI-QDA project becomes a case: what it holds, what each depth of its codes becomes (a count, an element,
 * an allegation or a defense), and the list of what will not be imported.
 */
public final class QdpxImportDialog {

    private QdpxImportDialog() {
    }

    public static Optional<QdpxImport.Levels> ask(Window owner, String name, QdpxImport.Project project) {
        QdpxImport.Levels initial = project.defaultLevels();
        GridPane g = Forms.grid();
        List<ComboBox<NodeKind>> boxes = new ArrayList<>();
        String[] labels = {"Top codes", "Their sub-codes", "Deeper codes"};
        for (int depth = 0; depth < 3; depth++) {
            ComboBox<NodeKind> box = new ComboBox<>();
            box.getItems().setAll(NodeKind.values());
            box.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(NodeKind k) {
                    return k == null ? "" : Forms.capital(k.name().toLowerCase(java.util.Locale.ROOT));
                }

                @Override
                public NodeKind fromString(String s) {
                    return null;
                }
            });
            box.setValue(initial.at(depth));
            box.setId("qdpx-level-" + (depth + 1));
            boxes.add(box);
            g.addRow(depth, new Label(labels[depth]), box);
        }
        Label about = new Label(project.sources().size() + " text sources, " + project.codeCount() + " codes ("
                + (project.depth() <= 1 ? "a flat list" : project.depth() + " levels deep") + "), " + project.selectionCount()
                + " coded selections. Top codes that are not counts go under one count named \u201c" + project.name() + "\u201d.");
        about.setWrapText(true);
        about.setMaxWidth(520);
        ListView<String> left = new ListView<>();
        left.setId("qdpx-not-imported");
        left.getItems().setAll(project.notImported().isEmpty() ? List.of("Nothing: every part of the project has a place in the case.")
                : project.notImported());
        left.setPrefHeight(160);
        left.setPrefWidth(520);
        VBox content = new VBox(10, about, g, new Label("Will not be imported:"), left);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Import a REFI-QDA project");
        d.setHeaderText("Import " + name + " as a new case");
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).setId("qdpx-import-ok");
        return d.showAndWait().filter(b -> b == ButtonType.OK)
                .map(b -> new QdpxImport.Levels(boxes.stream().map(ComboBox::getValue).toList()));
    }
}
