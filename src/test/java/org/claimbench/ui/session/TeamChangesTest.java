package org.claimbench.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Another user's changes to the case on show: read again with the selection kept, once per burst, and only that case. */
class TeamChangesTest {

    final WorkbenchFixture f = new WorkbenchFixture();
    final CaseSession session = f.w.session();
    final TeamChanges changes = new TeamChanges(session, f.w.edits(), Runnable::run);

    @AfterEach
    void close() {
        f.close();
    }

    private long refreshes() {
        return f.tasks.descriptions.stream().filter("Refreshing"::equals).count();
    }

    @Test
    void a_change_to_the_case_on_show_shows_with_the_selection_kept() {
        OutlineNode chosen = f.firstAllegation();
        session.selectedNodeProperty().set(chosen);
        f.store.outline().append(OutlineNode.of(f.caseId, null, 99, NodeKind.COUNT, "Count IX \u2014 Conversion"));
        changes.caseChanged(f.caseId);
        assertTrue(session.current().outline().stream().anyMatch(n -> n.title().equals("Count IX \u2014 Conversion")));
        assertEquals(chosen.id(), session.selectedNodeProperty().get().id());
        assertTrue(session.noticeProperty().get().endsWith("shown as it is now"), session.noticeProperty().get());
    }

    @Test
    void another_users_correction_of_the_text_on_show_is_read_again() {
        var doc = f.w.document().loadedDocumentProperty().get().view();
        int at = doc.text().indexOf("Meridian");
        assertTrue(at >= 0);
        // the complaint as if it had been recognised from a scan (only such a text is corrected), then another user's
        // correction, made straight on the store
        f.store.recognition().setTextSource(doc.document().id(),
                new org.claimbench.domain.TextSource(org.claimbench.domain.TextSource.OCR, "tesseract", "eng", 1, 1, 100, 90.0, 0));
        f.services.editor().correctText(doc.document().id(), at, at + "Meridian".length(), "MERIDIAN").apply();
        changes.caseChanged(f.caseId);
        String shown = f.w.document().loadedDocumentProperty().get().view().text();
        assertEquals("MERIDIAN", shown.substring(at, at + "MERIDIAN".length()), "the text on show is the corrected one");
    }

    @Test
    void a_change_to_another_case_reads_nothing() {
        long before = refreshes();
        changes.caseChanged(f.caseId + 1000);
        assertEquals(before, refreshes());
    }

    @Test
    void a_burst_of_notices_during_a_refresh_makes_one_more_refresh_not_one_each() {
        long before = refreshes();
        f.tasks.hold = true;
        changes.caseChanged(f.caseId);
        changes.caseChanged(f.caseId);
        changes.caseChanged(f.caseId);
        changes.caseChanged(f.caseId);
        f.tasks.release();
        assertEquals(before + 2, refreshes());
    }

    @Test
    void a_case_gone_from_the_store_leaves_the_window_and_says_so() {
        f.store.cases().delete(f.caseId);
        changes.caseChanged(f.caseId);
        assertNull(session.current());
        assertTrue(session.noticeProperty().get().startsWith("The case that was on show is no longer in the team store for you"));
    }

    @Test
    void a_lost_line_is_named_beside_the_store_and_its_return_reads_the_case_again() {
        assertEquals("Laptop store", session.storeLabelProperty().get());
        session.setStoreName("team store anna@db:5432/claims");
        assertEquals("Team store claims (anna)", session.storeLabelProperty().get());
        changes.connection(false);
        assertEquals("Team store claims (anna) \u2014 connection lost, trying again", session.storeLabelProperty().get());
        long before = refreshes();
        changes.connection(true);
        assertEquals("Team store claims (anna)", session.storeLabelProperty().get());
        assertEquals(before + 1, refreshes(), "anything may have changed while the line was down");
    }
}
