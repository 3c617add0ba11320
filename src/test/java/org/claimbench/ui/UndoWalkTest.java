package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.claimbench.domain.EvidenceBasis;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.EvidenceStatus;
import org.claimbench.domain.FlagVerdict;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.claimbench.domain.Weight;
import org.claimbench.service.CaseSnapshot;
import org.claimbench.ui.evidence.ChecklistRow;
import org.claimbench.ui.session.WorkbenchFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every command of the window that changes the case, done on the demo case and then undone: the case as stored
 * afterwards reads exactly as before, and redo brings the change back.
 */
class UndoWalkTest {

    final WorkbenchFixture f = new WorkbenchFixture();

    @AfterEach
    void close() {
        f.close();
    }

    /** The case as stored, in words: no ids and no times, which an undo may give anew. */
    String fingerprint() {
        CaseSnapshot s = f.stored();
        Map<Long, OutlineNode> nodes = s.outline().stream().collect(Collectors.toMap(OutlineNode::id, n -> n));
        Function<Long, String> path = id -> {
            StringBuilder sb = new StringBuilder();
            for (OutlineNode n = nodes.get(id); n != null; n = n.parentId() == null ? null : nodes.get(n.parentId())) {
                sb.insert(0, "/" + n.position() + ":" + n.title());
            }
            return sb.toString();
        };
        Map<Long, Passage> passages = s.passages().stream().collect(Collectors.toMap(Passage::id, p -> p));
        Map<Long, EvidenceItem> items = s.evidence().stream().collect(Collectors.toMap(EvidenceItem::id, e -> e));
        List<String> lines = new ArrayList<>();
        lines.add("case " + s.legalCase().title() + "|" + s.legalCase().court() + "|" + s.legalCase().caseNumber() + "|" + s.legalCase().notes());
        s.parties().stream().map(p -> "party " + p.role() + " " + p.position() + " " + p.name()).sorted().forEach(lines::add);
        s.documents().forEach(d -> lines.add("document " + d.position() + " " + d.kind() + " " + d.title() + "|" + d.shortName()));
        s.outline().stream().map(n -> "node " + path.apply(n.id()) + "|" + n.kind() + "|" + n.body() + "|" + n.legalBasis() + "|" + n.note()
                + "|" + n.supportOverride()).sorted().forEach(lines::add);
        s.passages().stream().map(p -> "passage " + p.documentId() + ":" + p.start() + "-" + p.end() + "|" + p.note() + "|" + p.anchor())
                .sorted().forEach(lines::add);
        s.links().stream().map(l -> "link " + passages.get(l.passageId()).start() + " " + path.apply(l.nodeId()) + " " + l.role()).sorted()
                .forEach(lines::add);
        s.checklist().stream().map(c -> "entry " + path.apply(c.nodeId()) + "|" + c.position() + "|" + items.get(c.evidenceId()).description()
                + "|" + c.status() + "|" + c.weight() + "|" + c.checked() + "|" + c.note()).sorted().forEach(lines::add);
        s.evidence().stream().map(e -> "item " + e.description() + "|" + e.basis() + "|" + e.potentialSource()).sorted().forEach(lines::add);
        s.flagDecisions().stream().map(d -> "decision " + d.documentId() + ":" + d.start() + "-" + d.end() + "|" + d.kind() + "|" + d.verdict())
                .sorted().forEach(lines::add);
        return String.join("\n", lines);
    }

    final List<String> walked = new ArrayList<>();

    /** Does {@code edit}, checks it changed the case, undoes it, checks the case is as before, then redoes and undoes again. */
    void walk(String name, Runnable edit) {
        String before = fingerprint();
        edit.run();
        String after = fingerprint();
        assertNotEquals(before, after, name + " changed nothing");
        assertEquals(true, f.w.edits().undoStack().canUndoProperty().get(), name + " can be undone");
        f.w.edits().undo();
        assertEquals(before, fingerprint(), name + ": undo gives back the case as it was");
        f.w.edits().redo();
        assertEquals(after, fingerprint(), name + ": redo does it again");
        f.w.edits().undo();
        assertEquals(before, fingerprint(), name + ": and undo once more");
        walked.add(name);
    }

    OutlineNode node(NodeKind kind, int which) {
        return f.snapshot().outline().stream().filter(n -> n.kind() == kind).sorted(Comparator.comparingLong(OutlineNode::id)).toList().get(which);
    }

    /** A node of {@code kind} with a sibling after it ({@code after}) or before it. */
    OutlineNode withSibling(NodeKind kind, boolean after) {
        List<OutlineNode> all = f.snapshot().outline();
        return all.stream().filter(n -> n.kind() == kind && all.stream().anyMatch(o -> java.util.Objects.equals(o.parentId(), n.parentId())
                && (after ? o.position() > n.position() : o.position() < n.position()))).findFirst().orElseThrow();
    }

    ChecklistRow row() {
        var c = f.snapshot().checklist().get(0);
        var item = f.snapshot().evidence().stream().filter(e -> e.id() == c.evidenceId()).findFirst().orElseThrow();
        return new ChecklistRow(c, item);
    }

    Passage passage() {
        return f.snapshot().passages().stream().filter(p -> p.documentId() == f.complaint().id()).findFirst().orElseThrow();
    }

    int[] freeStretch() {
        return f.freeStretch();
    }

    @Test
    void every_edit_of_the_case_is_undone_exactly_and_redone() {
        var outline = f.w.outline();
        var evidence = f.w.evidence();
        var document = f.w.document();
        walk("Outline ▸ New count", () -> outline.addNode(NodeKind.COUNT, "Count IX \u2014 Unjust enrichment"));
        walk("Outline ▸ Edit node", () -> {
            OutlineNode a = node(NodeKind.ALLEGATION, 0);
            outline.updateNode(new OutlineNode(a.id(), a.caseId(), a.parentId(), a.position(), a.kind(), a.title() + " (as pleaded)", a.body(),
                    a.legalBasis(), a.standardOfProof(), "Check the date", a.supportOverride(), a.overrideReason()));
        });
        walk("Outline ▸ Delete node", () -> outline.deleteNode(node(NodeKind.ELEMENT, 0)));
        walk("Outline ▸ Move down", () -> outline.moveAmongSiblings(withSibling(NodeKind.ALLEGATION, true), 1));
        walk("Outline ▸ Move under the node above", () -> outline.indent(withSibling(NodeKind.ELEMENT, false)));
        walk("Outline ▸ Move out of its parent", () -> outline.outdent(node(NodeKind.ALLEGATION, 1)));
        walk("Outline ▸ Apply template", () -> outline.loadTemplates(node(NodeKind.COUNT, 0),
                templates -> outline.applyTemplate(node(NodeKind.COUNT, 0), templates.get(0))));
        walk("Outline ▸ Add evidence", () -> evidence.addEvidence(node(NodeKind.ALLEGATION, 2),
                new EvidenceItem(0, f.caseId, "Signed delivery receipt", EvidenceBasis.DOCUMENT, "Warehouse records", null, null, null),
                EvidenceStatus.NEEDED, Weight.STRONG, "Ask in the first request"));
        walk("Checklist ▸ Edit item", () -> {
            ChecklistRow r = row();
            evidence.updateEvidence(r.entry(), new EvidenceItem(r.item().id(), r.item().caseId(), r.item().description() + ", certified copy",
                    r.item().basis(), r.item().potentialSource(), r.item().sourceDocumentId(), r.item().sourcePassageId(), r.item().citationText()));
        });
        walk("Checklist ▸ Tick", () -> evidence.toggleChecked(row()));
        walk("Checklist ▸ Status", () -> evidence.setStatus(row(), row().entry().status() == EvidenceStatus.CONTRADICTED
                ? EvidenceStatus.IN_HAND : EvidenceStatus.CONTRADICTED));
        walk("Checklist ▸ Remove", () -> evidence.removeEvidence(row()));
        walk("Link passage (drag onto a node)", () -> evidence.linkPassage(passage(), node(NodeKind.ALLEGATION, 3)));
        walk("Unlink", () -> evidence.unlink(f.snapshot().links().get(0)));
        int[] free = freeStretch();
        walk("Edit ▸ Highlight", () -> document.highlight(free[0], free[1]));
        walk("Edit ▸ Link to…", () -> document.link(free[0], free[1], node(NodeKind.ALLEGATION, 4), LinkRole.ASSERTS));
        walk("Edit ▸ New allegation from selection", () -> document.newAllegationFromSelection(free[0], free[1]));
        walk("Edit ▸ Edit note", () -> document.updatePassage(passage(), passage().start(), passage().end(), "Compare with Exhibit B"));
        walk("Edit ▸ Make highlight cover the selection", () -> document.updatePassage(passage(), passage().start(), passage().end() + 6,
                passage().note()));
        walk("Edit ▸ Delete highlight", () -> document.deletePassage(passage()));
        walk("Document properties ▸ Short name", () -> document.editShortName(f.complaint().id(), "Roe Compl."));
        walk("Wording ▸ Confirm flag", () -> {
            var flagged = f.snapshot().outline().stream().filter(n -> !f.w.wording().flagsOf(n).isEmpty()).findFirst().orElseThrow();
            var nf = f.w.wording().flagsOf(flagged).get(0);
            f.w.wording().decideFlag(nf.documentId(), nf.flag(), FlagVerdict.CONFIRMED);
        });
        walk("File ▸ Case properties", () -> f.w.caseFiles().editCaseProperties("Roe v. Meridian (renamed)", "N.D. Cal.", "3:26-cv-00001",
                "Notes", List.of("Jane Roe"), List.of("Meridian Cloud, Inc.", "Harbor Ledger LLC")));
        // with a pleaded count missing from the outline, Build from counts puts it back
        outline.deleteNode(node(NodeKind.COUNT, 0));
        walk("Outline ▸ Build from counts", outline::buildOutlineFromCounts);
        assertEquals(24, walked.size(), walked.toString());
    }
}
