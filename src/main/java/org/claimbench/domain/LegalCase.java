package org.claimbench.domain;

import java.time.Instant;

/** A case: one lawsuit as the user works on it. {@code opened} is null until the case is first opened. */
public record LegalCase(long id, String title, String court, String caseNumber, String notes,
                        Instant created, Instant updated, Instant opened) {
}
