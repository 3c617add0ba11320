package org.claimbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** How complaints say what an exhibit is, in sentences written for this test. */
class ExhibitDescriptionsTest {

    /** The description of the first exhibit cite ("Exhibit …") in {@code text}. */
    private static String describe(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Exhibit \\w+").matcher(text);
        if (!m.find()) {
            throw new AssertionError("no exhibit in " + text);
        }
        return ExhibitDescriptions.of(text).describe(m.start(), m.end());
    }

    @Test
    void aTrueAndCorrectCopyAttachedHereto() {
        assertEquals("the notice to quit dated May 3, 2023",
                describe("1. A true and correct copy of the notice to quit dated May 3, 2023 is attached hereto as Exhibit B."));
    }

    @Test
    void aDefinedTermIsReplacedByWhatItStandsFor() {
        assertEquals("Harbor Pixel Terms of Service, Version 4", describe(
                "9. Users accept the “Harbor Pixel Terms of Service, Version 4” (the “Terms”) when they sign up.\n"
                        + "10. A copy of the Terms is attached to this Complaint as Exhibit A."));
        assertEquals("Residential Lease Agreement", describe(
                "3. The parties signed a Residential Lease Agreement (the “Lease”) in 2021.\n"
                        + "4. A copy of the Lease is attached as Exhibit 1."));
    }

    @Test
    void attachedAsExhibitIsACopyOf() {
        assertEquals("the letter Defendant sent on June 2, 2022",
                describe("12. Attached hereto as Exhibit C is a copy of the letter Defendant sent on June 2, 2022. It was unsigned."));
    }

    @Test
    void aBareCiteHasNoDescription() {
        assertNull(describe("14. The invoice overstated the hours worked. See Exhibit D."));
        assertNull(describe("16. Defendant wrote to the tenant in May. A copy of that letter is attached as Exhibit F."));
        assertNull(describe("15. Defendant signed the contract, attached as Exhibit E, and the guaranty."));
    }
}
