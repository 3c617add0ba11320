package org.claimbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CitesTest {

    static String shown(String s) {
        return Cites.keepTogether(s).replace('\u00a0', '_');
    }

    @Test
    void statuteCitesAreHeldTogetherAndTheWordsAroundThemAreNot() {
        assertEquals("Count I \u2014 Beneficiary liability (18_U.S.C._\u00a7_1595)", shown("Count I \u2014 Beneficiary liability (18 U.S.C. \u00a7 1595)"));
        assertEquals("RICO, 18_U.S.C._\u00a7_1962(c)", shown("RICO, 18 U.S.C. \u00a7 1962(c)"));
        assertEquals("Unfair competition, Cal._Bus._&_Prof._Code_\u00a7_17200", shown("Unfair competition, Cal. Bus. & Prof. Code \u00a7 17200"));
        assertEquals("under Cal._Civ._Code_\u00a7_52.5", shown("under Cal. Civ. Code \u00a7 52.5"));
        assertEquals("18_U.S.C._\u00a7\u00a7_1591, 1595", shown("18 U.S.C. \u00a7\u00a7 1591, 1595"));
        assertEquals("16_C.F.R._310.3 and 42_U.S.C._1983", shown("16 C.F.R. 310.3 and 42 U.S.C. 1983"));
        assertEquals("The complaint's own words in \u00b6_27", shown("The complaint's own words in \u00b6 27"));
        assertEquals("Negligence", shown("Negligence"));
        assertEquals(null, Cites.keepTogether(null));
    }
}
