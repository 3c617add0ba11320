package org.claimbench.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.Row;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.QOM;

/**
 * A text longer than its column takes, with the column named. H2 names the column in its own message; PostgreSQL
 * says only "value too long for type character varying(500)", so {@link Finder} finds the value among the statement's
 * and names its column, for {@link ConstraintMessages} to say the same on both.
 */
final class ValueTooLong extends DataAccessException {

    private static final long serialVersionUID = 1L;

    final String table;
    final String column;
    final int limit;
    final int length;

    ValueTooLong(String table, String column, int limit, int length, SQLException cause) {
        super("Value too long for " + table + "." + column + ": " + length + " characters, at most " + limit, cause);
        this.table = table;
        this.column = column;
        this.limit = limit;
        this.length = length;
    }

    /** Replaces a "value too long" failure of an insert or update written with jOOQ by one that names the column. */
    static final class Finder implements ExecuteListener {

        private static final long serialVersionUID = 1L;

        @Override
        public void exception(ExecuteContext ctx) {
            SQLException sql = ctx.sqlException();
            if (sql == null || !"22001".equals(sql.getSQLState())) {
                return;
            }
            try {
                ValueTooLong found = find(ctx.query(), sql);
                if (found != null) {
                    ctx.exception(found);
                }
            } catch (RuntimeException e) {
                // the failure stays as the database reported it
            }
        }

        static ValueTooLong find(Query query, SQLException cause) {
            Table<?> table;
            List<Map.Entry<Field<?>, Object>> values = new ArrayList<>();
            if (query instanceof QOM.Insert<?> insert) {
                table = insert.$into();
                List<? extends Field<?>> columns = insert.$columns();
                for (Row row : insert.$values()) {
                    for (int i = 0; i < columns.size() && i < row.size(); i++) {
                        values.add(new java.util.AbstractMap.SimpleEntry<>(columns.get(i), valueOf(row.field(i))));
                    }
                }
            } else if (query instanceof QOM.Update<?> update) {
                table = update.$table();
                update.$set().forEach((k, v) -> {
                    if (k instanceof Field<?> f) {
                        values.add(new java.util.AbstractMap.SimpleEntry<>(f, valueOf(v)));
                    }
                });
            } else {
                return null;
            }
            for (Map.Entry<Field<?>, Object> e : values) {
                int limit = e.getKey().getDataType().length();
                if (e.getValue() instanceof String s && limit > 0 && s.codePointCount(0, s.length()) > limit) {
                    return new ValueTooLong(table.getName().toUpperCase(Locale.ROOT), e.getKey().getName().toUpperCase(Locale.ROOT),
                            limit, s.codePointCount(0, s.length()), cause);
                }
            }
            return null;
        }

        private static Object valueOf(Object field) {
            return field instanceof Param<?> p ? p.getValue() : null;
        }
    }
}
