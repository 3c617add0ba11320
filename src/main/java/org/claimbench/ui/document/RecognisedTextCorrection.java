package org.claimbench.ui.document;

import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

import org.claimbench.domain.PageLine;
import org.claimbench.domain.PageLines;
import org.claimbench.domain.UncertainWord;
import org.fxmisc.richtext.StyleClassedTextArea;

/** Edit ▸ Correct recognised text: the words to correct, and the dialog that asks how the page prints them. */
final class RecognisedTextCorrection {

    private RecognisedTextCorrection() {
    }

    /**
     * What a correction would replace: the selection, else the uncertain word at {@code menuOffset} (a right-click,
     * or -1) or the caret, else the word there; null when there is nothing there.
     */
    static int[] span(LoadedDocument shown, StyleClassedTextArea area, int menuOffset) {
        var sel = area.getSelection();
        if (sel.getLength() > 0) {
            return new int[] {sel.getStart(), sel.getEnd()};
        }
        int at = menuOffset >= 0 ? menuOffset : area.getCaretPosition();
        for (UncertainWord w : shown.view().uncertainWords()) {
            if (at >= w.start() && at <= w.end()) {
                return new int[] {w.start(), w.end()};
            }
        }
        String text = shown.view().text();
        int a = Math.min(at, text.length());
        int b = a;
        while (a > 0 && !Character.isWhitespace(text.charAt(a - 1))) {
            a--;
        }
        while (b < text.length() && !Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        return b > a ? new int[] {a, b} : null;
    }

    /** Asks for the words as the page prints them, and has the model save them in place; or says why it cannot. */
    static void ask(Window owner, LoadedDocument shown, StyleClassedTextArea area, int menuOffset, DocumentViewModel model) {
        if (!shown.view().correctable()) {
            model.session().say("Only text recognised from a scan can be corrected; this document was read from the file's own text.");
            return;
        }
        int[] span = span(shown, area, menuOffset);
        if (span == null) {
            model.session().say("Select the recognised words to correct, or put the caret on one.");
            return;
        }
        String words = shown.view().text().substring(span[0], span[1]);
        if (words.indexOf('\n') >= 0) {
            model.session().say("A correction stays within one line of the text: select words of one paragraph or heading.");
            return;
        }
        Float confidence = null;
        for (UncertainWord w : shown.view().uncertainWords()) {
            if (w.start() < span[1] && w.end() > span[0]) {
                confidence = confidence == null ? w.confidence() : Math.min(confidence, w.confidence());
            }
        }
        PageLine pl = PageLines.at(shown.view().lines(), span[0]);
        TextInputDialog d = new TextInputDialog(words);
        d.initOwner(owner);
        d.setTitle("Correct recognised text");
        d.setHeaderText("Recognised as \u201c" + words + "\u201d" + (pl == null ? "" : " on page " + pl)
                + (confidence == null ? "" : String.format(Locale.ROOT, ", with %.0f%% confidence", confidence))
                + ".\nType the words as the page prints them. Highlights over them keep their quote as first read.");
        d.setContentText("Reads:");
        d.getEditor().setId("correction-field");
        d.getEditor().setPrefColumnCount(Math.max(20, Math.min(60, words.length() + 10)));
        Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(d.getEditor().textProperty().isEqualTo(words).or(Bindings.createBooleanBinding(
                () -> d.getEditor().getText().isBlank(), d.getEditor().textProperty())));
        d.showAndWait().map(String::strip).filter(t -> !t.isEmpty() && !t.equals(words))
                .ifPresent(t -> model.correctText(span[0], span[1], t));
    }
}
