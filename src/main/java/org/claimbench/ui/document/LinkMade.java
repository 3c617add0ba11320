package org.claimbench.ui.document;

import java.util.concurrent.atomic.AtomicLong;

import org.claimbench.domain.LinkRole;
import org.claimbench.service.CaseEditor;
import org.claimbench.service.Edit;

/** Links the passage the highlight before it made (its id known only once that highlight is applied). */
final class LinkMade implements Edit {
    private final CaseEditor editor;
    private final AtomicLong passage;
    private final long nodeId;
    private final LinkRole role;
    private Edit inner;

    LinkMade(CaseEditor editor, AtomicLong passage, long nodeId, LinkRole role) {
        this.editor = editor;
        this.passage = passage;
        this.nodeId = nodeId;
        this.role = role;
    }

    @Override
    public String label() {
        return "Link";
    }

    @Override
    public void apply() {
        if (inner == null) {
            inner = editor.link(passage.get(), nodeId, role);
        }
        inner.apply();
    }

    @Override
    public void revert() {
        inner.revert();
    }
}
