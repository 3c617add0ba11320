package org.claimbench.analysis.amend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.claimbench.domain.CarriedPassage;
import org.claimbench.domain.CarryState;
import org.claimbench.domain.Comparison;
import org.junit.jupiter.api.Test;

/** Seeded random amendments: no passage lands silently on other words, and the passages whose words survive seldom need the user. */
class AmendmentPropertyTest {

    @Test
    void randomAmendmentsNeverMisplaceAPassage() {
        int surviving = 0;
        int carriedAlone = 0;
        Map<CarryState, Integer> states = new EnumMap<>(CarryState.class);
        List<String> wrong = new ArrayList<>();
        for (long seed = 1; seed <= 25; seed++) {
            AmendedPair pair = AmendedPair.generate(seed, 200, 60, 40, 150);
            Comparison c = Amendments.compare(pair.before, pair.after);
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
