package org.claimbench.ui.outline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.scene.control.TreeItem;

import org.claimbench.domain.OutlineNode;

/**
 * The outline's tree items, built from a case's nodes. A new snapshot of the same outline (same nodes, same places)
 * only gives the existing items their new values, so that the rows keep their cells, their folded branches and their
 * selection; any other change builds the tree anew, each branch's children added in one step.
 */
final class OutlineTree {

    private OutlineTree() {
    }

    /** The nodes to show, by parent, in their order; {@code keep} (when not null) names the ones that pass the filters. */
    static Map<Long, List<OutlineNode>> children(List<OutlineNode> outline, Set<Long> keep) {
        Map<Long, List<OutlineNode>> children = new HashMap<>();
        for (OutlineNode n : outline) {
            if (keep == null || keep.contains(n.id())) {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        return children;
    }

    /** A new root holding every node shown, unfolded. */
    static TreeItem<OutlineNode> build(Map<Long, List<OutlineNode>> children) {
        TreeItem<OutlineNode> root = new TreeItem<>();
        fill(root, null, children);
        return root;
    }

    private static void fill(TreeItem<OutlineNode> item, Long parentId, Map<Long, List<OutlineNode>> children) {
        List<OutlineNode> kids = children.getOrDefault(parentId, List.of());
        if (kids.isEmpty()) {
            return;
        }
        List<TreeItem<OutlineNode>> made = new ArrayList<>(kids.size());
        for (OutlineNode n : kids) {
            TreeItem<OutlineNode> child = new TreeItem<>(n);
            fill(child, n.id(), children); // filled before it joins the tree: its parent hears of it once
            child.setExpanded(true);
            made.add(child);
        }
        item.getChildren().setAll(made);
    }

    /**
     * Gives the items under {@code root} the values of the same nodes in {@code children}, when the tree has exactly
     * their shape (the same ids under the same parents, in the same order): {@link Refill#RENEWED}, or
     * {@link Refill#SAME_VALUES} when some item already held the very same value (its row must be redrawn by hand).
     * Returns {@link Refill#OTHER_SHAPE}, changing nothing, when the shape differs.
     */
    static Refill refill(TreeItem<OutlineNode> root, Map<Long, List<OutlineNode>> children) {
        if (root == null || !sameShape(root, null, children)) {
            return Refill.OTHER_SHAPE;
        }
        return renew(root, null, children) ? Refill.SAME_VALUES : Refill.RENEWED;
    }

    enum Refill { RENEWED, SAME_VALUES, OTHER_SHAPE }

    private static boolean sameShape(TreeItem<OutlineNode> item, Long parentId, Map<Long, List<OutlineNode>> children) {
        List<OutlineNode> kids = children.getOrDefault(parentId, List.of());
        List<TreeItem<OutlineNode>> items = item.getChildren();
        if (items.size() != kids.size()) {
            return false;
        }
        for (int i = 0; i < kids.size(); i++) {
            OutlineNode shown = items.get(i).getValue();
            if (shown == null || shown.id() != kids.get(i).id() || !sameShape(items.get(i), kids.get(i).id(), children)) {
                return false;
            }
        }
        return true;
    }

    /** True when some item already held the same object (setting it again tells no one). */
    private static boolean renew(TreeItem<OutlineNode> item, Long parentId, Map<Long, List<OutlineNode>> children) {
        List<OutlineNode> kids = children.getOrDefault(parentId, List.of());
        boolean same = false;
        for (int i = 0; i < kids.size(); i++) {
            TreeItem<OutlineNode> child = item.getChildren().get(i);
            same |= child.getValue() == kids.get(i);
            child.setValue(kids.get(i)); // a new value even when equal: the row's marks come from the new snapshot
            same |= renew(child, kids.get(i).id(), children);
        }
        return same;
    }

    /**
     * Gives a node one style class of a family, touching its classes only when that changes: every change of a style
     * class styles the node and all inside it again.
     */
    static void styleOne(javafx.scene.Node node, java.util.Collection<String> family, String wanted) {
        List<String> classes = node.getStyleClass();
        boolean has = false;
        boolean others = false;
        for (String c : classes) {
            if (c.equals(wanted)) {
                has = true;
            } else if (family.contains(c)) {
                others = true;
            }
        }
        if (others) {
            classes.removeIf(c -> !c.equals(wanted) && family.contains(c));
        }
        if (!has) {
            classes.add(wanted);
        }
    }
}
