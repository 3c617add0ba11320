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

    /** The key under which a store's configuration keeps its description, for messages. */
    static final String STORE_NAME = "claimbench.store";

    static <T> T inTransaction(DSLContext dsl, Function<DSLContext, T> work) {
        boolean[] sent = {false};
        try {
            return dsl.transactionResult(cfg -> {
                T result = work.apply(DSL.using(cfg));
                sent[0] = true;
                return result;
            });
        } catch (org.jooq.exception.DataAccessException e) {
            Versions.of(dsl).forget();
            throw refused(dsl, e, sent[0]);
        } catch (RuntimeException e) {
            Versions.of(dsl).forget();
            throw e;
        }
    }

    static void run(DSLContext dsl, java.util.function.Consumer<DSLContext> work) {
        boolean[] sent = {false};
        try {
            dsl.transaction(cfg -> {
                work.accept(DSL.using(cfg));
                sent[0] = true;
            });
        } catch (org.jooq.exception.DataAccessException e) {
            Versions.of(dsl).forget();
            throw refused(dsl, e, sent[0]);
        } catch (RuntimeException e) {
            Versions.of(dsl).forget();
            throw e;
        }
    }

    /**
     * A write the store's rules refused, in the user's words; a broken line as {@link ConnectionLost}, which may have
     * kept the write if it broke once the work was {@code sent} to be committed; any other failure as it came.
     */
    static RuntimeException refused(DSLContext dsl, org.jooq.exception.DataAccessException e, boolean sent) {
        if (ConnectionLost.isLostLine(e)) {
            Object name = dsl.configuration().data(STORE_NAME);
            return new ConnectionLost(name == null ? "on the server" : name.toString(), sent, e);
        }
        return refused(e);
    }

    /** A write the store's rules refused, in the user's words; any other failure as it came. */
    static RuntimeException refused(org.jooq.exception.DataAccessException e) {
        String message = ConstraintMessages.describe(e);
        return message == null ? e : new StoreException(message, e);
    }
}
