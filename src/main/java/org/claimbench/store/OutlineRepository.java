package org.claimbench.store;

import static org.claimbench.store.generated.Tables.OUTLINE_NODE;

import java.util.List;
import java.util.Optional;

import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.StandardOfProof;
import org.claimbench.domain.SupportLevel;
import org.claimbench.store.generated.tables.records.OutlineNodeRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

public final class OutlineRepository {

    private final DSLContext dsl;
    private final Versions versions;

    OutlineRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.versions = Versions.of(dsl);
    }

    /** Every node of the case, parents before children is not guaranteed; siblings are in position order. */
    public List<OutlineNode> nodes(long caseId) {
        return dsl.selectFrom(OUTLINE_NODE).where(OUTLINE_NODE.CASE_ID.eq(caseId))
                .orderBy(OUTLINE_NODE.PARENT_ID.nullsFirst(), OUTLINE_NODE.POSITION, OUTLINE_NODE.ID)
                .fetch(OutlineRepository::map);
    }

    public Optional<OutlineNode> find(long id) {
        return dsl.selectFrom(OUTLINE_NODE).where(OUTLINE_NODE.ID.eq(id)).fetchOptional().map(OutlineRepository::map);
    }

    /** Inserts the node at the end of its parent's children (its position is ignored). */
    public OutlineNode append(OutlineNode node) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            Integer last = tx.select(DSL.max(OUTLINE_NODE.POSITION)).from(OUTLINE_NODE)
                    .where(OUTLINE_NODE.CASE_ID.eq(node.caseId()), parentIs(node.parentId())).fetchOne(0, Integer.class);
            int position = last == null ? 0 : last + 1;
            OutlineNodeRecord r = tx.newRecord(OUTLINE_NODE);
            fill(r, node);
            r.setPosition(position);
            r.store();
            versions.made(Versions.NODE, r.getId());
            return map(r);
        });
    }

    /** Puts back a node that was deleted, with its own id and place (for undo); its parent must exist. */
    public OutlineNode restore(OutlineNode node) {
        return Writes.inTransaction(dsl, tx -> {
            OutlineNodeRecord r = tx.newRecord(OUTLINE_NODE);
            r.setId(node.id());
            fill(r, node);
            r.store();
            versions.made(Versions.NODE, r.getId());
            return map(r);
        });
    }

    /** Writes the node's own fields (title, text, legal basis, standard, note, override); not its place. */
    public OutlineNode update(OutlineNode node) {
        Versions.Guard g = versions.guard(Versions.NODE, node.id());
        int n = dsl.update(OUTLINE_NODE)
                .set(OUTLINE_NODE.KIND, node.kind().name())
                .set(OUTLINE_NODE.TITLE, node.title().strip())
                .set(OUTLINE_NODE.BODY, node.body())
                .set(OUTLINE_NODE.LEGAL_BASIS, node.legalBasis())
                .set(OUTLINE_NODE.STANDARD_OF_PROOF, node.standardOfProof() == null ? null : node.standardOfProof().name())
                .set(OUTLINE_NODE.NOTE, node.note())
                .set(OUTLINE_NODE.SUPPORT_OVERRIDE, node.supportOverride() == null ? null : node.supportOverride().name())
                .set(OUTLINE_NODE.OVERRIDE_REASON, node.overrideReason())
                .set(versions.bump(Versions.NODE))
                .where(OUTLINE_NODE.ID.eq(node.id()), g.condition())
                .execute();
        versions.check(dsl, g, n);
        if (n == 0) {
            throw new StoreException("Outline node " + node.id() + " does not exist.");
        }
        return find(node.id()).orElseThrow();
    }

    /**
     * Moves a node under {@code newParentId} (null: top level) at {@code position} among its new siblings,
     * renumbering both the old and the new sibling lists. A move under the node itself or a descendant is refused.
     */
    public void move(long id, Long newParentId, int position) {
        // the version this client read before, not the one the read below learns
        Versions.Guard g = versions.guard(Versions.NODE, id);
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            OutlineNodeRecord node = tx.selectFrom(OUTLINE_NODE).where(OUTLINE_NODE.ID.eq(id)).forUpdate().fetchOptional()
                    .orElseThrow(() -> new StoreException("Outline node " + id + " does not exist."));
            if (newParentId != null && isSelfOrDescendant(tx, id, newParentId)) {
                throw new StoreException("A node cannot be moved under itself or one of its own descendants.");
            }
            Long oldParent = node.getParentId();
            List<Long> newSiblings = tx.select(OUTLINE_NODE.ID).from(OUTLINE_NODE)
                    .where(OUTLINE_NODE.CASE_ID.eq(node.getCaseId()), parentIs(newParentId), OUTLINE_NODE.ID.ne(id))
                    .orderBy(OUTLINE_NODE.POSITION, OUTLINE_NODE.ID).fetch(OUTLINE_NODE.ID);
            int at = Math.max(0, Math.min(position, newSiblings.size()));
            newSiblings.add(at, id);
            int moved = tx.update(OUTLINE_NODE).set(OUTLINE_NODE.PARENT_ID, newParentId).set(versions.bump(Versions.NODE))
                    .where(OUTLINE_NODE.ID.eq(id), g.condition()).execute();
            versions.check(tx, g, moved);
            renumber(tx, newSiblings);
            if (!java.util.Objects.equals(oldParent, newParentId)) {
                renumber(tx, tx.select(OUTLINE_NODE.ID).from(OUTLINE_NODE)
                        .where(OUTLINE_NODE.CASE_ID.eq(node.getCaseId()), parentIs(oldParent))
                        .orderBy(OUTLINE_NODE.POSITION, OUTLINE_NODE.ID).fetch(OUTLINE_NODE.ID));
            }
        });
    }

    /**
     * Deletes the node with all its descendants, links and checklist entries. As an undo (see {@link Store#undoing}), a
     * node someone else changed since this client wrote it is not deleted: {@link StaleEdit}.
     */
    public boolean delete(long id) {
        Versions.Guard g = versions.deleting(Versions.NODE, id);
        int n = dsl.deleteFrom(OUTLINE_NODE).where(OUTLINE_NODE.ID.eq(id), g.condition()).execute();
        versions.checkDelete(dsl, g, n);
        return n > 0;
    }

    private static boolean isSelfOrDescendant(DSLContext tx, long ancestor, long candidate) {
        Long current = candidate;
        for (int depth = 0; current != null && depth < 100_000; depth++) {
            if (current == ancestor) {
                return true;
            }
            current = tx.select(OUTLINE_NODE.PARENT_ID).from(OUTLINE_NODE).where(OUTLINE_NODE.ID.eq(current))
                    .fetchOne(OUTLINE_NODE.PARENT_ID);
        }
        return false;
    }

    private static void renumber(DSLContext tx, List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            tx.update(OUTLINE_NODE).set(OUTLINE_NODE.POSITION, i).where(OUTLINE_NODE.ID.eq(ids.get(i))).execute();
        }
    }

    private static Condition parentIs(Long parentId) {
        return parentId == null ? OUTLINE_NODE.PARENT_ID.isNull() : OUTLINE_NODE.PARENT_ID.eq(parentId);
    }

    private static void fill(OutlineNodeRecord r, OutlineNode n) {
        r.setCaseId(n.caseId());
        r.setParentId(n.parentId());
        r.setPosition(n.position());
        r.setKind(n.kind().name());
        r.setTitle(n.title().strip());
        r.setBody(n.body());
        r.setLegalBasis(n.legalBasis());
        r.setStandardOfProof(n.standardOfProof() == null ? null : n.standardOfProof().name());
        r.setNote(n.note());
        r.setSupportOverride(n.supportOverride() == null ? null : n.supportOverride().name());
        r.setOverrideReason(n.overrideReason());
    }

    private static OutlineNode map(OutlineNodeRecord r) {
        return new OutlineNode(r.getId(), r.getCaseId(), r.getParentId(), r.getPosition(), NodeKind.valueOf(r.getKind()),
                r.getTitle(), r.getBody(), r.getLegalBasis(),
                r.getStandardOfProof() == null ? null : StandardOfProof.valueOf(r.getStandardOfProof()), r.getNote(),
                r.getSupportOverride() == null ? null : SupportLevel.valueOf(r.getSupportOverride()), r.getOverrideReason());
    }
}
