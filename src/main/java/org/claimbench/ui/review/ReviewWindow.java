package org.claimbench.ui.review;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Edit ▸ Review waiting highlights… (Ctrl+Shift+H): the highlights of an older version that wait after an amendment,
 * each with its old words and the words offered in the new version, the differences marked. Enter confirms the offer;
 * Re-select takes the words selected in the text pane; Delete drops the highlight; a double click or Show in text shows
 * the place in the new version. Ctrl+Z and Ctrl+Y undo and redo; Esc closes the window.
 */
public final class ReviewWindow {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final ReviewViewModel model;
    private final Stage stage = new Stage();
    private final ListView<ReviewViewModel.Item> list = new ListView<>();

    public ReviewWindow(ReviewViewModel model, Window owner) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Highlights waiting for review");

        Label summary = new Label();
        summary.setId("review-summary");
        summary.textProperty().bind(model.summaryProperty());
        Label how = new Label("The words of the old highlight not in the new text are struck through; the new words are in bold. "
                + "To choose other words, select them in the text pane, then Re-select.");
        how.setWrapText(true);
        how.getStyleClass().add("muted");
        VBox top = new VBox(6, summary, how);
        top.setPadding(new Insets(10));

        list.setId("review-list");
        list.setItems(model.items());
        Label empty = new Label(ReviewViewModel.NOTHING_WAITS);
        empty.setId("review-empty");
        empty.getStyleClass().add("review-empty");
        list.setPlaceholder(empty);
        list.setCellFactory(l -> new ItemCell());
        keepSelection();

        Button show = button("Show in text", "review-show", "Show the words offered, or the paragraph that answers to the old one, in the "
                + "text pane (double click)", () -> model.show(selected()));
        Button confirm = button("Confirm", "review-confirm", "Take the words offered in the new version (Enter)", () -> model.confirm(selected()));
        Button reselect = button("Re-select", "review-reselect", "Carry the highlight onto the words selected in the text pane",
                () -> model.reselect(selected()));
        Button drop = button("Drop", "review-drop", "Let the highlight go: it stays on the old version only (Delete)", () -> model.drop(selected()));
        var item = list.getSelectionModel().selectedItemProperty();
        confirm.disableProperty().bind(Bindings.createBooleanBinding(() -> item.get() == null || !item.get().offered(), item));
        for (Button b : List.of(show, reselect, drop)) {
            b.disableProperty().bind(item.isNull());
        }
        Button close = button("Close", "review-close", "Close this window (Esc)", stage::close);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, show, confirm, reselect, drop, gap, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(10));

        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.confirm(selected());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                model.drop(selected());
                e.consume();
            }
        });

        BorderPane root = new BorderPane(list, top, null, buttons, null);
        Scene scene = new Scene(root, 760, 560);
        scene.getStylesheets().add(ReviewWindow.class.getResource("/org/claimbench/ui/app.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            } else if (UNDO.match(e)) {
                model.undo();
            } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
                model.redo();
            } else {
                return;
            }
            e.consume();
        });
        stage.setScene(scene);
        stage.showingProperty().addListener((o, was, showing) -> model.setActive(showing));
    }

    /** Shows the window (brought to the front if open) with the list read afresh. */
    public void show() {
        stage.show();
        stage.toFront();
        list.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    private ReviewViewModel.Item selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    /** After the list is read again, the same highlight stays selected, or the one now in its place (the next one). */
    private void keepSelection() {
        long[] was = {-1};
        int[] at = {-1};
        list.getSelectionModel().selectedItemProperty().addListener((o, a, i) -> {
            if (i != null) {
                was[0] = i.key();
                at[0] = list.getSelectionModel().getSelectedIndex();
            }
        });
        model.items().addListener((ListChangeListener<ReviewViewModel.Item>) c -> {
            List<ReviewViewModel.Item> now = list.getItems();
            if (now.isEmpty()) {
                return;
            }
            for (int i = 0; i < now.size(); i++) {
                if (now.get(i).key() == was[0]) {
                    list.getSelectionModel().select(i);
                    return;
                }
            }
            list.getSelectionModel().select(Math.max(0, Math.min(at[0], now.size() - 1)));
        });
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** One highlight: where it was and where it may go, then the old words and the new, the differences marked. */
    private final class ItemCell extends ListCell<ReviewViewModel.Item> {
        private final Label where = new Label();
        private final TextFlow before = new TextFlow();
        private final TextFlow after = new TextFlow();
        private final VBox box = new VBox(3, where, before, after);

        ItemCell() {
            where.getStyleClass().add("review-where");
            for (TextFlow f : List.of(before, after)) {
                f.maxWidthProperty().bind(list.widthProperty().subtract(40));
                f.prefWidthProperty().bind(f.maxWidthProperty());
            }
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !isEmpty()) {
                    model.show(getItem());
                }
            });
        }

        @Override
        protected void updateItem(ReviewViewModel.Item item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            where.setText(item.stateLabel() + (item.offered() ? " \u00b7 " + item.similarityLabel() + " alike" : "") + " \u00b7 "
                    + nz(item.oldDocumentTitle()) + place(item.oldWhere()) + " \u2192 " + nz(item.documentTitle())
                    + place(item.newWhere()));
            fill(before, item.annotation() ? "Annotated: " : "Was: ", item.diff().before(), "review-removed");
            if (item.offered()) {
                fill(after, "Now: ", item.diff().after(), "review-added");
            } else {
                after.getChildren().setAll(new Text("Now: "), styled("no words close enough were found; select them in the text and "
                        + "Re-select, or drop the highlight", "muted"));
            }
            setGraphic(box);
        }

        private void fill(TextFlow flow, String lead, List<WordDiff.Piece> pieces, String changedStyle) {
            flow.getChildren().setAll(new Text(lead));
            for (WordDiff.Piece p : pieces) {
                flow.getChildren().add(p.changed() ? styled(p.text(), changedStyle) : new Text(p.text()));
            }
        }

        private Text styled(String s, String style) {
            Text t = new Text(s);
            t.getStyleClass().add(style);
            return t;
        }

        private String place(String cite) {
            return cite == null || cite.isBlank() ? "" : " " + cite;
        }

        private String nz(String s) {
            return s == null ? "" : s;
        }
    }
}
