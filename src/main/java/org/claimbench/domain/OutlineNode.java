package org.claimbench.domain;

/**
 * A count, element or allegation of the outline. {@code supportOverride} replaces the computed
 * support level; it always comes with a reason.
 */
public record OutlineNode(long id, long caseId, Long parentId, int position, NodeKind kind, String title,
                          String body, String legalBasis, StandardOfProof standardOfProof, String note,
                          SupportLevel supportOverride, String overrideReason) {

    public OutlineNode {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an outline node needs a title");
        }
        if (supportOverride != null && (overrideReason == null || overrideReason.isBlank())) {
            throw new IllegalArgumentException("overriding the support level needs a reason");
        }
    }

    public static OutlineNode of(long caseId, Long parentId, int position, NodeKind kind, String title) {
        return new OutlineNode(0, caseId, parentId, position, kind, title, null, null, null, null, null, null);
    }

    public OutlineNode withId(long newId) {
        return new OutlineNode(newId, caseId, parentId, position, kind, title, body, legalBasis, standardOfProof,
                note, supportOverride, overrideReason);
    }

    public OutlineNode withTitle(String newTitle) {
        return new OutlineNode(id, caseId, parentId, position, kind, newTitle, body, legalBasis, standardOfProof,
                note, supportOverride, overrideReason);
    }

    public OutlineNode withBody(String newBody) {
        return new OutlineNode(id, caseId, parentId, position, kind, title, newBody, legalBasis, standardOfProof,
                note, supportOverride, overrideReason);
    }

    public OutlineNode withLegal(String newLegalBasis, StandardOfProof newStandard) {
        return new OutlineNode(id, caseId, parentId, position, kind, title, body, newLegalBasis, newStandard,
                note, supportOverride, overrideReason);
    }

    public OutlineNode withNote(String newNote) {
        return new OutlineNode(id, caseId, parentId, position, kind, title, body, legalBasis, standardOfProof,
                newNote, supportOverride, overrideReason);
    }

    public OutlineNode withOverride(SupportLevel level, String reason) {
        return new OutlineNode(id, caseId, parentId, position, kind, title, body, legalBasis, standardOfProof,
                note, level, level == null ? null : reason);
    }

    public OutlineNode movedTo(Long newParentId, int newPosition) {
        return new OutlineNode(id, caseId, newParentId, newPosition, kind, title, body, legalBasis, standardOfProof,
                note, supportOverride, overrideReason);
    }
}
