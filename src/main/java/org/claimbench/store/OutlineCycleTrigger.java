package org.claimbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * Refuses an update that would make an outline node its own ancestor. Installed by the migration
 * {@code db/h2/V2__outline_cycle_guard.sql}; column positions follow {@code OUTLINE_NODE}.
 */
public final class OutlineCycleTrigger implements Trigger {

    private static final int ID = 0;
    private static final int PARENT_ID = 2;
    private static final int MAX_DEPTH = 100_000;

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null || newRow[PARENT_ID] == null) {
            return;
        }
        long id = ((Number) newRow[ID]).longValue();
        Long current = ((Number) newRow[PARENT_ID]).longValue();
        try (PreparedStatement up = conn.prepareStatement("SELECT PARENT_ID FROM OUTLINE_NODE WHERE ID = ?")) {
            for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
                if (current == id) {
                    throw new SQLException("An outline node cannot be moved under itself or one of its own descendants.",
                            "23514");
                }
                up.setLong(1, current);
                try (ResultSet rs = up.executeQuery()) {
                    current = rs.next() ? (Long) rs.getObject(1, Long.class) : null;
                }
            }
        }
    }
}
