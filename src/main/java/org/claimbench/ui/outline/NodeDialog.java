package org.claimbench.ui.outline;

import org.claimbench.ui.common.Forms;
import org.claimbench.ui.common.Labels;

import java.util.Arrays;
import java.util.Optional;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.StandardOfProof;
import org.claimbench.domain.SupportLevel;

/** Edits every field of an outline node, and its support-level override with the reason for it. */
final class NodeDialog {

    private NodeDialog() {
    }

    static Optional<OutlineNode> edit(Window owner, OutlineNode n, SupportLevel computed) {
        Dialog<OutlineNode> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Edit " + Labels.lower(n.kind()));
        d.setHeaderText(n.title());
        TextField title = new TextField(n.title());
        title.setId("node-title");
        title.setPrefColumnCount(40);
        ChoiceBox<NodeKind> kind = Labels.choice("node-kind", NodeKind.values(), n.kind(), k -> Forms.capital(Labels.lower(k)));
        TextArea body = Forms.area("node-body", n.body());
        TextField basis = new TextField(n.legalBasis() == null ? "" : n.legalBasis());
        basis.setId("node-legal-basis");
        StandardOfProof[] standards = Arrays.copyOf(StandardOfProof.values(), StandardOfProof.values().length + 1);
        ChoiceBox<StandardOfProof> standard = Labels.choice("node-standard", standards, n.standardOfProof(),
                s -> s == null ? "\u2014" : s.label());
        standard.getItems().add(0, null);
        standard.getItems().remove(standard.getItems().size() - 1);
        standard.setValue(n.standardOfProof());
        TextArea note = Forms.area("node-note", n.note());
        SupportLevel[] levels = Arrays.copyOf(SupportLevel.values(), SupportLevel.values().length + 1);
        ChoiceBox<SupportLevel> override = Labels.choice("node-override", levels, n.supportOverride(),
                l -> l == null ? "As computed (" + computed.label().toLowerCase() + ")" : l.symbol() + " " + l.label());
        override.getItems().add(0, null);
        override.getItems().remove(override.getItems().size() - 1);
        override.setValue(n.supportOverride());
        TextField reason = new TextField(n.overrideReason() == null ? "" : n.overrideReason());
        reason.setId("node-override-reason");
        reason.setPromptText("Why the level differs from the checklist (required)");
        reason.disableProperty().bind(override.valueProperty().isNull());

        GridPane g = Forms.grid();
        g.addRow(0, new Label("Title"), title);
        g.addRow(1, new Label("Kind"), kind);
        g.addRow(2, new Label("Text"), body);
        g.addRow(3, new Label("Legal basis"), basis);
        g.addRow(4, new Label("Standard of proof"), standard);
        g.addRow(5, new Label("Note"), note);
        g.addRow(6, new Label("Support level"), override);
        g.addRow(7, new Label("Reason"), reason);
        GridPane.setHgrow(title, Priority.ALWAYS);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(title.textProperty().isEmpty()
                .or(override.valueProperty().isNotNull().and(reason.textProperty().isEmpty())));
        d.setResultConverter(b -> b != ButtonType.OK ? null
                : new OutlineNode(n.id(), n.caseId(), n.parentId(), n.position(), kind.getValue(), title.getText().strip(),
                        Forms.blankToNull(body.getText()), Forms.blankToNull(basis.getText()), standard.getValue(), Forms.blankToNull(note.getText()),
                        override.getValue(), override.getValue() == null ? null : reason.getText().strip()));
        // focus can only be given once the dialog is on screen
        d.setOnShown(e -> javafx.application.Platform.runLater(title::requestFocus));
        return d.showAndWait();
    }
}
