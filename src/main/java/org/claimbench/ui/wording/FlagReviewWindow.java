package org.claimbench.ui.wording;

import org.claimbench.ui.document.DocumentViewModel;
import org.claimbench.ui.session.CaseSession;

import org.claimbench.ui.document.LoadedDocument;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.claimbench.analysis.WordingScreen;
import org.claimbench.domain.FlagVerdict;
import org.claimbench.domain.Segment;
import org.claimbench.service.CaseSnapshot;

/**
 * Wording ▸ Review flags…: every wording flag of the document on show in one list, to go through from the keyboard.
 * Y confirms, N dismisses, U takes the decision back, and each moves on to the next flag; Enter shows the flag in the
 * text. The list follows the window: another document, or a decision made elsewhere, shows here at once.
 */
public final class FlagReviewWindow {

    /** One row: a flag, where it is, and what the user made of it. */
    public record Row(long documentId, WordingScreen.Flag flag, String cite, FlagVerdict verdict) {

        String verdictText() {
            return verdict == null ? "undecided" : verdict.name().toLowerCase(Locale.ROOT);
        }
    }

    static final String ALL_KINDS = "All kinds";

    private final WordingViewModel model;
    private final CaseSession session;
    private final DocumentViewModel document;
    private final Stage stage = new Stage();
    private final TableView<Row> table = new TableView<>();
    private final ChoiceBox<String> show = new ChoiceBox<>();
    private final ChoiceBox<String> kind = new ChoiceBox<>();
    private final Label summary = new Label();
    private final ChangeListener<Object> follow = (obs, o, n) -> refresh();

    public FlagReviewWindow(CaseSession session, DocumentViewModel document, WordingViewModel model, Window owner) {
        this.model = model;
        this.session = session;
        this.document = document;
        stage.initOwner(owner);
        stage.setTitle("Wording flags");

        show.setId("flag-filter");
        show.getItems().setAll("All flags", "Undecided", "Confirmed", "Dismissed");
        show.setValue("All flags");
        kind.setId("flag-kind-filter");
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String k) {
                return k == null ? "" : k.replace('-', ' ');
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        kind.getItems().setAll(ALL_KINDS);
        kind.setValue(ALL_KINDS);
        show.valueProperty().addListener((obs, o, n) -> refresh());
        kind.valueProperty().addListener((obs, o, n) -> refresh());
        summary.setId("flag-summary");
        summary.getStyleClass().add("muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label showLabel = new Label("Show");
        showLabel.setMinWidth(Region.USE_PREF_SIZE);
        show.setMinWidth(Region.USE_PREF_SIZE);
        kind.setMinWidth(Region.USE_PREF_SIZE);
        summary.setMinWidth(Region.USE_PREF_SIZE);
        HBox filters = new HBox(8, showLabel, show, kind, gap, summary);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(8));

        table.setId("flag-table");
        table.setPlaceholder(new Label("No flags to show."));
        TableColumn<Row, String> where = column("\u00b6", 70, Row::cite);
        TableColumn<Row, String> what = column("Kind", 160, r -> r.flag().kind().replace('-', ' '));
        TableColumn<Row, String> words = column("Words", 320, r -> "\u201c" + r.flag().text() + "\u201d");
        TableColumn<Row, String> verdict = column("Your verdict", 110, Row::verdictText);
        table.getColumns().setAll(List.of(where, what, words, verdict));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Row r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll("flag-verdict-confirmed", "flag-verdict-dismissed");
                if (!empty && r != null && r.verdict() != null) {
                    getStyleClass().add("flag-verdict-" + r.verdict().name().toLowerCase(Locale.ROOT));
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, r) -> {
            if (r != null && !refreshing) { // a refresh keeps the selection; only the user's choice moves the text
                document.showSpot(r.documentId(), r.flag().start(), r.flag().end());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            switch (e.getCode()) {
                case Y -> decide(FlagVerdict.CONFIRMED);
                case N -> decide(FlagVerdict.DISMISSED);
                case U -> decide(null);
                case ENTER -> showSelected();
                default -> {
                    return;
                }
            }
            e.consume();
        });

        Button confirm = button("Confirm", "The flag stands (Y)", () -> decide(FlagVerdict.CONFIRMED));
        confirm.setId("review-confirm");
        Button dismiss = button("Dismiss", "The flag does not apply here (N)", () -> decide(FlagVerdict.DISMISSED));
        dismiss.setId("review-dismiss");
        Button undecide = button("Take back", "Undecided again (U)", () -> decide(null));
        Button close = button("Close", "Close this list (Esc)", stage::close);
        Label keys = new Label("Y confirm \u00b7 N dismiss \u00b7 U take back (on every selected row) \u00b7 Enter show in the text");
        keys.getStyleClass().add("muted");
        keys.setMinWidth(0);
        keys.setWrapText(true); // on two lines in a narrow window, rather than cut off
        keys.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(keys, Priority.SOMETIMES);
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        HBox actions = new HBox(8, confirm, dismiss, undecide, keys, gap2, close);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(8));
        for (Button b : List.of(confirm, dismiss, undecide)) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        for (Button b : List.of(confirm, dismiss, undecide, close)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }

        BorderPane root = new BorderPane(table, filters, null, actions, null);
        Scene scene = new Scene(root, 880, 540);
        scene.getStylesheets().add(FlagReviewWindow.class.getResource("/org/claimbench/ui/app.css").toExternalForm());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            session.snapshotProperty().removeListener(follow);
            document.loadedDocumentProperty().removeListener(follow);
            listening = false;
        });
    }

    private boolean listening;

    public void show() {
        if (!listening) {
            session.snapshotProperty().addListener(follow);
            document.loadedDocumentProperty().addListener(follow);
            listening = true;
        }
        refresh();
        stage.show();
        stage.toFront();
        if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
        table.requestFocus();
    }

    public TableView<Row> table() {
        return table;
    }

    /** Every flag of the document on show, with the user's verdict, in text order. */
    static List<Row> rows(LoadedDocument d, CaseSnapshot s) {
        if (d == null || s == null) {
            return List.of();
        }
        long docId = d.view().document().id();
        var decisions = s.decisions();
        List<Row> out = new ArrayList<>();
        for (WordingScreen.Flag f : d.flags()) {
            Segment seg = d.view().segmentAt(f.start());
            out.add(new Row(docId, f, seg == null || seg.cite() == null ? "" : seg.cite(), decisions.verdict(docId, f)));
        }
        return out;
    }

    private void refresh() {
        LoadedDocument d = document.loadedDocumentProperty().get();
        List<Row> all = rows(d, session.snapshotProperty().get());
        stage.setTitle("Wording flags \u2014 " + (d == null ? "no document" : d.view().document().title()));
        LinkedHashSet<String> kinds = new LinkedHashSet<>();
        kinds.add(ALL_KINDS);
        all.forEach(r -> kinds.add(r.flag().kind()));
        if (!kind.getItems().equals(new ArrayList<>(kinds))) {
            String keep = kind.getValue();
            kind.getItems().setAll(kinds);
            kind.setValue(kinds.contains(keep) ? keep : ALL_KINDS);
        }
        long undecided = all.stream().filter(r -> r.verdict() == null).count();
        long confirmed = all.stream().filter(r -> r.verdict() == FlagVerdict.CONFIRMED).count();
        summary.setText(all.size() + " flags \u00b7 " + undecided + " undecided \u00b7 " + confirmed + " confirmed \u00b7 "
                + (all.size() - undecided - confirmed) + " dismissed");
        Row selected = table.getSelectionModel().getSelectedItem();
        List<Row> shown = all.stream().filter(this::passes).toList();
        refreshing = true;
        try {
            table.getItems().setAll(shown);
            if (selected != null) {
                for (int i = 0; i < shown.size(); i++) {
                    if (same(shown.get(i), selected)) {
                        table.getSelectionModel().select(i);
                        break;
                    }
                }
            }
        } finally {
            refreshing = false;
        }
    }

    private boolean refreshing;

    private boolean passes(Row r) {
        boolean verdictOk = switch (show.getValue()) {
            case "Undecided" -> r.verdict() == null;
            case "Confirmed" -> r.verdict() == FlagVerdict.CONFIRMED;
            case "Dismissed" -> r.verdict() == FlagVerdict.DISMISSED;
            default -> true;
        };
        return verdictOk && (ALL_KINDS.equals(kind.getValue()) || r.flag().kind().equals(kind.getValue()));
    }

    private static boolean same(Row a, Row b) {
        return a.documentId() == b.documentId() && a.flag().start() == b.flag().start() && a.flag().end() == b.flag().end()
                && a.flag().kind().equals(b.flag().kind());
    }

    /**
     * Decides on the selected flags (several at once as one edit) and moves on to the flag after them, so that a
     * review is one key a flag.
     */
    private void decide(FlagVerdict verdict) {
        List<Row> rows = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (rows.isEmpty()) {
            return;
        }
        int last = table.getSelectionModel().getSelectedIndices().stream().mapToInt(Integer::intValue).max().orElse(0);
        long documentId = rows.get(0).documentId();
        model.decideFlags(documentId, rows.stream().filter(r -> r.documentId() == documentId).map(Row::flag).toList(), verdict);
        if (last + 1 < table.getItems().size()) {
            table.getSelectionModel().clearAndSelect(last + 1);
            table.scrollTo(Math.max(0, last - 3));
        }
    }

    private void showSelected() {
        Row r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            document.showSpot(r.documentId(), r.flag().start(), r.flag().end());
            stage.getOwner().requestFocus();
        }
    }

    private static TableColumn<Row, String> column(String title, double width, java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
