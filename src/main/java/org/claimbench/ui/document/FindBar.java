package org.claimbench.ui.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

import org.fxmisc.richtext.StyleClassedTextArea;

/** Edit ▸ Find: a bar above the text that finds every occurrence, ignoring case, and steps through them. */
final class FindBar extends HBox {

    private final StyleClassedTextArea area;
    private final Supplier<LoadedDocument> shown;
    private final Runnable restyle;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final List<int[]> hits = new ArrayList<>();
    private int current = -1;

    /** @param restyle draws the text again, with the hits marked */
    FindBar(StyleClassedTextArea area, Supplier<LoadedDocument> shown, Runnable restyle) {
        super(6);
        this.area = area;
        this.shown = shown;
        this.restyle = restyle;
        field.setId("find-field");
        field.setPromptText("Find in the document");
        field.setPrefColumnCount(24);
        Button previous = new Button("\u25b2");
        previous.setTooltip(new Tooltip("Previous (Shift+Enter)"));
        previous.setOnAction(e -> step(-1));
        Button next = new Button("\u25bc");
        next.setTooltip(new Tooltip("Next (Enter)"));
        next.setOnAction(e -> step(1));
        Button close = new Button("\u2715");
        close.setTooltip(new Tooltip("Close (Esc)"));
        close.setOnAction(e -> hide());
        count.setId("find-count");
        count.getStyleClass().add("muted");
        getChildren().addAll(field, previous, next, count, close);
        setId("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        getStyleClass().add("pane-header");
        setVisible(false);
        setManaged(false);
        field.textProperty().addListener((o, a, t) -> search(t));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
    }

    void show() {
        setVisible(true);
        setManaged(true);
        String sel = area.getSelectedText();
        if (!sel.isEmpty() && sel.length() < 100 && !sel.contains("\n")) {
            field.setText(sel);
        }
        field.requestFocus();
        field.selectAll();
        search(field.getText());
    }

    private void hide() {
        setVisible(false);
        setManaged(false);
        hits.clear();
        current = -1;
        restyle.run();
        area.requestFocus();
    }

    /** Finds every occurrence, ignoring case; an in-memory scan of the text already on screen. */
    private void search(String needle) {
        hits.clear();
        current = -1;
        LoadedDocument d = shown.get();
        if (d != null && needle != null && !needle.isBlank()) {
            String hay = d.view().text().toLowerCase(Locale.ROOT);
            String n = needle.toLowerCase(Locale.ROOT);
            for (int i = hay.indexOf(n); i >= 0 && hits.size() < 10_000; i = hay.indexOf(n, i + n.length())) {
                hits.add(new int[] {i, i + n.length()});
            }
        }
        restyle.run();
        if (!hits.isEmpty()) {
            int caret = area.getCaretPosition();
            current = 0;
            for (int i = 0; i < hits.size(); i++) {
                if (hits.get(i)[0] >= caret) {
                    current = i;
                    break;
                }
            }
            showHit();
        } else {
            count.setText(needle == null || needle.isBlank() ? "" : "No matches");
        }
    }

    private void step(int delta) {
        if (hits.isEmpty()) {
            return;
        }
        current = Math.floorMod(current + delta, hits.size());
        showHit();
    }

    private void showHit() {
        int[] h = hits.get(current);
        count.setText((current + 1) + " of " + hits.size());
        area.selectRange(h[0], h[1]);
        area.showParagraphAtTop(Math.max(0, shown.get().lineOf(h[0]) - 3));
    }

    /** The hits of the search on show (none when the bar is closed). */
    List<int[]> hits() {
        return List.copyOf(hits);
    }
}
