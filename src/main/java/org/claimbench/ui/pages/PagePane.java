package org.claimbench.ui.pages;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import org.claimbench.domain.PageBox;
import org.claimbench.service.PageService;

/**
 * The original page beside the text: the page drawn as it was filed, fitting the pane's width unless zoomed (the
 * buttons, or Ctrl and the mouse wheel), with the passages on it boxed in their colours and the selected one outlined.
 * On a page whose words were recognised from its image, a thin outline shows where each word was read, tinted for a
 * word read with low confidence (the note above the page says so; Word boxes turns them off).
 * Page Up and Page Down, the arrows in the header, or scrolling past a page's end turn the pages.
 */
public final class PagePane extends BorderPane {

    /** Space around the page, in pixels. */
    private static final double MARGIN = 8;

    private final PageViewModel model;
    private final ImageView imageView = new ImageView();
    private final Pane boxes = new Pane();
    private final Pane content = new Pane(imageView, boxes);
    private final ScrollPane scroll = new ScrollPane(content);
    private final Label message = new Label();
    private final Label pageNumber = new Label();
    private final Label zoomLabel = new Label();
    private final Label note = new Label();
    /** The scale the page is laid out at now, in pixels a point. */
    private double scale = 1;
    /** Where to scroll once a page turned by scrolling past an end is laid out: 0 its top, 1 its bottom, -1 nowhere. */
    private double scrollAfterTurn = -1;
    private long lastTurn;

    public PagePane(PageViewModel model) {
        this.model = model;
        setId("page-pane");
        getStyleClass().addAll("pane", "page-pane");

        Label title = new Label("Original page");
        title.getStyleClass().add("pane-title");
        pageNumber.setId("page-number");
        pageNumber.getStyleClass().add("muted");
        zoomLabel.setId("page-zoom");
        zoomLabel.getStyleClass().add("muted");
        Button previous = button("\u25b2", "page-previous", "Previous page (Page Up)", model::previousPage);
        Button next = button("\u25bc", "page-next", "Next page (Page Down)", model::nextPage);
        Button zoomOut = button("\u2212", "page-zoom-out", "Zoom out (Ctrl+mouse wheel)", () -> model.zoomOut(scale));
        Button zoomIn = button("+", "page-zoom-in", "Zoom in (Ctrl+mouse wheel)", () -> model.zoomIn(scale));
        Button fit = button("Fit width", "page-fit-width", "Fit the page to the pane's width", model::fitToWidth);
        fit.disableProperty().bind(model.fitWidthProperty());
        // when the pane is narrow the title gives way first; the page number, the zoom and the buttons keep their size
        title.setMinWidth(0);
        for (Region r : List.of(pageNumber, zoomLabel, previous, next, zoomOut, zoomIn, fit)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region gap = new Region();
        gap.setMinWidth(4);
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(4, title, gap, previous, pageNumber, next, new Separator(javafx.geometry.Orientation.VERTICAL),
                zoomOut, zoomLabel, zoomIn, fit);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 8, 6, 8));
        header.getStyleClass().add("pane-header");
        var noPages = Bindings.createBooleanBinding(() -> model.pagesProperty().get() == null || !model.pagesProperty().get().shown(),
                model.pagesProperty());
        for (Node n : List.of(previous, next, zoomOut, zoomIn, pageNumber, zoomLabel)) {
            n.disableProperty().bind(noPages);
        }
        note.setId("page-note");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setPadding(new Insets(2, 8, 2, 8));
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());
        note.textProperty().bind(model.noteProperty());
        CheckBox wordBoxes = new CheckBox("Word boxes");
        wordBoxes.setId("page-word-boxes");
        wordBoxes.setFocusTraversable(false);
        wordBoxes.setMinWidth(Region.USE_PREF_SIZE);
        wordBoxes.selectedProperty().bindBidirectional(model.showWordBoxesProperty());
        wordBoxes.setTooltip(new Tooltip("Outline where each recognised word was read on the page; a word read with low confidence"
                + " is tinted. The text beside may differ from the page where the reading was wrong."));
        wordBoxes.managedProperty().bind(Bindings.createBooleanBinding(() -> !model.wordMarksProperty().get().isEmpty(),
                model.wordMarksProperty()));
        wordBoxes.visibleProperty().bind(wordBoxes.managedProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        note.setMaxWidth(Double.MAX_VALUE);
        HBox noteRow = new HBox(4, note, wordBoxes);
        noteRow.setAlignment(Pos.CENTER_LEFT);
        noteRow.setPadding(new Insets(0, 8, 0, 0));
        setTop(new VBox(header, noteRow));

        imageView.setId("page-image");
        imageView.setSmooth(true);
        boxes.setId("page-boxes");
        boxes.setMouseTransparent(true);
        boxes.setManaged(false);
        imageView.setManaged(false);
        content.getStyleClass().add("page-backdrop");
        scroll.setId("page-scroll");
        scroll.setPannable(true);
        scroll.setFitToWidth(false);
        message.setId("page-message");
        message.setWrapText(true);
        message.getStyleClass().add("muted");
        message.setPadding(new Insets(16));
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        scroll.visibleProperty().bind(message.visibleProperty().not());
        StackPane center = new StackPane(scroll, message);
        StackPane.setAlignment(message, Pos.TOP_CENTER);
        setCenter(center);

        scroll.viewportBoundsProperty().addListener((obs, o, b) -> layoutPage());
        model.imageProperty().addListener((obs, o, i) -> layoutPage());
        model.marksProperty().addListener((obs, o, m) -> layoutPage());
        model.wordMarksProperty().addListener((obs, o, m) -> layoutPage());
        model.showWordBoxesProperty().addListener((obs, o, on) -> layoutPage());
        model.fitWidthProperty().addListener((obs, o, f) -> layoutPage());
        model.zoomProperty().addListener((obs, o, z) -> layoutPage());
        model.pageProperty().addListener((obs, o, p) -> updatePageNumber());
        model.pagesProperty().addListener((obs, o, p) -> {
            updatePageNumber();
            layoutPage();
        });
        model.focusProperty().addListener((obs, o, box) -> {
            if (box != null) {
                Platform.runLater(() -> scrollTo(box));
            }
        });
        scroll.addEventFilter(ScrollEvent.SCROLL, this::scrolled);
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        scroll.setOnMousePressed(e -> scroll.requestFocus());
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.getStyleClass().add("small");
        b.setOnAction(e -> action.run());
        return b;
    }

    private void updatePageNumber() {
        PageService.Pages p = model.pagesProperty().get();
        int n = model.pageProperty().get();
        pageNumber.setText(p == null || !p.shown() || n < 1 ? "" : "Page " + n + " of " + p.count());
    }

    /** Lays the page and its boxes out at the scale of the moment: fitting the width, or the zoom chosen. */
    private void layoutPage() {
        PageService.Pages p = model.pagesProperty().get();
        Image img = model.imageProperty().get();
        int n = model.pageProperty().get();
        if (p == null || !p.shown() || img == null || n < 1 || n > p.count()) {
            imageView.setImage(null);
            boxes.getChildren().clear();
            content.setPrefSize(0, 0);
            return;
        }
        double viewport = scroll.getViewportBounds().getWidth();
        scale = model.scaleFor(Math.max(50, viewport - 2 * MARGIN));
        PageService.PageSize size = p.size(n);
        double w = size.width() * scale;
        double h = size.height() * scale;
        double x = Math.max(MARGIN, (viewport - w) / 2);
        imageView.setImage(img);
        imageView.setFitWidth(w);
        imageView.setFitHeight(h);
        imageView.relocate(x, MARGIN);
        imageView.setAccessibleText("Page " + n);
        imageView.getProperties().put("page", n);
        boxes.relocate(x, MARGIN);
        boxes.resize(w, h);
        List<Node> drawn = new ArrayList<>();
        if (model.showWordBoxesProperty().get()) {
            for (PageViewModel.WordMark m : model.wordMarksProperty().get()) {
                PageBox b = m.box();
                Rectangle r = new Rectangle(b.left() * scale, b.top() * scale, b.width() * scale, b.height() * scale);
                r.getStyleClass().add("page-word");
                if (m.uncertain()) {
                    r.getStyleClass().add("page-word-uncertain");
                }
                drawn.add(r);
            }
        }
        for (PageViewModel.Mark m : model.marksProperty().get()) {
            PageBox b = m.box();
            double pad = 1.5;
            Rectangle r = new Rectangle(b.left() * scale - pad, b.top() * scale - pad, b.width() * scale + 2 * pad,
                    b.height() * scale + 2 * pad);
            r.getStyleClass().add("page-box");
            r.getStyleClass().addAll(m.styles());
            if (m.selected()) {
                r.getStyleClass().add("page-box-selected");
            }
            r.getProperties().put("passage", m.passageId());
            drawn.add(r);
        }
        boxes.getChildren().setAll(drawn);
        content.setPrefSize(Math.max(viewport, w + 2 * MARGIN), h + 2 * MARGIN);
        content.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        zoomLabel.setText(Math.round(scale * 100) + "%");
        double outputScale = getScene() == null || getScene().getWindow() == null ? 1 : getScene().getWindow().getOutputScaleX();
        model.needScale(scale * outputScale);
        if (scrollAfterTurn >= 0) {
            double to = scrollAfterTurn;
            scrollAfterTurn = -1;
            Platform.runLater(() -> scroll.setVvalue(to * scroll.getVmax()));
        }
    }

    /** Scrolls so that the box stands in the upper part of the pane, when it is not in view already. */
    private void scrollTo(PageBox box) {
        double contentHeight = content.getHeight() > 0 ? content.getHeight() : content.getPrefHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = MARGIN + box.top() * scale;
        double bottom = MARGIN + box.bottom() * scale;
        double shownTop = scroll.getVvalue() / scroll.getVmax() * (contentHeight - viewport);
        if (top >= shownTop && bottom <= shownTop + viewport) {
            return;
        }
        double want = Math.max(0, Math.min(contentHeight - viewport, top - viewport / 4));
        scroll.setVvalue(want / (contentHeight - viewport) * scroll.getVmax());
    }

    /** Ctrl and the wheel zoom; the wheel past a page's top or foot turns to the page before or after. */
    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown()) {
            if (e.getDeltaY() > 0) {
                model.zoomIn(scale);
            } else if (e.getDeltaY() < 0) {
                model.zoomOut(scale);
            }
            e.consume();
            return;
        }
        long now = System.nanoTime();
        boolean fits = content.getHeight() <= scroll.getViewportBounds().getHeight() + 1;
        boolean atBottom = fits || scroll.getVvalue() >= scroll.getVmax() - 1e-6;
        boolean atTop = fits || scroll.getVvalue() <= scroll.getVmin() + 1e-6;
        if (now - lastTurn < 400_000_000L) {
            return; // a fling turns one page, not ten
        }
        int before = model.pageProperty().get();
        if (e.getDeltaY() < 0 && atBottom) {
            scrollAfterTurn = 0;
            model.nextPage();
        } else if (e.getDeltaY() > 0 && atTop) {
            scrollAfterTurn = 1;
            model.previousPage();
        }
        if (model.pageProperty().get() != before) {
            lastTurn = now;
            e.consume();
        } else {
            scrollAfterTurn = -1;
        }
    }

    private void keyPressed(KeyEvent e) {
        PageService.Pages p = model.pagesProperty().get();
        if (p == null || !p.shown()) {
            return;
        }
        switch (e.getCode()) {
            case PAGE_DOWN -> model.nextPage();
            case PAGE_UP -> model.previousPage();
            case HOME -> model.goToPage(1);
            case END -> model.goToPage(p.count());
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** The scroll pane holding the page, for the window to give focus to. */
    public ScrollPane pageScroll() {
        return scroll;
    }
}
