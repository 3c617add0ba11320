package org.claimbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import org.claimbench.domain.LegalCase;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The line to a team store breaks in the middle of an edit: what was committed before stays, nothing of the edit is
 * kept, the failure says which of the two cases it is (broken before the edit was sent to be kept, or while it was
 * being kept), and the store works again on a new line without being reopened.
 */
class ConnectionLostTest {

    PostgresDatabase database;
    Store store;
    String url;
    LegalCase c;

    @BeforeEach
    void open() {
        database = TestPostgres.freshDatabase();
        url = "jdbc:postgresql://127.0.0.1:" + TestPostgres.port() + "/" + database.description().substring(database.description().indexOf('/') + 1);
        store = Store.open(database);
        c = store.cases().create("Roe v. Acme", null, null, null);
        store.outline().append(OutlineNode.of(c.id(), null, 0, NodeKind.COUNT, "Count I"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Ends every session of the store's own (by its application name), as a server restart or a cut cable would. */
    private void cutTheLine() {
        try (Connection admin = DriverManager.getConnection(url, TestPostgres.USER, TestPostgres.PASSWORD);
             var st = admin.createStatement()) {
            st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE 'ClaimBench %' "
                    + "AND pid <> pg_backend_pid()");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> counts() {
        return store.outline().nodes(c.id()).stream().map(OutlineNode::title).toList();
    }

    @Test
    void a_line_cut_in_the_middle_of_an_edit_keeps_nothing_of_it_and_says_it_may_be_tried_again() {
        ConnectionLost lost = assertThrows(ConnectionLost.class, () -> store.transaction(r -> {
            r.outline().append(OutlineNode.of(c.id(), null, 1, NodeKind.COUNT, "Count II"));
            cutTheLine();
            r.outline().append(OutlineNode.of(c.id(), null, 2, NodeKind.COUNT, "Count III"));
            return null;
        }));
        assertFalse(lost.maybeSaved(), "the line broke before the edit was sent to be kept");
        assertTrue(lost.getMessage().startsWith("The connection to the store " + database.description() + " was lost ("),
                lost.getMessage());
        assertTrue(lost.getMessage().contains("Nothing of what you were doing was saved"), lost.getMessage());
        assertEquals(List.of("Count I"), counts(), "the committed count stays, nothing of the cut edit is kept");

        store.outline().append(OutlineNode.of(c.id(), null, 1, NodeKind.COUNT, "Count II"));
        assertEquals(List.of("Count I", "Count II"), counts(), "the store works again on a new line");
    }

    @Test
    void a_line_cut_while_the_edit_is_being_kept_says_the_store_may_have_it() {
        // the server's session ends itself as the transaction commits: the client cannot know how far the commit went
        try (Connection admin = DriverManager.getConnection(url, TestPostgres.USER, TestPostgres.PASSWORD);
             var st = admin.createStatement()) {
            st.execute("CREATE FUNCTION end_my_session() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END $$");
            st.execute("CREATE CONSTRAINT TRIGGER end_at_commit AFTER INSERT ON outline_node DEFERRABLE INITIALLY DEFERRED "
                    + "FOR EACH ROW WHEN (NEW.title = 'Count Doomed') EXECUTE FUNCTION end_my_session()");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        ConnectionLost lost = assertThrows(ConnectionLost.class, () -> store.transaction(r -> {
            r.outline().append(OutlineNode.of(c.id(), null, 1, NodeKind.COUNT, "Count Doomed"));
            return null;
        }));
        assertTrue(lost.maybeSaved(), "the line broke as the edit was being kept");
        assertTrue(lost.getMessage().contains("may or may not have kept it"), lost.getMessage());
        assertEquals(List.of("Count I"), counts(), "a session that ends before its commit is written keeps nothing");
    }

    @Test
    void a_line_cut_between_two_edits_is_dialled_again_without_a_word() throws InterruptedException {
        cutTheLine();
        Thread.sleep(1_000); // a line idle for longer than half a second is checked before it is used again
        store.outline().append(OutlineNode.of(c.id(), null, 1, NodeKind.COUNT, "Count II"));
        assertEquals(List.of("Count I", "Count II"), counts());
    }

    @Test
    void what_counts_as_a_broken_line() {
        assertTrue(ConnectionLost.isLostLine(new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertTrue(ConnectionLost.isLostLine(new RuntimeException(new java.sql.SQLException("terminating connection", "57P01"))));
        assertTrue(ConnectionLost.isLostLine(new java.sql.SQLTransientConnectionException("Connection is not available, request timed out")),
                "the pool found no line in time");
        assertFalse(ConnectionLost.isLostLine(new java.sql.SQLException("duplicate key value", "23505")));
        assertFalse(ConnectionLost.isLostLine(new java.sql.SQLException("permission denied", "42501")));
        assertFalse(ConnectionLost.isLostLine(new IllegalStateException("no SQL here")));
    }
}
