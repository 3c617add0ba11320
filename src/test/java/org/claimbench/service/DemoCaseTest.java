package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.Party;
import org.claimbench.domain.SupportLevel;
import org.claimbench.store.Store;
import org.junit.jupiter.api.Test;

class DemoCaseTest {

    @Test
    void theDemoCaseFillsEveryPane() {
        try (Store store = Store.inMemory()) {
            DemoCase demo = new DemoCase(store);
            assertTrue(demo.installIfEmpty());
            assertFalse(demo.installIfEmpty(), "a store that has cases gets no second copy on start");
            long id = store.cases().list().get(0).id();
            CaseSnapshot s = org.claimbench.service.Services.of(store, null).cases().open(id);

            assertEquals("SUPERIOR COURT OF THE STATE OF CALIFORNIA, COUNTY OF SAN MATEO", s.legalCase().court());
            assertEquals("24-CIV-04417", s.legalCase().caseNumber());
            assertEquals(List.of("MERIDIAN CLOUD, INC.", "DOES 1 through 20", "JANE ROE 1", "JANE ROE 2", "JANE ROE 3"),
                    s.parties().stream().map(Party::name).toList());
            assertEquals(List.of(DocumentKind.COMPLAINT, DocumentKind.EXHIBIT, DocumentKind.COMMENTARY),
                    s.documents().stream().map(d -> d.kind()).toList());
            assertEquals(3, s.outline().stream().filter(n -> n.kind() == NodeKind.COUNT).count());
            assertEquals(9, s.outline().stream().filter(n -> n.kind() == NodeKind.ELEMENT).count());
            assertEquals(14, s.outline().stream().filter(n -> n.kind() == NodeKind.ALLEGATION).count());
            assertEquals("6 of 14 allegations have evidence, 1 contradicted", s.coverage().toString());
            assertTrue(s.support().containsValue(SupportLevel.CONTRADICTED));
            assertTrue(s.support().containsValue(SupportLevel.PARTLY_SUPPORTED));

            DocumentView complaint = new DocumentImporter(store).view(s.documents().get(0).id());
            assertEquals(41, complaint.numberedParagraphCount());
            assertEquals(3, complaint.counts().size());
            // every passage quotes its document exactly
            for (var p : s.passages()) {
                String text = store.documents().text(p.documentId());
                assertEquals(p.quote(), text.substring(p.start(), p.end()));
            }
            assertTrue(s.links().size() >= 18, "links: " + s.links().size());
        }
    }

    @Test
    void theDemoCanBeAddedAgainAsASeparateCase() {
        try (Store store = Store.inMemory()) {
            long first = new DemoCase(store).install();
            long second = new DemoCase(store).install();
            assertTrue(second != first);
            assertEquals(2, store.cases().list().size());
        }
    }
}
