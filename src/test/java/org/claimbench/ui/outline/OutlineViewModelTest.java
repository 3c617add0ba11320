package org.claimbench.ui.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.ui.session.WorkbenchFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutlineViewModelTest {

    final WorkbenchFixture f = new WorkbenchFixture();
    final OutlineViewModel vm = f.w.outline();

    @AfterEach
    void close() {
        f.close();
    }

    OutlineNode byId(long id) {
        return f.snapshot().outline().stream().filter(n -> n.id() == id).findFirst().orElseThrow();
    }

    @Test
    void a_node_goes_where_it_belongs_relative_to_the_selection() {
        OutlineNode allegation = f.firstAllegation();
        OutlineNode element = byId(allegation.parentId());
        OutlineNode count = byId(element.parentId());
        f.w.session().selectedNodeProperty().set(allegation);
        assertEquals(element.id(), OutlineViewModel.parentFor(NodeKind.ALLEGATION, allegation, f.snapshot()));
        assertEquals(count.id(), OutlineViewModel.parentFor(NodeKind.ELEMENT, allegation, f.snapshot()));
        assertNull(OutlineViewModel.parentFor(NodeKind.COUNT, allegation, f.snapshot()));
        vm.addNode(NodeKind.ELEMENT, "  Damages  ");
        OutlineNode made = f.w.session().selectedNodeProperty().get();
        assertEquals("Damages", made.title());
        assertEquals(count.id(), made.parentId());
        assertEquals(count, vm.selectedCount());
    }

    @Test
    void a_blank_title_adds_nothing() {
        int before = f.stored().outline().size();
        vm.addNode(NodeKind.COUNT, "   ");
        assertEquals(before, f.stored().outline().size());
    }

    @Test
    void nodes_move_up_down_in_and_out_and_stay_selected() {
        List<OutlineNode> counts = vm.counts();
        OutlineNode second = counts.get(1);
        vm.moveAmongSiblings(second, -1);
        assertEquals(second.id(), vm.counts().get(0).id());
        assertEquals(second.id(), f.w.session().selectedNodeProperty().get().id());
        OutlineNode nowSecond = vm.counts().get(1);
        vm.indent(nowSecond);
        assertEquals(second.id(), byId(nowSecond.id()).parentId(), "under the sibling above");
        vm.outdent(byId(nowSecond.id()));
        assertNull(byId(nowSecond.id()).parentId());
        assertEquals(1, vm.siblings(byId(nowSecond.id())).indexOf(byId(nowSecond.id())), "just after its old parent");
    }

    @Test
    void build_from_counts_is_one_undoable_step_and_a_second_run_adds_nothing() {
        f.w.session().say("");
        for (OutlineNode c : vm.counts()) {
            vm.deleteNode(c);
        }
        assertTrue(vm.counts().isEmpty());
        vm.buildOutlineFromCounts();
        int built = vm.counts().size();
        assertTrue(built > 0, f.w.session().noticeProperty().get());
        assertTrue(f.w.session().noticeProperty().get().startsWith("Added " + built));
        assertEquals("Undo Build from counts", f.w.edits().undoStack().undoLabelProperty().get());
        vm.buildOutlineFromCounts();
        assertEquals(built, vm.counts().size());
        assertTrue(f.w.session().noticeProperty().get().startsWith("No new counts"));
        assertEquals("Undo Build from counts", f.w.edits().undoStack().undoLabelProperty().get(), "an empty run is not kept");
        f.w.edits().undo();
        assertTrue(vm.counts().isEmpty());
    }

    @Test
    void after_a_delete_the_next_node_is_selected_then_the_one_before_then_the_parent() {
        List<OutlineNode> counts = vm.counts();
        vm.deleteNode(counts.get(0));
        assertEquals(counts.get(1).id(), f.w.session().selectedNodeProperty().get().id(), "the next one");
        List<OutlineNode> left = vm.counts();
        vm.deleteNode(left.get(left.size() - 1));
        assertEquals(left.get(left.size() - 2).id(), f.w.session().selectedNodeProperty().get().id(), "the one before the last");
        OutlineNode only = f.snapshot().outline().stream()
                .filter(n -> n.parentId() != null && vm.siblings(n).size() == 1).findFirst().orElseThrow();
        vm.deleteNode(only);
        assertEquals(only.parentId(), f.w.session().selectedNodeProperty().get().id(), "an only child gives way to its parent");
    }

    @Test
    void a_template_adds_its_elements_under_the_count() {
        OutlineNode count = vm.counts().get(0);
        f.w.session().selectedNodeProperty().set(count);
        List<org.claimbench.analysis.ElementTemplates.Template> offered = new java.util.ArrayList<>();
        vm.loadTemplates(count, offered::addAll);
        assertFalse(offered.isEmpty());
        long before = f.stored().outline().stream().filter(n -> count.id() == (n.parentId() == null ? -1 : n.parentId())).count();
        vm.applyTemplate(count, offered.get(0));
        long after = f.stored().outline().stream().filter(n -> count.id() == (n.parentId() == null ? -1 : n.parentId())).count();
        assertTrue(after > before);
        assertEquals(count.id(), f.w.session().selectedNodeProperty().get().id());
    }
}
