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
        setTop(header);

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
        model.loadedDocumentProperty().addListener((obs, o, d) -> show(d));
        model.snapshotProperty().addListener((obs, o, s) -> restyle());
        model.selectedNodeProperty().addListener((obs, o, n) -> restyle());
        model.focusedPassageProperty().addListener((obs, o, p) -> scrollTo(p));
    }

    public StyleClassedTextArea textArea() {
        return area;
    }

    private void show(LoadedDocument d) {
        shown = d;
        if (d == null) {
            area.clear();
            summary.setText("");
            return;
        }
        area.replaceText(d.view().text());
        for (int i = 0; i < d.lineStyles().length; i++) {
            if (d.lineStyles()[i] != null) {
                area.setParagraphStyle(i, List.of(d.lineStyles()[i]));
            }
        }
        int paragraphs = d.view().numberedParagraphCount();
        int pages = d.view().lines().isEmpty() ? 0 : d.view().lines().get(d.view().lines().size() - 1).page();
        summary.setText(d.view().document().kind().label() + (paragraphs > 0 ? " \u00b7 " + paragraphs + " \u00b6" : "")
                + (pages > 0 ? " \u00b7 " + pages + " pages" : ""));
        restyle();
        area.moveTo(0);
        area.showParagraphAtTop(0);
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
    private void restyle() {
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
        for (Passage p : s.passages()) {
            if (p.documentId() != docId || p.end() > area.getLength()) {
                continue;
            }
            List<String> classes = passageClasses(p, linksByPassage.getOrDefault(p.id(), List.of()), s, selected);
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
                spans.add(new ArrayList<>(active.keySet()), b - previous);
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
