package org.claimbench.ui.document;

import org.claimbench.ui.common.Labels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.service.CaseSnapshot;

/** Link to…: choose the node from a list that narrows as you type, and the role of the link. */
final class LinkPicker {

    record Choice(OutlineNode node, LinkRole role) {
    }

    private LinkPicker() {
    }

    static Optional<Choice> ask(Window owner, List<OutlineNode> nodes, LinkRole suggested) {
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Link to\u2026");
        d.setHeaderText("Link the passage to an allegation, element or count");
        TextField filter = new TextField();
        filter.setId("link-filter");
        filter.setPromptText("Type to narrow the list");
        FilteredList<OutlineNode> shown = new FilteredList<>(FXCollections.observableArrayList(nodes));
        ListView<OutlineNode> list = new ListView<>(shown);
        list.setId("link-list");
        list.setPrefSize(560, 320);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(OutlineNode n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null
                        : (n.kind().isTopLevel() ? "" : n.kind() == NodeKind.ELEMENT ? "    " : "        ") + n.title());
            }
        });
        filter.textProperty().addListener((o, a, f) -> {
            String needle = f == null ? "" : f.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(n -> needle.isEmpty() || n.title().toLowerCase(Locale.ROOT).contains(needle));
            list.getSelectionModel().selectFirst();
        });
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                list.getSelectionModel().selectNext();
            }
        });
        list.getSelectionModel().selectFirst();
        ChoiceBox<LinkRole> role = Labels.choice("link-role", LinkRole.values(), suggested, Labels::lower);
        VBox box = new VBox(8, filter, list, new HBox(8, new Label("The passage"), role, new Label("the node")));
        box.setPadding(new Insets(10));
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        // in the list, Enter and a double click choose the node, as they do in the field above it
        javafx.scene.control.Button ok = (javafx.scene.control.Button) d.getDialogPane().lookupButton(ButtonType.OK);
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                ok.fire();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                ok.fire();
            }
        });
        d.setResultConverter(b -> b == ButtonType.OK && list.getSelectionModel().getSelectedItem() != null
                ? new Choice(list.getSelectionModel().getSelectedItem(), role.getValue()) : null);
        // focus can only be given once the dialog is on screen
        d.setOnShown(e -> javafx.application.Platform.runLater(filter::requestFocus));
        return d.showAndWait();
    }

    /** The outline's nodes in the order the tree shows them. */
    static List<OutlineNode> treeOrder(CaseSnapshot s) {
        Map<Long, List<OutlineNode>> children = new HashMap<>();
        s.outline().forEach(n -> children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n));
        List<OutlineNode> out = new ArrayList<>();
        addInOrder(null, children, out);
        return out;
    }

    private static void addInOrder(Long parent, Map<Long, List<OutlineNode>> children, List<OutlineNode> out) {
        for (OutlineNode n : children.getOrDefault(parent, List.of())) {
            out.add(n);
            addInOrder(n.id(), children, out);
        }
    }
}
