package org.claimbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.service.DemoCase;
import org.claimbench.store.CaseMembers.Member;
import org.claimbench.store.CaseMembers.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A team store's server decides who sees and changes a case (db/postgres, V15): each user here is a PostgreSQL role of
 * its own, connected as itself, and is held to its role in the case by the server, through the store and through
 * plain SQL alike.
 */
class RowSecurityTest {

    static final String PASSWORD = "team-test-password";
    private static final AtomicInteger USERS = new AtomicInteger();

    String url;
    Store admin;
    String owner;
    String editor;
    String viewer;
    String outsider;
    final List<Store> opened = new ArrayList<>();
    long caseId;

    /** A new team user (roles are the server's, shared by every database, so each test makes its own). */
    String user(String word) {
        String name = "rs_" + word + "_" + ProcessHandle.current().pid() + "_" + USERS.incrementAndGet();
        assertTrue(admin.members().addUser(name, PASSWORD.toCharArray()), "a new role is made for " + name);
        return name;
    }

    Store as(String user) {
        Store s = Store.open(PostgresDatabase.of(url, user, PASSWORD.toCharArray()));
        opened.add(s);
        return s;
    }

    Connection sql(String user) throws SQLException {
        return DriverManager.getConnection(url, user, user.equals(TestPostgres.USER) ? TestPostgres.PASSWORD : PASSWORD);
    }

    @BeforeEach
    void team() {
        url = TestPostgres.freshUrl();
        admin = Store.open(PostgresDatabase.of(url, TestPostgres.USER, TestPostgres.PASSWORD.toCharArray()));
        owner = user("anna");
        editor = user("ed");
        viewer = user("vic");
        outsider = user("otto");
        Store anna = as(owner);
        caseId = new DemoCase(anna).install();
        anna.members().grant(caseId, editor, Role.EDITOR);
        anna.members().grant(caseId, viewer, Role.VIEWER);
    }

    @AfterEach
    void close() {
        opened.forEach(Store::close);
        admin.close();
    }

    /** Every table of the store but Flyway's own. */
    List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = sql(owner); var rs = c.createStatement().executeQuery("SELECT c.relname FROM pg_class c "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r' "
                + "AND c.relname <> 'flyway_schema_history' ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    static Map<String, Long> counts(Connection c, List<String> tables) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String t : tables) {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"" + t + "\"")) {
                rs.next();
                counts.put(t, rs.getLong(1));
            }
        }
        return counts;
    }

    @Test
    void every_table_of_case_data_has_row_security_policies_and_a_guard() throws SQLException {
        List<String> tables = tables();
        assertTrue(tables.size() >= 22, "every table: " + tables);
        try (Connection c = sql(TestPostgres.USER)) {
            for (String t : tables) {
                try (var rs = c.createStatement().executeQuery("SELECT c.relrowsecurity, "
                        + "(SELECT COUNT(*) FROM pg_policy p WHERE p.polrelid = c.oid), "
                        + "(SELECT COUNT(*) FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname LIKE '%guard%') "
                        + "FROM pg_class c WHERE c.oid = '\"" + t + "\"'::regclass")) {
                    rs.next();
                    assertTrue(rs.getBoolean(1), t + " has row-level security");
                    if (t.equals("activity")) {
                        assertEquals(2, rs.getInt(2), "the log is read by members and added to by the server's triggers only");
                        continue;
                    }
                    assertEquals(4, rs.getInt(2), t + " has a policy for reading, adding, changing and removing");
                    assertTrue(rs.getInt(3) >= 1, t + " has a guard against a viewer's writes");
                }
            }
        }
    }

    @Test
    void an_outsider_sees_no_row_of_the_case_in_any_table_through_plain_sql() throws SQLException {
        List<String> tables = tables();
        Map<String, Long> all;
        try (Connection c = sql(TestPostgres.USER)) {
            all = counts(c, tables);
        }
        long filled = all.values().stream().filter(n -> n > 0).count();
        assertTrue(filled >= 12, "the demo case fills most tables, so that their hiding means something: " + all);
        try (Connection c = sql(outsider)) {
            Map<String, Long> seen = counts(c, tables);
            seen.forEach((t, n) -> assertEquals(0L, n, "rows of " + t + " the outsider sees (there are " + all.get(t) + ")"));
        }
        try (Connection c = sql(viewer)) {
            assertEquals(all, counts(c, tables), "a viewer sees every row of the case");
        }
    }

    @Test
    void an_outsider_sees_nothing_through_the_store_and_cannot_write_to_the_case() throws SQLException {
        Store otto = as(outsider);
        assertEquals(List.of(), otto.cases().list());
        assertTrue(otto.cases().find(caseId).isEmpty());
        assertEquals(List.of(), otto.outline().nodes(caseId));
        assertEquals(List.of(), otto.documents().list(caseId));
        StoreException refused = assertThrows(StoreException.class,
                () -> otto.outline().append(OutlineNode.of(caseId, null, 99, NodeKind.COUNT, "Count by an outsider")));
        assertEquals("You are not a member of this case: ask its owner to add you.", refused.getMessage());
        try (Connection c = sql(outsider)) {
            assertEquals(0, c.createStatement().executeUpdate("UPDATE outline_node SET title = 'taken' WHERE case_id = " + caseId),
                    "the case's rows are not there for an outsider to change");
            assertEquals(0, c.createStatement().executeUpdate("DELETE FROM legal_case WHERE id = " + caseId));
        }
        Store anna = as(owner);
        assertTrue(anna.cases().find(caseId).isPresent(), "the case is untouched");
        assertFalse(anna.outline().nodes(caseId).stream().anyMatch(n -> n.title().equals("taken")));
    }

    @Test
    void a_viewer_reads_the_case_but_every_write_is_refused_by_the_server() throws SQLException {
        Store vic = as(viewer);
        assertEquals(1, vic.cases().list().size());
        vic.cases().markOpened(caseId); // opening the case to read it writes nothing, and is not refused
        OutlineNode node = vic.outline().nodes(caseId).get(0);
        StoreException update = assertThrows(StoreException.class, () -> vic.outline().update(node.withNote("Vic was here")));
        assertEquals("You can only read this case: ask its owner for editor rights.", update.getMessage());
        StoreException append = assertThrows(StoreException.class,
                () -> vic.outline().append(OutlineNode.of(caseId, null, 99, NodeKind.COUNT, "Count by a viewer")));
        assertEquals("You can only read this case: ask its owner for editor rights.", append.getMessage());
        StoreException grant = assertThrows(StoreException.class, () -> vic.members().grant(caseId, outsider, Role.VIEWER));
        assertEquals("Only an owner of this case can do that: ask its owner.", grant.getMessage());

        try (Connection c = sql(viewer)) {
            for (String write : List.of("UPDATE outline_node SET note = 'x' WHERE case_id = " + caseId,
                    "DELETE FROM passage WHERE case_id = " + caseId,
                    "DELETE FROM segment",
                    "INSERT INTO party (case_id, role, name, position) VALUES (" + caseId + ", 'OTHER', 'Vic', 9)",
                    "UPDATE legal_case SET title = 'Vic v. All' WHERE id = " + caseId,
                    "DELETE FROM legal_case WHERE id = " + caseId,
                    "INSERT INTO case_member VALUES (" + caseId + ", '" + outsider + "', 'OWNER')",
                    "UPDATE case_member SET role = 'OWNER' WHERE user_name = current_user")) {
                SQLException e = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(write), write);
                assertEquals("42501", e.getSQLState(), write + ": " + e.getMessage());
            }
        }
        Store anna = as(owner);
        assertEquals(node.note(), anna.outline().find(node.id()).orElseThrow().note(), "nothing of the viewer's was written");
        assertEquals(Role.VIEWER, role(anna, viewer));
    }

    @Test
    void an_editor_writes_but_only_an_owner_changes_membership_or_deletes_the_case() throws SQLException {
        Store ed = as(editor);
        OutlineNode node = ed.outline().nodes(caseId).get(0);
        ed.outline().update(node.withNote("Ed's note"));
        OutlineNode added = ed.outline().append(OutlineNode.of(caseId, null, 99, NodeKind.COUNT, "Count by an editor"));
        assertEquals("Ed's note", as(owner).outline().find(node.id()).orElseThrow().note());
        try (Connection c = sql(editor)) {
            assertEquals(1, c.createStatement().executeUpdate("UPDATE outline_node SET note = 'plain SQL' WHERE id = " + node.id()));
            assertEquals(1, c.createStatement().executeUpdate("DELETE FROM outline_node WHERE id = " + added.id()));
            SQLException delete = assertThrows(SQLException.class,
                    () -> c.createStatement().executeUpdate("DELETE FROM legal_case WHERE id = " + caseId));
            assertTrue(delete.getMessage().contains("claimbench: owner only"), delete.getMessage());
        }
        StoreException grant = assertThrows(StoreException.class, () -> ed.members().grant(caseId, outsider, Role.EDITOR));
        assertEquals("Only an owner of this case can do that: ask its owner.", grant.getMessage());

        Store anna = as(owner);
        anna.members().grant(caseId, outsider, Role.VIEWER);
        assertEquals(1, as(outsider).cases().list().size(), "granted, the outsider sees the case");
        anna.members().grant(caseId, editor, Role.VIEWER);
        assertThrows(StoreException.class, () -> ed.outline().update(ed.outline().find(node.id()).orElseThrow().withNote("again")),
                "no longer an editor");
        assertTrue(anna.members().revoke(caseId, outsider));
        assertEquals(List.of(), as(outsider).cases().list(), "revoked, the case is gone from the outsider's view");
        StoreException last = assertThrows(StoreException.class, () -> anna.members().revoke(caseId, owner));
        assertTrue(last.getMessage().contains("keeps an owner"), last.getMessage());

        assertEquals(List.of(new Member(caseId, owner, Role.OWNER), new Member(caseId, editor, Role.VIEWER),
                new Member(caseId, viewer, Role.VIEWER)), anna.members().members(caseId));
        assertTrue(anna.cases().delete(caseId), "an owner deletes the case, with every row of it");
        try (Connection c = sql(TestPostgres.USER)) {
            counts(c, tables()).forEach((t, n) -> assertEquals(0L, n, t + " after the case was deleted"));
        }
    }

    @Test
    void the_user_who_makes_a_case_owns_it_and_no_one_else_sees_it() {
        Store ed = as(editor);
        long own = ed.cases().create("Ed v. Nobody", null, null, null).id();
        assertEquals(List.of(new Member(own, editor, Role.OWNER)), ed.members().members(own));
        assertTrue(as(owner).cases().find(own).isEmpty(), "another member of another case does not see it");
        assertEquals(2, ed.cases().list().size());
    }

    @Test
    void the_server_logs_who_did_what_and_only_members_read_it() throws SQLException {
        Store ed = as(editor);
        OutlineNode node = ed.outline().nodes(caseId).get(0);
        ed.outline().update(node.withNote("Ed's note"));
        OutlineNode added = ed.outline().append(OutlineNode.of(caseId, null, 99, NodeKind.COUNT, "Count   by\nan editor"));
        assertTrue(ed.outline().delete(added.id()));
        ed.cases().find(caseId).orElseThrow();

        List<ActivityLog.Entry> log = as(viewer).activity().list(caseId);
        assertEquals(owner, log.get(0).user(), "the demo was made by its owner: " + log.get(0));
        assertEquals("case", log.get(0).rowKind());
        assertEquals("ADDED", log.get(0).action());
        assertEquals(caseId, log.get(0).rowId());
        List<String> eds = log.stream().filter(e -> e.user().equals(editor))
                .map(e -> e.action() + " " + e.rowKind() + " " + e.rowId() + " " + e.description()).toList();
        assertEquals(List.of("CHANGED outline node " + node.id() + " " + node.title(), "ADDED outline node " + added.id() + " Count by an editor",
                "REMOVED outline node " + added.id() + " Count by an editor"), eds.subList(eds.size() - 3, eds.size()));
        for (int i = 1; i < log.size(); i++) {
            assertFalse(log.get(i).at().isBefore(log.get(i - 1).at()), "oldest first");
        }
        assertEquals(List.of(), as(outsider).activity().list(caseId), "an outsider reads none of it");

        try (Connection c = sql(editor)) {
            for (String write : List.of("UPDATE activity SET user_name = 'someone' WHERE case_id = " + caseId,
                    "DELETE FROM activity WHERE case_id = " + caseId,
                    "INSERT INTO activity (case_id, happened_at, user_name, row_kind, action) VALUES (" + caseId
                            + ", now(), '" + owner + "', 'case', 'REMOVED')")) {
                SQLException e = assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(write), write);
                assertEquals("42501", e.getSQLState(), write + ": " + e.getMessage());
            }
        }
        assertEquals(log.size(), as(owner).activity().list(caseId).size(), "the log is as it was");
    }

    static Role role(Store store, String user) {
        return store.members().members(store.cases().list().get(0).id()).stream().filter(m -> m.user().equals(user))
                .findFirst().orElseThrow().role();
    }
}
