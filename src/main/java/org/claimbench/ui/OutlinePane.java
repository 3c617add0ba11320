package org.claimbench.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.SupportLevel;
import org.claimbench.service.CaseSnapshot;
import org.controlsfx.control.textfield.TextFields;

/** The allegation outline: counts → elements → allegations, each with its support level. */
public final class OutlinePane extends BorderPane {

    private final MainViewModel model;
    private final TreeView<OutlineNode> tree = new TreeView<>();
    private final TextField filter = TextFields.createClearableTextField();
    private boolean updatingSelection;

    public OutlinePane(MainViewModel model) {
        this.model = model;
        setId("outline-pane");
        getStyleClass().add("pane");

        Label title = new Label("Allegation outline");
        title.getStyleClass().add("pane-title");
        filter.setId("outline-filter");
        filter.setPromptText("Filter");
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox header = new HBox(8, title, filter);
        header.getStyleClass().add("pane-header");
        header.setPadding(new Insets(6, 8, 6, 8));
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setTop(header);

        tree.setId("outline-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new NodeCell());
        Label empty = new Label("No outline yet.");
        empty.getStyleClass().add("muted");
        setCenter(new VBox(tree));
        VBox.setVgrow(tree, Priority.ALWAYS);

        model.snapshotProperty().addListener((obs, o, s) -> rebuild());
        filter.textProperty().addListener((obs, o, f) -> rebuild());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, o, item) -> {
            if (!updatingSelection) {
                model.selectedNodeProperty().set(item == null ? null : item.getValue());
            }
        });
        model.selectedNodeProperty().addListener((obs, o, n) -> selectInTree(n));
    }

    public TreeView<OutlineNode> tree() {
        return tree;
    }

    private void rebuild() {
        CaseSnapshot s = model.snapshotProperty().get();
        TreeItem<OutlineNode> root = new TreeItem<>();
        if (s != null) {
            Map<Long, List<OutlineNode>> children = new HashMap<>();
            s.outline().forEach(n -> children.computeIfAbsent(n.parentId(), k -> new java.util.ArrayList<>()).add(n));
            String f = filter.getText() == null ? "" : filter.getText().strip().toLowerCase(Locale.ROOT);
            Set<Long> keep = f.isEmpty() ? null : matchingWithAncestors(s.outline(), f);
            addChildren(root, null, children, keep);
        }
        updatingSelection = true;
        try {
            tree.setRoot(root);
        } finally {
            updatingSelection = false;
        }
        selectInTree(model.selectedNodeProperty().get());
    }

    private static Set<Long> matchingWithAncestors(List<OutlineNode> nodes, String f) {
        Map<Long, OutlineNode> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        Set<Long> keep = new HashSet<>();
        for (OutlineNode n : nodes) {
            String hay = (n.title() + " " + (n.body() == null ? "" : n.body()) + " " + (n.note() == null ? "" : n.note())).toLowerCase(Locale.ROOT);
            if (hay.contains(f)) {
                for (OutlineNode a = n; a != null && keep.add(a.id()); a = a.parentId() == null ? null : byId.get(a.parentId())) {
                    // walk up so the match keeps its place in the tree
                }
            }
        }
        return keep;
    }

    private static void addChildren(TreeItem<OutlineNode> item, Long parentId, Map<Long, List<OutlineNode>> children, Set<Long> keep) {
        for (OutlineNode n : children.getOrDefault(parentId, List.of())) {
            if (keep != null && !keep.contains(n.id())) {
                continue;
            }
            TreeItem<OutlineNode> child = new TreeItem<>(n);
            child.setExpanded(true);
            item.getChildren().add(child);
            addChildren(child, n.id(), children, keep);
        }
    }

    private void selectInTree(OutlineNode n) {
        updatingSelection = true;
        try {
            if (n == null) {
                tree.getSelectionModel().clearSelection();
                return;
            }
            TreeItem<OutlineNode> found = find(tree.getRoot(), n.id());
            if (found != null) {
                tree.getSelectionModel().select(found);
                int row = tree.getRow(found);
                if (row >= 0) {
                    tree.scrollTo(Math.max(0, row - 3));
                }
            }
        } finally {
            updatingSelection = false;
        }
    }

    private static TreeItem<OutlineNode> find(TreeItem<OutlineNode> item, long id) {
        if (item == null) {
            return null;
        }
        if (item.getValue() != null && item.getValue().id() == id) {
            return item;
        }
        for (TreeItem<OutlineNode> c : item.getChildren()) {
            TreeItem<OutlineNode> f = find(c, id);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private final class NodeCell extends TreeCell<OutlineNode> {
        private final Label icon = new Label();

        NodeCell() {
            icon.getStyleClass().add("support-icon");
        }

        @Override
        protected void updateItem(OutlineNode n, boolean empty) {
            super.updateItem(n, empty);
            getStyleClass().removeAll("node-count", "node-element", "node-allegation");
            if (empty || n == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            CaseSnapshot s = model.snapshotProperty().get();
            SupportLevel level = s == null ? SupportLevel.UNSUPPORTED : s.support().getOrDefault(n.id(), SupportLevel.UNSUPPORTED);
            icon.setText(level.symbol());
            icon.getStyleClass().removeIf(c -> c.startsWith("level-"));
            icon.getStyleClass().add("level-" + level.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            setGraphic(icon);
            setText(n.title());
            getStyleClass().add(n.kind() == NodeKind.COUNT ? "node-count" : n.kind() == NodeKind.ELEMENT ? "node-element" : "node-allegation");
            String why = n.supportOverride() != null ? "\nOverride: " + n.overrideReason() : "";
            setTooltip(new javafx.scene.control.Tooltip(level.label() + why + (n.legalBasis() == null ? "" : "\n" + n.legalBasis())));
        }
    }
}
