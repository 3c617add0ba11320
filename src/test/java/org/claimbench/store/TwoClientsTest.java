package org.claimbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.claimbench.domain.ChecklistEntry;
import org.claimbench.domain.Document;
import org.claimbench.domain.EvidenceBasis;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.EvidenceStatus;
import org.claimbench.domain.LegalCase;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.claimbench.domain.Weight;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two people on one case in one PostgreSQL store: an edit made over a row the other changed after it was read is
 * refused, naming who changed it and when; reading again and editing then works.
 */
class TwoClientsTest {

    Store anna;
    Store ben;

    /** The same database, opened as {@code who}. */
    static Database as(String who, String url) {
        return TestPostgres.as(who, url);
    }

    @BeforeEach
    void open() {
        String url = TestPostgres.freshUrl();
        anna = Store.open(as("ANNA", url));
        ben = Store.open(as("BEN", url));
    }

    @AfterEach
    void close() {
        anna.close();
        ben.close();
    }

    @Test
    void a_stale_edit_of_an_outline_node_is_refused_until_it_is_read_again() {
        LegalCase c = anna.cases().create("Roe v. Acme", null, null, null);
        OutlineNode made = anna.outline().append(OutlineNode.of(c.id(), null, 0, NodeKind.COUNT, "Count I"));
        OutlineNode annas = anna.outline().find(made.id()).orElseThrow();
        OutlineNode bens = ben.outline().find(made.id()).orElseThrow();

        anna.outline().update(annas.withNote("Anna's note"));
        StoreException stale = assertThrows(StoreException.class, () -> ben.outline().update(bens.withNote("Ben's note")));
        assertEquals("This outline node was changed by ANNA at " + changedAt(anna, "OUTLINE_NODE", made.id())
                + " since you read it: reload? Your change was not saved.", stale.getMessage());
        assertEquals("Anna's note", anna.outline().find(made.id()).orElseThrow().note(), "nothing of Ben's was written");
        assertThrows(StoreException.class, () -> ben.outline().update(bens.withNote("Ben's note")), "still stale until read again");

        OutlineNode reloaded = ben.outline().find(made.id()).orElseThrow();
        assertEquals("Anna's note", reloaded.note());
        ben.outline().update(reloaded.withNote("Ben's note, after Anna's"));
        StoreException back = assertThrows(StoreException.class, () -> anna.outline().update(annas.withTitle("Count One")));
        assertTrue(back.getMessage().startsWith("This outline node was changed by BEN at "), back.getMessage());
        assertEquals("Ben's note, after Anna's", ben.outline().find(made.id()).orElseThrow().note());
    }

    @Test
    void a_client_never_conflicts_with_its_own_edits() {
        LegalCase c = anna.cases().create("Roe v. Acme", null, null, null);
        OutlineNode node = anna.outline().append(OutlineNode.of(c.id(), null, 0, NodeKind.COUNT, "Count I"));
        OutlineNode first = anna.outline().update(node.withNote("one"));
        anna.outline().update(first.withNote("two"));
        anna.outline().update(node.withNote("three")); // an older copy, but the row was last changed here
        assertEquals("three", anna.outline().find(node.id()).orElseThrow().note());
        anna.cases().updateCaption(c.id(), "Roe v. Acme Corp.", null, null, null);
        anna.cases().updateCaption(c.id(), "Roe v. Acme Corporation", null, null, null);
        assertEquals("Roe v. Acme Corporation", anna.cases().find(c.id()).orElseThrow().title());
    }

    @Test
    void a_move_a_caption_a_note_a_checklist_entry_and_a_short_name_are_guarded_too() {
        LegalCase c = anna.cases().create("Roe v. Acme", null, null, null);
        Document d = StoreTestSupport.newDocument(anna, c.id(), "Acme sold the tools.");
        OutlineNode count = anna.outline().append(OutlineNode.of(c.id(), null, 0, NodeKind.COUNT, "Count I"));
        OutlineNode other = anna.outline().append(OutlineNode.of(c.id(), null, 1, NodeKind.COUNT, "Count II"));
        OutlineNode element = anna.outline().append(OutlineNode.of(c.id(), count.id(), 0, NodeKind.ELEMENT, "Duty"));
        Passage p = anna.passages().insert(RepositoryTest.passage(c.id(), d.id(), 0, 4, "Acme"));
        EvidenceItem item = anna.evidence().insertItem(new EvidenceItem(0, c.id(), "Invoice", EvidenceBasis.DOCUMENT, null, null, null, null));
        ChecklistEntry entry = anna.evidence().addEntry(new ChecklistEntry(0, c.id(), element.id(), item.id(), 0, EvidenceStatus.NEEDED,
                Weight.STRONG, false, null));

        // Ben reads the whole case, then Anna changes each of those rows
        ben.cases().find(c.id()).orElseThrow();
        ben.documents().list(c.id());
        ben.outline().nodes(c.id());
        ben.passages().forCase(c.id());
        ben.evidence().entriesFor(element.id());
        anna.cases().updateCaption(c.id(), "Roe v. Acme Corp.", null, null, null);
        anna.documents().setShortName(d.id(), "Compl.");
        anna.outline().move(element.id(), other.id(), 0);
        anna.passages().updateNote(p.id(), "key admission");
        anna.evidence().updateEntry(new ChecklistEntry(entry.id(), c.id(), element.id(), item.id(), 0, EvidenceStatus.IN_HAND, Weight.STRONG,
                true, null));

        assertStale("case", () -> ben.cases().updateCaption(c.id(), "Roe v. Acme, Inc.", null, null, null));
        assertStale("document", () -> ben.documents().setShortName(d.id(), "Complaint"));
        assertStale("outline node", () -> ben.outline().move(element.id(), count.id(), 0));
        assertStale("highlight", () -> ben.passages().updateNote(p.id(), "not so key"));
        assertStale("checklist entry", () -> ben.evidence().updateEntry(new ChecklistEntry(entry.id(), c.id(), element.id(), item.id(), 0,
                EvidenceStatus.UNAVAILABLE, Weight.WEAK, false, null)));

        assertEquals("Roe v. Acme Corp.", ben.cases().find(c.id()).orElseThrow().title());
        assertEquals("Compl.", ben.documents().find(d.id()).orElseThrow().shortName());
        assertEquals(other.id(), ben.outline().find(element.id()).orElseThrow().parentId());
        assertEquals("key admission", ben.passages().find(p.id()).orElseThrow().note());
        assertEquals(EvidenceStatus.IN_HAND, ben.evidence().entriesFor(element.id()).get(0).status());
        // having read them again, Ben's edits go through
        ben.outline().move(element.id(), count.id(), 0);
        ben.passages().updateNote(p.id(), "not so key");
        assertEquals(count.id(), anna.outline().find(element.id()).orElseThrow().parentId());
    }

    private static void assertStale(String noun, org.junit.jupiter.api.function.Executable edit) {
        StoreException e = assertThrows(StoreException.class, edit);
        assertTrue(e.getMessage().matches("This " + noun + " was changed by ANNA at \\d\\d:\\d\\d since you read it: reload\\? "
                + "Your change was not saved\\."), e.getMessage());
    }

    private static String changedAt(Store store, String table, long id) {
        java.time.OffsetDateTime at = store.dsl().select(org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("CHANGED_AT"),
                java.time.OffsetDateTime.class)).from(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name(table)))
                .where(org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("ID"), Long.class).eq(id)).fetchOne().value1();
        return DateTimeFormatter.ofPattern("HH:mm").format(at.atZoneSameInstant(ZoneId.systemDefault()));
    }
}
