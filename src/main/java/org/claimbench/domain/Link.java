package org.claimbench.domain;

import java.time.Instant;

/** A passage linked to an outline node, in a role. */
public record Link(long id, long caseId, long passageId, long nodeId, LinkRole role, Instant created) {
}
