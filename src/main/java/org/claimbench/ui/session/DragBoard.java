package org.claimbench.ui.session;

import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;

/** What is being dragged between the panes: a text selection, a passage or an outline node. */
public final class DragBoard {

    public sealed interface Dragged permits DraggedSelection, DraggedPassage, DraggedNode {
    }

    public record DraggedSelection(int start, int end) implements Dragged {
    }

    public record DraggedPassage(Passage passage) implements Dragged {
    }

    public record DraggedNode(OutlineNode node) implements Dragged {
    }

    private Dragged dragged;

    public void start(Dragged d) {
        dragged = d;
    }

    /** What is being dragged, if anything (left in place). */
    public Dragged peek() {
        return dragged;
    }

    /** Takes what was being dragged (once). */
    public Dragged take() {
        Dragged d = dragged;
        dragged = null;
        return d;
    }
}
