package org.claimbench.ui.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javafx.scene.control.TreeItem;

import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.junit.jupiter.api.Test;

class OutlineTreeTest {

    private static OutlineNode node(long id, Long parent, NodeKind kind, String title) {
        return new OutlineNode(id, 1, parent, 0, kind, title, null, null, null, null, null, null);
    }

    private static List<OutlineNode> outline(String suffix) {
        List<OutlineNode> nodes = new ArrayList<>();
        nodes.add(node(1, null, NodeKind.COUNT, "Count I" + suffix));
        nodes.add(node(2, 1L, NodeKind.ELEMENT, "Duty" + suffix));
        nodes.add(node(3, 2L, NodeKind.ALLEGATION, "Owed a duty" + suffix));
        nodes.add(node(4, 1L, NodeKind.ELEMENT, "Breach" + suffix));
        nodes.add(node(5, null, NodeKind.COUNT, "Count II" + suffix));
        return nodes;
    }

    @Test
    void buildsEveryBranchUnfoldedInOrder() {
        TreeItem<OutlineNode> root = OutlineTree.build(OutlineTree.children(outline(""), null));
        assertEquals(2, root.getChildren().size());
        TreeItem<OutlineNode> count = root.getChildren().get(0);
        assertEquals("Count I", count.getValue().title());
        assertTrue(count.isExpanded());
        assertEquals(List.of("Duty", "Breach"), count.getChildren().stream().map(i -> i.getValue().title()).toList());
        assertEquals("Owed a duty", count.getChildren().get(0).getChildren().get(0).getValue().title());
    }

    @Test
    void theSameShapeKeepsItsItemsAndFoldsAndTakesTheNewValues() {
        TreeItem<OutlineNode> root = OutlineTree.build(OutlineTree.children(outline(""), null));
        TreeItem<OutlineNode> count = root.getChildren().get(0);
        count.setExpanded(false); // the reader folded Count I
        assertEquals(OutlineTree.Refill.RENEWED, OutlineTree.refill(root, OutlineTree.children(outline(" (renamed)"), null)));
        assertSame(count, root.getChildren().get(0));
        assertFalse(count.isExpanded());
        assertEquals("Count I (renamed)", count.getValue().title());
        assertEquals("Owed a duty (renamed)", count.getChildren().get(0).getChildren().get(0).getValue().title());
    }

    @Test
    void theVeryObjectsAgainAskForARedraw() {
        List<OutlineNode> nodes = outline("");
        TreeItem<OutlineNode> root = OutlineTree.build(OutlineTree.children(nodes, null));
        assertEquals(OutlineTree.Refill.SAME_VALUES, OutlineTree.refill(root, OutlineTree.children(nodes, null)));
    }

    @Test
    void anotherShapeChangesNothing() {
        TreeItem<OutlineNode> root = OutlineTree.build(OutlineTree.children(outline(""), null));
        List<OutlineNode> moved = new ArrayList<>(outline(" x"));
        moved.set(2, node(3, 4L, NodeKind.ALLEGATION, "Owed a duty x")); // moved under Breach
        assertEquals(OutlineTree.Refill.OTHER_SHAPE, OutlineTree.refill(root, OutlineTree.children(moved, null)));
        assertEquals("Count I", root.getChildren().get(0).getValue().title());
        List<OutlineNode> added = new ArrayList<>(outline(""));
        added.add(node(6, 5L, NodeKind.ELEMENT, "New"));
        assertEquals(OutlineTree.Refill.OTHER_SHAPE, OutlineTree.refill(root, OutlineTree.children(added, null)));
        assertEquals(OutlineTree.Refill.OTHER_SHAPE,
                OutlineTree.refill(root, OutlineTree.children(outline(""), Set.of(1L, 2L, 3L)))); // a filter hides some
    }

    @Test
    void oneClassOfAFamilyTouchedOnlyOnAChange() {
        javafx.scene.layout.Region l = new javafx.scene.layout.Region();
        l.getStyleClass().addAll("plain", "level-weak");
        List<String> family = List.of("level-weak", "level-strong");
        OutlineTree.styleOne(l, family, "level-strong");
        assertEquals(List.of("plain", "level-strong"), l.getStyleClass());
        int[] changes = {0};
        l.getStyleClass().addListener((javafx.collections.ListChangeListener<String>) c -> changes[0]++);
        OutlineTree.styleOne(l, family, "level-strong");
        assertEquals(0, changes[0]);
    }
}
