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
import org.claimbench.domain.Passage;
import org.claimbench.service.CaseSnapshot;
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
    /** The areas kept for the documents shown lately; {@link #area} is the one on show. */
    private final KeptTextAreas areas;
    private StyleClassedTextArea area;
    private final TextZoom zoom;
    private final ComboBox<Document> chooser = new ComboBox<>();
    private final Label summary = new Label();
    private final Popup hover = new Popup();
    private final Label hoverLabel = new Label();
    private LoadedDocument shown;
    private final FindBar findBar = new FindBar(() -> area, () -> shown, this::restyle);
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

        zoom = new TextZoom(model.session().settings());
        hoverLabel.getStyleClass().add("hover-card");
        hoverLabel.setWrapText(true);
        hoverLabel.setMaxWidth(420);
        hover.getContent().add(hoverLabel);
        areas = new KeptTextAreas(this::setUp);
        area = areas.onShow();
        setCenter(areas.current().scroll);

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

    /** The settings and handlers of each text area the pane makes (events come from the area on show only). */
    private void setUp(StyleClassedTextArea a) {
        zoom.add(a);
        a.setId("document-text");
        a.getStyleClass().add("document-text");
        a.setEditable(false);
        // never typed into: a history of its own would hold every text and drawing shown (the case's undo is elsewhere)
        a.setUndoManager(org.fxmisc.richtext.util.UndoUtils.noOpUndoManager());
        a.setWrapText(true);
        a.setParagraphGraphicFactory(this::gutter);
        a.setMouseOverTextDelay(Duration.ofMillis(450));
        a.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> showHover(e.getCharacterIndex(), e.getScreenPosition()));
        a.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
        a.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> hover.hide()); // the text moves away under the card

        a.caretPositionProperty().addListener((obs, o, pos) -> {
            if (a == area) {
                model.caretMoved(pos);
            }
        });
        a.setContextMenu(TextMenu.of(this));
        a.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && a.getSelection().getLength() == 0) {
                List<Passage> here = model.passagesAt(a.getCaretPosition());
                model.selectPassage(here.isEmpty() ? null : here.get(0));
            }
        });
        // Drag the selection onto a node of the outline to link it there. A press inside the selection is kept
        // from the text area (which would start a new selection); released without moving, it places the caret.
        a.setOnSelectionDropped(e -> { });
        a.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                menuOffset = a.hit(e.getX(), e.getY()).getCharacterIndex().orElse(-1);
            }
            var sel = a.getSelection();
            pressedSelection = null;
            if (e.getButton() == MouseButton.PRIMARY && !e.isShiftDown() && e.getClickCount() == 1 && sel.getLength() > 0) {
                int at = a.hit(e.getX(), e.getY()).getInsertionIndex();
                if (at > sel.getStart() && at < sel.getEnd()) {
                    pressedSelection = new int[] {sel.getStart(), sel.getEnd(), at};
                    a.requestFocus();
                    e.consume();
                }
            }
        });
        a.addEventFilter(MouseEvent.DRAG_DETECTED, e -> {
            if (pressedSelection != null) {
                drag.start(new DragBoard.DraggedSelection(pressedSelection[0], pressedSelection[1]));
                a.startFullDrag();
                e.consume();
            }
        });
        a.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pressedSelection != null) {
                e.consume();
            }
        });
        a.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (pressedSelection != null) {
                if (e.isStillSincePress()) {
                    a.moveTo(pressedSelection[2]);
                }
                pressedSelection = null;
                e.consume();
            } else if (e.getButton() == MouseButton.PRIMARY && !e.isStillSincePress() && !e.isAltDown() && shown != null) {
                javafx.application.Platform.runLater(() -> { // once the text area has set the selection: whole words (Alt: exact)
                    var at = org.claimbench.analysis.WordSnap.snap(shown.view().text(), a.getSelection().getStart(), a.getSelection().getEnd());
                    a.selectRange(at[0], at[1]);
                });
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

    /** Edit ▸ Correct recognised text: asks for the words as the page prints them, and saves them in place. */
    public void correctRecognisedText() {
        if (shown != null) {
            RecognisedTextCorrection.ask(getScene().getWindow(), shown, area, menuOffset, model);
        }
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
        // a document shown lately comes back in its own area, as the reader left it; another reading of the document
        // on show (after a correction of its text, or its undo) keeps the reader's place
        KeptTextAreas.Slot slot = areas.show(d);
        boolean same = d != null && d.sameTextAs(slot.document);
        boolean again = d != null && !same && slot.document != null
                && slot.document.view().document().id() == d.view().document().id(); // not an area taken from another document
        if (area != slot.area) {
            boolean focused = area.isFocused();
            hover.hide(); // it spoke of the text going away
            area = slot.area;
            setCenter(slot.scroll);
            if (focused) {
                area.requestFocus(); // the reader typing in the text goes on typing in it
            }
            model.caretMoved(area.getCaretPosition());
        }
        boolean otherText = shown == null || d == null || shown.view() != d.view();
        shown = d;
        if (otherText) {
            findBar.textChanged(); // the hits of the search on show are those of this text
        }
        summary.setText(d == null ? "" : d.summary());
        if (d == null || same) {
            if (same) {
                slot.document = d;
            }
            restyle(); // the marks that differ from the ones drawn in the area: what changed since it was last on show
            return;
        }
        int caret = area.getCaretPosition();
        int top = again && area.getLength() > 0 ? area.firstVisibleParToAllParIndex() : 0;
        area.replace(0, area.getLength(), d.styled());
        slot.document = d;
        slot.applied = d.marks(); // the marks it was read with are drawn already: only what changed since is drawn below
        restyle();
        area.moveTo(again ? Math.min(caret, area.getLength()) : 0);
        area.showParagraphAtTop(again ? Math.min(top, Math.max(0, area.getParagraphs().size() - 1)) : 0);
    }

    /** The text areas: the one on show, and the ones kept for the documents shown lately. */
    public org.claimbench.ui.common.TextAreas textAreas() {
        return areas;
    }

    private javafx.scene.Node gutter(int line) {
        return ResponseGutter.node(shown, line); // the paragraph number, and the Answer's response beside it
    }

    private boolean restylePending;

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
        KeptTextAreas.Slot slot = areas.current();
        for (int[] range : TextStyles.changes(slot.applied, now)) { // each stretch that changed, not the pages between them
            area.setStyleSpans(range[0], now.subView(range[0], range[1]));
        }
        slot.applied = now;
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
