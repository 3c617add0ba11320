package org.claimbench.ui.document;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

import org.claimbench.service.UserSettings;

/**
 * The size of the text pane's type: View ▸ Larger text (Ctrl+plus, or Ctrl with the mouse wheel), Smaller text
 * (Ctrl+minus) and Actual size (Ctrl+0). The size is the user's, kept for the next start.
 */
public final class TextZoom {

    static final String KEY = "text.fontSize";
    public static final double ACTUAL = 15;
    static final double SMALLEST = 9;
    static final double LARGEST = 36;

    /** The text areas of the text pane, each made larger or smaller with the others. */
    private final java.util.List<Region> texts = new java.util.ArrayList<>();
    private final UserSettings settings;
    private final ReadOnlyDoubleWrapper size = new ReadOnlyDoubleWrapper();

    TextZoom(UserSettings settings) {
        this.settings = settings;
        size.set(bounded(settings.getDouble(KEY, ACTUAL)));
    }

    /** Sets the size of {@code text} with the others, from now on. */
    void add(Region text) {
        texts.add(text);
        text.setStyle(style());
        text.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                step(e.getDeltaY() > 0 ? 1 : -1);
                e.consume();
            }
        });
    }

    public void larger() {
        step(1);
    }

    public void smaller() {
        step(-1);
    }

    public void actualSize() {
        apply(ACTUAL);
    }

    /** The size now, in pixels. */
    public ReadOnlyDoubleProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    private void step(int direction) {
        // steps of a tenth, rounded down, in whole pixels: one pixel at a time in the usual sizes
        double now = size.get();
        apply(now + direction * Math.max(1, Math.floor(now / 10)));
    }

    private void apply(double wanted) {
        double s = bounded(wanted);
        size.set(s);
        texts.forEach(t -> t.setStyle(style()));
        settings.set(KEY, s == ACTUAL ? null : Double.toString(s));
    }

    private static double bounded(double wanted) {
        return Math.max(SMALLEST, Math.min(LARGEST, Math.round(wanted)));
    }

    private String style() {
        return "-fx-font-size: " + (int) size.get() + "px;";
    }
}
