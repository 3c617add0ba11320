package org.claimbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The forms a count's heading takes in filed complaints, each in a complaint written for the test. */
class CountShapesTest {

    static ParsedPleading parse(String text) {
        return new PleadingParser().parse(TextLines.of(text));
    }

    static List<String> labels(ParsedPleading p) {
        return p.counts().stream().map(ParsedCount::label).toList();
    }

    static List<String> starts(ParsedPleading p) {
        return p.counts().stream().map(ParsedCount::startParagraph).toList();
    }

    static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    @Test
    void oneLineCountsInCapitalsAndTitleCase() {
        ParsedPleading p = parse("""
                1. Tamsin Greaves bought a kiln from Orrin Ceramics Ltd. in 2022.

                2. The kiln cracked within a week. Count one of this complaint is about that.

                Count 1\u2014Breach of Warranty

                3. Plaintiff realleges paragraphs 1\u20132.

                COUNT II: Negligent Repair

                4. Plaintiff repeats and realleges the allegations above.

                Count III - Unjust Enrichment (Against Defendant Orrin Ceramics Ltd.)

                5. Plaintiff incorporates each averment set forth as if fully rewritten herein.
                """);
        assertEquals(List.of("COUNT 1", "COUNT II", "COUNT III"), labels(p));
        assertEquals(List.of("Breach of Warranty", "Negligent Repair", "Unjust Enrichment"),
                p.counts().stream().map(ParsedCount::title).toList());
        assertEquals(List.of("3", "4", "5"), starts(p));
        assertEquals(List.of("Orrin Ceramics Ltd."), p.counts().get(2).against());
        assertEquals(range(1, 2), p.counts().get(0).incorporates());
        assertEquals(range(1, 3), p.counts().get(1).incorporates());
        assertEquals(range(1, 4), p.counts().get(2).incorporates());
    }

    @Test
    void labelTitleAndPartiesOnLinesOfTheirOwn() {
        ParsedPleading p = parse("""
                1. Defendants Halvard Mills and Pell Freight Co. shipped the wrong grain.

                COUNT I
                BREACH OF CONTRACT
                (Against Defendant Halvard Mills)

                2. As described in Paragraphs 1 to 1 above, the grain was wrong.

                COUNT II
                Conversion
                (Against All Defendants)

                3. Plaintiff realleges paragraphs 1 through 3.

                4. Defendants kept the grain.
                """);
        assertEquals(List.of("COUNT I", "COUNT II"), labels(p));
        assertEquals("BREACH OF CONTRACT", p.counts().get(0).title());
        assertEquals(List.of("Halvard Mills"), p.counts().get(0).against());
        assertEquals("Conversion", p.counts().get(1).title());
        assertEquals(List.of("All Defendants"), p.counts().get(1).against());
        assertEquals(List.of("2", "3"), starts(p));
        assertEquals(List.of(1), p.counts().get(0).incorporates());
        assertEquals(range(1, 3), p.counts().get(1).incorporates(), "a count that realleges its own first paragraph");
    }

    @Test
    void everyWayOfNumberingACount() {
        ParsedPleading p = parse("""
                1. Facts.

                FIRST CAUSE OF ACTION

                2. One.

                CLAIM TWO

                3. Two.

                THIRD CLAIM FOR RELIEF

                4. Three.

                CAUSE OF ACTION NO. 4

                5. Four.

                COUNT FIVE

                6. Five.

                Claim for Relief No. 6

                7. Six.
                """);
        assertEquals(List.of("FIRST CAUSE OF ACTION", "CLAIM TWO", "THIRD CLAIM FOR RELIEF", "CAUSE OF ACTION NO. 4", "COUNT FIVE",
                "CLAIM FOR RELIEF NO. 6"), labels(p));
        assertEquals(List.of("2", "3", "4", "5", "6", "7"), starts(p));
    }

    @Test
    void sectionHeadingsAboveCountsAreNotCounts() {
        ParsedPleading p = parse("""
                1. Facts.

                VIOLATIONS OF THE LANTERN SAFETY ACT

                2. The Act forbids unsafe lanterns.

                COUNT I
                Selling Unsafe Lanterns

                3. As described in Paragraphs 1 to 2 above, Defendant sold them.

                CLAIM FOR RELIEF

                COUNT II- FALSE LABELLING

                4. Plaintiff realleges paragraphs 1 through 4.

                CONSUMER INJURY

                5. Consumers were harmed.

                PRAYER FOR RELIEF

                WHEREFORE, Plaintiff asks the Court to:

                A. Enjoin Defendant;

                B. Award damages.
                """);
        assertEquals(List.of("COUNT I", "COUNT II"), labels(p));
        assertEquals(List.of("Selling Unsafe Lanterns", "FALSE LABELLING"), p.counts().stream().map(ParsedCount::title).toList());
        assertEquals(List.of("3", "4"), starts(p));
        assertEquals(List.of("1", "2", "3", "4", "5"), p.numberedParagraphs().stream().map(s -> s.label()).toList());
        assertEquals(range(1, 2), p.counts().get(0).incorporates());
    }

    @Test
    void aTitleOverTwoLinesAndAPageBreakBeforeTheFirstParagraph() {
        List<RawLine> lines = List.of(
                new RawLine("1. Defendant keeps health records.", 0, 1, 1),
                new RawLine("COUNT I", 30, 1, 2, LineRole.BODY, true, true),
                new RawLine("VIOLATION OF THE RECORD NOTICE RULE", 20, 1, 3, LineRole.BODY, true, true),
                new RawLine("16 C.F.R. \u00a7 318", 30, 1, 4, LineRole.BODY, true, true),
                new RawLine("2. Defendant gave no notice.", 0, 2, 1),
                new RawLine("3. That violates the rule.", 0, 2, 2));
        ParsedPleading p = new PleadingParser().parse(lines);
        assertEquals(1, p.counts().size());
        assertEquals("VIOLATION OF THE RECORD NOTICE RULE 16 C.F.R. \u00a7 318", p.counts().get(0).title());
        assertEquals("2", p.counts().get(0).startParagraph());
    }

    @Test
    void factSubHeadingsAtTheLevelOfCountsAreHeadings() throws Exception {
        String html = """
                <html><body>
                <p>1. Plaintiff sues Quillon Telecom.</p>
                <h2>Quillon Offers Several Plans</h2>
                <p><strong>2.</strong> Quillon sells three plans.</p>
                <h2>Quillon Makes Cancelling Hard</h2>
                <p><strong>3.</strong> Cancelling takes four calls.</p>
                <h1>VIOLATIONS OF THE SHOPPERS ACT</h1>
                <p><strong>4.</strong> The Act requires a simple way to cancel.</p>
                <h2>Count I</h2>
                <h3>Failure to Provide a Simple Way to Cancel</h3>
                <p><strong>5.</strong> As described in Paragraphs 2 to 3 above, Quillon has no simple way.</p>
                <h2>Count II</h2>
                <p><strong>Charging Without Consent</strong></p>
                <p><strong>6.</strong> Quillon charged consumers who had cancelled.</p>
                <h3>PRAYER FOR RELIEF</h3>
                <p><strong>A.</strong> Enjoin Quillon;</p>
                <p><strong>B.</strong> Award relief.</p>
                </body></html>
                """;
        ParsedPleading p = new PleadingParser().parse(HtmlReader.read(html));
        assertEquals(List.of("COUNT I", "COUNT II"), labels(p));
        assertEquals(List.of("Failure to Provide a Simple Way to Cancel", "Charging Without Consent"),
                p.counts().stream().map(ParsedCount::title).toList());
        assertEquals(List.of("5", "6"), starts(p));
        assertEquals(range(2, 3), p.counts().get(0).incorporates());
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), p.numberedParagraphs().stream().map(s -> s.label()).toList());
        assertEquals(3, p.segments().stream().filter(s -> s.kind() == org.claimbench.domain.SegmentKind.HEADING).count());
    }

    @Test
    void tableOfContentsEntriesAreNotCounts() {
        ParsedPleading p = parse("""
                TABLE OF CONTENTS

                I. INTRODUCTION .................... 1
                COUNT I \u2013 Breach of Contract ........ 2
                COUNT II \u2013 Fraud\t3

                I. INTRODUCTION

                1. Plaintiff sues.

                COUNT I \u2013 Breach of Contract

                2. Plaintiff realleges paragraph 1.

                COUNT II \u2013 Fraud

                3. Plaintiff realleges paragraphs 1 through 2.
                """);
        assertEquals(List.of("COUNT I", "COUNT II"), labels(p));
        assertEquals(List.of("2", "3"), starts(p));
        assertEquals(3, p.segments().stream().filter(s -> s.kind() == org.claimbench.domain.SegmentKind.OTHER).count());
    }

    @Test
    void newYorkCausesOfActionWithQuotedParagraphNumbers() {
        ParsedPleading p = parse("""
                1. Plaintiff was a tenant of the building.

                2. Defendant Holloway Gardens Owners Corp. owns it.

                3. Defendant Prestige Lift Service, Inc. kept its elevators.

                AS AND FOR A FIRST CAUSE OF ACTION
                (Negligence against Holloway Gardens Owners Corp.)

                4. Plaintiff repeats, reiterates and realleges each and every allegation contained in paragraphs "1" through "3" \
                hereof with the same force and effect as if fully set forth herein.

                5. The elevator dropped two floors.

                AS AND FOR A SECOND CAUSE OF ACTION AGAINST PRESTIGE LIFT SERVICE, INC.

                6. Plaintiff repeats each allegation in paragraphs numbered \u201c1\u201d through \u201c5\u201d as if set forth at length.

                7. Prestige left the brake unrepaired.

                As and for a Third Separate and Distinct Cause of Action

                8. Plaintiff repeats the foregoing allegations.

                WHEREFORE, plaintiff demands judgment against the defendants on each cause of action.
                """);
        assertEquals(List.of("AS AND FOR A FIRST CAUSE OF ACTION", "AS AND FOR A SECOND CAUSE OF ACTION",
                "AS AND FOR A THIRD SEPARATE AND DISTINCT CAUSE OF ACTION"), labels(p));
        assertEquals(List.of("Negligence", "", ""), p.counts().stream().map(ParsedCount::title).toList());
        assertEquals(List.of("4", "6", "8"), starts(p));
        assertEquals(List.of("Holloway Gardens Owners Corp."), p.counts().get(0).against());
        assertEquals(List.of("PRESTIGE LIFT SERVICE, INC."), p.counts().get(1).against());
        assertEquals(range(1, 3), p.counts().get(0).incorporates());
        assertEquals(range(1, 5), p.counts().get(1).incorporates());
        assertEquals(range(1, 7), p.counts().get(2).incorporates());
        assertEquals(8, p.numberedParagraphs().size());
    }

    @Test
    void aTitleThatCitesAStatuteAndSaysWhoBringsTheCount() {
        ParsedPleading p = parse("""
                1. Facts.

                2. More facts.

                FIRST CLAIM FOR RELIEF
                Violation of the Unfair Competition Law
                (On Behalf of Plaintiffs and the Class Against Defendant Brighthearth Appliances, Inc.)

                3. Plaintiffs incorporate the foregoing allegations as if fully set forth herein.

                SECOND CLAIM FOR RELIEF
                Breach of Implied Warranty, 15 U.S.C. \u00a7 2301 et seq.
                (On Behalf of Plaintiffs and the Nationwide Class)

                4. Plaintiffs incorporate paragraphs 1 through 2.

                5. The ranges were not fit for cooking.
                """);
        assertEquals(List.of("Violation of the Unfair Competition Law", "Breach of Implied Warranty, 15 U.S.C. \u00a7 2301 et seq."),
                p.counts().stream().map(ParsedCount::title).toList());
        assertEquals(List.of("3", "4"), starts(p));
        assertEquals(List.of(List.of("Brighthearth Appliances, Inc."), List.of()), p.counts().stream().map(ParsedCount::against).toList());
        assertEquals(range(1, 2), p.counts().get(1).incorporates());
        assertEquals(0, p.segments().stream().filter(s -> s.kind() == org.claimbench.domain.SegmentKind.HEADING).count());
    }

    static final String COOK_COUNTY = """
            IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
            COUNTY DEPARTMENT, LAW DIVISION

            NADIA ORLOVA,                         )
                      Plaintiff,                  )
                 v.                               )     No. 2024 L 004512
            LAKEVIEW TRANSIT GROUP, INC.,         )
            an Illinois corporation, and          )
            DOMINIC FARR,                         )
                      Defendants.                 )

            COMPLAINT AT LAW

            COUNT I
            Negligence \u2013 Lakeview Transit Group, Inc.

                 NOW COMES the Plaintiff, NADIA ORLOVA, by her attorneys, and complaining of the Defendant, LAKEVIEW TRANSIT GROUP, INC., \
            states as follows:

                 1.   On October 2, 2023, Plaintiff rode a bus that Lakeview operated.

                 2.   The driver braked without cause.

                 3.   Plaintiff fell and broke her wrist.

                 WHEREFORE, the Plaintiff demands judgment against LAKEVIEW TRANSIT GROUP, INC. in excess of $50,000.

            COUNT II
            Negligence \u2013 Dominic Farr

                 1.   Plaintiff restates paragraphs 1 through 3 of Count I as paragraphs 1 through 3 of this Count II.

                 2.   Farr owed Plaintiff a duty to drive with care.

                 3.   Farr breached that duty.

                 WHEREFORE, the Plaintiff demands judgment against DOMINIC FARR in excess of $50,000.

            COUNT III
            Negligent Supervision (Lakeview)

                 1.   Plaintiff restates paragraphs 1 through 3 of Count I.

                 WHEREFORE, the Plaintiff demands judgment against LAKEVIEW TRANSIT GROUP, INC. in excess of $50,000.

            PLAINTIFF DEMANDS TRIAL BY JURY.
            """;

    @Test
    void countsThatNumberTheirParagraphsAnewAndNameTheDefendantAfterADash() {
        ParsedPleading p = parse(COOK_COUNTY);
        assertEquals("2024 L 004512", p.caption().caseNumber());
        assertEquals(List.of("LAKEVIEW TRANSIT GROUP, INC.", "DOMINIC FARR"), p.caption().defendants());
        assertEquals(List.of("1", "2", "3", "1", "2", "3", "1"), p.numberedParagraphs().stream().map(s -> s.label()).toList());
        assertEquals(List.of("COUNT I", "COUNT II", "COUNT III"), labels(p));
        assertEquals(List.of("Negligence", "Negligence", "Negligent Supervision"), p.counts().stream().map(ParsedCount::title).toList());
        assertEquals(List.of(List.of("Lakeview Transit Group, Inc."), List.of("Dominic Farr"), List.of("Lakeview")),
                p.counts().stream().map(ParsedCount::against).toList());
        assertEquals(List.of("1", "1", "1"), starts(p));
        assertEquals(range(1, 3), p.counts().get(1).incorporates());
        assertEquals(3, p.segments().stream().filter(s -> s.kind() == org.claimbench.domain.SegmentKind.PRAYER).count());
        assertEquals(1, p.segments().stream().filter(s -> s.kind() == org.claimbench.domain.SegmentKind.JURY_DEMAND).count());
    }

    @Test
    void aPartOfTheTitleThatNamesNoDefendantStaysInTheTitle() {
        ParsedPleading p = parse("""
                UNITED STATES DISTRICT COURT
                DISTRICT OF UTAH
                ARLO VEST, Plaintiff, v. KESTREL MINING CO., Defendant.

                1. Facts.

                COUNT I \u2013 Negligence \u2013 Premises Liability

                2. Plaintiff realleges paragraph 1.

                COUNT II \u2013 Strict Liability (Ultrahazardous Activity)

                3. Plaintiff realleges paragraphs 1 and 2.
                """);
        assertEquals(List.of("Negligence \u2013 Premises Liability", "Strict Liability (Ultrahazardous Activity)"),
                p.counts().stream().map(ParsedCount::title).toList());
        assertEquals(List.of(List.of(), List.of()), p.counts().stream().map(ParsedCount::against).toList());
    }

    @Test
    void aPetitionsClaimsAsTheHeadingsOfItsOutline() {
        ParsedPleading p = parse("""
                PLAINTIFF'S ORIGINAL PETITION

                I. PARTIES

                1. Plaintiff Rosalind Espinoza lives in Dallas County.

                2. Defendant Trinity Blue Logistics, LLC is a Texas company.

                II. FACTS

                3. A Trinity Blue truck struck Plaintiff's car.

                III. CAUSES OF ACTION

                A. Negligence of Marcus Holt

                4. Holt failed to keep a proper lookout.

                B. Negligent Entrustment by Trinity Blue

                5. Trinity Blue let Holt drive with a suspended license.

                C. Gross Negligence

                6. Plaintiff incorporates paragraphs 1 through 5.

                IV. DAMAGES

                7. Plaintiff seeks monetary relief over $250,000.

                V. JURY DEMAND

                8. Plaintiff demands a jury trial.
                """);
        assertEquals(List.of("A.", "B.", "C."), labels(p));
        assertEquals(List.of("Negligence of Marcus Holt", "Negligent Entrustment by Trinity Blue", "Gross Negligence"),
                p.counts().stream().map(ParsedCount::title).toList());
        assertEquals(List.of("4", "5", "6"), starts(p));
        assertEquals(range(1, 5), p.counts().get(2).incorporates());
        assertEquals(8, p.numberedParagraphs().size());
    }

    @Test
    void outlineHeadingsElsewhereAreNoCounts() {
        ParsedPleading withCounts = parse("""
                1. Facts.

                CLAIMS FOR RELIEF

                COUNT I \u2013 Fraud

                2. Plaintiff realleges paragraph 1.

                A. Damages From the Fraud

                3. Plaintiff lost $40,000.
                """);
        assertEquals(List.of("COUNT I"), labels(withCounts));
        ParsedPleading facts = parse("""
                I. FACTS

                A. The Sale

                1. Facts.

                B. The Refusal

                2. More facts.
                """);
        assertEquals(List.of(), labels(facts));
    }

    @Test
    void californiaCausesOfActionWithTheStatuteAndWhoBringsThemBelow() {
        ParsedPleading p = parse("""
                1. Facts about Defendants Orion Fitness, Inc. and Vega Clubs LLC.

                FIRST CAUSE OF ACTION
                Violation of the Unfair Competition Law
                (Cal. Bus. & Prof. Code \u00a7 17200, et seq.)
                (By Plaintiff and the Class Against All Defendants)

                2. Plaintiff incorporates the preceding paragraphs.

                SECOND CAUSE OF ACTION
                Violation of the Automatic Renewal Law,
                Cal. Bus. & Prof. Code \u00a7 17600, et seq.
                (Against Defendant Orion Fitness, Inc. Only)

                3. Plaintiff incorporates the preceding paragraphs.

                THIRD CAUSE OF ACTION
                (Unjust Enrichment \u2013 Against Vega Clubs LLC)

                4. Plaintiff incorporates paragraphs 1-3.
                """);
        assertEquals(List.of("Violation of the Unfair Competition Law (Cal. Bus. & Prof. Code \u00a7 17200, et seq.)",
                "Violation of the Automatic Renewal Law, Cal. Bus. & Prof. Code \u00a7 17600, et seq.", "Unjust Enrichment"),
                p.counts().stream().map(ParsedCount::title).toList());
        assertEquals(List.of(List.of("All Defendants"), List.of("Orion Fitness, Inc."), List.of("Vega Clubs LLC")),
                p.counts().stream().map(ParsedCount::against).toList());
        assertEquals(List.of("2", "3", "4"), starts(p));
    }

    @Test
    void againstTheDefendantWhomTheCaptionNames() {
        ParsedPleading one = parse("""
                UNITED STATES DISTRICT COURT
                DISTRICT OF UTAH
                ARLO VEST,
                Plaintiff,
                v.
                KESTREL MINING CO.,
                Defendant.

                1. Facts.

                COUNT I \u2013 Negligence (Against Defendant)

                2. Plaintiff realleges paragraph 1.
                """);
        assertEquals(List.of(List.of("KESTREL MINING CO.")), one.counts().stream().map(ParsedCount::against).toList());
        ParsedPleading two = parse("""
                UNITED STATES DISTRICT COURT
                DISTRICT OF UTAH
                ARLO VEST,
                Plaintiff,
                v.
                KESTREL MINING CO. and ODEN HAULAGE LLC,
                Defendants.

                1. Facts.

                COUNT I \u2013 Negligence (Against the Defendants)

                2. Plaintiff realleges paragraph 1.
                """);
        assertEquals(List.of(List.of("All Defendants")), two.counts().stream().map(ParsedCount::against).toList());
    }

    /** A complaint that labels every heading of its outline labels its counts too: "A. COUNT I – …", "V. FIRST CLAIM FOR RELIEF". */
    @Test
    void countsUnderTheLabelsOfTheComplaintsOwnOutline() {
        ParsedPleading p = parse("""
                I. FACTS

                1. Dunmore Cranes Ltd. leased a crane to Plaintiff Orla Fenwick.

                2. The crane's boom failed on its second day.

                II. CLAIMS FOR RELIEF

                A. COUNT I \u2013 BREACH OF WARRANTY

                3. Plaintiff realleges paragraphs 1 and 2.

                B. Count II: Negligent Inspection (Against Dunmore Cranes Ltd.)

                4. Plaintiff realleges paragraphs 1 through 3.

                V. THIRD CLAIM FOR RELIEF
                Unjust Enrichment

                5. Dunmore kept the rent.

                III. PRAYER FOR RELIEF

                WHEREFORE, Plaintiff asks for damages.
                """);
        assertEquals(List.of("COUNT I", "COUNT II", "THIRD CLAIM FOR RELIEF"), labels(p));
        assertEquals(List.of("BREACH OF WARRANTY", "Negligent Inspection", "Unjust Enrichment"),
                p.counts().stream().map(ParsedCount::title).toList());
        assertEquals(List.of("3", "4", "5"), starts(p));
        assertEquals(List.of("Dunmore Cranes Ltd."), p.counts().get(1).against());
    }

    /** Whom a count is against, said after its title without brackets, and running on to the heading's next line. */
    @Test
    void againstTheDefendantsAfterTheTitleWithoutBrackets() {
        ParsedPleading p = parse("""
                PELL ORCHARDS LLC,
                Plaintiff,
                v.
                CORBIN SPRAY CO., HOLLIS DRONES INC., and MAREK VOSS,
                Defendants.

                1. The spray killed the blossom.

                FIRST CAUSE OF ACTION
                TRESPASS AGAINST DEFENDANTS CORBIN SPRAY CO. AND
                HOLLIS DRONES INC.

                2. Plaintiff realleges paragraph 1.

                SECOND CAUSE OF ACTION
                Negligence Against All Defendants

                3. Plaintiff realleges paragraphs 1 and 2.

                THIRD CAUSE OF ACTION
                Discrimination Against Small Growers

                4. Plaintiff realleges paragraphs 1 through 3.
                """);
        assertEquals(List.of("TRESPASS", "Negligence", "Discrimination Against Small Growers"),
                p.counts().stream().map(ParsedCount::title).toList());
        assertEquals(List.of("CORBIN SPRAY CO.", "HOLLIS DRONES INC."), p.counts().get(0).against());
        assertEquals(List.of("All Defendants"), p.counts().get(1).against());
        assertEquals(List.of(), p.counts().get(2).against());
    }
}
