package org.claimbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.claimbench.domain.LegalCase;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two programs on one team store: each hears of the cases the other changes, once per transaction and case, and not
 * of its own changes, nor of a case merely being opened; a listener whose line is cut says so and comes back.
 */
class ChangeNoticesTest {

    String url;
    Store anna;
    Store ben;
    final BlockingQueue<String> heard = new LinkedBlockingQueue<>();
    AutoCloseable watch;

    @BeforeEach
    void open() {
        url = TestPostgres.freshUrl();
        anna = Store.open(PostgresDatabase.of(url, TestPostgres.USER, TestPostgres.PASSWORD.toCharArray()));
        ben = Store.open(PostgresDatabase.of(url, TestPostgres.USER, TestPostgres.PASSWORD.toCharArray()));
        watch = anna.watch(new ChangeListener() {
            @Override
            public void caseChanged(long caseId) {
                heard.add("case " + caseId);
            }

            @Override
            public void connection(boolean up) {
                heard.add(up ? "up" : "down");
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        watch.close();
        anna.close();
        ben.close();
    }

    private String next() throws InterruptedException {
        return heard.poll(10, TimeUnit.SECONDS);
    }

    /** Waits until the listener has surely started listening: a change made before then would not be heard. */
    private void listening() throws Exception {
        for (int i = 0; i < 100; i++) {
            try (Connection c = DriverManager.getConnection(url, TestPostgres.USER, TestPostgres.PASSWORD);
                 var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE query = 'LISTEN "
                         + ChangeNotices.CHANNEL + "'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the listener never started listening");
    }

    @Test
    void another_programs_change_is_heard_once_per_case_and_transaction_and_ones_own_is_not() throws Exception {
        listening();
        LegalCase mine = anna.cases().create("Roe v. Acme", null, null, null);
        anna.outline().append(OutlineNode.of(mine.id(), null, 0, NodeKind.COUNT, "Count I"));
        LegalCase theirs = ben.cases().create("Doe v. Beta", null, null, null);
        assertEquals("case " + theirs.id(), next(), "Ben's new case is heard; Anna's own case and count are not");

        ben.transaction(r -> {
            for (int i = 1; i <= 3; i++) {
                r.outline().append(OutlineNode.of(mine.id(), null, i, NodeKind.COUNT, "Count " + i));
            }
            return null;
        });
        assertEquals("case " + mine.id(), next(), "three counts in one transaction: one notice");
        assertNull(heard.poll(1, TimeUnit.SECONDS), "and no second one");

        ben.cases().markOpened(mine.id());
        ben.outline().append(OutlineNode.of(theirs.id(), null, 0, NodeKind.COUNT, "Count A"));
        assertEquals("case " + theirs.id(), next(), "opening a case is not a change; the count after it is");
    }

    @Test
    void a_cut_line_is_said_and_comes_back_and_then_hears_again() throws Exception {
        listening();
        try (Connection admin = DriverManager.getConnection(url, TestPostgres.USER, TestPostgres.PASSWORD)) {
            admin.createStatement().execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN "
                    + ChangeNotices.CHANNEL + "'");
        }
        assertEquals("down", next());
        assertEquals("up", next(), "the listener dials again");
        listening();
        LegalCase c = ben.cases().create("Roe v. Acme", null, null, null);
        assertEquals("case " + c.id(), next());
    }

    @Test
    void a_notice_names_a_case_and_the_program_that_changed_it() {
        assertEquals(42, ChangeNotices.caseOf("42 ClaimBench 7f", "ClaimBench 3a"));
        assertEquals(-1, ChangeNotices.caseOf("42 ClaimBench 3a", "ClaimBench 3a"), "one's own");
        assertEquals(-1, ChangeNotices.caseOf("forty-two psql", "ClaimBench 3a"));
        assertEquals(7, ChangeNotices.caseOf("7", "ClaimBench 3a"), "a change made without an application name");
        assertTrue(ChangeNotices.caseOf(null, "x") < 0);
    }
}
