package org.claimbench.analysis.amend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.claimbench.domain.AlignedRow;
import org.claimbench.domain.CarriedPassage;
import org.claimbench.domain.CarryState;
import org.claimbench.domain.Comparison;
import org.claimbench.domain.DiffOp;
import org.claimbench.domain.WordOp;
import org.junit.jupiter.api.Test;

/** Seeded random amendments: no passage lands silently on other words, and the passages whose words survive seldom need the user. */
class AmendmentPropertyTest {

    /** Each word run of a row lies inside one segment of the row on each side it has words on, and reads the same on both sides when equal. */
    static void runsStayInTheirSegments(Comparison c) {
        for (AlignedRow row : c.rows()) {
            for (WordOp op : row.diff()) {
                if (op.op() != DiffOp.INSERT) {
                    assertTrue(row.before().stream().anyMatch(s -> s.start() <= op.oldStart() && op.oldEnd() <= s.end()), row + " " + op);
                }
                if (op.op() != DiffOp.DELETE) {
                    assertTrue(row.after().stream().anyMatch(s -> s.start() <= op.newStart() && op.newEnd() <= s.end()), row + " " + op);
                }
                if (op.op() == DiffOp.EQUAL) {
                    assertEquals(Words.normalised(c.before().text().substring(op.oldStart(), op.oldEnd())),
                            Words.normalised(c.after().text().substring(op.newStart(), op.newEnd())));
                }
            }
            java.util.Set<DiffOp> ops = row.diff().stream().map(WordOp::op).collect(java.util.stream.Collectors.toSet());
            switch (row.kind()) {
                case ADDED -> assertTrue(java.util.Set.of(DiffOp.INSERT).containsAll(ops), row.toString());
                case REMOVED -> assertTrue(java.util.Set.of(DiffOp.DELETE).containsAll(ops), row.toString());
                case UNCHANGED, RENUMBERED -> assertTrue(java.util.Set.of(DiffOp.EQUAL).containsAll(ops), row.toString());
                case CHANGED -> assertTrue(ops.contains(DiffOp.INSERT) || ops.contains(DiffOp.DELETE), row.toString());
                default -> { }
            }
        }
    }

    @Test
    void randomAmendmentsNeverMisplaceAPassage() {
        int surviving = 0;
        int carriedAlone = 0;
        Map<CarryState, Integer> states = new EnumMap<>(CarryState.class);
        List<String> wrong = new ArrayList<>();
        for (long seed = 1; seed <= 25; seed++) {
            AmendedPair pair = AmendedPair.generate(seed, 200, 60, 40, 150);
            Comparison c = Amendments.compare(pair.before, pair.after);
            runsStayInTheirSegments(c);
            for (CarriedPassage cp : Amendments.carry(c, pair.passages)) {
                AmendedPair.Truth t = pair.truth.get(cp.passageId());
                states.merge(cp.state(), 1, Integer::sum);
                if (t.survives()) {
                    surviving++;
                }
                if (cp.state() == CarryState.EXACT || cp.state() == CarryState.MOVED) {
                    if (!t.survives() || t.start() != cp.start()) {
                        wrong.add("seed " + seed + " passage " + cp.passageId() + " " + cp.state() + " at " + cp.start()
                                + ", truly at " + t.start());
                    } else {
                        carriedAlone++;
                    }
                }
            }
        }
        double share = (double) carriedAlone / surviving;
        System.out.printf("random amendments: %s; %d of %d surviving passages carried without the user (%.1f%%)%n",
                states, carriedAlone, surviving, 100 * share);
        assertEquals(List.of(), wrong);
        assertTrue(share >= 0.95, "only " + share + " of surviving passages carried without the user");
    }
}
