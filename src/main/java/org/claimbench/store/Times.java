package org.claimbench.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

final class Times {

    private Times() {
    }

    /** Now, to the microsecond, as the store keeps it. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static OffsetDateTime toDb(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    static Instant fromDb(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
