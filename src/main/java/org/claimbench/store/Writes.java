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
        return dsl.transactionResult(cfg -> work.apply(DSL.using(cfg)));
    }

    static void run(DSLContext dsl, java.util.function.Consumer<DSLContext> work) {
        dsl.transaction(cfg -> work.accept(DSL.using(cfg)));
    }
}
