package org.claimbench.ui.document;

import org.claimbench.ui.session.CaseSession;
import org.claimbench.ui.session.DragBoard;
import org.claimbench.ui.wording.WordingViewModel;

import org.claimbench.ui.common.Forms;

import java.time.Duration;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Popup;

import org.claimbench.domain.Document;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.PageLine;
import org.claimbench.domain.PageLines;
import org.claimbench.domain.Passage;
import org.claimbench.service.CaseSnapshot;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/**
 * The document text: paragraph numbers in the gutter, headings and counts set apart, passages highlighted by
 * the support level of what they are linked to, and the selected node's passages drawn strongest.
 * The text area is virtualised, so only the lines on screen are laid out.
 */
public final class DocumentPane extends BorderPane {

    private final DocumentViewModel model;
    private final CaseSession session;
    private final WordingViewModel wording;
    private final DragBoard drag;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final TextZoom zoom;
    private final ComboBox<Document> chooser = new ComboBox<>();
    private final Label summary = new Label();
    private final Popup hover = new Popup();
    private final Label hoverLabel = new Label();
    private LoadedDocument shown;
    private final FindBar findBar = new FindBar(area, () -> shown, this::restyle);
    private int[] pressedSelection;
    /** Where the context menu was asked for (a character index), while it is up; -1 otherwise. */
    private int menuOffset = -1;

    public DocumentPane(DocumentViewModel model, WordingViewModel wording, DragBoard drag) {
        this.model = model;
        this.session = model.session();
        this.wording = wording;
        this.drag = drag;
        setId("document-pane");
        getStyleClass().add("pane");

        chooser.setId("document-chooser");
        chooser.setItems(session.documents());
        PickerWidth.fit(chooser, session.documents());
        chooser.setCellFactory(l -> new DocumentNames.Cell(session.documents()));
        chooser.setButtonCell(new DocumentNames.Cell(session.documents()));
        chooser.valueProperty().bindBidirectional(session.selectedDocumentProperty());
        summary.getStyleClass().add("muted");
        HBox header = new HBox(8, chooser, summary);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 8, 6, 8));
        header.getStyleClass().add("pane-header");
        HBox.setHgrow(summary, Priority.ALWAYS);

        setTop(new VBox(header, findBar));

        zoom = new TextZoom(area, model.session().settings());
        area.setId("document-text");
        area.getStyleClass().add("document-text");
        area.setEditable(false);
        // never typed into: a history of its own would hold every text and drawing shown (the case's undo is elsewhere)
        area.setUndoManager(org.fxmisc.richtext.util.UndoUtils.noOpUndoManager());
        area.setWrapText(true);
        area.setParagraphGraphicFactory(this::gutter);
        setCenter(new VirtualizedScrollPane<>(area));

        hoverLabel.getStyleClass().add("hover-card");
        hoverLabel.setWrapText(true);
        hoverLabel.setMaxWidth(420);
        hover.getContent().add(hoverLabel);
        area.setMouseOverTextDelay(Duration.ofMillis(450));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> showHover(e.getCharacterIndex(), e.getScreenPosition()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());

        area.caretPositionProperty().addListener((obs, o, pos) -> model.caretMoved(pos));
        area.setContextMenu(TextMenu.of(this));
        area.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && area.getSelection().getLength() == 0) {
                List<Passage> here = model.passagesAt(area.getCaretPosition());
                model.selectPassage(here.isEmpty() ? null : here.get(0));
            }
        });
        // Drag the selection onto a node of the outline to link it there. A press inside the selection is kept
        // from the text area (which would start a new selection); released without moving, it places the caret.
        area.setOnSelectionDropped(e -> { });
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                menuOffset = area.hit(e.getX(), e.getY()).getCharacterIndex().orElse(-1);
            }
            var sel = area.getSelection();
            pressedSelection = null;
            if (e.getButton() == MouseButton.PRIMARY && !e.isShiftDown() && e.getClickCount() == 1 && sel.getLength() > 0) {
                int at = area.hit(e.getX(), e.getY()).getInsertionIndex();
                if (at > sel.getStart() && at < sel.getEnd()) {
                    pressedSelection = new int[] {sel.getStart(), sel.getEnd(), at};
                    area.requestFocus();
                    e.consume();
                }
            }
        });
        area.addEventFilter(MouseEvent.DRAG_DETECTED, e -> {
            if (pressedSelection != null) {
                drag.start(new DragBoard.DraggedSelection(pressedSelection[0], pressedSelection[1]));
                area.startFullDrag();
                e.consume();
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pressedSelection != null) {
                e.consume();
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (pressedSelection != null) {
                if (e.isStillSincePress()) {
                    area.moveTo(pressedSelection[2]);
                }
                pressedSelection = null;
                e.consume();
            } else if (e.getButton() == MouseButton.PRIMARY && !e.isStillSincePress() && !e.isAltDown() && shown != null) {
                javafx.application.Platform.runLater(() -> { // once the text area has set the selection: whole words (Alt: exact)
                    var at = org.claimbench.analysis.WordSnap.snap(shown.view().text(), area.getSelection().getStart(), area.getSelection().getEnd());
                    area.selectRange(at[0], at[1]);
                });
            }
        });
        session.selectedPassageProperty().addListener((obs, o, p) -> restyleSoon());
        model.loadedDocumentProperty().addListener((obs, o, d) -> show(d));
        session.snapshotProperty().addListener((obs, o, s) -> restyleSoon());
        session.selectedNodeProperty().addListener((obs, o, n) -> restyleSoon());
        model.focusedPassageProperty().addListener((obs, o, p) -> scrollTo(p));
        model.spotProperty().addListener((obs, o, t) -> {
            if (t != null && shown != null && shown.view().document().id() == t.documentId() && t.end() <= area.getLength()) {
                area.selectRange(t.start(), t.end());
                area.showParagraphAtTop(Math.max(0, shown.lineOf(t.start()) - 2));
            }
        });
    }

    /** The document on show, or null. */
    LoadedDocument shown() {
        return shown;
    }

    CaseSession session() {
        return session;
    }

    /** The character the context menu was asked for over, while it is up; -1 otherwise. */
    void menuClosed() {
        menuOffset = -1;
    }

    public StyleClassedTextArea textArea() {
        return area;
    }

    public TextZoom zoom() {
        return zoom;
    }

    // ---- actions (menus, shortcuts and the context menu call these) ----------------------------------

    public void highlightSelection() {
        model.highlight(area.getSelection().getStart(), area.getSelection().getEnd());
    }

    public void linkToSelectedNode() {
        model.link(area.getSelection().getStart(), area.getSelection().getEnd(), session.selectedNodeProperty().get(), null);
    }

    public void linkWithPicker() {
        CaseSnapshot s = session.snapshotProperty().get();
        if (s == null) {
            return;
        }
        int start = area.getSelection().getStart();
        int end = area.getSelection().getEnd();
        boolean pleading = shown != null && shown.view().document().kind().isPleading();
        LinkPicker.ask(getScene().getWindow(), LinkPicker.treeOrder(s), pleading ? LinkRole.ASSERTS : LinkRole.SUPPORTS)
                .ifPresent(c -> model.link(start, end, c.node(), c.role()));
    }

    /** Edit ▸ Copy with cite: the selection on the clipboard as a quotation with its cite, as plain text and as HTML. */
    public void copyWithCite() {
        var q = model.quoteWithCite(area.getSelection().getStart(), area.getSelection().getEnd());
        if (q != null) {
            org.claimbench.ui.common.Clipboards.put(q.plain(), q.html());
        }
    }

    public void newAllegationFromSelection() {
        model.newAllegationFromSelection(area.getSelection().getStart(), area.getSelection().getEnd());
    }

    /** The highlight the user means: the selected one, else the shortest one under the caret. */
    Passage passageAtCaret() {
        Passage sel = session.selectedPassageProperty().get();
        int caret = area.getCaretPosition();
        if (sel != null && shown != null && sel.documentId() == shown.view().document().id() && caret >= sel.start() && caret <= sel.end()) {
            return sel;
        }
        List<Passage> here = model.passagesAt(caret);
        return here.isEmpty() ? null : here.get(0);
    }

    public void editNote() {
        Passage p = passageAtCaret();
        if (p == null) {
            return;
        }
        TextArea note = Forms.area("passage-note", p.note());
        Dialog<String> d = new Dialog<>();
        d.initOwner(getScene().getWindow());
        d.setTitle("Note");
        d.setHeaderText("\u201c" + (p.quote().length() > 100 ? p.quote().substring(0, 99) + "\u2026" : p.quote()) + "\u201d");
        d.getDialogPane().setContent(note);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? note.getText() : null);
        d.showAndWait().ifPresent(text -> model.updatePassage(p, p.start(), p.end(), text));
    }

    /** Makes the highlight under the caret cover the current selection instead. */
    public void changeExtent() {
        var sel = area.getSelection();
        Passage p = session.selectedPassageProperty().get();
        if (p == null || sel.getLength() == 0) {
            return;
        }
        model.updatePassage(p, sel.getStart(), sel.getEnd(), p.note());
    }

    public void deleteHighlight() {
        Passage p = passageAtCaret();
        if (p != null) {
            model.deletePassage(p);
        }
    }

    // ---- recognised text ----------------------------------------------------------------------------

    /**
     * What a correction would replace: the selection, else the uncertain word under the caret, else the word under
     * the caret; null when there is nothing there.
     */
    int[] correctionSpan() {
        if (shown == null) {
            return null;
        }
        var sel = area.getSelection();
        if (sel.getLength() > 0) {
            return new int[] {sel.getStart(), sel.getEnd()};
        }
        int at = menuOffset >= 0 ? menuOffset : area.getCaretPosition();
        for (org.claimbench.domain.UncertainWord w : shown.view().uncertainWords()) {
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

    /** Edit ▸ Correct recognised text: asks for the words as the page prints them, and saves them in place. */
    public void correctRecognisedText() {
        if (shown == null) {
            return;
        }
        if (!shown.view().correctable()) {
            session.say("Only text recognised from a scan can be corrected; this document was read from the file's own text.");
            return;
        }
        int[] span = correctionSpan();
        if (span == null) {
            session.say("Select the recognised words to correct, or put the caret on one.");
            return;
        }
        String words = shown.view().text().substring(span[0], span[1]);
        if (words.indexOf('\n') >= 0) {
            session.say("A correction stays within one line of the text: select words of one paragraph or heading.");
            return;
        }
        Float confidence = null;
        for (org.claimbench.domain.UncertainWord w : shown.view().uncertainWords()) {
            if (w.start() < span[1] && w.end() > span[0]) {
                confidence = confidence == null ? w.confidence() : Math.min(confidence, w.confidence());
            }
        }
        PageLine pl = PageLines.at(shown.view().lines(), span[0]);
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(words);
        d.initOwner(getScene().getWindow());
        d.setTitle("Correct recognised text");
        d.setHeaderText("Recognised as \u201c" + words + "\u201d" + (pl == null ? "" : " on page " + pl)
                + (confidence == null ? "" : String.format(java.util.Locale.ROOT, ", with %.0f%% confidence", confidence))
                + ".\nType the words as the page prints them. Highlights over them keep their quote as first read.");
        d.setContentText("Reads:");
        d.getEditor().setId("correction-field");
        d.getEditor().setPrefColumnCount(Math.max(20, Math.min(60, words.length() + 10)));
        javafx.scene.Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(d.getEditor().textProperty().isEqualTo(words).or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> d.getEditor().getText().isBlank(), d.getEditor().textProperty())));
        d.showAndWait().map(String::strip).filter(t -> !t.isEmpty() && !t.equals(words))
                .ifPresent(t -> model.correctText(span[0], span[1], t));
    }

    /** Moves to the next (+1) or previous (-1) word recognised with little confidence, and selects it. */
    public void stepUncertain(int direction) {
        List<org.claimbench.domain.UncertainWord> words = shown == null ? List.of() : shown.view().uncertainWords();
        if (words.isEmpty()) {
            session.say(shown != null && shown.view().textSource().recognised() ? "No uncertain words left in this document."
                    : "This document was not recognised from a scan: it has no uncertain words.");
            return;
        }
        org.claimbench.domain.UncertainWord target = stepTo(words, direction, org.claimbench.domain.UncertainWord::start,
                org.claimbench.domain.UncertainWord::end);
        session.say(String.format(java.util.Locale.ROOT, "Uncertain word %d of %d, recognised with %.0f%% confidence (Ctrl+Shift+W corrects it)",
                words.indexOf(target) + 1, words.size(), target.confidence()));
    }

    // ---- wording flags -----------------------------------------------------------------------------

    /** The flag the user means: the one under a right-click while its menu is up, else the one under the caret. */
    org.claimbench.analysis.WordingScreen.Flag flagAtCaret() {
        if (shown == null) {
            return null;
        }
        int at = menuOffset >= 0 ? menuOffset : area.getCaretPosition();
        org.claimbench.analysis.WordingScreen.Flag best = null;
        for (var f : shown.flags()) {
            boolean inside = at >= f.start() && (at < f.end() || (at == f.end() && menuOffset < 0));
            if (inside && (best == null || f.end() - f.start() < best.end() - best.start())) {
                best = f;
            }
        }
        return best;
    }

    /** Confirms (verdict CONFIRMED), dismisses or (null) takes back the decision on the flag at the caret. */
    public void decideFlag(org.claimbench.domain.FlagVerdict verdict) {
        var f = flagAtCaret();
        if (f == null) {
            session.say("Put the caret on an underlined word of the complaint to decide on its flag.");
            return;
        }
        wording.decideFlag(shown.view().document().id(), f, verdict);
    }

    /** Moves to the next (+1) or previous (-1) wording flag of the document and selects its words. */
    /**
     * Selects and shows the next (+1) or previous (-1) of {@code items} (in text order, not empty) from the caret or
     * the selection's start, going round at either end, and returns it.
     */
    private <T> T stepTo(List<T> items, int direction, java.util.function.ToIntFunction<T> start, java.util.function.ToIntFunction<T> end) {
        int caret = area.getSelection().getLength() > 0 ? area.getSelection().getStart() : area.getCaretPosition();
        T target = null;
        if (direction > 0) {
            target = items.stream().filter(x -> start.applyAsInt(x) > caret).findFirst().orElse(items.get(0));
        } else {
            for (T x : items) {
                if (start.applyAsInt(x) < caret) {
                    target = x;
                }
            }
            if (target == null) {
                target = items.get(items.size() - 1);
            }
        }
        area.selectRange(start.applyAsInt(target), end.applyAsInt(target));
        area.showParagraphAtTop(Math.max(0, shown.lineOf(start.applyAsInt(target)) - 3));
        return target;
    }

    public void stepFlag(int direction) {
        if (shown == null || shown.flags().isEmpty()) {
            session.say("No wording flags in this document.");
            return;
        }
        List<org.claimbench.analysis.WordingScreen.Flag> flags = shown.flags();
        org.claimbench.analysis.WordingScreen.Flag target = stepTo(flags, direction, org.claimbench.analysis.WordingScreen.Flag::start,
                org.claimbench.analysis.WordingScreen.Flag::end);
        var v = session.snapshotProperty().get() == null ? null
                : session.snapshotProperty().get().decisions().verdict(shown.view().document().id(), target);
        session.say("\u2691 " + target.label() + (v == null ? "" : " \u2014 " + v.name().toLowerCase(java.util.Locale.ROOT))
                + " (" + (flags.indexOf(target) + 1) + " of " + flags.size() + ")");
    }

    public void showFind() {
        findBar.show();
    }

    public List<int[]> findHits() {
        return findBar.hits();
    }

    public void show(LoadedDocument d) {
        // the same document read again (after a correction of its text, or its undo) keeps the reader's place
        boolean again = d != null && shown != null && shown.view().document().id() == d.view().document().id();
        int caret = area.getCaretPosition();
        int top = again && area.getLength() > 0 ? area.firstVisibleParToAllParIndex() : 0;
        shown = d;
        if (d == null) {
            applied = null;
            area.clear();
            summary.setText("");
            return;
        }
        area.replace(0, area.getLength(), d.styled());
        applied = d.marks(); // the marks it was read with are drawn already: only what changed since is drawn below
        summary.setText(d.summary());
        restyle();
        area.moveTo(again ? Math.min(caret, area.getLength()) : 0);
        area.showParagraphAtTop(again ? Math.min(top, Math.max(0, area.getParagraphs().size() - 1)) : 0);
    }

    private javafx.scene.Node gutter(int line) {
        return ResponseGutter.node(shown, line); // the paragraph number, and the Answer's response beside it
    }

    private boolean restylePending;
    /** The marks drawn in the text area now (null: none known), so that a redraw touches only what changed. */
    private org.fxmisc.richtext.model.StyleSpans<java.util.Collection<String>> applied;

    /**
     * Draws the marks again once the changes of this moment are all in: a case shown sets its snapshot, node and passage
     * one after another, and each would otherwise draw the whole document.
     */
    private void restyleSoon() {
        if (!restylePending) {
            restylePending = true;
            javafx.application.Platform.runLater(() -> {
                restylePending = false;
                restyle();
            });
        }
    }

    /** Draws every passage, flag and mark of this document; overlapping ones combine their classes. */
    public void restyle() {
        CaseSnapshot s = session.snapshotProperty().get();
        if (shown == null || s == null || area.getLength() == 0 || shown.view().document().caseId() != s.legalCase().id()) {
            return; // nothing on show, or the document of a case no longer on show (its successor is being read)
        }
        var now = model.drawings().of(shown, s, session.selectedNodeProperty().get(), session.selectedPassageProperty().get(),
                findBar.hits(), area.getLength());
        for (int[] range : TextStyles.changes(applied, now)) { // each stretch that changed, not the pages between them
            area.setStyleSpans(range[0], now.subView(range[0], range[1]));
        }
        applied = now;
    }

    private void scrollTo(Passage p) {
        if (p == null || shown == null || p.end() > area.getLength()) {
            return;
        }
        int line = shown.lineOf(p.start());
        area.showParagraphAtTop(Math.max(0, line - 2));
        area.moveTo(p.start());
    }

    private void showHover(int offset, javafx.geometry.Point2D at) {
        CaseSnapshot s = session.snapshotProperty().get();
        if (shown == null || s == null) {
            return;
        }
        List<String> lines = HoverText.at(shown, s, offset);
        if (lines.isEmpty()) {
            return;
        }
        hoverLabel.setText(String.join("\n", lines));
        hover.show(area, at.getX() + 12, at.getY() + 12);
    }
}
