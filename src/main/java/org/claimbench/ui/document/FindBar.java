package org.claimbench.ui.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

import org.claimbench.analysis.TextSearch;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Edit ▸ Find: a bar above the text that finds every occurrence of a phrase, in any case or matching it, inside words
 * or as a whole word, and steps through them. A search that finds nothing takes away the selection of its last hit.
 */
final class FindBar extends HBox {

    private final Supplier<StyleClassedTextArea> areaOnShow;
    private final Supplier<LoadedDocument> shown;
    private final Runnable restyle;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final CheckBox matchCase = new CheckBox("Match case");
    private final CheckBox wholeWord = new CheckBox("Whole word");
    private final List<int[]> hits = new ArrayList<>();
    private int current = -1;
    /** The hit this bar last selected, while it is still the selection; null otherwise. */
    private int[] selected;

    /** @param restyle draws the text again, with the hits marked */
    FindBar(Supplier<StyleClassedTextArea> areaOnShow, Supplier<LoadedDocument> shown, Runnable restyle) {
        super(6);
        this.areaOnShow = areaOnShow;
        this.shown = shown;
        this.restyle = restyle;
        field.setId("find-field");
        field.setPromptText("Find in the document");
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
        matchCase.setId("find-match-case");
        matchCase.setTooltip(new Tooltip("Find only the letters in the case typed"));
        wholeWord.setId("find-whole-word");
        wholeWord.setTooltip(new Tooltip("Find the phrase only as whole words: \u201cact\u201d does not find \u201cactual\u201d"));
        for (CheckBox option : List.of(matchCase, wholeWord)) {
            option.setFocusTraversable(false); // Tab stays in the field; a click searches again at once
            option.selectedProperty().addListener((o, a, b) -> {
                search(field.getText());
                field.requestFocus();
            });
        }
        getChildren().addAll(field, matchCase, wholeWord, previous, next, count, close);
        // in a narrow pane the field gives way; the options, the buttons and the count keep their words
        field.setPrefColumnCount(14);
        field.setMinWidth(60);
        HBox.setHgrow(field, javafx.scene.layout.Priority.SOMETIMES);
        for (javafx.scene.control.Control c : List.of(matchCase, wholeWord, previous, next, count, close)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
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
        String sel = area().getSelectedText();
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
        selected = null;
        restyle.run();
        area().requestFocus();
    }

    /**
     * Another text is on show: while the bar is open, its hits are found in that text, counted and drawn (by the pane,
     * which draws the text's marks next); the reader's place and selection stay as they are.
     */
    void textChanged() {
        if (!isVisible()) {
            return;
        }
        selected = null;
        TextSearch query = findAll(field.getText());
        count.setText(query == null ? "" : hits.isEmpty() ? "No matches" : hits.size() == 1 ? "1 match" : hits.size() + " matches");
    }

    /** Finds every occurrence with the options chosen; an in-memory scan of the text already on screen. */
    private void search(String needle) {
        TextSearch query = findAll(needle);
        restyle.run();
        if (!hits.isEmpty()) {
            // from the start of the selection (the hit on show, or the words Find was opened on), so that typing on
            // keeps the same occurrence while it still matches
            int from = area().getSelection().getLength() > 0 ? area().getSelection().getStart() : area().getCaretPosition();
            current = 0;
            for (int i = 0; i < hits.size(); i++) {
                if (hits.get(i)[0] >= from) {
                    current = i;
                    break;
                }
            }
            showHit();
        } else {
            if (selected != null && isSelection(selected)) {
                area().deselect(); // the last hit is no longer one: it is not left selected as if it were
            }
            selected = null;
            count.setText(query == null ? "" : "No matches");
        }
    }

    /** Finds the hits of {@code needle} in the text on show, none stepped to yet; returns the query (null: nothing to find). */
    private TextSearch findAll(String needle) {
        hits.clear();
        current = -1;
        LoadedDocument d = shown.get();
        TextSearch query = TextSearch.of(needle, new TextSearch.Options(matchCase.isSelected(), wholeWord.isSelected(), false));
        if (d != null && query != null) {
            query.find(d.view().text(), 10_000).forEach(m -> hits.add(new int[] {m.start(), m.end()}));
        }
        return query;
    }

    private boolean isSelection(int[] range) {
        return area().getSelection().getStart() == range[0] && area().getSelection().getEnd() == range[1];
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
        area().selectRange(h[0], h[1]);
        selected = h;
        area().showParagraphAtTop(Math.max(0, shown.get().lineOf(h[0]) - 3));
    }

    private StyleClassedTextArea area() {
        return areaOnShow.get();
    }

    /** The hits of the search on show (none when the bar is closed). */
    List<int[]> hits() {
        return List.copyOf(hits);
    }
}
