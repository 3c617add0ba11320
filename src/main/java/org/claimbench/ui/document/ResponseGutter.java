package org.claimbench.ui.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import org.claimbench.domain.AnswerResponse;
import org.claimbench.domain.PleadedResponse;
import org.claimbench.domain.ResponseScope;
import org.claimbench.domain.ResponseStatus;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.claimbench.service.CaseSnapshot;
import org.claimbench.ui.session.AnswerReading;

/**
 * The Answer's responses in the gutter of the complaint they answer: beside each numbered paragraph, the response's
 * letter in the colour of its status, and on hover the status, the form of the response and its words; beside each
 * heading, the prayer and unnumbered text, what the Answer says of the headings, the prayer or unnumbered text. The marks are
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
        if (s == null || s.legalCase().id() != d.view().document().caseId()
                || s.responsesBySegment().isEmpty() && s.beyond(d.view().document().id()).isEmpty()) {
            return d;
        }
        Mark[] byLine = new Mark[d.lineStarts().length];
        boolean any = false;
        Map<Long, String> texts = new HashMap<>();
        List<CaseSnapshot.Beyond> beyond = s.beyond(d.view().document().id());
        for (Segment seg : d.view().segments()) {
            AnswerResponse r = seg.kind() == SegmentKind.NUMBERED_PARAGRAPH ? s.responsesBySegment().get(seg.id()) : null;
            if (r != null) {
                Long answer = s.answerOf(seg.id());
                String text = answer == null || r.status() == ResponseStatus.NOT_ANSWERED ? null
                        : texts.computeIfAbsent(answer, answerText::apply);
                byLine[d.lineOf(seg.start())] = new Mark(r.status(), AnswerReading.describe(r, AnswerReading.words(text, r)));
                any = true;
                continue;
            }
            // the headings, the prayer and unnumbered text answer no paragraph: the Answer's words on them go beside them
            ResponseScope scope = scopeOf(seg.kind());
            CaseSnapshot.Beyond said = null;
            for (CaseSnapshot.Beyond b : beyond) {
                said = b.response().scope() == scope ? b : said; // the last one pleaded
            }
            if (scope != null && said != null) {
                PleadedResponse p = said.response();
                AnswerResponse as = new AnswerResponse(scope.label(), p.status(), p.start(), p.end(), p.first(), p.last(), p.admitted(), p.form());
                String text = texts.computeIfAbsent(said.answerId(), answerText::apply);
                byLine[d.lineOf(seg.start())] = new Mark(p.status(), AnswerReading.describe(NAMES.get(scope), as, AnswerReading.words(text, as)));
                any = true;
            }
        }
        return any ? d.withResponses(byLine) : d;
    }

    private static final Map<ResponseScope, String> NAMES = Map.of(ResponseScope.HEADINGS, "The headings",
            ResponseScope.PRAYER, "The prayer for relief", ResponseScope.UNNUMBERED, "Unnumbered text");

    /** What a segment that bears no number is, as a response's scope names it; null for the caption, signature, footnotes. */
    static ResponseScope scopeOf(SegmentKind kind) {
        return switch (kind) {
            case HEADING, COUNT_HEADING -> ResponseScope.HEADINGS;
            case PRAYER -> ResponseScope.PRAYER;
            case OTHER, JURY_DEMAND -> ResponseScope.UNNUMBERED;
            default -> null;
        };
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
            letter.setId("response-" + (shown.gutter()[line] != null ? shown.gutter()[line] : "line-" + line));
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
