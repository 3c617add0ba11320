package org.claimbench.store;

import java.sql.SQLException;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * The line to a team store's server broke (the network, or the server stopped or was restarted). A store keeps only
 * whole transactions, so nothing is half-applied: either the line broke before the change was sent to be kept, and
 * nothing of it was ({@link #maybeSaved()} false: doing it again is safe), or it broke while the server was keeping
 * it, and only the store knows whether it did (then the case has to be read again before the change is made again).
 */
public final class ConnectionLost extends StoreException {

    private final boolean maybeSaved;

    public ConnectionLost(String store, boolean maybeSaved, Throwable cause) {
        super(maybeSaved
                ? "The connection to the store " + store + " was lost while a change was being saved, so the store may or may "
                        + "not have kept it (it keeps a change whole or not at all). Reload shows the case as the store has it; "
                        + "look there before making the change again."
                : "The connection to the store " + store + " was lost (" + reason(cause) + "). Nothing of what you were doing "
                        + "was saved, and what was saved before is safe. Check that this computer can reach the server, then retry.",
                cause);
        this.maybeSaved = maybeSaved;
    }

    /** Whether the line broke while the server was keeping a change, so that it may have kept it. */
    public boolean maybeSaved() {
        return maybeSaved;
    }

    /**
     * Whether {@code failure} (or one of its causes) is a broken line: SQLSTATE class 08 (connection exception), the
     * server stopping the session (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now), or JDBC's own
     * exceptions for a connection that could not be had or was lost.
     */
    static boolean isLostLine(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true; // the pool found no line to the server in time, or the driver lost it
            }
            if (t instanceof SQLException s && s.getSQLState() != null) {
                String state = s.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String reason(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException) {
                return "the server did not answer in time"; // the pool's own words name its inner workings
            }
        }
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && s.getMessage() != null) {
                String m = s.getMessage().strip();
                int cut = m.indexOf('\n');
                return cut < 0 ? m : m.substring(0, cut);
            }
        }
        return "no answer from the server";
    }

    /** Turns a statement's failure on a broken line into a {@link ConnectionLost}: nothing of it was kept. */
    static final class Finder implements ExecuteListener {
        private final String store;

        Finder(String store) {
            this.store = store;
        }

        @Override
        public void exception(ExecuteContext ctx) {
            if (ctx.exception() != null && !(ctx.exception() instanceof StoreException) && isLostLine(ctx.exception())) {
                ctx.exception(new ConnectionLost(store, false, ctx.exception()));
            }
        }
    }
}
