package org.claimbench.store;

import java.util.concurrent.atomic.AtomicLong;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;

/**
 * Counts what may have changed the store through this program: every statement that is not a plain read, and every end
 * of a transaction (committed or not). A count read before some reading and found the same afterwards means that nothing
 * was written meanwhile, by this program; statements inside a transaction count before its commit too, so a read that
 * saw the rows as they were before the commit still finds the count moved.
 */
final class WriteCount implements ExecuteListener, TransactionListener {

    private final AtomicLong count = new AtomicLong();
    /** Set on a thread while it makes writes that are not counted (see {@link Store#uncounted}). */
    private final ThreadLocal<Boolean> quiet = ThreadLocal.withInitial(() -> false);

    long now() {
        return count.get();
    }

    void uncounted(Runnable work) {
        boolean was = quiet.get();
        quiet.set(true);
        try {
            work.run();
        } finally {
            quiet.set(was);
        }
    }

    private void count() {
        if (!quiet.get()) {
            count.incrementAndGet();
        }
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
        if (ctx.type() != ExecuteType.READ) {
            count();
        }
    }

    @Override
    public void exception(ExecuteContext ctx) {
        if (ctx.type() != ExecuteType.READ) {
            count(); // a failed write may have written part of itself before its transaction's end
        }
    }

    @Override
    public void commitEnd(TransactionContext ctx) {
        count();
    }

    @Override
    public void rollbackEnd(TransactionContext ctx) {
        count();
    }
}
