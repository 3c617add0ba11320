package org.claimbench.ui.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.claimbench.ui.common.TextAreas;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * The text pane's areas: one kept for each of the last {@value #KEPT} documents shown, with its text laid out, its
 * marks, its caret and its scrolling as the reader left them, and one with no text for a case without documents.
 * Going back to a document puts its area back on show; only a document not kept has its text laid out anew, in the
 * area shown least lately. Used on the FX thread.
 */
final class KeptTextAreas implements TextAreas {

    static final int KEPT = 3;

    /** An area, the document whose text it holds (null: none) and the marks drawn in it (null: none known). */
    static final class Slot {
        final StyleClassedTextArea area = new StyleClassedTextArea();
        final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        LoadedDocument document;
        StyleSpans<Collection<String>> applied;
    }

    private final Consumer<StyleClassedTextArea> setUp;
    private final List<Consumer<GenericStyledArea<?, ?, ?>>> wirings = new ArrayList<>();
    /** The areas that hold a document, the one shown least lately first. */
    private final List<Slot> kept = new ArrayList<>();
    private final Slot none;
    private Slot current;
    private final ReadOnlyObjectWrapper<StyleClassedTextArea> onShow = new ReadOnlyObjectWrapper<>();

    /** @param setUp the pane's own settings and handlers for each area it makes */
    KeptTextAreas(Consumer<StyleClassedTextArea> setUp) {
        this.setUp = setUp;
        none = make();
        current = none;
        onShow.set(none.area);
    }

    private Slot make() {
        Slot s = new Slot();
        setUp.accept(s.area);
        wirings.forEach(w -> w.accept(s.area));
        return s;
    }

    /** The slot on show. */
    Slot current() {
        return current;
    }

    /**
     * Puts on show the slot for {@code d} (null: the one with no text) and returns it: the slot holding {@code d} itself,
     * else the one holding another reading of its document, else a new one, or the one shown least lately. Its text is
     * the caller's to replace when the slot does not hold {@code d} itself.
     */
    Slot show(LoadedDocument d) {
        Slot pick = none;
        if (d != null) {
            pick = null;
            for (Slot s : kept) {
                if (s.document == d || pick == null && s.document != null && s.document.view().document().id() == d.view().document().id()) {
                    pick = s;
                }
            }
            if (pick == null) {
                pick = kept.size() < KEPT ? make() : kept.get(0);
            }
            kept.remove(pick);
            kept.add(pick);
        }
        current = pick;
        onShow.set(pick.area);
        return pick;
    }

    @Override
    public StyleClassedTextArea onShow() {
        return onShow.get();
    }

    @Override
    public ReadOnlyObjectProperty<StyleClassedTextArea> onShowProperty() {
        return onShow.getReadOnlyProperty();
    }

    @Override
    public void each(Consumer<GenericStyledArea<?, ?, ?>> wiring) {
        wirings.add(wiring);
        wiring.accept(none.area);
        kept.forEach(s -> wiring.accept(s.area));
    }
}
