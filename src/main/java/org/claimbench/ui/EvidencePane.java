package org.claimbench.ui;

import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.PageLine;
import org.claimbench.domain.SupportLevel;
import org.claimbench.service.CaseSnapshot;

/** The evidence checklist of the selected node, and the passages linked to it. */
public final class EvidencePane extends BorderPane {

    private final MainViewModel model;
    private final Label heading = new Label("Evidence");
    private final Label level = new Label();
    private final Label body = new Label();
    private final ListView<ChecklistRow> checklist = new ListView<>();
    private final ListView<MainViewModel.LinkedPassage> passages = new ListView<>();

    public EvidencePane(MainViewModel model) {
        this.model = model;
        setId("evidence-pane");
        getStyleClass().add("pane");

        heading.getStyleClass().add("pane-title");
        heading.setId("evidence-heading");
        heading.setWrapText(true);
        level.setId("evidence-level");
        level.getStyleClass().add("level-badge");
        level.visibleProperty().bind(level.textProperty().isNotEmpty());
        level.managedProperty().bind(level.visibleProperty());
        VBox header = new VBox(4, heading, level);
        header.getStyleClass().add("pane-header");
        header.setPadding(new Insets(6, 8, 6, 8));
        setTop(header);

        body.setWrapText(true);
        body.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        body.getStyleClass().add("node-body");
        checklist.setId("evidence-checklist");
        checklist.setCellFactory(l -> new RowCell());
        checklist.setPlaceholder(new Label("Select an allegation to see its evidence."));
        passages.setId("linked-passages");
        passages.setCellFactory(l -> new PassageCell());
        passages.setPlaceholder(new Label("No linked passages."));
        passages.setPrefHeight(170);
        passages.getSelectionModel().selectedItemProperty().addListener((obs, o, lp) -> {
            if (lp != null) {
                model.focusPassage(lp.passage());
            }
        });
        Label linkedTitle = new Label("Linked passages");
        linkedTitle.getStyleClass().add("section-title");
        Label checklistTitle = new Label("Checklist");
        checklistTitle.getStyleClass().add("section-title");
        VBox content = new VBox(6, body, checklistTitle, checklist, linkedTitle, passages);
        content.setPadding(new Insets(6, 8, 8, 8));
        VBox.setVgrow(checklist, Priority.ALWAYS);
        setCenter(content);

        model.selectedNodeProperty().addListener((obs, o, n) -> refresh());
        model.snapshotProperty().addListener((obs, o, s) -> refresh());
    }

    public ListView<ChecklistRow> checklist() {
        return checklist;
    }

    private void refresh() {
        OutlineNode n = model.selectedNodeProperty().get();
        CaseSnapshot s = model.snapshotProperty().get();
        if (n == null || s == null) {
            heading.setText("Evidence");
            level.setText("");
            body.setText("");
            checklist.getItems().clear();
            passages.getItems().clear();
            return;
        }
        heading.setText("Evidence \u2014 " + n.title());
        SupportLevel l = s.support().getOrDefault(n.id(), SupportLevel.UNSUPPORTED);
        level.setText(l.symbol() + " " + l.label());
        level.getStyleClass().removeIf(c -> c.startsWith("level-") && !c.equals("level-badge"));
        level.getStyleClass().add("level-" + l.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        body.setText(n.body() == null ? "" : n.body());
        checklist.getItems().setAll(model.checklist(n));
        passages.getItems().setAll(model.linkedPassages(n));
    }

    private static final class RowCell extends ListCell<ChecklistRow> {
        private final CheckBox tick = new CheckBox();
        private final Label title = new Label();
        private final Label facts = new Label();
        private final Label source = new Label();
        private final VBox box = new VBox(2, title, facts, source);
        private final HBox row = new HBox(8, tick, box);

        RowCell() {
            title.getStyleClass().add("evidence-title");
            title.setWrapText(true);
            facts.getStyleClass().add("muted");
            source.getStyleClass().add("muted");
            source.setWrapText(true);
            tick.setDisable(true);
            box.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(box, Priority.ALWAYS);
            // let the list's width, not the text's, decide the cell's width, so that long lines wrap
            setPrefWidth(0);
            title.maxWidthProperty().bind(widthProperty().subtract(60));
            source.maxWidthProperty().bind(widthProperty().subtract(60));
            title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            source.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(ChecklistRow r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().removeIf(c -> c.startsWith("status-"));
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            tick.setSelected(r.entry().checked());
            title.setText(r.item() == null ? "(missing item)" : r.item().description());
            facts.setText(r.entry().status().label() + " \u00b7 " + (r.item() == null ? "" : r.item().basis().label())
                    + " \u00b7 " + r.entry().weight().label());
            String src = r.item() == null ? null
                    : r.item().potentialSource() != null ? "Potential source: " + r.item().potentialSource()
                    : r.item().citationText() != null ? "Cited as: " + r.item().citationText() : null;
            source.setText(src == null ? "" : src);
            source.setVisible(src != null);
            source.setManaged(src != null);
            getStyleClass().add("status-" + r.entry().status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            setGraphic(row);
        }
    }

    private static final class PassageCell extends ListCell<MainViewModel.LinkedPassage> {
        private final Label where = new Label();
        private final Label quote = new Label();
        private final VBox box = new VBox(2, where, quote);

        PassageCell() {
            setPrefWidth(0);
            where.getStyleClass().add("muted");
            quote.setWrapText(true);
            quote.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            quote.maxWidthProperty().bind(widthProperty().subtract(24));
        }

        @Override
        protected void updateItem(MainViewModel.LinkedPassage lp, boolean empty) {
            super.updateItem(lp, empty);
            if (empty || lp == null) {
                setGraphic(null);
                return;
            }
            String cite = PageLine.span(lp.passage().first(), lp.passage().last());
            String q = lp.passage().quote().length() > 240 ? lp.passage().quote().substring(0, 240) + "\u2026" : lp.passage().quote();
            where.setText(lp.role().name().toLowerCase(Locale.ROOT) + " \u00b7 " + lp.documentTitle() + (cite == null ? "" : " " + cite));
            quote.setText("\u201c" + q + "\u201d");
            setGraphic(box);
        }
    }
}
