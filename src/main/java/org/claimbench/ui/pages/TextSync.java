package org.claimbench.ui.pages;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

import org.claimbench.ui.common.TextAreas;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * Keeps the text pane and the page view in step. The caret moved, or the text scrolled, by the reader: the page
 * holding the caret, or the first line on screen, shows. A page turned in the page view: the text scrolls to the
 * page's first line. The text scrolled by the page view does not turn the page again: until the reader next touches
 * the text (a click, a key, the wheel), its scrolling leads nowhere. The place the text is brought back to when a
 * document is shown again ({@code ReadingPlace}) leads the page as any scrolling does, even while the pages are still
 * being read, and so does the text's place when the page view is turned on.
 */
public final class TextSync {

    private final TextAreas areas;
    private final PageViewModel model;
    /** True while the text stands where the page view put it, untouched by the reader since. */
    private boolean ledByPage;

    private TextSync(TextAreas areas, PageViewModel model) {
        this.areas = areas;
        this.model = model;
    }

    /** Connects the text areas of the text pane with the page view's model. */
    public static TextSync connect(TextAreas areas, PageViewModel model) {
        TextSync sync = new TextSync(areas, model);
        sync.wire();
        return sync;
    }

    private void wire() {
        EventHandler<Event> touched = e -> ledByPage = false;
        areas.each(area -> {
            listenForTheReader(area, touched);
            area.parentProperty().addListener((obs, o, p) -> listenForTheReader(p, touched)); // the scroll bars, beside the area
            listenForTheReader(area.getParent(), touched);
            area.estimatedScrollYProperty().addListener((obs, o, y) -> {
                if (area == areas.onShow()) {
                    followSoon();
                }
            });
            area.caretPositionProperty().addListener((obs, o, caret) -> {
                if (area == areas.onShow() && !ledByPage && model.showingProperty().get()) {
                    model.followText(caret);
                }
            });
        });
        areas.onShowProperty().addListener((obs, o, area) -> followSoon()); // a document's area put back as it was left
        // the page view turned on shows the page of the text's first line on screen, not the first page
        model.showingProperty().addListener((obs, o, on) -> {
            if (on) {
                followSoon();
            }
        });
        // a passage chosen shows its own page; the text scrolled to bring it into view does not turn the page away
        // from it, until the reader next touches the text
        model.session().selectedPassageProperty().addListener((obs, o, p) -> ledByPage = p != null);
        model.textTargetProperty().addListener((obs, o, offset) -> {
            if (offset != null && offset <= areas.onShow().getLength()) {
                ledByPage = true;
                scrollTextTo(offset);
            }
        });
    }

    private static void listenForTheReader(Parent node, EventHandler<Event> touched) {
        if (node == null || node.getProperties().containsKey(TextSync.class)) {
            return;
        }
        node.getProperties().put(TextSync.class, Boolean.TRUE);
        node.addEventFilter(MouseEvent.MOUSE_PRESSED, touched);
        node.addEventFilter(ScrollEvent.SCROLL, touched);
        node.addEventFilter(KeyEvent.KEY_PRESSED, touched);
    }

    private boolean followPending;

    /**
     * The text scrolled: once the scrolling of this moment is done (the text may be in the middle of being replaced), the
     * page of its first line on screen shows. Nothing while the page view is off.
     */
    private void followSoon() {
        if (followPending || ledByPage || !model.showingProperty().get()) {
            return;
        }
        followPending = true;
        Platform.runLater(() -> {
            followPending = false;
            int top = ledByPage || areas.onShow().getLength() == 0 ? -1 : topOffset();
            if (top >= 0) {
                model.followText(top);
            }
        });
    }

    /** The offset of the text at the top left of the text pane, or -1 while it cannot be told. */
    private int topOffset() {
        GenericStyledArea<?, ?, ?> area = areas.onShow();
        try {
            return area.hit(4, 4).getInsertionIndex();
        } catch (RuntimeException e) {
            try {
                return area.getAbsolutePosition(area.firstVisibleParToAllParIndex(), 0);
            } catch (RuntimeException again) {
                return -1;
            }
        }
    }

    /** Scrolls the text so that the line holding {@code offset} stands at the top of the pane. */
    private void scrollTextTo(int offset) {
        GenericStyledArea<?, ?, ?> area = areas.onShow();
        int paragraph = area.offsetToPosition(offset, TwoDimensional.Bias.Forward).getMajor();
        area.showParagraphAtTop(paragraph);
        Scene scene = area.getScene();
        if (scene == null) {
            return;
        }
        // a long paragraph may begin on the page before: once the paragraph stands at the top, scroll on down to the
        // line itself (a scroll asked for before the layout would undo the one above)
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                if (area.firstVisibleParToAllParIndex() != paragraph) {
                    return;
                }
                area.getCharacterBoundsOnScreen(offset, Math.min(area.getLength(), offset + 1)).ifPresent(b -> {
                    Bounds pane = area.localToScreen(area.getBoundsInLocal());
                    double below = pane == null ? 0 : b.getMinY() - pane.getMinY();
                    if (below > 2) {
                        area.scrollYBy(below - 2);
                    }
                });
            }
        });
    }
}
