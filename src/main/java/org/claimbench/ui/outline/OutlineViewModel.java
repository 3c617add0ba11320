package org.claimbench.ui.outline;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.claimbench.analysis.ElementTemplates;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.service.CaseEditor;
import org.claimbench.service.CaseSnapshot;
import org.claimbench.service.OutlineBuilder;
import org.claimbench.service.TemplateService;
import org.claimbench.ui.session.CaseSession;
import org.claimbench.ui.session.EditController;

/** The allegation outline: counts, elements and allegations, their order and nesting, templates, Build from counts. */
public final class OutlineViewModel {

    private final CaseSession session;
    private final EditController edits;
    private final CaseEditor editor;
    private final OutlineBuilder builder;
    private final TemplateService templates;

    public OutlineViewModel(CaseSession session, EditController edits, CaseEditor editor, OutlineBuilder builder, TemplateService templates) {
        this.session = session;
        this.edits = edits;
        this.editor = editor;
        this.builder = builder;
        this.templates = templates;
    }

    /** The snapshot {@link #waiting} was computed for, and what it found. Read and set on the FX thread. */
    private CaseSnapshot waitingOf;
    private Map<Long, Integer> waiting = Map.of();

    /**
     * How many of each node's linked highlights wait in the review queue after an amendment, by node id: computed
     * once per snapshot, not per row drawn.
     */
    public Map<Long, Integer> waiting() {
        CaseSnapshot s = session.current();
        if (s != waitingOf) {
            waitingOf = s;
            waiting = s == null || s.carries().isEmpty() && s.annotationsQueued().isEmpty() ? Map.of() : Map.copyOf(s.waitingNodes());
        }
        return waiting;
    }

    /** "2 highlights wait in the review queue after the amendment", or null when none of a node's does. */
    public String waitingNote(long nodeId) {
        Integer n = waiting().get(nodeId);
        return n == null || n == 0 ? null : n + (n == 1 ? " highlight waits" : " highlights wait") + " in the review queue after the amendment";
    }

    // ---- the defendant's Answer ------------------------------------------------------------------------

    private final javafx.beans.property.BooleanProperty disputedUnsupportedOnly = new javafx.beans.property.SimpleBooleanProperty(false);

    /** Whether the outline shows only the allegations the Answer disputes and nothing supports (with what holds them). */
    public javafx.beans.property.BooleanProperty disputedUnsupportedOnlyProperty() {
        return disputedUnsupportedOnly;
    }

    /** What the Answer says of a node (null: nothing), from the map worked out once per snapshot. */
    public org.claimbench.domain.Disputes.Answered answerOf(long nodeId) {
        return session.answers().answered(session.current()).get(nodeId);
    }

    /** Whether the case has an Answer read against its complaint. */
    public boolean answerRead() {
        CaseSnapshot s = session.current();
        return s != null && !s.responsesBySegment().isEmpty();
    }

    /**
     * The nodes the outline keeps with "Disputed and unsupported" on: each node the Answer disputes whose support level is
     * unsupported, with the nodes above it; null when the filter is off (every node is kept).
     */
    public java.util.Set<Long> keptByAnswer() {
        CaseSnapshot s = session.current();
        if (!disputedUnsupportedOnly.get() || s == null || !answerRead()) {
            return null;
        }
        Map<Long, OutlineNode> byId = byId(s);
        java.util.Set<Long> keep = new java.util.HashSet<>();
        session.answers().answered(s).forEach((id, answered) -> {
            if (answered.disputed() && s.support().getOrDefault(id, org.claimbench.domain.SupportLevel.UNSUPPORTED)
                    == org.claimbench.domain.SupportLevel.UNSUPPORTED) {
                for (OutlineNode n = byId.get(id); n != null && keep.add(n.id()); n = n.parentId() == null ? null : byId.get(n.parentId())) {
                    // the node keeps its place in the tree
                }
            }
        });
        return keep;
    }

    /** Adds a node of {@code kind} where it belongs relative to the selection, and selects it. */
    public void addNode(NodeKind kind, String title) {
        CaseSnapshot s = session.current();
        if (s == null || title == null || title.isBlank()) {
            return;
        }
        Long parent = parentFor(kind, session.selectedNodeProperty().get(), s);
        OutlineNode draft = OutlineNode.of(s.legalCase().id(), parent, 0, kind, title.strip());
        edits.perform(made -> editor.addNode(draft, n -> made.node(n.id())));
    }

    /** A count goes at the top; an element under the selected count; an allegation under the selected element. */
    public static Long parentFor(NodeKind kind, OutlineNode selected, CaseSnapshot s) {
        if (kind.isTopLevel() || selected == null) {
            return null;
        }
        Map<Long, OutlineNode> byId = byId(s);
        for (OutlineNode n = selected; n != null; n = n.parentId() == null ? null : byId.get(n.parentId())) {
            if (kind == NodeKind.ELEMENT ? n.kind().isTopLevel() : n.kind() == NodeKind.ELEMENT) {
                return n.id();
            }
        }
        return selected.kind() == NodeKind.ALLEGATION ? selected.parentId() : selected.id();
    }

    private static Map<Long, OutlineNode> byId(CaseSnapshot s) {
        Map<Long, OutlineNode> byId = new HashMap<>();
        s.outline().forEach(n -> byId.put(n.id(), n));
        return byId;
    }

    public void updateNode(OutlineNode changed) {
        edits.perform(made -> editor.updateNode(changed));
    }

    /** Deletes a node with everything under it; the node after it (or before it, or its parent) is selected next. */
    public void deleteNode(OutlineNode n) {
        long id = n.id();
        OutlineNode next = neighbour(n);
        edits.perform(made -> {
            if (next != null) {
                made.node(next.id());
            }
            return editor.deleteNode(id);
        });
    }

    /** What to select once {@code n} is gone: its next sibling, else the one before it, else its parent. */
    OutlineNode neighbour(OutlineNode n) {
        List<OutlineNode> siblings = siblings(n);
        int i = siblings.indexOf(n);
        if (i >= 0 && i + 1 < siblings.size()) {
            return siblings.get(i + 1);
        }
        if (i > 0) {
            return siblings.get(i - 1);
        }
        CaseSnapshot s = session.current();
        return s == null || n.parentId() == null ? null
                : s.outline().stream().filter(x -> x.id() == n.parentId()).findFirst().orElse(null);
    }

    /** Moves a node under {@code newParentId} at {@code index}, and keeps it selected. */
    public void moveNode(OutlineNode n, Long newParentId, int index) {
        long id = n.id();
        edits.perform(made -> {
            made.node(id);
            return editor.moveNode(id, newParentId, index);
        });
    }

    /** Alt+Up / Alt+Down: one place up or down among its siblings. */
    public void moveAmongSiblings(OutlineNode n, int delta) {
        if (n == null) {
            return;
        }
        List<OutlineNode> siblings = siblings(n);
        int i = siblings.indexOf(n) + delta;
        if (i >= 0 && i < siblings.size()) {
            moveNode(n, n.parentId(), i);
        }
    }

    /** Alt+Right: under the sibling above, as its last child. */
    public void indent(OutlineNode n) {
        if (n == null) {
            return;
        }
        List<OutlineNode> siblings = siblings(n);
        int i = siblings.indexOf(n);
        if (i > 0) {
            moveNode(n, siblings.get(i - 1).id(), Integer.MAX_VALUE);
        }
    }

    /** Alt+Left: out of its parent, just after it. */
    public void outdent(OutlineNode n) {
        CaseSnapshot s = session.current();
        if (s == null || n == null || n.parentId() == null) {
            return;
        }
        OutlineNode parent = s.outline().stream().filter(x -> x.id() == n.parentId()).findFirst().orElse(null);
        if (parent != null) {
            moveNode(n, parent.parentId(), siblings(parent).indexOf(parent) + 1);
        }
    }

    public List<OutlineNode> siblings(OutlineNode n) {
        CaseSnapshot s = session.current();
        if (s == null) {
            return List.of();
        }
        return s.outline().stream().filter(x -> Objects.equals(x.parentId(), n.parentId()))
                .sorted(Comparator.comparingInt(OutlineNode::position).thenComparingLong(OutlineNode::id)).toList();
    }

    /** The counts of the outline, in order. */
    public List<OutlineNode> counts() {
        CaseSnapshot s = session.current();
        return s == null ? List.of() : s.outline().stream().filter(n -> n.parentId() == null)
                .sorted(Comparator.comparingInt(OutlineNode::position)).toList();
    }

    /** The count the selection is in (the selected count, or the count above the selected element or allegation). */
    public OutlineNode selectedCount() {
        CaseSnapshot s = session.current();
        OutlineNode n = session.selectedNodeProperty().get();
        if (s == null || n == null) {
            return null;
        }
        Map<Long, OutlineNode> byId = byId(s);
        for (OutlineNode x = n; x != null; x = x.parentId() == null ? null : byId.get(x.parentId())) {
            if (x.kind() == NodeKind.COUNT) {
                return x;
            }
        }
        return null;
    }

    /** Outline ▸ Build from the Answer's defenses: one undoable step that adds every affirmative defense the outline lacks. */
    public void buildOutlineFromDefenses() {
        Long caseId = session.caseId();
        if (caseId == null) {
            return;
        }
        int[] added = {0};
        edits.perform(made -> builder.fromDefenses(caseId, nodes -> added[0] = nodes.size()), e -> session.say(added[0] == 0
                ? "No new defenses: every affirmative defense of the Answer is in the outline already, or the case has no Answer"
                : "Added " + added[0] + (added[0] == 1 ? " affirmative defense" : " affirmative defenses")
                + " to the outline, to chart what the defendant must prove (Ctrl+Z takes them out again)"));
    }

    /** Outline ▸ Build from counts: one undoable step that adds every pleaded count the outline lacks. */
    public void buildOutlineFromCounts() {
        Long caseId = session.caseId();
        if (caseId == null) {
            return;
        }
        edits.perform(made -> builder.fromCounts(caseId), e -> {
            int added = ((OutlineBuilder.CountsEdit) e).added().size();
            int updated = ((OutlineBuilder.CountsEdit) e).updated().size();
            String follow = updated == 0 ? "" : "Updated " + updated + (updated == 1 ? " count" : " counts") + " from the amended complaint";
            String more = added + (added == 1 ? " count" : " counts") + " to the outline (Ctrl+Z takes them out again)";
            if (added == 0 && updated == 0) {
                session.say("No new counts: every pleaded count is already in the outline, or no complaint was found");
            } else if (added == 0) {
                session.say(follow + " (Ctrl+Z undoes it)");
            } else {
                session.say(follow.isEmpty() ? "Added " + more : follow + "; added " + more);
            }
        });
    }

    /** Reads the template library off the FX thread, in order of fit for {@code count}. */
    public void loadTemplates(OutlineNode count, Consumer<List<ElementTemplates.Template>> then) {
        session.tasks().run("Reading templates", () -> templates.library().suggest(count.title(), count.legalBasis()), then, session::fail);
    }

    public void applyTemplate(OutlineNode count, ElementTemplates.Template t) {
        long id = count.id();
        edits.perform(made -> {
            made.node(id);
            return templates.apply(id, t);
        });
    }

    public void saveCountAsTemplate(OutlineNode count, String name) {
        session.tasks().run("Saving the template", () -> templates.saveAsTemplate(count.id(), name),
                t -> session.say("Saved the template \u201c" + t.name() + "\u201d"), session::fail);
    }
}
