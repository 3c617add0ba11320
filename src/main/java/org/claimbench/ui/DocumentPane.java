package org.claimbench.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Popup;

import org.claimbench.domain.Document;
import org.claimbench.domain.Link;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.PageLine;
import org.claimbench.domain.PageLines;
import org.claimbench.domain.Passage;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SupportLevel;
import org.claimbench.service.CaseSnapshot;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The document text: paragraph numbers in the gutter, headings and counts set apart, passages highlighted by
 * the support level of what they are linked to, and the selected node's passages drawn strongest.
 * The text area is virtualised, so only the lines on screen are laid out.
 */
public final class DocumentPane extends BorderPane {

    private final MainViewModel model;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final ComboBox<Document> chooser = new ComboBox<>();
    private final Label summary = new Label();
    private final Popup hover = new Popup();
    private final Label hoverLabel = new Label();
    private LoadedDocument shown;
    private final HBox findBar;
    private final TextField findField = new TextField();
    private final Label findCount = new Label();
    private final List<int[]> hits = new ArrayList<>();
    private int currentHit = -1;
    private int[] pressedSelection;
    /** Where the context menu was asked for (a character index), while it is up; -1 otherwise. */
    private int menuOffset = -1;

    public DocumentPane(MainViewModel model) {
        this.model = model;
        setId("document-pane");
        getStyleClass().add("pane");

        chooser.setId("document-chooser");
        chooser.setItems(model.documents());
        chooser.setCellFactory(l -> new DocumentCell());
        chooser.setButtonCell(new DocumentCell());
        chooser.valueProperty().bindBidirectional(model.selectedDocumentProperty());
        summary.getStyleClass().add("muted");
        HBox header = new HBox(8, chooser, summary);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 8, 6, 8));
        header.getStyleClass().add("pane-header");
        HBox.setHgrow(summary, Priority.ALWAYS);

        findField.setId("find-field");
        findField.setPromptText("Find in the document");
        findField.setPrefColumnCount(24);
        Button previous = new Button("\u25b2");
        previous.setTooltip(new Tooltip("Previous (Shift+Enter)"));
        previous.setOnAction(e -> step(-1));
        Button next = new Button("\u25bc");
        next.setTooltip(new Tooltip("Next (Enter)"));
        next.setOnAction(e -> step(1));
        Button close = new Button("\u2715");
        close.setTooltip(new Tooltip("Close (Esc)"));
        close.setOnAction(e -> hideFind());
        findCount.setId("find-count");
        findCount.getStyleClass().add("muted");
        findBar = new HBox(6, findField, previous, next, findCount, close);
        findBar.setId("find-bar");
        findBar.setAlignment(Pos.CENTER_LEFT);
        findBar.setPadding(new Insets(4, 8, 4, 8));
        findBar.getStyleClass().add("pane-header");
        findBar.setVisible(false);
        findBar.setManaged(false);
        findField.textProperty().addListener((o, a, t) -> search(t));
        findField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hideFind();
                e.consume();
            }
        });
        setTop(new VBox(header, findBar));

        area.setId("document-text");
        area.getStyleClass().add("document-text");
        area.setEditable(false);
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
        area.setContextMenu(contextMenu());
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
                model.startDrag(new MainViewModel.DraggedSelection(pressedSelection[0], pressedSelection[1]));
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
            }
        });
        model.selectedPassageProperty().addListener((obs, o, p) -> restyle());
        model.loadedDocumentProperty().addListener((obs, o, d) -> show(d));
        model.snapshotProperty().addListener((obs, o, s) -> restyle());
        model.selectedNodeProperty().addListener((obs, o, n) -> restyle());
        model.focusedPassageProperty().addListener((obs, o, p) -> scrollTo(p));
        model.spotProperty().addListener((obs, o, t) -> {
            if (t != null && shown != null && shown.view().document().id() == t.documentId() && t.end() <= area.getLength()) {
                area.selectRange(t.start(), t.end());
                area.showParagraphAtTop(Math.max(0, shown.lineOf(t.start()) - 2));
            }
        });
    }

    public StyleClassedTextArea textArea() {
        return area;
    }

    // ---- actions (menus, shortcuts and the context menu call these) ----------------------------------

    public void highlightSelection() {
        model.highlight(area.getSelection().getStart(), area.getSelection().getEnd());
    }

    public void linkToSelectedNode() {
        model.link(area.getSelection().getStart(), area.getSelection().getEnd(), model.selectedNodeProperty().get(), null);
    }

    public void linkWithPicker() {
        CaseSnapshot s = model.snapshotProperty().get();
        if (s == null) {
            return;
        }
        int start = area.getSelection().getStart();
        int end = area.getSelection().getEnd();
        boolean pleading = shown != null && shown.view().document().kind().isPleading();
        LinkPicker.ask(getScene().getWindow(), treeOrder(s), pleading ? LinkRole.ASSERTS : LinkRole.SUPPORTS)
                .ifPresent(c -> model.link(start, end, c.node(), c.role()));
    }

    public void newAllegationFromSelection() {
        model.newAllegationFromSelection(area.getSelection().getStart(), area.getSelection().getEnd());
    }

    /** The highlight the user means: the selected one, else the shortest one under the caret. */
    private Passage passageAtCaret() {
        Passage sel = model.selectedPassageProperty().get();
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
        TextArea note = NodeDialog.area("passage-note", p.note());
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
        Passage p = model.selectedPassageProperty().get();
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
            model.say("Only text recognised from a scan can be corrected; this document was read from the file's own text.");
            return;
        }
        int[] span = correctionSpan();
        if (span == null) {
            model.say("Select the recognised words to correct, or put the caret on one.");
            return;
        }
        String words = shown.view().text().substring(span[0], span[1]);
        if (words.indexOf('\n') >= 0) {
            model.say("A correction stays within one line of the text: select words of one paragraph or heading.");
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
            model.say(shown != null && shown.view().textSource().recognised() ? "No uncertain words left in this document."
                    : "This document was not recognised from a scan: it has no uncertain words.");
            return;
        }
        org.claimbench.domain.UncertainWord target = stepTo(words, direction, org.claimbench.domain.UncertainWord::start,
                org.claimbench.domain.UncertainWord::end);
        model.say(String.format(java.util.Locale.ROOT, "Uncertain word %d of %d, recognised with %.0f%% confidence (Ctrl+Shift+W corrects it)",
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
            model.say("Put the caret on an underlined word of the complaint to decide on its flag.");
            return;
        }
        model.decideFlag(shown.view().document().id(), f, verdict);
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
            model.say("No wording flags in this document.");
            return;
        }
        List<org.claimbench.analysis.WordingScreen.Flag> flags = shown.flags();
        org.claimbench.analysis.WordingScreen.Flag target = stepTo(flags, direction, org.claimbench.analysis.WordingScreen.Flag::start,
                org.claimbench.analysis.WordingScreen.Flag::end);
        var v = model.snapshotProperty().get() == null ? null
                : model.snapshotProperty().get().decisions().verdict(shown.view().document().id(), target);
        model.say("\u2691 " + target.label() + (v == null ? "" : " \u2014 " + v.name().toLowerCase(java.util.Locale.ROOT))
                + " (" + (flags.indexOf(target) + 1) + " of " + flags.size() + ")");
    }

    public void showFind() {
        findBar.setVisible(true);
        findBar.setManaged(true);
        String sel = area.getSelectedText();
        if (!sel.isEmpty() && sel.length() < 100 && !sel.contains("\n")) {
            findField.setText(sel);
        }
        findField.requestFocus();
        findField.selectAll();
        search(findField.getText());
    }

    private void hideFind() {
        findBar.setVisible(false);
        findBar.setManaged(false);
        hits.clear();
        currentHit = -1;
        restyle();
        area.requestFocus();
    }

    /** Finds every occurrence, ignoring case; an in-memory scan of the text already on screen. */
    private void search(String needle) {
        hits.clear();
        currentHit = -1;
        if (shown != null && needle != null && !needle.isBlank()) {
            String hay = shown.view().text().toLowerCase(java.util.Locale.ROOT);
            String n = needle.toLowerCase(java.util.Locale.ROOT);
            for (int i = hay.indexOf(n); i >= 0 && hits.size() < 10_000; i = hay.indexOf(n, i + n.length())) {
                hits.add(new int[] {i, i + n.length()});
            }
        }
        restyle();
        if (!hits.isEmpty()) {
            int caret = area.getCaretPosition();
            currentHit = 0;
            for (int i = 0; i < hits.size(); i++) {
                if (hits.get(i)[0] >= caret) {
                    currentHit = i;
                    break;
                }
            }
            showHit();
        } else {
            findCount.setText(needle == null || needle.isBlank() ? "" : "No matches");
        }
    }

    private void step(int delta) {
        if (hits.isEmpty()) {
            return;
        }
        currentHit = Math.floorMod(currentHit + delta, hits.size());
        showHit();
    }

    private void showHit() {
        int[] h = hits.get(currentHit);
        findCount.setText((currentHit + 1) + " of " + hits.size());
        area.selectRange(h[0], h[1]);
        area.showParagraphAtTop(Math.max(0, shown.lineOf(h[0]) - 3));
    }

    public List<int[]> findHits() {
        return List.copyOf(hits);
    }

    private ContextMenu contextMenu() {
        MenuItem highlight = new MenuItem("Highlight");
        highlight.setOnAction(e -> highlightSelection());
        MenuItem link = new MenuItem("Link to selected node");
        link.setOnAction(e -> linkToSelectedNode());
        MenuItem linkTo = new MenuItem("Link to\u2026");
        linkTo.setOnAction(e -> linkWithPicker());
        MenuItem allegation = new MenuItem("New allegation from selection");
        allegation.setOnAction(e -> newAllegationFromSelection());
        MenuItem note = new MenuItem("Edit note\u2026");
        note.setOnAction(e -> editNote());
        MenuItem extent = new MenuItem("Make highlight cover the selection");
        extent.setOnAction(e -> changeExtent());
        MenuItem delete = new MenuItem("Delete highlight");
        delete.setOnAction(e -> deleteHighlight());
        MenuItem find = new MenuItem("Find\u2026");
        find.setOnAction(e -> showFind());
        MenuItem correct = new MenuItem("Correct recognised text\u2026");
        correct.setId("context-correct-text");
        correct.setOnAction(e -> correctRecognisedText());
        MenuItem confirm = new MenuItem("Confirm flag");
        confirm.setId("context-confirm-flag");
        confirm.setOnAction(e -> decideFlag(org.claimbench.domain.FlagVerdict.CONFIRMED));
        MenuItem dismiss = new MenuItem("Dismiss flag");
        dismiss.setId("context-dismiss-flag");
        dismiss.setOnAction(e -> decideFlag(org.claimbench.domain.FlagVerdict.DISMISSED));
        MenuItem undecide = new MenuItem("Take back decision on flag");
        undecide.setOnAction(e -> decideFlag(null));
        SeparatorMenuItem flagSeparator = new SeparatorMenuItem();
        ContextMenu menu = new ContextMenu(confirm, dismiss, undecide, flagSeparator, highlight, link, linkTo, allegation,
                new SeparatorMenuItem(), note, extent, delete, new SeparatorMenuItem(), correct, find);
        menu.setOnHidden(e -> menuOffset = -1);
        menu.setOnShowing(e -> {
            var f = flagAtCaret();
            var v = f == null || model.snapshotProperty().get() == null ? null
                    : model.snapshotProperty().get().decisions().verdict(shown.view().document().id(), f);
            String what = f == null ? "" : ": " + f.label();
            confirm.setText("Confirm flag" + what);
            dismiss.setText("Dismiss flag" + what);
            for (MenuItem m : List.of(confirm, dismiss, undecide, flagSeparator)) {
                m.setVisible(f != null);
            }
            confirm.setDisable(v == org.claimbench.domain.FlagVerdict.CONFIRMED);
            dismiss.setDisable(v == org.claimbench.domain.FlagVerdict.DISMISSED);
            undecide.setDisable(v == null);
            boolean selection = area.getSelection().getLength() > 0;
            Passage p = passageAtCaret();
            highlight.setDisable(!selection);
            allegation.setDisable(!selection);
            link.setDisable((!selection && p == null) || model.selectedNodeProperty().get() == null);
            linkTo.setDisable(!selection && p == null);
            note.setDisable(p == null);
            delete.setDisable(p == null);
            extent.setDisable(!selection || model.selectedPassageProperty().get() == null);
            correct.setVisible(shown != null && shown.view().correctable());
        });
        return menu;
    }

    static List<OutlineNode> treeOrder(CaseSnapshot s) {
        Map<Long, List<OutlineNode>> children = new HashMap<>();
        s.outline().forEach(n -> children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n));
        List<OutlineNode> out = new ArrayList<>();
        addInOrder(null, children, out);
        return out;
    }

    private static void addInOrder(Long parent, Map<Long, List<OutlineNode>> children, List<OutlineNode> out) {
        for (OutlineNode n : children.getOrDefault(parent, List.of())) {
            out.add(n);
            addInOrder(n.id(), children, out);
        }
    }

    void show(LoadedDocument d) {
        // the same document read again (after a correction of its text, or its undo) keeps the reader's place
        boolean again = d != null && shown != null && shown.view().document().id() == d.view().document().id();
        int caret = area.getCaretPosition();
        int top = again && area.getLength() > 0 ? area.firstVisibleParToAllParIndex() : 0;
        shown = d;
        if (d == null) {
            area.clear();
            summary.setText("");
            return;
        }
        area.replace(0, area.getLength(), d.styled());
        int paragraphs = d.view().numberedParagraphCount();
        int pages = d.view().lines().isEmpty() ? 0 : d.view().lines().get(d.view().lines().size() - 1).page();
        summary.setText(d.view().document().kind().label() + (paragraphs > 0 ? " \u00b7 " + paragraphs + " \u00b6" : "")
                + (pages > 0 ? " \u00b7 " + pages + (pages == 1 ? " page" : " pages") : "") + recognitionSummary(d.view()));
        restyle();
        area.moveTo(again ? Math.min(caret, area.getLength()) : 0);
        area.showParagraphAtTop(again ? Math.min(top, Math.max(0, area.getParagraphs().size() - 1)) : 0);
    }

    /** " · recognised: 6 of 6 pages, 14 uncertain words", or nothing for text read from the file itself. */
    static String recognitionSummary(org.claimbench.service.DocumentView v) {
        if (!v.textSource().recognised()) {
            return "";
        }
        int uncertain = v.uncertainWords().size();
        int corrected = v.corrections().size();
        return " \u00b7 recognised: " + v.textSource().pagesRecognised() + " of " + v.textSource().pages() + " pages, " + uncertain
                + (uncertain == 1 ? " uncertain word" : " uncertain words") + (corrected == 0 ? "" : ", " + corrected
                + (corrected == 1 ? " correction" : " corrections"));
    }

    private javafx.scene.Node gutter(int line) {
        Label l = new Label();
        l.getStyleClass().add("gutter");
        if (shown != null && line < shown.gutter().length && shown.gutter()[line] != null) {
            l.setText(shown.gutter()[line]);
        }
        return l;
    }

    /** Draws every passage of this document; overlapping ones combine their classes. */
    void restyle() {
        CaseSnapshot s = model.snapshotProperty().get();
        if (shown == null || s == null || area.getLength() == 0) {
            return;
        }
        long docId = shown.view().document().id();
        OutlineNode selected = model.selectedNodeProperty().get();
        Map<Long, List<Link>> linksByPassage = new HashMap<>();
        for (Link l : s.links()) {
            linksByPassage.computeIfAbsent(l.passageId(), k -> new ArrayList<>()).add(l);
        }
        Map<Integer, List<String>> opens = new HashMap<>();
        Map<Integer, List<String>> closes = new HashMap<>();
        TreeSet<Integer> bounds = new TreeSet<>(List.of(0, area.getLength()));
        Passage focused = model.selectedPassageProperty().get();
        org.claimbench.service.FlagDecisions decisions = s.decisions();
        for (var f : shown.flags()) {
            org.claimbench.domain.FlagVerdict v = decisions.verdict(docId, f);
            List<String> cls = v == org.claimbench.domain.FlagVerdict.DISMISSED ? List.of("flag-dismissed")
                    : v == org.claimbench.domain.FlagVerdict.CONFIRMED ? List.of("flag", "flag-" + f.kind(), "flag-confirmed")
                    : List.of("flag", "flag-" + f.kind());
            opens.computeIfAbsent(f.start(), k -> new ArrayList<>()).addAll(cls);
            closes.computeIfAbsent(f.end(), k -> new ArrayList<>()).addAll(cls);
            bounds.add(f.start());
            bounds.add(f.end());
        }
        for (org.claimbench.domain.UncertainWord w : shown.view().uncertainWords()) {
            if (w.end() <= area.getLength()) {
                opens.computeIfAbsent(w.start(), k -> new ArrayList<>()).add("ocr-uncertain");
                closes.computeIfAbsent(w.end(), k -> new ArrayList<>()).add("ocr-uncertain");
                bounds.add(w.start());
                bounds.add(w.end());
            }
        }
        for (org.claimbench.domain.TextCorrection c : shown.view().corrections()) {
            if (c.end() > c.start() && c.end() <= area.getLength()) {
                opens.computeIfAbsent(c.start(), k -> new ArrayList<>()).add("ocr-corrected");
                closes.computeIfAbsent(c.end(), k -> new ArrayList<>()).add("ocr-corrected");
                bounds.add(c.start());
                bounds.add(c.end());
            }
        }
        for (int[] h : hits) {
            opens.computeIfAbsent(h[0], k -> new ArrayList<>()).add("search-hit");
            closes.computeIfAbsent(h[1], k -> new ArrayList<>()).add("search-hit");
            bounds.add(h[0]);
            bounds.add(h[1]);
        }
        for (Passage p : s.passages()) {
            if (p.documentId() != docId || p.end() > area.getLength()) {
                continue;
            }
            List<String> classes = passageClasses(p, linksByPassage.getOrDefault(p.id(), List.of()), s, selected);
            if (focused != null && focused.id() == p.id()) {
                classes.add("passage-focused");
            }
            opens.computeIfAbsent(p.start(), k -> new ArrayList<>()).addAll(classes);
            closes.computeIfAbsent(p.end(), k -> new ArrayList<>()).addAll(classes);
            bounds.add(p.start());
            bounds.add(p.end());
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Map<String, Integer> active = new HashMap<>();
        int previous = 0;
        for (int b : bounds) {
            if (b > previous) {
                List<String> here = new ArrayList<>(active.keySet());
                if (active.getOrDefault("passage", 0) > 1) {
                    here.add("passage-overlap"); // two or more highlights: underlined, so both stay visible
                }
                spans.add(here, b - previous);
            }
            closes.getOrDefault(b, List.of()).forEach(c -> active.computeIfPresent(c, (k, n) -> n > 1 ? n - 1 : null));
            opens.getOrDefault(b, List.of()).forEach(c -> active.merge(c, 1, Integer::sum));
            previous = b;
        }
        StyleSpans<Collection<String>> built = spans.create();
        area.setStyleSpans(0, built);
    }

    private static List<String> passageClasses(Passage p, List<Link> links, CaseSnapshot s, OutlineNode selected) {
        List<String> classes = new ArrayList<>();
        classes.add("passage");
        Set<SupportLevel> levels = new HashSet<>();
        boolean contradicts = false;
        boolean ofSelected = false;
        for (Link l : links) {
            SupportLevel lvl = s.support().get(l.nodeId());
            if (lvl != null) {
                levels.add(lvl);
            }
            contradicts |= l.role() == LinkRole.CONTRADICTS;
            ofSelected |= selected != null && l.nodeId() == selected.id();
        }
        if (contradicts) {
            classes.add("passage-contradicts");
        } else if (levels.contains(SupportLevel.SUPPORTED)) {
            classes.add("passage-supported");
        } else if (levels.contains(SupportLevel.PARTLY_SUPPORTED)) {
            classes.add("passage-partly");
        } else if (!links.isEmpty()) {
            classes.add("passage-unsupported");
        }
        if (ofSelected) {
            classes.add("passage-selected");
        }
        return classes;
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
        CaseSnapshot s = model.snapshotProperty().get();
        if (shown == null || s == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        Segment seg = shown.view().segmentAt(offset);
        PageLine pl = PageLines.at(shown.view().lines(), offset);
        String where = (seg != null && seg.cite() != null ? seg.cite() : "") + (pl != null ? (seg != null && seg.cite() != null ? " \u00b7 " : "") + "page " + pl : "");
        if (!where.isEmpty()) {
            lines.add(where);
        }
        for (org.claimbench.domain.UncertainWord w : shown.view().uncertainWords()) {
            if (offset >= w.start() && offset < w.end()) {
                lines.add(String.format(java.util.Locale.ROOT, "Recognised with %.0f%% confidence \u2014 check it against the page;"
                        + " Ctrl+Shift+W corrects it", w.confidence()));
            }
        }
        for (org.claimbench.domain.TextCorrection c : shown.view().corrections()) {
            if (offset >= c.start() && offset < c.end()) {
                lines.add("Corrected by you: recognised as \u201c" + c.original() + "\u201d");
            }
        }
        for (var f : shown.flags()) {
            if (offset >= f.start() && offset < f.end()) {
                org.claimbench.domain.FlagVerdict v = s.decisions().verdict(shown.view().document().id(), f);
                lines.add("\u2691 " + f.label() + (v == org.claimbench.domain.FlagVerdict.CONFIRMED ? " \u2014 confirmed by you"
                        : v == org.claimbench.domain.FlagVerdict.DISMISSED ? " \u2014 dismissed by you"
                        : " \u2014 a reading aid: you decide (Ctrl+Shift+Y confirms, Ctrl+Shift+N dismisses)"));
            }
        }
        Map<Long, OutlineNode> nodes = new HashMap<>();
        s.outline().forEach(n -> nodes.put(n.id(), n));
        for (Passage p : s.passages()) {
            if (p.documentId() == shown.view().document().id() && offset >= p.start() && offset < p.end()) {
                for (Link l : s.links()) {
                    if (l.passageId() == p.id() && nodes.containsKey(l.nodeId())) {
                        SupportLevel lvl = s.support().get(l.nodeId());
                        lines.add((lvl == null ? "" : lvl.symbol() + " ") + l.role().name().toLowerCase() + " \u2192 " + nodes.get(l.nodeId()).title());
                    }
                }
                if (p.note() != null) {
                    lines.add("Note: " + p.note());
                }
                if (p.anchor() == org.claimbench.domain.AnchorState.CORRECTED) {
                    lines.add("Highlighted before a correction: its quote keeps the words as first read, \u201c"
                            + (p.quote().length() > 80 ? p.quote().substring(0, 79) + "\u2026" : p.quote()) + "\u201d");
                }
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        hoverLabel.setText(String.join("\n", lines));
        hover.show(area, at.getX() + 12, at.getY() + 12);
    }

    private static final class DocumentCell extends ListCell<Document> {
        @Override
        protected void updateItem(Document d, boolean empty) {
            super.updateItem(d, empty);
            setText(empty || d == null ? null : d.title());
        }
    }
}
