package org.claimbench.ui.search;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Edit ▸ Search the case… (Ctrl+Shift+F): the query and its options above, the hits below, each with its document,
 * paragraph, page:line and the words around it. Enter searches; Down goes to the hits, Up and Down move through them;
 * Enter, a click or a double click shows the hit in the text; Esc closes the window.
 */
public final class SearchWindow {

    private static final KeyCombination AGAIN = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final SearchViewModel model;
    private final Stage stage = new Stage();
    private final TextField query = new TextField();
    private final CheckBox matchCase = new CheckBox("Match case");
    private final CheckBox wholeWord = new CheckBox("Whole word");
    private final CheckBox regex = new CheckBox("Regular expression");
    private final Label summary = new Label();
    private final ListView<SearchViewModel.Hit> results = new ListView<>();

    public SearchWindow(SearchViewModel model, Window owner) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Search the case");

        query.setId("case-search-field");
        query.setPromptText("Words to find in every document of the case");
        HBox.setHgrow(query, Priority.ALWAYS);
        Button search = new Button("Search");
        search.setId("case-search-button");
        search.setOnAction(e -> search());
        HBox line = new HBox(8, query, search);
        line.setAlignment(Pos.CENTER_LEFT);

        matchCase.setId("case-search-match-case");
        matchCase.setTooltip(new Tooltip("Find only the letters in the case typed"));
        wholeWord.setId("case-search-whole-word");
        wholeWord.setTooltip(new Tooltip("Find only whole words: \u201cact\u201d does not find \u201cactual\u201d"));
        regex.setId("case-search-regex");
        regex.setTooltip(new Tooltip("Read the query as a Java regular expression, for example \u00a7\\s*\\d+ or (knew|should have known)."
                + " Off, the words are found as typed, and a space finds any space or line break."));
        for (CheckBox option : List.of(matchCase, wholeWord, regex)) {
            option.selectedProperty().addListener((o, a, b) -> {
                if (!query.getText().isBlank()) {
                    search(); // the options change what the search finds: it runs again at once
                }
            });
        }
        HBox options = new HBox(16, matchCase, wholeWord, regex);
        options.setAlignment(Pos.CENTER_LEFT);

        summary.setId("case-search-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        model.problemProperty().addListener((o, a, bad) -> {
            summary.getStyleClass().remove("case-search-problem");
            if (bad) {
                summary.getStyleClass().add("case-search-problem");
            }
        });
        summary.getStyleClass().add("muted");

        VBox top = new VBox(8, line, options, summary);
        top.setPadding(new Insets(10));

        results.setId("case-search-results");
        results.setItems(model.hits());
        results.setPlaceholder(new Label("The hits show here."));
        results.setCellFactory(l -> new HitCell());

        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                search();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                if (results.getSelectionModel().isEmpty()) {
                    results.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(results.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.UP && results.getSelectionModel().getSelectedIndex() <= 0) {
                query.requestFocus(); // up from the first hit goes back to the query
                e.consume();
            }
        });

        BorderPane root = new BorderPane(results, top, null, null, null);
        Scene scene = new Scene(root, 720, 520);
        scene.getStylesheets().add(SearchWindow.class.getResource("/org/claimbench/ui/app.css").toExternalForm());
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            } else if (AGAIN.match(e)) {
                focusQuery();
                e.consume();
            }
        });
        stage.setScene(scene);
    }

    /** Shows the window (brought to the front if open) with the query selected, to type over. */
    public void show() {
        stage.show();
        stage.toFront();
        focusQuery();
    }

    private void focusQuery() {
        query.requestFocus();
        query.selectAll();
    }

    private void search() {
        model.search(query.getText(), matchCase.isSelected(), wholeWord.isSelected(), regex.isSelected());
    }

    public Stage stage() {
        return stage;
    }

    /** A hit: its document and place on one line, then the words around it with the hit in bold. */
    private final class HitCell extends ListCell<SearchViewModel.Hit> {
        private final Label where = new Label();
        private final Text before = new Text();
        private final Text match = new Text();
        private final Text after = new Text();
        private final TextFlow snippet = new TextFlow(before, match, after);
        private final VBox box = new VBox(2, where, snippet);

        HitCell() {
            where.getStyleClass().add("case-search-where");
            match.getStyleClass().add("case-search-match");
            before.getStyleClass().add("case-search-context");
            after.getStyleClass().add("case-search-context");
            snippet.maxWidthProperty().bind(results.widthProperty().subtract(40));
            snippet.prefWidthProperty().bind(snippet.maxWidthProperty());
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !isEmpty()) {
                    model.open(getItem()); // one click shows the hit; a double click does the same
                }
            });
        }

        @Override
        protected void updateItem(SearchViewModel.Hit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            where.setText(hit.where().isEmpty() ? hit.documentTitle() : hit.documentTitle() + " \u00b7 " + hit.where());
            before.setText(hit.snippet().before());
            match.setText(hit.snippet().match());
            after.setText(hit.snippet().after());
            setText(null);
            setGraphic(box);
        }
    }
}
