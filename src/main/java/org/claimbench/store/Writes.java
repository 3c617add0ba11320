package org.claimbench.store;

import java.util.function.Function;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Runs a write in its own transaction (a savepoint inside an outer one). H2 keeps the row of an
 * {@code INSERT … RETURNING} (which jOOQ renders as {@code SELECT … FROM FINAL TABLE (INSERT …)}) when a
 * constraint refuses it in auto-commit mode; inside a transaction the refusal rolls it back.
 */
final class Writes {

    private Writes() {
    }

    static <T> T inTransaction(DSLContext dsl, Function<DSLContext, T> work) {
        try {
            return dsl.transactionResult(cfg -> work.apply(DSL.using(cfg)));
        } catch (org.jooq.exception.DataAccessException e) {
            Versions.of(dsl).forget();
            throw refused(e);
        } catch (RuntimeException e) {
            Versions.of(dsl).forget();
            throw e;
        }
    }

    static void run(DSLContext dsl, java.util.function.Consumer<DSLContext> work) {
        try {
            dsl.transaction(cfg -> work.accept(DSL.using(cfg)));
        } catch (org.jooq.exception.DataAccessException e) {
            Versions.of(dsl).forget();
            throw refused(e);
        } catch (RuntimeException e) {
            Versions.of(dsl).forget();
            throw e;
        }
    }

    /** A write the store's rules refused, in the user's words; any other failure as it came. */
    static RuntimeException refused(org.jooq.exception.DataAccessException e) {
        String message = ConstraintMessages.describe(e);
        return message == null ? e : new StoreException(message, e);
    }
}
