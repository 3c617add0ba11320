package org.claimbench.store;

import java.sql.SQLException;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * A write a team store's server refused for the user's role in the case (SQLSTATE 42501, from its row-level security
 * and guards, db/postgres V15), said in the user's words wherever the statement was run: by a repository in its own
 * transaction or straight on the store's connection.
 */
final class AccessRefusals implements ExecuteListener {

    @Override
    public void exception(ExecuteContext ctx) {
        SQLException sql = ctx.sqlException();
        if (sql != null && "42501".equals(sql.getSQLState())) {
            String message = ConstraintMessages.describe(sql);
            if (message != null && ctx.exception() != null) {
                ctx.exception(new StoreException(message, ctx.exception()));
            }
        }
    }
}
