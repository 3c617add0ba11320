package org.claimbench.ui.document;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import org.claimbench.domain.AnswerResponse;
import org.claimbench.domain.ResponseStatus;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.claimbench.service.CaseSnapshot;
import org.claimbench.ui.session.AnswerReading;

/**
 * The Answer's responses in the gutter of the complaint they answer: beside each numbered paragraph, the response's
 * letter in the colour of its status, and on hover the status, the form of the response and its words. The marks are
 * worked out with the document, on the worker, where the Answer's text is read; the gutter only draws them.
 */
public final class ResponseGutter {

    /** The response beside one line: its status (the letter and colour) and what its tooltip says. */
    public record Mark(ResponseStatus status, String tip) {
    }

    private ResponseGutter() {
    }

    /**
     * {@code d} with the response beside each numbered paragraph an Answer answers; {@code d} itself when the snapshot
     * has no response for any of them. Runs on the worker: {@code answerText} reads an Answer document's text.
     */
    public static LoadedDocument with(LoadedDocument d, CaseSnapshot s, LongFunction<String> answerText) {
        if (s == null || s.responsesBySegment().isEmpty() || s.legalCase().id() != d.view().document().caseId()) {
            return d;
        }
        Mark[] byLine = null;
        Map<Long, String> texts = new HashMap<>();
        for (Segment seg : d.view().segments()) {
            AnswerResponse r = seg.kind() == SegmentKind.NUMBERED_PARAGRAPH ? s.responsesBySegment().get(seg.id()) : null;
            if (r == null) {
                continue;
            }
            Long answer = s.answerOf(seg.id());
            String text = answer == null || r.status() == ResponseStatus.NOT_ANSWERED ? null
                    : texts.computeIfAbsent(answer, answerText::apply);
            if (byLine == null) {
                byLine = new Mark[d.lineStarts().length];
            }
            byLine[d.lineOf(seg.start())] = new Mark(r.status(), AnswerReading.describe(r, AnswerReading.words(text, r)));
        }
        return byLine == null ? d : d.withResponses(byLine);
    }

    /** The gutter of one line: its paragraph number and, in a complaint an Answer answers, the response's letter. */
    static javafx.scene.Node node(LoadedDocument shown, int line) {
        Label number = new Label();
        number.getStyleClass().add("gutter");
        if (shown != null && line < shown.gutter().length && shown.gutter()[line] != null) {
            number.setText(shown.gutter()[line]);
        }
        if (shown == null || shown.responses() == null) {
            return number;
        }
        Label letter = new Label();
        letter.getStyleClass().add("response-letter");
        Mark m = line < shown.responses().length ? shown.responses()[line] : null;
        if (m != null) {
            letter.setText(m.status().letter());
            letter.getStyleClass().add(AnswerReading.styleOf(m.status()));
            letter.setId("response-" + shown.gutter()[line]);
            Tooltip tip = new Tooltip(m.tip());
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            tip.setShowDelay(javafx.util.Duration.millis(300));
            Tooltip.install(number, tip);
            letter.setTooltip(tip);
        }
        HBox box = new HBox(number, letter);
        box.getStyleClass().add("answered-gutter");
        return box;
    }
}
