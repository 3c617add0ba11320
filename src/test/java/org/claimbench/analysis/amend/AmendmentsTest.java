package org.claimbench.analysis.amend;

import static org.claimbench.analysis.amend.Draft.passage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.claimbench.domain.AlignedRow;
import org.claimbench.domain.AmendmentKind;
import org.claimbench.domain.CarriedPassage;
import org.claimbench.domain.CarryState;
import org.claimbench.domain.Comparison;
import org.claimbench.domain.CountChange;
import org.claimbench.domain.CountChangeKind;
import org.claimbench.domain.DiffOp;
import org.claimbench.domain.PartyChange;
import org.claimbench.domain.PartyRole;
import org.claimbench.domain.Passage;
import org.claimbench.domain.PleadingVersion;
import org.claimbench.domain.WordOp;
import org.junit.jupiter.api.Test;

/** An invented tenant's complaint against her landlord, and its amended version. */
class AmendmentsTest {

    static final String LOOK_ALIKE = "The building office ignored every written request for repair.";
    static final String REPEATS = "Plaintiff repeats the allegations above.";

    static PleadingVersion original() {
        return new Draft(1)
                .caption("DANA OKAFOR, Plaintiff, v. WILLOWMERE APARTMENTS LLC, Defendant.")
                .party(PartyRole.PLAINTIFF, "Dana Okafor").party(PartyRole.DEFENDANT, "Willowmere Apartments LLC")
                .heading("PARTIES")
                .p("Plaintiff Dana Okafor rents unit 4B at 17 Larch Street under a written lease dated June 1.")
                .p("Defendant Willowmere Apartments LLC owns and manages the building at 17 Larch Street.")
                .heading("FACTS")
                .p("In October the radiators in unit 4B stopped working. By the end of the month the apartment fell below fifty degrees at night.")
                .p("Plaintiff reported the outage to the building office by email on October 3 and again on October 9.")
                .p("The building office promised a repair within two days. " + LOOK_ALIKE)
                .p("On November 2 water leaked through the bathroom ceiling and soaked the floor.")
                .p("Mold grew on the bathroom ceiling within three weeks, and Plaintiff's daughter developed a persistent cough.")
                .p("Plaintiff paid every installment of rent on time. " + LOOK_ALIKE)
                .p("On December 1 Defendant served a notice raising the rent by twenty percent.")
                .count("I", "Breach of the Warranty of Habitability", "Willowmere Apartments LLC")
                .p(REPEATS)
                .p("Defendant breached the implied warranty of habitability by failing to restore heat and repair the leak.")
                .count("II", "Retaliatory Rent Increase", "Willowmere Apartments LLC")
                .p(REPEATS)
                .p("Defendant raised the rent in retaliation for Plaintiff's complaints about heat and water.")
                .count("III", "Negligence", "Willowmere Apartments LLC")
                .p(REPEATS)
                .p("Defendant owed Plaintiff a duty of reasonable care in keeping the building safe.")
                .prayer("WHEREFORE, Plaintiff asks the Court for damages, an abatement of rent, and costs.")
                .version();
    }

    /**
     * A new ¶ 2 (a second defendant), old ¶ 3 split in two, ¶ 4 reworded, ¶¶ 6 and 7 merged, ¶ 8's first sentence
     * reworded (its second is the look-alike of ¶ 5's), Count II retitled and Count III dropped with its paragraphs.
     */
    static PleadingVersion amended() {
        return new Draft(2)
                .caption("DANA OKAFOR, Plaintiff, v. WILLOWMERE APARTMENTS LLC and ASHGROVE PROPERTY SERVICES, INC., Defendants.")
                .party(PartyRole.PLAINTIFF, "Dana Okafor").party(PartyRole.DEFENDANT, "Willowmere Apartments, L.L.C.")
                .party(PartyRole.DEFENDANT, "Ashgrove Property Services, Inc.")
                .heading("PARTIES")
                .p("Plaintiff Dana Okafor rents unit 4B at 17 Larch Street under a written lease dated June 1.")
                .p("Defendant Ashgrove Property Services, Inc. runs the building day to day for Willowmere under a management contract.")
                .p("Defendant Willowmere Apartments LLC owns and manages the building at 17 Larch Street.")
                .heading("FACTS")
                .p("In October the radiators in unit 4B stopped working.")
                .p("By the end of the month the apartment fell below fifty degrees at night.")
                .p("Plaintiff reported the outage to the building manager by certified letter on October 3 and again on October 9.")
                .p("The building office promised a repair within two days. " + LOOK_ALIKE)
                .p("On November 2 water leaked through the bathroom ceiling and soaked the floor. "
                        + "Mold grew on the bathroom ceiling within three weeks, and Plaintiff's daughter developed a persistent cough.")
                .p("Plaintiff paid every installment of rent on time, even while the heat was out. " + LOOK_ALIKE)
                .p("On December 1 Defendant served a notice raising the rent by twenty percent.")
                .count("I", "Breach of the Warranty of Habitability", "Willowmere Apartments LLC", "Ashgrove Property Services, Inc.")
                .p(REPEATS)
                .p("Defendant breached the implied warranty of habitability by failing to restore heat and repair the leak.")
                .count("II", "Retaliatory Rent Increase and Harassment", "Willowmere Apartments LLC")
                .p(REPEATS)
                .p("Defendant raised the rent in retaliation for Plaintiff's complaints about heat and water.")
                .prayer("WHEREFORE, Plaintiff asks the Court for damages, an abatement of rent, and costs.")
                .version();
    }

    static String label(AlignedRow r) {
        return r.kind() + " " + String.join("+", r.oldLabels()) + ">" + String.join("+", r.newLabels());
    }

    @Test
    void paragraphsAreAlignedRowByRow() {
        Comparison c = Amendments.compare(original(), amended());
        List<String> rows = c.paragraphRows().stream().map(AmendmentsTest::label).toList();
        assertEquals(List.of(
                "UNCHANGED 1>1", "ADDED >2", "RENUMBERED 2>3", "SPLIT 3>4+5", "CHANGED 4>6", "RENUMBERED 5>7",
                "MERGED 6+7>8", "CHANGED 8>9", "RENUMBERED 9>10", "RENUMBERED 10>11", "RENUMBERED 11>12",
                "RENUMBERED 12>13", "RENUMBERED 13>14", "REMOVED 14>", "REMOVED 15>"), rows);
        assertEquals(List.of("CAPTION CHANGED", "HEADING UNCHANGED", "HEADING UNCHANGED", "COUNT_HEADING UNCHANGED",
                        "COUNT_HEADING CHANGED", "COUNT_HEADING REMOVED", "PRAYER UNCHANGED"),
                c.rows().stream().filter(r -> !r.numbered())
                        .map(r -> (r.before().isEmpty() ? r.after() : r.before()).get(0).kind() + " " + r.kind()).toList());
    }

    @Test
    void theSummaryCountsEveryKindOfChange() {
        Comparison c = Amendments.compare(original(), amended());
        assertEquals("1 paragraph added, 2 removed, 2 changed, 7 renumbered, 1 split, 2 merged; Count III dropped; "
                + "Count II renamed; Count I pleaded against other parties; 1 defendant added", c.summary());
    }

    @Test
    void countsAndPartiesAreCompared() {
        Comparison c = Amendments.compare(original(), amended());
        Map<String, CountChange> counts = c.counts().stream()
                .collect(Collectors.toMap(x -> (x.before() != null ? x.before() : x.after()).label(), Function.identity()));
        assertEquals(CountChangeKind.RETARGETED, counts.get("I").kind());
        assertEquals(List.of("Ashgrove Property Services, Inc."), counts.get("I").againstAdded());
        assertEquals(CountChangeKind.RENAMED, counts.get("II").kind());
        assertEquals(CountChangeKind.DROPPED, counts.get("III").kind());
        // "Willowmere Apartments, L.L.C." is the same defendant as "Willowmere Apartments LLC"
        assertEquals(1, c.parties().size());
        assertEquals(PartyChange.Kind.ADDED, c.parties().get(0).kind());
        assertEquals("Ashgrove Property Services, Inc.", c.parties().get(0).party().name());
    }

    @Test
    void aChangedParagraphCarriesItsWordChanges() {
        Comparison c = Amendments.compare(original(), amended());
        AlignedRow row = c.paragraphRows().stream().filter(r -> r.oldLabels().equals(List.of("4"))).findFirst().orElseThrow();
        String o = c.before().text();
        String n = c.after().text();
        List<String> ops = new ArrayList<>();
        for (WordOp op : row.diff()) {
            ops.add(op.op() + " " + (op.op() == DiffOp.INSERT ? n.substring(op.newStart(), op.newEnd()) : o.substring(op.oldStart(), op.oldEnd())));
        }
        assertEquals(List.of("EQUAL Plaintiff reported the outage to the building", "DELETE office", "INSERT manager", "EQUAL by",
                "DELETE email", "INSERT certified letter", "EQUAL on October 3 and again on October 9"), ops);
        WordOp equal = row.diff().get(0);
        assertEquals(o.substring(equal.oldStart(), equal.oldEnd()), n.substring(equal.newStart(), equal.newEnd()));
        // an added paragraph is one insert, a removed one one delete
        AlignedRow added = c.paragraphRows().get(1);
        assertEquals(List.of(DiffOp.INSERT), added.diff().stream().map(WordOp::op).toList());
        assertEquals("Defendant Ashgrove Property Services, Inc. runs the building day to day for Willowmere under a management contract",
                n.substring(added.diff().get(0).newStart(), added.diff().get(0).newEnd()));
    }

    @Test
    void everyPassageGetsAStateAndNoneLandsOnOtherWords() {
        PleadingVersion old = original();
        PleadingVersion now = amended();
        List<Passage> passages = List.of(
                passage(1, old, "DANA OKAFOR", "WILLOWMERE APARTMENTS LLC"),
                passage(2, old, "FACTS", "FACTS"),
                passage(3, old, "rents unit", "rents unit 4B at 17 Larch Street"),
                passage(4, old, "owns and", "owns and manages the building"),
                passage(5, old, "radiators", "the apartment fell below fifty degrees at night"),
                passage(6, old, "reported the outage", "reported the outage to the building office by email on October 3"),
                passage(7, old, "promised a repair", LOOK_ALIKE),
                passage(8, old, "paid every installment", LOOK_ALIKE),
                passage(9, old, "Mold grew", "Mold grew on the bathroom ceiling within three weeks"),
                passage(11, old, "duty of reasonable care", "duty of reasonable care"),
                passage(12, old, "WHEREFORE", "an abatement of rent"),
                passage(13, old, "implied warranty", "failing to restore heat and repair the leak"),
                passage(14, old, "On November 2", "water leaked through the bathroom ceiling"));
        // ¶ 12 (Count II's) and ¶ 14 (Count III's) repeat ¶ 10 word for word
        Passage countTwo = Draft.passageIn(15, old, "12", "repeats the allegations above");
        Passage countThree = Draft.passageIn(16, old, "14", "repeats the allegations above");
        List<Passage> all = new ArrayList<>(passages);
        all.add(countTwo);
        all.add(countThree);

        Comparison c = Amendments.compare(old, now);
        List<CarriedPassage> carried = Amendments.carry(c, all);
        Map<Long, CarriedPassage> byId = carried.stream().collect(Collectors.toMap(CarriedPassage::passageId, Function.identity()));
        String n = now.text();

        assertEquals(CarryState.MOVED, byId.get(1L).state(), "the caption changed around the name");
        assertEquals(CarryState.EXACT, byId.get(2L).state());
        assertEquals(CarryState.EXACT, byId.get(3L).state());
        assertEquals(CarryState.EXACT, byId.get(4L).state(), "¶ 2 is now ¶ 3, same words");
        assertEquals(CarryState.MOVED, byId.get(5L).state(), "¶ 3 was split");
        assertIn(n, byId.get(5L), "By the end of the month");
        CarriedPassage reworded = byId.get(6L);
        assertEquals(CarryState.CHANGED, reworded.state());
        assertEquals("reported the outage to the building manager by certified letter on October 3", reworded.quote());
        assertTrue(reworded.similarity() >= Amendments.FUZZY && reworded.similarity() < 1, "similarity " + reworded.similarity());
        assertEquals(CarryState.EXACT, byId.get(7L).state());
        assertIn(n, byId.get(7L), "promised a repair");
        assertEquals(CarryState.MOVED, byId.get(8L).state(), "¶ 8 changed around the look-alike");
        assertIn(n, byId.get(8L), "even while the heat was out");
        assertEquals(CarryState.MOVED, byId.get(9L).state(), "¶¶ 6 and 7 were merged");
        assertEquals(CarryState.ORPHANED, byId.get(11L).state(), "Count III is gone");
        assertEquals(CarryState.EXACT, byId.get(12L).state());
        assertEquals(CarryState.EXACT, byId.get(13L).state());
        assertEquals(CarryState.MOVED, byId.get(14L).state());
        assertEquals(CarryState.EXACT, byId.get(15L).state(), "Count II's repetition stays Count II's");
        assertEquals("13", segmentLabel(now, byId.get(15L)));
        assertEquals(CarryState.ORPHANED, byId.get(16L).state(), "Count III's repetition does not jump to another count's");

        for (CarriedPassage cp : carried) {
            Passage p = all.stream().filter(x -> x.id() == cp.passageId()).findFirst().orElseThrow();
            if (cp.state() == CarryState.EXACT || cp.state() == CarryState.MOVED) {
                assertEquals(p.quote(), n.substring(cp.start(), cp.end()), "passage " + p.id());
                assertNotNull(cp.segmentId());
            }
        }
    }

    @Test
    void aLookAlikeWhoseOwnParagraphChangedAsksTheUser() {
        PleadingVersion old = original();
        // ¶ 8's copy of the sentence is reworded; ¶ 5 keeps its copy word for word
        PleadingVersion now = new Draft(2)
                .caption("DANA OKAFOR, Plaintiff, v. WILLOWMERE APARTMENTS LLC, Defendant.")
                .heading("PARTIES")
                .p("Plaintiff Dana Okafor rents unit 4B at 17 Larch Street under a written lease dated June 1.")
                .p("Defendant Willowmere Apartments LLC owns and manages the building at 17 Larch Street.")
                .heading("FACTS")
                .p("In October the radiators in unit 4B stopped working. By the end of the month the apartment fell below fifty degrees at night.")
                .p("Plaintiff reported the outage to the building office by email on October 3 and again on October 9.")
                .p("The building office promised a repair within two days. " + LOOK_ALIKE)
                .p("On November 2 water leaked through the bathroom ceiling and soaked the floor.")
                .p("Mold grew on the bathroom ceiling within three weeks, and Plaintiff's daughter developed a persistent cough.")
                .p("Plaintiff paid every installment of rent on time. The building office ignored every written request for a repair.")
                .p("On December 1 Defendant served a notice raising the rent by twenty percent.")
                .version();
        Comparison c = Amendments.compare(old, now);
        CarriedPassage p = Amendments.carry(c, List.of(passage(1, old, "paid every installment", LOOK_ALIKE))).get(0);
        assertEquals(CarryState.CHANGED, p.state());
        assertEquals("The building office ignored every written request for a repair.", p.quote(), "with its full stop, as the quote has it");
        assertEquals("8", segmentLabel(now, p));
        CarriedPassage same = Amendments.carry(c, List.of(passage(2, old, "promised a repair", LOOK_ALIKE))).get(0);
        assertEquals(CarryState.EXACT, same.state());
        assertEquals("5", segmentLabel(now, same));
    }

    @Test
    void aParagraphInsertedEarlyRenumbersEverythingAfter() {
        Draft before = new Draft(1).heading("FACTS");
        Draft after = new Draft(2).heading("FACTS");
        List<String> facts = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            facts.add("On day " + i + " of the tenancy the tenant logged complaint number " + (100 + i) + " about the boiler in the cellar.");
        }
        for (int i = 0; i < facts.size(); i++) {
            before.p(facts.get(i));
            if (i == 1) {
                after.p("The boiler had failed its inspection the spring before the lease was signed.");
            }
            after.p(facts.get(i));
        }
        PleadingVersion old = before.version();
        Comparison c = Amendments.compare(old, after.version());
        assertEquals("1 paragraph added, 11 renumbered", c.summary());
        assertEquals(AmendmentKind.UNCHANGED, c.paragraphRows().get(0).kind());
        assertEquals(AmendmentKind.ADDED, c.paragraphRows().get(1).kind());
        assertEquals(List.of("2"), c.paragraphRows().get(1).newLabels());
        List<Passage> passages = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            passages.add(passage(i, old, "complaint number " + (100 + i), "complaint number " + (100 + i) + " about the boiler"));
        }
        List<CarriedPassage> carried = Amendments.carry(c, passages);
        for (CarriedPassage cp : carried) {
            assertEquals(CarryState.EXACT, cp.state(), "passage " + cp.passageId());
            int expected = cp.passageId() == 1 ? (int) cp.passageId() : (int) cp.passageId() + 1;
            assertEquals(Integer.toString(expected), segmentLabel(after.version(), cp));
        }
    }

    @Test
    void theSummaryIsInPlainWords() {
        PleadingVersion old = new Draft(1).p("The lease began on June 1.").p("The rent was due on the first.").version();
        assertEquals("No paragraph changed", Amendments.compare(old, old).summary());
        PleadingVersion two = new Draft(2).p("The lease began on June 1.").version();
        assertEquals("1 paragraph removed", Amendments.compare(old, two).summary());
        PleadingVersion three = new Draft(3).p("The tenant moved in on May 30.").p("The neighbour heard the alarm.")
                .p("The lease began on June 1.").p("The rent was due on the first.").version();
        assertEquals("2 paragraphs added, 2 renumbered", Amendments.compare(old, three).summary());
    }

    @Test
    void aCountInsertedBeforeOthersRenumbersThem() {
        PleadingVersion old = new Draft(1)
                .count("I", "Fraud", "Willowmere Apartments LLC").p("Defendant misstated the heating system's age.")
                .count("II", "Negligence", "Willowmere Apartments LLC").p("Defendant failed to service the boiler.")
                .version();
        PleadingVersion now = new Draft(2)
                .count("I", "Breach of Contract", "Willowmere Apartments LLC").p("Defendant broke the lease's repair clause.")
                .count("II", "Fraud", "Willowmere Apartments LLC").p("Defendant misstated the heating system's age.")
                .count("III", "Negligence", "Willowmere Apartments LLC").p("Defendant failed to service the boiler.")
                .version();
        Comparison c = Amendments.compare(old, now);
        assertEquals(List.of(CountChangeKind.ADDED, CountChangeKind.RENUMBERED, CountChangeKind.RENUMBERED),
                c.counts().stream().map(CountChange::kind).toList());
        assertEquals("1 paragraph added, 2 renumbered; Count I added; Count I is now Count II; Count II is now Count III", c.summary());
    }

    @Test
    void aPassageOfAnotherDocumentIsRefused() {
        PleadingVersion old = original();
        Comparison c = Amendments.compare(old, amended());
        Passage other = Draft.passage(1, amended(), "Ashgrove Property Services, Inc. runs", "runs the building");
        assertThrows(IllegalArgumentException.class, () -> Amendments.carry(c, List.of(other)));
    }

    private static String segmentLabel(PleadingVersion v, CarriedPassage p) {
        return v.segments().stream().filter(s -> s.id() == p.segmentId()).findFirst().orElseThrow().label();
    }

    private static void assertIn(String text, CarriedPassage p, String paragraphHolds) {
        int at = text.indexOf(paragraphHolds);
        int paragraphStart = text.lastIndexOf("\n\n", at);
        int paragraphEnd = text.indexOf("\n\n", at);
        assertTrue(p.start() > paragraphStart && (paragraphEnd < 0 || p.end() <= paragraphEnd),
                "passage " + p.passageId() + " at " + p.start() + " is not in the paragraph that holds \"" + paragraphHolds + "\"");
    }
}
