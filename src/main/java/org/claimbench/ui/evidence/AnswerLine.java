package org.claimbench.ui.evidence;

import java.util.List;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.claimbench.domain.Disputes;
import org.claimbench.domain.OutlineNode;
import org.claimbench.ui.session.AnswerReading;

/**
 * The evidence pane's line on the defendant's Answer: "Answer: denied (¶ 12)" in the colour of the response that weighs
 * most, and the responses' own words on hover or under "Words", read from the Answer on the worker.
 */
final class AnswerLine extends VBox {

    private final EvidenceViewModel model;
    private final Label line = new Label();
    private final Hyperlink more = new Hyperlink("Words \u25b8");
    private final Label words = new Label();
    private final Tooltip tip = new Tooltip();
    private OutlineNode shown;
    /** What the line shows now, so that a redraw of the pane for the same answer reads nothing again. */
    private Disputes.Answered shownAnswer;

    AnswerLine(EvidenceViewModel model) {
        super(2);
        this.model = model;
        setId("evidence-answer");
        line.setId("evidence-answer-line");
        line.getStyleClass().add("answer-line");
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        more.setId("evidence-answer-more");
        more.setMinWidth(Region.USE_PREF_SIZE);
        more.setOnAction(e -> expand(!words.isVisible()));
        words.setId("evidence-answer-words");
        words.setWrapText(true);
        words.setMinHeight(Region.USE_PREF_SIZE);
        words.getStyleClass().add("node-body");
        words.managedProperty().bind(words.visibleProperty());
        words.setVisible(false);
        managedProperty().bind(visibleProperty());
        setVisible(false);
        HBox row = new HBox(6, line, more);
        row.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        getChildren().addAll(row, words);
    }

    /** Shows what the Answer says of {@code n}; hidden when it says nothing (or no node is selected). */
    void show(OutlineNode n) {
        Disputes.Answered a = model.answerOf(n);
        boolean same = a != null && a.equals(shownAnswer) && n != null && shown != null && n.id() == shown.id();
        shown = n;
        shownAnswer = a;
        if (same) {
            return;
        }
        setVisible(a != null);
        if (a == null) {
            words.setText("");
            line.setTooltip(null);
            // a count's title is one of the complaint's headings: what the Answer says of those, when it says it
            model.loadHeadingsAnswer(n, this::headingsRead);
            return;
        }
        line.setText("Answer: " + a.describe());
        line.getStyleClass().removeAll(AnswerReading.styles());
        line.getStyleClass().add(AnswerReading.styleOf(a.status()));
        model.loadAnswerWords(n, this::wordsRead);
    }

    private void headingsRead(OutlineNode n, EvidenceViewModel.HeadingsAnswer h) {
        if (n != shown || shownAnswer != null) {
            return; // another node was chosen meanwhile
        }
        setVisible(true);
        line.setText("Answer, to the headings: " + h.status().label());
        line.getStyleClass().removeAll(AnswerReading.styles());
        line.getStyleClass().add(AnswerReading.styleOf(h.status()));
        wordsRead(n, List.of(h.words()));
    }

    private void wordsRead(OutlineNode n, List<String> said) {
        if (n != shown) {
            return; // another node was chosen meanwhile
        }
        String all = String.join("\n\n", said);
        words.setText(all);
        tip.setText(all);
        line.setTooltip(all.isEmpty() ? null : tip);
        more.setVisible(!all.isEmpty());
    }

    /** Opens (or closes) the words of the responses under the line. */
    void expand(boolean open) {
        words.setVisible(open);
        more.setText(open ? "Words \u25be" : "Words \u25b8");
    }

    Label line() {
        return line;
    }

    Label words() {
        return words;
    }
}
