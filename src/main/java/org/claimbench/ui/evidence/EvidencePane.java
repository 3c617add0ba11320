package org.claimbench.ui.evidence;

import org.claimbench.ui.document.DocumentViewModel;
import org.claimbench.ui.session.CaseSession;
import org.claimbench.ui.session.DragBoard;
import org.claimbench.ui.wording.WordingViewModel;

import org.claimbench.ui.common.Labels;

import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.claimbench.domain.ChecklistEntry;
import org.claimbench.domain.EvidenceStatus;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.PageLine;
import org.claimbench.domain.SupportLevel;
import org.claimbench.service.CaseSnapshot;

/** The evidence checklist of the selected node, and the passages linked to it. */
public final class EvidencePane extends BorderPane {

    private final EvidenceViewModel model;
    private final CaseSession session;
    private final DocumentViewModel document;
    private final WordingViewModel reading;
    private final DragBoard drag;
    private final Label heading = new Label("Evidence");
    private final Label level = new Label();
    private final Label body = new Label();
    private final ListView<ChecklistRow> checklist = new ListView<>();
    private final ListView<EvidenceViewModel.LinkedPassage> passages = new ListView<>();
    private final javafx.scene.layout.FlowPane suggestions = new javafx.scene.layout.FlowPane();
    private final VBox wording = new VBox(2);
    private final VBox incorporation = new VBox(4);
    private final Label incorporationTitle = new Label();
    private final Label shotgun = new Label();
    private final ListView<org.claimbench.service.OutlineBuilder.Paragraph> incorporated = new ListView<>();
    private long incorporatedDocument;
    private final AnswerLine answer;

    public EvidencePane(CaseSession session, EvidenceViewModel model, DocumentViewModel document, WordingViewModel flags,
                        DragBoard drag) {
        this.model = model;
        this.session = session;
        this.document = document;
        this.reading = flags;
        this.drag = drag;
        this.answer = new AnswerLine(model);
        setId("evidence-pane");
        getStyleClass().add("pane");

        heading.getStyleClass().add("pane-title");
        heading.setId("evidence-heading");
        heading.setWrapText(true);
        level.setId("evidence-level");
        level.getStyleClass().add("level-badge");
        level.visibleProperty().bind(level.textProperty().isNotEmpty());
        level.managedProperty().bind(level.visibleProperty());
        Button editNode = new Button("Edit\u2026");
        editNode.setId("edit-node");
        editNode.setTooltip(new Tooltip("Edit the node: title, text, legal basis, standard, note, support level (F2)"));
        editNode.setOnAction(e -> onEditNode.run());
        editNode.disableProperty().bind(session.selectedNodeProperty().isNull());
        HBox levelRow = new HBox(8, level, editNode);
        levelRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox header = new VBox(4, heading, levelRow);
        header.getStyleClass().add("pane-header");
        header.setPadding(new Insets(6, 8, 6, 8));
        setTop(header);

        body.setWrapText(true);
        body.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        body.getStyleClass().add("node-body");
        body.visibleProperty().bind(body.textProperty().isNotEmpty());
        body.managedProperty().bind(body.visibleProperty());
        checklist.setId("evidence-checklist");
        checklist.setCellFactory(l -> new RowCell());
        Label noEvidence = new Label("Select an allegation to see its evidence.");
        noEvidence.setWrapText(true);
        noEvidence.setPadding(new Insets(8));
        noEvidence.setId("checklist-placeholder");
        checklist.setPlaceholder(noEvidence);
        passages.setId("linked-passages");
        passages.setCellFactory(l -> new PassageCell());
        passages.setPlaceholder(new Label("No linked passages."));
        passages.setPrefHeight(170);
        passages.getSelectionModel().selectedItemProperty().addListener((obs, o, lp) -> {
            if (lp != null) {
                document.focusPassage(lp.passage());
            }
        });
        Label linkedTitle = new Label("Linked passages");
        linkedTitle.getStyleClass().add("section-title");
        Label checklistTitle = new Label("Checklist");
        checklistTitle.getStyleClass().add("section-title");
        Button add = new Button("+ Add evidence");
        add.setId("add-evidence");
        add.setTooltip(new Tooltip("Add an item to this checklist (Ctrl+E)"));
        add.setOnAction(e -> addEvidence());
        add.disableProperty().bind(session.selectedNodeProperty().isNull());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox checklistHeader = new HBox(8, checklistTitle, gap, add);
        checklistHeader.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        suggestions.setId("suggested-evidence");
        suggestions.setHgap(6);
        suggestions.setVgap(4);
        suggestions.managedProperty().bind(suggestions.visibleProperty());
        wording.setId("wording-flags");
        wording.getStyleClass().add("flag-list");
        wording.managedProperty().bind(wording.visibleProperty());
        incorporation.setId("incorporation");
        incorporation.managedProperty().bind(incorporation.visibleProperty());
        incorporationTitle.getStyleClass().add("section-title");
        incorporationTitle.setId("incorporation-title");
        shotgun.setId("shotgun-warning");
        shotgun.getStyleClass().add("shotgun-warning");
        shotgun.setWrapText(true);
        shotgun.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        shotgun.managedProperty().bind(shotgun.visibleProperty());
        shotgun.setText("\u26a0 Shotgun pleading: this count takes in every paragraph before it, earlier counts included, "
                + "so it does not say which facts support it.");
        incorporated.setId("incorporated-paragraphs");
        incorporated.setPrefHeight(180);
        incorporated.setMinHeight(150);
        incorporated.setCellFactory(l -> new ListCell<>() {
            {
                setPrefWidth(0);
                setWrapText(true);
            }

            @Override
            protected void updateItem(org.claimbench.service.OutlineBuilder.Paragraph p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : "\u00b6 " + p.label() + "  " + p.preview());
            }
        });
        incorporated.setTooltip(new Tooltip("Click a paragraph, or press Enter, to show it in the complaint"));
        incorporated.setOnMouseClicked(e -> showIncorporated());
        incorporated.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                showIncorporated();
                e.consume();
            }
        });
        incorporation.getChildren().addAll(incorporationTitle, shotgun, incorporated);
        VBox content = new VBox(6, body, answer, incorporation, wording, checklistHeader, suggestions, checklist, linkedTitle, passages);
        content.setPadding(new Insets(6, 8, 8, 8));
        VBox.setVgrow(checklist, Priority.ALWAYS);
        setCenter(content);

        session.selectedNodeProperty().addListener((obs, o, n) -> refresh());
        session.snapshotProperty().addListener((obs, o, s) -> refresh());
        reading.wordingBySegmentProperty().addListener((obs, o, m) -> refresh());

        checklist.setContextMenu(checklistMenu());
        checklist.setOnKeyPressed(e -> {
            ChecklistRow r = checklist.getSelectionModel().getSelectedItem();
            if (r == null) {
                return;
            }
            int i = checklist.getSelectionModel().getSelectedIndex();
            if (e.getCode() == KeyCode.SPACE) {
                model.toggleChecked(r);
            } else if (e.isAltDown() && e.getCode() == KeyCode.UP && i > 0) {
                model.moveEvidence(r, i - 1);
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN && i < checklist.getItems().size() - 1) {
                model.moveEvidence(r, i + 1);
            } else if (e.getCode() == KeyCode.DELETE) {
                model.removeEvidence(r);
            } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) {
                editEvidence(r);
            } else if (e.getCode().isDigitKey() && !e.isAltDown() && !e.isShortcutDown()) {
                int n = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
                if (n >= 0 && n < EvidenceStatus.values().length) {
                    model.setStatus(r, EvidenceStatus.values()[n]);
                }
            } else {
                return;
            }
            e.consume();
        });
        checklist.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && checklist.getSelectionModel().getSelectedItem() != null) {
                editEvidence(checklist.getSelectionModel().getSelectedItem());
            }
        });
        MenuItem unlink = new MenuItem("Unlink");
        unlink.setOnAction(e -> {
            EvidenceViewModel.LinkedPassage lp = passages.getSelectionModel().getSelectedItem();
            CaseSnapshot s = session.snapshotProperty().get();
            OutlineNode n = session.selectedNodeProperty().get();
            if (lp != null && s != null && n != null) {
                s.links().stream().filter(l -> l.passageId() == lp.passage().id() && l.nodeId() == n.id() && l.role() == lp.role())
                        .findFirst().ifPresent(model::unlink);
            }
        });
        passages.setContextMenu(new ContextMenu(unlink));
    }

    private Runnable onEditNode = () -> { };

    /** What the Edit… button next to the level does (the outline's node editor). */
    public void setOnEditNode(Runnable r) {
        onEditNode = r;
    }

    public void addEvidence() {
        OutlineNode n = session.selectedNodeProperty().get();
        CaseSnapshot s = session.snapshotProperty().get();
        if (n == null || s == null) {
            return;
        }
        model.loadCitations(citations -> EvidenceDialog.add(getScene().getWindow(), s.legalCase().id(), n.title(),
                model.passagesOutsidePleadings(), model::documentTitleOf, citations)
                .ifPresent(r -> model.addEvidence(n, r.item(), r.status(), r.weight(), r.note())));
    }

    private void editEvidence(ChecklistRow row) {
        EvidenceDialog.edit(getScene().getWindow(), row).ifPresent(r -> {
            ChecklistEntry e = row.entry();
            model.updateEvidence(new ChecklistEntry(e.id(), e.caseId(), e.nodeId(), e.evidenceId(), e.position(), r.status(), r.weight(),
                    e.checked(), r.note()), r.item());
        });
    }

    private ContextMenu checklistMenu() {
        MenuItem edit = new MenuItem("Edit\u2026  (Enter)");
        edit.setOnAction(e -> withSelected(this::editEvidence));
        MenuItem tick = new MenuItem("Tick or untick  (Space)");
        tick.setOnAction(e -> withSelected(model::toggleChecked));
        Menu status = new Menu("Status");
        for (EvidenceStatus st : EvidenceStatus.values()) {
            MenuItem m = new MenuItem(st.label() + "  (" + (st.ordinal() + 1) + ")");
            m.setOnAction(e -> withSelected(r -> model.setStatus(r, st)));
            status.getItems().add(m);
        }
        MenuItem up = new MenuItem("Move up  (Alt+\u2191)");
        up.setOnAction(e -> withSelected(r -> model.moveEvidence(r, Math.max(0, checklist.getSelectionModel().getSelectedIndex() - 1))));
        MenuItem down = new MenuItem("Move down  (Alt+\u2193)");
        down.setOnAction(e -> withSelected(r -> model.moveEvidence(r, checklist.getSelectionModel().getSelectedIndex() + 1)));
        MenuItem remove = new MenuItem("Remove  (Del)");
        remove.setOnAction(e -> withSelected(model::removeEvidence));
        return new ContextMenu(edit, tick, status, new SeparatorMenuItem(), up, down, new SeparatorMenuItem(), remove);
    }

    private void withSelected(java.util.function.Consumer<ChecklistRow> action) {
        ChecklistRow r = checklist.getSelectionModel().getSelectedItem();
        if (r != null) {
            action.accept(r);
        }
    }

    public ListView<ChecklistRow> checklist() {
        return checklist;
    }

    /** View ▸ Evidence checklist (Ctrl+3): the list takes the keys, with its first item selected if none was. */
    public void focusChecklist() {
        checklist.requestFocus();
        if (checklist.getSelectionModel().isEmpty() && !checklist.getItems().isEmpty()) {
            checklist.getSelectionModel().selectFirst();
            checklist.getFocusModel().focus(0);
        }
    }

    /** Citations in the allegation's own paragraphs that its checklist lacks, one click each to add. */
    private void showSuggestions(OutlineNode n) {
        java.util.List<org.claimbench.domain.Citation> found = model.suggestedEvidence(n);
        suggestions.getChildren().clear();
        suggestions.setVisible(!found.isEmpty());
        if (found.isEmpty()) {
            return;
        }
        Label title = new Label("Suggested:");
        title.getStyleClass().add("suggested-title");
        suggestions.getChildren().add(title);
        for (org.claimbench.domain.Citation c : found) {
            Button b = new Button("+ " + c.text());
            b.getStyleClass().add("suggestion");
            b.setTooltip(new Tooltip("Add \u201c" + c.text() + " \u2014 cited in complaint\u201d to the checklist"));
            b.setOnAction(e -> model.addSuggestedEvidence(n, c));
            suggestions.getChildren().add(b);
        }
    }

    private void refresh() {
        OutlineNode n = session.selectedNodeProperty().get();
        CaseSnapshot s = session.snapshotProperty().get();
        if (n == null || s == null) {
            heading.setText("Evidence");
            ((Label) checklist.getPlaceholder()).setText("Select an allegation to see its evidence.");
            level.setText("");
            body.setText("");
            answer.show(null);
            checklist.getItems().clear();
            passages.getItems().clear();
            showSuggestions(null);
            showWording(null);
            showIncorporation(null);
            return;
        }
        heading.setText("Evidence \u2014 " + n.title());
        ((Label) checklist.getPlaceholder()).setText("No evidence on this " + Labels.lower(n.kind())
                + "'s checklist yet. + Add evidence (Ctrl+E) adds some.");
        SupportLevel l = s.support().getOrDefault(n.id(), SupportLevel.UNSUPPORTED);
        level.setText(l.symbol() + " " + l.label());
        level.getStyleClass().removeIf(c -> c.startsWith("level-") && !c.equals("level-badge"));
        level.getStyleClass().add("level-" + l.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        body.setText(n.body() == null ? "" : n.body());
        answer.show(n);
        int selected = checklist.getSelectionModel().getSelectedIndex();
        Long selectedEntry = selected >= 0 && selected < checklist.getItems().size() ? checklist.getItems().get(selected).entry().id() : null;
        checklist.getItems().setAll(model.checklist(n));
        for (int i = 0; i < checklist.getItems().size(); i++) {
            if (selectedEntry != null && checklist.getItems().get(i).entry().id() == selectedEntry) {
                checklist.getSelectionModel().select(i);
            }
        }
        passages.getItems().setAll(model.linkedPassages(n));
        showSuggestions(n);
        showWording(n);
        showIncorporation(n);
    }

    /** For a count of the complaint: the paragraphs it incorporates, and a warning when it is a shotgun count. */
    private void showIncorporation(OutlineNode n) {
        org.claimbench.service.OutlineBuilder.Incorporation inc = reading.incorporationOf(n);
        incorporation.setVisible(inc != null && !inc.numbers().isEmpty());
        if (inc == null || inc.numbers().isEmpty()) {
            incorporated.getItems().clear();
            return;
        }
        incorporatedDocument = inc.documentId();
        incorporationTitle.setText("Incorporates " + inc.cite() + " \u2014 " + inc.numbers().size()
                + (inc.numbers().size() == 1 ? " paragraph" : " paragraphs"));
        shotgun.setVisible(inc.shotgun());
        if (!incorporated.getItems().equals(inc.paragraphs())) {
            incorporated.getItems().setAll(inc.paragraphs());
        }
    }

    private void showIncorporated() {
        var p = incorporated.getSelectionModel().getSelectedItem();
        if (p != null) {
            document.showSpot(incorporatedDocument, p.start(), p.end());
        }
    }

    /**
     * The wording flags of the allegation's paragraphs, each with its verdict and buttons to confirm, dismiss or take
     * the decision back. A dismissed flag stays listed here (and only here) so the user can change their mind.
     */
    private void showWording(OutlineNode n) {
        java.util.List<WordingViewModel.NodeFlag> flags = reading.flagsOf(n);
        wording.getChildren().clear();
        wording.setVisible(!flags.isEmpty());
        if (flags.isEmpty()) {
            return;
        }
        long standing = flags.stream().filter(f -> f.verdict() != org.claimbench.domain.FlagVerdict.DISMISSED).count();
        Label title = new Label("Wording \u2014 " + standing + (standing == 1 ? " flag" : " flags")
                + (standing < flags.size() ? " (" + (flags.size() - standing) + " dismissed)" : ""));
        title.getStyleClass().add("section-title");
        wording.getChildren().add(title);
        for (WordingViewModel.NodeFlag f : flags) {
            org.claimbench.domain.FlagVerdict v = f.verdict();
            Label what = new Label("\u2691 " + f.flag().label()
                    + (v == null ? "" : v == org.claimbench.domain.FlagVerdict.CONFIRMED ? " \u2714 confirmed" : " \u2014 dismissed"));
            what.setWrapText(true);
            what.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            what.setCursor(javafx.scene.Cursor.HAND);
            what.setTooltip(new Tooltip("Click to show these words in the text"));
            what.setOnMouseClicked(e -> document.showSpot(f.documentId(), f.flag().start(), f.flag().end()));
            if (v != null) {
                what.getStyleClass().add("flag-verdict-" + v.name().toLowerCase(Locale.ROOT));
            }
            Button confirm = new Button("Confirm");
            confirm.getStyleClass().add("flag-confirm");
            confirm.setTooltip(new Tooltip("The flag stands: the wording is " + f.flag().kind().replace('-', ' ') + " (Ctrl+Shift+Y in the text)"));
            confirm.setDisable(v == org.claimbench.domain.FlagVerdict.CONFIRMED);
            confirm.setOnAction(e -> reading.decideFlag(f.documentId(), f.flag(), org.claimbench.domain.FlagVerdict.CONFIRMED));
            Button dismiss = new Button("Dismiss");
            dismiss.getStyleClass().add("flag-dismiss");
            dismiss.setTooltip(new Tooltip("The flag does not apply here; it leaves the outline and the report (Ctrl+Shift+N in the text)"));
            dismiss.setDisable(v == org.claimbench.domain.FlagVerdict.DISMISSED);
            dismiss.setOnAction(e -> reading.decideFlag(f.documentId(), f.flag(), org.claimbench.domain.FlagVerdict.DISMISSED));
            Button undecide = new Button("\u21ba");
            undecide.setTooltip(new Tooltip("Take back the decision"));
            undecide.setVisible(v != null);
            undecide.setOnAction(e -> reading.decideFlag(f.documentId(), f.flag(), null));
            for (Button b : java.util.List.of(confirm, dismiss, undecide)) {
                b.getStyleClass().add("small");
                b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            undecide.managedProperty().bind(undecide.visibleProperty());
            javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox.setHgrow(what, Priority.SOMETIMES);
            what.setMaxWidth(Double.MAX_VALUE);
            HBox row = new HBox(6, what, gap, confirm, dismiss, undecide);
            row.getStyleClass().add("flag-row");
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            wording.getChildren().add(row);
        }
    }

    private final class RowCell extends ListCell<ChecklistRow> {
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
            tick.setFocusTraversable(false);
            tick.setOnAction(e -> {
                if (getItem() != null) {
                    model.toggleChecked(getItem());
                    // the tick shows what the store holds: it turns when the saved case comes back, and stays if the save fails
                    tick.setSelected(getItem().entry().checked());
                }
            });
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

    private final class PassageCell extends ListCell<EvidenceViewModel.LinkedPassage> {
        private final Label where = new Label();
        private final Label quote = new Label();
        private final VBox box = new VBox(2, where, quote);

        PassageCell() {
            setPrefWidth(0);
            // drag a linked passage onto another node to link it there too
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    drag.start(new DragBoard.DraggedPassage(getItem().passage()));
                    startFullDrag();
                }
            });
            where.getStyleClass().add("muted");
            quote.setWrapText(true);
            quote.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            quote.maxWidthProperty().bind(widthProperty().subtract(24));
        }

        @Override
        protected void updateItem(EvidenceViewModel.LinkedPassage lp, boolean empty) {
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
