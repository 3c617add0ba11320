package org.claimbench.domain;

public record Party(long id, long caseId, PartyRole role, String name, int position) {
}
