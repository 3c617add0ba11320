package org.claimbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Runs of citations joined by semicolons, in sentences written for this test. */
class StringCitationsTest {

    private static List<String> runs(String... paragraphs) {
        String text = String.join("\n", paragraphs);
        return StringCitations.group(text, CitationShapesTest.find(paragraphs)).stream()
                .map(r -> r.text() + " @" + r.segmentOrdinal() + " x" + r.members().size()).toList();
    }

    @Test
    void aStatuteAndARegulationJoinedBySemicolonsAreOneRun() {
        assertEquals(List.of("Cal. Civ. Code § 1950.5; 10 C.F.R. § 430.32 @0 x2"), runs(
                "The deposit was kept contrary to Cal. Civ. Code § 1950.5; 10 C.F.R. § 430.32; and the lease itself."));
    }

    @Test
    void signalsAfterTheSemicolonKeepTheRunTogether() {
        assertEquals(List.of("42 U.S.C. § 1983; see also 42 U.S.C. § 1988; cf. 28 U.S.C. § 1343 @0 x3"), runs(
                "Relief is available under 42 U.S.C. § 1983; see also 42 U.S.C. § 1988; cf. 28 U.S.C. § 1343."));
    }

    @Test
    void wordsBetweenTwoCitationsMakeThemSeparate() {
        assertEquals(List.of(), runs(
                "The fee was charged under 15 U.S.C. § 1692f, and it was then reported under 15 U.S.C. § 1681s-2.",
                "Jurisdiction lies under 28 U.S.C. § 1331. Venue lies under 28 U.S.C. § 1391(b)."));
    }

    @Test
    void aRunNeverCrossesIntoTheNextParagraph() {
        assertEquals(List.of(), runs(
                "The landlord relies on 47 U.S.C. § 230;",
                "15 U.S.C. § 45(a) reaches the same conduct."));
    }
}
