package org.claimbench.ui.outline;

import org.claimbench.ui.document.DocumentViewModel;
import org.claimbench.ui.evidence.EvidenceViewModel;
import org.claimbench.ui.session.CaseSession;
import org.claimbench.ui.session.DragBoard;
import org.claimbench.ui.wording.WordingViewModel;

import org.claimbench.ui.common.Labels;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javafx.geometry.Insets;
import javafx.scene.input.KeyCode;
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

    private final OutlineViewModel model;
    private final CaseSession session;
    private final DocumentViewModel document;
    private final EvidenceViewModel evidence;
    private final WordingViewModel reading;
    private final DragBoard drag;
    private final TreeView<OutlineNode> tree = new TreeView<>();
    private final TextField filter = TextFields.createClearableTextField();
    private boolean updatingSelection;

    public OutlinePane(CaseSession session, OutlineViewModel model, DocumentViewModel document, EvidenceViewModel evidence,
                       WordingViewModel wording, DragBoard drag) {
        this.model = model;
        this.session = session;
        this.document = document;
        this.evidence = evidence;
        this.reading = wording;
        this.drag = drag;
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
        setTop(new VBox(header, answerFilter()));

        tree.setId("outline-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new NodeCell());
        tree.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        Label empty = new Label("No outline yet.");
        empty.getStyleClass().add("muted");
        setCenter(new VBox(tree, legend()));
        VBox.setVgrow(tree, Priority.ALWAYS);

        session.snapshotProperty().addListener((obs, o, s) -> rebuild());
        reading.wordingBySegmentProperty().addListener((obs, o, m) -> redrawRows());
        filter.textProperty().addListener((obs, o, f) -> rebuild());
        model.disputedUnsupportedOnlyProperty().addListener((obs, o, on) -> rebuild());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, o, item) -> {
            if (!updatingSelection) {
                session.selectedNodeProperty().set(item == null ? null : item.getValue());
            }
        });
        session.selectedNodeProperty().addListener((obs, o, n) -> selectInTree(n));
        // a passage selected in the text selects every node it is linked to
        session.selectedPassageProperty().addListener((obs, o, p) -> {
            java.util.Set<Long> ids = document.nodesLinkedTo(p);
            if (ids.size() < 2) {
                return;
            }
            updatingSelection = true;
            try {
                for (Long id : ids) {
                    TreeItem<OutlineNode> item = find(tree.getRoot(), id);
                    if (item != null && !tree.getSelectionModel().getSelectedItems().contains(item)) {
                        tree.getSelectionModel().select(item);
                    }
                }
            } finally {
                updatingSelection = false;
            }
        });
        tree.setContextMenu(contextMenu());
        tree.setOnKeyPressed(e -> {
            OutlineNode n = session.selectedNodeProperty().get();
            if (n == null) {
                if (e.getCode() == KeyCode.INSERT) {
                    ask(NodeKind.COUNT);
                    e.consume();
                }
                return;
            }
            if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                model.moveAmongSiblings(n, -1);
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                model.moveAmongSiblings(n, 1);
            } else if (e.isAltDown() && e.getCode() == KeyCode.RIGHT) {
                model.indent(n);
            } else if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
                model.outdent(n);
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
            } else if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) {
                editSelected();
            } else if (e.getCode() == KeyCode.INSERT) {
                ask(n.kind().childKind());
            } else {
                return;
            }
            e.consume();
        });
    }

    /**
     * "Disputed and unsupported" (Ctrl+Alt+D, Outline ▸ Only disputed and unsupported, or Tab from the filter and Space):
     * only the allegations the Answer disputes that nothing supports. Shown once an Answer is read against the complaint.
     */
    private javafx.scene.Node answerFilter() {
        javafx.scene.control.CheckBox only = new javafx.scene.control.CheckBox("\u2696 Disputed and unsupported only");
        only.setId("outline-disputed-unsupported");
        only.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        only.selectedProperty().bindBidirectional(model.disputedUnsupportedOnlyProperty());
        only.setTooltip(new javafx.scene.control.Tooltip("Show only the allegations the Answer denies, admits only in part or "
                + "claims no knowledge of, and that no evidence supports yet (Ctrl+Alt+D)"));
        HBox row = new HBox(only);
        row.getStyleClass().add("pane-header");
        row.setPadding(new Insets(0, 8, 6, 8));
        Runnable shown = () -> {
            boolean read = model.answerRead();
            row.setVisible(read);
            row.setManaged(read);
            only.setDisable(!read);
        };
        session.snapshotProperty().addListener((obs, o, s) -> shown.run());
        shown.run();
        return row;
    }

    /** The colours and marks of the support levels, as the text, the outline and the report use them. */
    private static javafx.scene.layout.FlowPane legend() {
        javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(10, 2); // wraps in a narrow pane
        legend.setId("outline-legend");
        legend.getStyleClass().add("legend");
        for (SupportLevel l : SupportLevel.values()) {
            Label item = new Label(l.symbol() + " " + l.label().toLowerCase(Locale.ROOT));
            item.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            item.getStyleClass().add("level-" + l.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            legend.getChildren().add(item);
        }
        return legend;
    }

    /** Asks for a title and adds a node of {@code kind} where it belongs relative to the selection. */
    public void ask(NodeKind kind) {
        if (session.snapshotProperty().get() == null) {
            return;
        }
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog();
        d.initOwner(getScene().getWindow());
        d.setTitle("New " + Labels.lower(kind));
        d.setHeaderText(kind == NodeKind.COUNT ? "Title of the count (for example \u201cCount IV \u2014 Unjust enrichment\u201d)"
                : kind == NodeKind.ELEMENT ? "The element to be proven (for example \u201cDuty\u201d)" : "The allegation, in a few words");
        d.getEditor().setId("new-node-title");
        d.showAndWait().map(String::strip).filter(t -> !t.isEmpty()).ifPresent(t -> model.addNode(kind, t));
    }

    public void editSelected() {
        OutlineNode n = session.selectedNodeProperty().get();
        CaseSnapshot s = session.snapshotProperty().get();
        if (n == null || s == null) {
            return;
        }
        OutlineNode computed = n.withOverride(null, null);
        SupportLevel level = org.claimbench.analysis.SupportRules.rollUp(
                s.outline().stream().map(x -> x.id() == n.id() ? computed : x).toList(), s.checklist(), s.evidence())
                .getOrDefault(n.id(), SupportLevel.UNSUPPORTED);
        NodeDialog.edit(getScene().getWindow(), n, level).filter(changed -> !changed.equals(n)).ifPresent(model::updateNode);
    }

    public void deleteSelected() {
        OutlineNode n = session.selectedNodeProperty().get();
        CaseSnapshot s = session.snapshotProperty().get();
        if (n == null || s == null) {
            return;
        }
        long children = s.outline().stream().filter(x -> x.parentId() != null && x.parentId() == n.id()).count();
        if (children > 0) {
            javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    "Delete \u201c" + n.title() + "\u201d with everything under it? Edit \u25b8 Undo brings it back.",
                    javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
            a.initOwner(getScene().getWindow());
            a.setHeaderText("Delete " + Labels.lower(n.kind()));
            if (a.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isEmpty()) {
                return;
            }
        }
        model.deleteNode(n);
    }

    private javafx.scene.control.ContextMenu contextMenu() {
        javafx.scene.control.MenuItem count = item("New count\u2026", () -> ask(NodeKind.COUNT));
        javafx.scene.control.MenuItem element = item("New element\u2026", () -> ask(NodeKind.ELEMENT));
        javafx.scene.control.MenuItem allegation = item("New allegation\u2026", () -> ask(NodeKind.ALLEGATION));
        javafx.scene.control.MenuItem edit = item("Edit\u2026  (F2)", this::editSelected);
        javafx.scene.control.MenuItem delete = item("Delete  (Del)", this::deleteSelected);
        javafx.scene.control.MenuItem up = item("Move up  (Alt+\u2191)", () -> model.moveAmongSiblings(session.selectedNodeProperty().get(), -1));
        javafx.scene.control.MenuItem down = item("Move down  (Alt+\u2193)", () -> model.moveAmongSiblings(session.selectedNodeProperty().get(), 1));
        javafx.scene.control.MenuItem in = item("Move under the node above  (Alt+\u2192)", () -> model.indent(session.selectedNodeProperty().get()));
        javafx.scene.control.MenuItem out = item("Move out of its parent  (Alt+\u2190)", () -> model.outdent(session.selectedNodeProperty().get()));
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(count, element, allegation,
                new javafx.scene.control.SeparatorMenuItem(), edit, delete, new javafx.scene.control.SeparatorMenuItem(), up, down, in, out);
        menu.setOnShowing(e -> {
            boolean none = session.selectedNodeProperty().get() == null;
            for (var m : List.of(edit, delete, up, down, in, out)) {
                m.setDisable(none);
            }
        });
        return menu;
    }

    private static javafx.scene.control.MenuItem item(String text, Runnable action) {
        javafx.scene.control.MenuItem m = new javafx.scene.control.MenuItem(text);
        m.setOnAction(e -> action.run());
        return m;
    }

    public TreeView<OutlineNode> tree() {
        return tree;
    }

    private void rebuild() {
        CaseSnapshot s = session.snapshotProperty().get();
        Map<Long, List<OutlineNode>> children = Map.of();
        if (s != null) {
            String f = filter.getText() == null ? "" : filter.getText().strip().toLowerCase(Locale.ROOT);
            Set<Long> keep = f.isEmpty() ? null : matchingWithAncestors(s.outline(), f);
            Set<Long> answered = model.keptByAnswer();
            if (answered != null) {
                keep = keep == null ? answered : new HashSet<>(keep);
                keep.retainAll(answered); // both filters: the words typed, and what the Answer disputes
            }
            children = OutlineTree.children(s.outline(), keep);
        }
        updatingSelection = true;
        try {
            // the same outline again (an edit elsewhere): the rows keep their cells, folds and selection
            OutlineTree.Refill refilled = OutlineTree.refill(tree.getRoot(), children);
            if (refilled == OutlineTree.Refill.OTHER_SHAPE) {
                tree.setRoot(OutlineTree.build(children));
            } else if (refilled == OutlineTree.Refill.SAME_VALUES) {
                redrawRows();
            }
        } finally {
            updatingSelection = false;
        }
        selectInTree(session.selectedNodeProperty().get());
    }

    /**
     * Draws the rows on show again, in the cells they have: their marks come from more than the node (the wording
     * screen, the snapshot). Cheaper than {@link TreeView#refresh()}, which makes every cell anew.
     */
    private void redrawRows() {
        for (javafx.scene.Node n : tree.lookupAll(".tree-cell")) {
            if (n instanceof NodeCell c) {
                c.redraw();
            }
        }
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

    private void selectInTree(OutlineNode n) {
        updatingSelection = true;
        try {
            if (n == null) {
                tree.getSelectionModel().clearSelection();
                return;
            }
            TreeItem<OutlineNode> found = find(tree.getRoot(), n.id());
            if (found != null) {
                tree.getSelectionModel().clearSelection();
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

    private static final List<String> KIND_CLASSES = List.of("node-count", "node-element", "node-allegation");
    private static final List<String> LEVEL_CLASSES = java.util.Arrays.stream(SupportLevel.values())
            .map(l -> "level-" + l.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();

    private final class NodeCell extends TreeCell<OutlineNode> {
        private final Label icon = new Label();
        private final Label flag = new Label("\u2691");
        private final Label shotgun = new Label("\u26a0");
        private final Label waiting = new Label("\u21bb");
        private final Label answer = new Label();
        private final javafx.scene.layout.HBox marks = new javafx.scene.layout.HBox(3);

        NodeCell() {
            icon.getStyleClass().add("support-icon");
            flag.getStyleClass().add("wording-mark");
            shotgun.getStyleClass().add("shotgun-mark");
            waiting.getStyleClass().add("waiting-mark");
            answer.getStyleClass().add("answer-mark");
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    drag.start(new DragBoard.DraggedNode(getItem()));
                    startFullDrag();
                }
            });
            setOnMouseDragOver(e -> mark(zone(e.getY())));
            setOnMouseDragExited(e -> mark(null));
            setOnMouseDragReleased(e -> {
                String zone = zone(e.getY());
                mark(null);
                OutlineNode target = getItem();
                DragBoard.Dragged d = drag.take();
                if (target == null || d == null) {
                    return;
                }
                if (d instanceof DragBoard.DraggedSelection sel) {
                    document.link(sel.start(), sel.end(), target, null);
                } else if (d instanceof DragBoard.DraggedPassage p) {
                    evidence.linkPassage(p.passage(), target);
                } else if (d instanceof DragBoard.DraggedNode n && n.node().id() != target.id()) {
                    if (zone.equals("drop-into")) {
                        model.moveNode(n.node(), target.id(), Integer.MAX_VALUE);
                    } else {
                        List<OutlineNode> siblings = model.siblings(target).stream().filter(x -> x.id() != n.node().id()).toList();
                        int at = siblings.indexOf(target) + (zone.equals("drop-after") ? 1 : 0);
                        model.moveNode(n.node(), target.parentId(), at);
                    }
                }
                e.consume();
            });
        }

        private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

        /** Where a dragged node would go: before this one, into it, or after it. Text and passages always link. */
        private String zone(double y) {
            if (!(drag.peek() instanceof DragBoard.DraggedNode)) {
                return "drop-into";
            }
            double h = getHeight();
            return y < h * 0.25 ? "drop-before" : y > h * 0.75 ? "drop-after" : "drop-into";
        }

        private void mark(String zone) {
            getStyleClass().removeAll("drop-into", "drop-before", "drop-after");
            if (zone != null && getItem() != null) {
                getStyleClass().add(zone);
            }
        }

        void redraw() {
            updateItem(getItem(), isEmpty());
        }

        @Override
        protected void updateItem(OutlineNode n, boolean empty) {
            super.updateItem(n, empty);
            if (empty || n == null) {
                getStyleClass().removeAll(KIND_CLASSES);
                setText(null);
                // the marks stay in the row, hidden and left out of its layout: marks that leave the scene and come
                // back are styled again, which is most of the cost of filling a tree's rows
                marks.setVisible(false);
                marks.setManaged(false);
                setTooltip(null);
                return;
            }
            marks.setVisible(true);
            marks.setManaged(true);
            CaseSnapshot s = session.snapshotProperty().get();
            SupportLevel level = s == null ? SupportLevel.UNSUPPORTED : s.support().getOrDefault(n.id(), SupportLevel.UNSUPPORTED);
            icon.setText(level.symbol());
            OutlineTree.styleOne(icon, LEVEL_CLASSES, "level-" + level.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            List<String> wording = reading.wordingOf(n);
            java.util.Map<String, Integer> byKind = n.kind() == NodeKind.ALLEGATION ? java.util.Map.of() : reading.wordingByKind(n);
            int total = byKind.values().stream().mapToInt(Integer::intValue).sum();
            flag.setText(total > 0 ? "\u2691 " + total : "\u2691");
            var incorporation = reading.incorporationOf(n);
            boolean shotgunCount = incorporation != null && incorporation.shotgun();
            List<javafx.scene.Node> shownMarks = new java.util.ArrayList<>(List.of(icon));
            if (!wording.isEmpty() || total > 0) {
                shownMarks.add(flag);
            }
            if (shotgunCount) {
                shownMarks.add(shotgun);
            }
            String wait = model.waitingNote(n.id());
            if (wait != null) {
                shownMarks.add(waiting);
            }
            var answered = model.answerOf(n.id());
            String said = answered == null ? null : AnswerMarks.badge(answered.status());
            if (said != null) {
                answer.setText(said);
                OutlineTree.styleOne(answer, org.claimbench.ui.session.AnswerReading.styles(),
                        org.claimbench.ui.session.AnswerReading.styleOf(answered.status()));
                shownMarks.add(1, answer);
            }
            if (!marks.getChildren().equals(shownMarks)) {
                marks.getChildren().setAll(shownMarks); // marks that leave and come back are styled again: only on a change
            }
            setGraphic(marks);
            setText(n.title());
            OutlineTree.styleOne(this, KIND_CLASSES, n.kind().isTopLevel() ? "node-count" : n.kind() == NodeKind.ELEMENT ? "node-element"
                    : "node-allegation");
            String why = n.supportOverride() != null ? "\nOverride: " + n.overrideReason() : "";
            String words = !wording.isEmpty() ? "\nWording (a reading aid): " + String.join("; ", wording)
                    : total > 0 ? "\nWording flags in its allegations: " + byKind.entrySet().stream()
                            .map(e -> e.getValue() + " " + e.getKey().replace('-', ' ')).collect(java.util.stream.Collectors.joining(", "))
                    : "";
            String incorporates = incorporation == null || incorporation.numbers().isEmpty() ? ""
                    : "\nIncorporates " + incorporation.cite() + (shotgunCount ? ": every paragraph before it, earlier counts "
                    + "included (a shotgun pleading)" : "");
            tip.setText(level.label() + why + (answered == null ? "" : "\nAnswer: " + answered.describe())
                    + (n.legalBasis() == null ? "" : "\n" + n.legalBasis()) + words + incorporates
                    + (wait == null ? "" : "\n" + wait + " (Edit \u25b8 Review waiting highlights\u2026)"));
            setTooltip(tip); // one per row, its text changed: a new tooltip for each row shown costs more than the row
        }
    }
}
