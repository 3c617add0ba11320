package org.claimbench.ui.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.claimbench.ingest.LineRole;

/**
 * View ▸ How the document was read…: every printed line of a document with the role the page layout gave it (body,
 * margin number, filing stamp, footnote…) and the reason, so that a user who sees a paragraph missing can find out
 * why. Opened after an import whose structure looks wrong, from the message of a refused import, and from the View
 * menu. Lines can be filtered by role and by their words, and copied as tab-separated rows.
 */
public final class LayoutWindow {

    /** One choice of the role filter. */
    public record Show(String label, Predicate<LayoutReading.Line> test) {
    }

    private final Stage stage = new Stage();
    private final TableView<LayoutReading.Line> table = new TableView<>();
    private final ChoiceBox<Show> show = new ChoiceBox<>();
    private final TextField find = new TextField();
    private final Label shown = new Label();
    private final FilteredList<LayoutReading.Line> rows;
    private final LayoutReading reading;

    public LayoutWindow(LayoutReading reading, Window owner) {
        this.reading = reading;
        stage.initOwner(owner);
        stage.setTitle("How " + reading.name() + " was read");
        rows = new FilteredList<>(FXCollections.observableList(reading.lines()));

        Label heading = new Label(reading.name() + " \u2014 " + reading.format());
        heading.getStyleClass().add("layout-heading");
        heading.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
        VBox top = new VBox(4, heading);
        if (!reading.concerns().isEmpty()) {
            Label concerns = new Label("The structure found may be wrong:\n\u2022 " + String.join("\n\u2022 ", reading.concerns()));
            concerns.setId("layout-concerns");
            concerns.setWrapText(true);
            concerns.setStyle("-fx-text-fill: #8a4b00;");
            top.getChildren().add(concerns);
        }
        if (!reading.findings().isEmpty()) {
            Label findings = new Label(String.join("\n", reading.findings()));
            findings.setId("layout-findings");
            findings.setWrapText(true);
            top.getChildren().add(findings);
        }
        Label summary = new Label(reading.summary());
        summary.setId("layout-summary");
        top.getChildren().add(summary);

        show.setId("layout-filter");
        show.getItems().setAll(choices(reading));
        show.setConverter(new StringConverter<>() {
            @Override
            public String toString(Show s) {
                return s == null ? "" : s.label();
            }

            @Override
            public Show fromString(String s) {
                return null;
            }
        });
        show.setValue(show.getItems().get(0));
        find.setId("layout-find");
        find.setPromptText("Find in lines");
        HBox.setHgrow(find, Priority.ALWAYS);
        shown.setId("layout-shown");
        show.valueProperty().addListener((obs, o, n) -> refilter());
        find.textProperty().addListener((obs, o, n) -> refilter());
        Label showLabel = new Label("Show");
        showLabel.setLabelFor(show);
        HBox filters = new HBox(8, showLabel, show, find, shown);
        filters.setAlignment(Pos.CENTER_LEFT);
        top.getChildren().add(filters);
        top.setPadding(new Insets(10, 10, 6, 10));

        table.setId("layout-table");
        table.setItems(rows);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(column("Page:line", 90, LayoutReading.Line::where));
        table.getColumns().add(column("Role", 130, LayoutReading.Line::roleLabel));
        table.getColumns().add(column("Text", 500, LayoutReading.Line::text));
        table.getColumns().add(column("Why", 330, LayoutReading.Line::reason));
        table.getColumns().add(column("On the page", 140, LayoutReading.Line::geometry));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LayoutReading.Line item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("layout-left-out");
                if (!empty && item != null && !item.role().inText()) {
                    getStyleClass().add("layout-left-out");
                }
            }
        });
        table.setFixedCellSize(24); // compact rows; a long filing has tens of thousands
        table.setPlaceholder(new Label("No line matches."));
        table.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copy();
                e.consume();
            }
        });

        Button copy = new Button("Copy");
        copy.setId("layout-copy");
        copy.setOnAction(e -> copy());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Label hint = new Label("Grey lines are left out of the document's text. Ctrl+C copies the selected lines.");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, hint, gap, copy, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(6, 10, 10, 10));

        BorderPane root = new BorderPane(table, top, null, buttons, null);
        Scene scene = new Scene(root, 1180, 720);
        scene.getStylesheets().add(LayoutWindow.class.getResource("/org/claimbench/ui/app.css").toExternalForm());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            } else if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                find.requestFocus();
            }
        });
        stage.setScene(scene);
        refilter();
    }

    private static List<Show> choices(LayoutReading r) {
        List<Show> choices = new ArrayList<>();
        choices.add(new Show("All lines (" + count(r.lines().size()) + ")", l -> true));
        long inText = r.lines().stream().filter(l -> l.role().inText()).count();
        choices.add(new Show("In the text (" + count(inText) + ")", l -> l.role().inText()));
        choices.add(new Show("Left out of the text (" + count(r.lines().size() - inText) + ")", l -> !l.role().inText()));
        for (LineRole role : LineRole.values()) {
            Integer n = r.counts().get(role);
            if (n != null) {
                choices.add(new Show(role.label() + " (" + count(n) + ")", l -> l.role() == role));
            }
        }
        return choices;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static TableColumn<LayoutReading.Line, String> column(String title, double width,
                                                                  java.util.function.Function<LayoutReading.Line, String> value) {
        TableColumn<LayoutReading.Line, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }

    private void refilter() {
        Show s = show.getValue();
        String words = find.getText() == null ? "" : find.getText().strip().toLowerCase(Locale.ROOT);
        Predicate<LayoutReading.Line> byRole = s == null ? l -> true : s.test();
        rows.setPredicate(l -> byRole.test(l) && (words.isEmpty() || l.text().toLowerCase(Locale.ROOT).contains(words)
                || l.reason().toLowerCase(Locale.ROOT).contains(words) || l.where().equals(words)));
        shown.setText(count(rows.size()) + " of " + count(reading.lines().size()));
    }

    /** The selected lines, or every line on show when none is selected, as tab-separated rows. */
    public String copy() {
        List<LayoutReading.Line> chosen = table.getSelectionModel().getSelectedItems().isEmpty() ? rows
                : List.copyOf(table.getSelectionModel().getSelectedItems());
        String text = chosen.stream().map(LayoutReading.Line::asRow).collect(Collectors.joining("\n", "", "\n"));
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        return text;
    }

    public void show() {
        stage.show();
        stage.toFront();
        table.requestFocus();
    }

    public Stage stage() { return stage; }

    public TableView<LayoutReading.Line> table() { return table; }
}
