package org.claimbench.ui.compare;

import java.io.File;
import java.util.List;
import java.util.Locale;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.claimbench.domain.AmendmentKind;
import org.claimbench.domain.Document;
import org.claimbench.report.Redline;
import org.claimbench.ui.common.LastFolder;

/**
 * View ▸ Compare with the version it amends… (Ctrl+Alt+M): the two versions chosen at the top, the comparison's
 * summary with the counts and parties that changed, the filters, then the rows: the earlier paragraph on the left with
 * its deleted words struck through, the amended one on the right with its inserted words underlined. Up and Down move
 * through the rows, Enter or a double click shows a row in the text, Ctrl+E exports the redline, Esc closes.
 */
public final class CompareWindow {

    private static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    private final CompareViewModel model;
    private final Stage stage = new Stage();
    private final ChoiceBox<Document> older = new ChoiceBox<>();
    private final ChoiceBox<Document> newer = new ChoiceBox<>();
    private final ListView<CompareViewModel.Row> rows = new ListView<>();
    private final VBox changes = new VBox(2);
    private final ToggleGroup filters = new ToggleGroup();
    /** True while the choice boxes are set from the view model, not by the user. */
    private boolean syncing;

    public CompareWindow(CompareViewModel model, Window owner) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Compare versions");

        older.setId("compare-old");
        newer.setId("compare-new");
        for (ChoiceBox<Document> box : List.of(older, newer)) {
            box.setItems(model.pleadings());
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(Document d) {
                    return d == null ? "" : d.title();
                }

                @Override
                public Document fromString(String s) {
                    return null;
                }
            });
            box.setMaxWidth(340);
            box.valueProperty().addListener((o, a, b) -> {
                if (!syncing) {
                    model.choose(older.getValue(), newer.getValue());
                }
            });
        }
        older.setTooltip(new Tooltip("The earlier version: its words taken out are struck through"));
        newer.setTooltip(new Tooltip("The amended version: its words put in are underlined"));
        model.oldDocumentProperty().addListener((o, a, b) -> sync());
        model.newDocumentProperty().addListener((o, a, b) -> sync());
        Button export = new Button("Export redline\u2026");
        export.setId("compare-export");
        export.setTooltip(new Tooltip("Write the changes as a redline, PDF or Word (Ctrl+E)"));
        export.disableProperty().bind(model.exportableProperty().not());
        export.setOnAction(e -> export());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox choose = new HBox(8, new Label("Earlier"), older, new Label("\u2192  Amended"), newer, spring, export);
        choose.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("compare-summary");
        summary.getStyleClass().add("compare-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        summary.managedProperty().bind(summary.textProperty().isNotEmpty());
        summary.visibleProperty().bind(summary.managedProperty());
        Label status = new Label();
        status.setId("compare-status");
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        changes.setId("compare-changes");
        ListChangeListener<String> rebuild = c -> showChanges();
        model.countChanges().addListener(rebuild);
        model.partyChanges().addListener(rebuild);

        HBox filterBar = new HBox(4);
        filterBar.setAlignment(Pos.CENTER_LEFT);
        for (CompareViewModel.Filter f : CompareViewModel.Filter.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("compare-filter-" + f.name().toLowerCase(Locale.ROOT));
            b.textProperty().bind(model.filterLabel(f));
            b.setUserData(f);
            b.setToggleGroup(filters);
            b.setFocusTraversable(false);
            b.setSelected(model.filterProperty().get() == f);
            filterBar.getChildren().add(b);
        }
        filters.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                filters.selectToggle(was); // one filter is always on
            } else {
                model.setFilter((CompareViewModel.Filter) now.getUserData());
            }
        });

        VBox top = new VBox(8, choose, summary, changes, status, filterBar);
        top.setPadding(new Insets(10));

        rows.setId("compare-rows");
        rows.setItems(model.rows());
        rows.setPlaceholder(new Label("The paragraphs that changed show here."));
        rows.setCellFactory(l -> new RowCell());
        rows.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(rows.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        model.rows().addListener((ListChangeListener<CompareViewModel.Row>) c -> {
            if (!rows.getItems().isEmpty() && rows.getSelectionModel().isEmpty()) {
                rows.getSelectionModel().selectFirst();
                rows.scrollTo(0);
            }
        });

        BorderPane root = new BorderPane(rows, top, null, null, null);
        root.setId("compare-window");
        Scene scene = new Scene(root, 1100, 720);
        scene.getStylesheets().add(CompareWindow.class.getResource("/org/claimbench/ui/app.css").toExternalForm());
        scene.getStylesheets().add(CompareWindow.class.getResource("/org/claimbench/ui/compare/compare.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            } else if (EXPORT.match(e)) {
                export();
                e.consume();
            }
        });
        stage.setScene(scene);
        sync();
    }

    /** Shows the window (brought to the front if open), comparing the document on show with the one it amends. */
    public void show() {
        model.compareShown();
        stage.show();
        stage.toFront();
        rows.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    public ListView<CompareViewModel.Row> rows() {
        return rows;
    }

    private void sync() {
        syncing = true;
        try {
            older.setValue(model.oldDocumentProperty().get());
            newer.setValue(model.newDocumentProperty().get());
        } finally {
            syncing = false;
        }
    }

    private void showChanges() {
        changes.getChildren().clear();
        for (String line : model.countChanges()) {
            changes.getChildren().add(change(line));
        }
        for (String line : model.partyChanges()) {
            changes.getChildren().add(change(line));
        }
    }

    private static Label change(String line) {
        Label l = new Label("\u2022 " + line);
        l.getStyleClass().add("compare-change");
        l.setWrapText(true);
        return l;
    }

    /** Export redline…: PDF or Word, chosen by the file's type in the chooser, in the folder used last. */
    private void export() {
        if (!model.exportableProperty().get()) {
            return;
        }
        FileChooser c = LastFolder.in(new FileChooser(), model.session().settings());
        c.setTitle("Export the redline");
        for (Redline.Format f : Redline.Format.values()) {
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.label() + " (*." + f.extension() + ")", "*." + f.extension()));
        }
        String name = model.redlineName().replaceAll("[\\\\/:*?\"<>|]", "").replaceAll("\\s+", " ").trim();
        c.setInitialFileName(name + ".pdf");
        File f = LastFolder.remember(c.showSaveDialog(stage), model.session().settings());
        if (f == null) {
            return;
        }
        Redline.Format format = formatOf(f, c.getSelectedExtensionFilter());
        String ext = "." + format.extension();
        if (!f.getName().toLowerCase(Locale.ROOT).endsWith(ext)) {
            f = new File(f.getParentFile(), f.getName() + ext);
        }
        model.exportRedline(format, f.toPath());
    }

    /** The format a file name asks for, else the type chosen in the chooser, else PDF. */
    static Redline.Format formatOf(File f, FileChooser.ExtensionFilter chosen) {
        String name = f.getName().toLowerCase(Locale.ROOT);
        for (Redline.Format format : Redline.Format.values()) {
            if (name.endsWith("." + format.extension())) {
                return format;
            }
        }
        if (chosen != null) {
            for (Redline.Format format : Redline.Format.values()) {
                if (chosen.getExtensions().contains("*." + format.extension())) {
                    return format;
                }
            }
        }
        return Redline.Format.PDF;
    }

    /** A row: its kind and paragraph numbers above, the earlier words left and the amended words right. */
    private final class RowCell extends ListCell<CompareViewModel.Row> {
        private final Label kind = new Label();
        private final Label where = new Label();
        private final TextFlow left = new TextFlow();
        private final TextFlow right = new TextFlow();
        private final VBox box;

        RowCell() {
            getStyleClass().add("compare-row");
            kind.getStyleClass().add("compare-kind");
            where.getStyleClass().add("compare-where");
            for (TextFlow side : List.of(left, right)) {
                side.maxWidthProperty().bind(rows.widthProperty().subtract(56).divide(2));
                side.prefWidthProperty().bind(side.maxWidthProperty());
                side.setMinWidth(0);
            }
            HBox sides = new HBox(16, left, right);
            box = new VBox(3, new HBox(kind, where), sides);
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !isEmpty()) {
                    model.open(getItem());
                }
            });
        }

        @Override
        protected void updateItem(CompareViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            kind.setText(Redline.kindName(row.kind()));
            kind.getStyleClass().removeAll("compare-kind-added", "compare-kind-removed");
            if (row.kind() == AmendmentKind.ADDED || row.kind() == AmendmentKind.REMOVED) {
                kind.getStyleClass().add("compare-kind-" + row.kind().name().toLowerCase(Locale.ROOT));
            }
            where.setText(row.where());
            fill(left, row.shown().before(), "Not in the earlier version");
            fill(right, row.shown().after(), "Not in the amended version");
            setGraphic(box);
        }

        private void fill(TextFlow flow, List<Redline.Run> runs, String none) {
            flow.getChildren().clear();
            if (runs.isEmpty()) {
                Text t = new Text(none);
                t.getStyleClass().addAll("compare-text", "compare-empty-side");
                flow.getChildren().add(t);
                return;
            }
            for (Redline.Run run : runs) {
                Text t = new Text(run.text());
                t.getStyleClass().add("compare-text");
                if (run.mark() == Redline.Mark.DELETED) {
                    t.getStyleClass().add("compare-deleted");
                } else if (run.mark() == Redline.Mark.INSERTED) {
                    t.getStyleClass().add("compare-inserted");
                }
                flow.getChildren().add(t);
            }
        }
    }
}
