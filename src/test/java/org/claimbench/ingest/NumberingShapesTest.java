package org.claimbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.junit.jupiter.api.Test;

/** Numbered paragraphs as they are filed, numbering errors of the filing itself, and the end of a complaint. */
class NumberingShapesTest {

    static ParsedPleading parse(String text) {
        return new PleadingParser().parse(TextLines.of(text));
    }

    static List<String> numbers(ParsedPleading p) {
        return p.numberedParagraphs().stream().map(Segment::label).toList();
    }

    static long count(ParsedPleading p, SegmentKind kind) {
        return p.segments().stream().filter(s -> s.kind() == kind).count();
    }

    @Test
    void gapsAndDuplicatesAreKeptAsFiledAndReported() {
        ParsedPleading p = parse("""
                1. Wenna Loft rented a flat from Stroud Lettings.

                2. The boiler failed in January.

                2. Stroud did not repair it.

                3. The flat was cold for six weeks.

                9. Wenna moved out in March.

                10. She paid rent for April anyway.
                """);
        assertEquals(List.of("1", "2", "2", "3", "9", "10"), numbers(p));
        assertEquals(List.of("numbering jumps from \u00b6 3 to \u00b6 9", "\u00b6 2 appears twice"), p.warnings());
    }

    @Test
    void aQuotedNumberOrAListItemIsNoJump() {
        ParsedPleading p = parse("""
                1. The lease says:
                40. The tenant keeps the flat warm.
                2. The lease lists the landlord's duties as follows:
                1. Repair the boiler.
                3. Stroud did neither.
                """);
        assertEquals(List.of("1", "2", "3"), numbers(p));
        assertEquals(List.of(), p.warnings());
    }

    @Test
    void numbersWithATabWithoutAPeriodAndOfFiveDigits() {
        ParsedPleading tab = parse("1.\tThe first.\n2.\tThe second.\n");
        assertEquals(List.of("1", "2"), numbers(tab));
        assertEquals("The first.", tab.textOf(tab.numberedParagraphs().get(0)));

        ParsedPleading bare = parse("""
                1 Plaintiff Ivo Marsh is a baker.
                2 Defendant sold him a faulty oven
                2019 was the year of the sale.
                3 The oven burned 40 loaves.
                15 U.S.C. \u00a7 2301 governs the warranty, as does state law.
                4 Marsh seeks damages.
                """);
        assertEquals(List.of("1", "2", "3", "4"), numbers(bare));
        assertTrue(bare.textOf(bare.numberedParagraphs().get(1)).endsWith("2019 was the year of the sale."));

        StringBuilder big = new StringBuilder();
        for (int n = 1; n <= 10001; n++) {
            big.append(n).append(". Paragraph ").append(n).append(".\n");
        }
        List<String> all = numbers(parse(big.toString()));
        assertEquals(10001, all.size());
        assertEquals(List.of("9999", "10000", "10001"), all.subList(9998, 10001));
    }

    @Test
    void aParagraphRunsOnAcrossAPageBreak() {
        List<RawLine> lines = List.of(
                new RawLine("1. The courier left the parcel at the wrong", 0, 1, 27),
                new RawLine("address on", 0, 1, 28),
                new RawLine("three occasions in May.", 0, 2, 1),
                new RawLine("2. Nobody answered the complaints.", 0, 2, 2));
        ParsedPleading p = new PleadingParser().parse(lines);
        assertEquals(List.of("1", "2"), numbers(p));
        assertEquals("The courier left the parcel at the wrong address on three occasions in May.", p.textOf(p.numberedParagraphs().get(0)));
    }

    @Test
    void theNumberedOrLetteredPrayerIsNoParagraphs() {
        ParsedPleading numbered = parse("""
                1. Facts.

                2. More facts.

                WHEREFORE, Plaintiff requests judgment:

                1. For damages;

                2. For costs; and

                3. For such other relief as is just.

                DEMAND FOR JURY TRIAL

                Plaintiff demands a trial by jury.

                Dated: March 2, 2025
                s/ Hollis Wren
                """);
        assertEquals(List.of("1", "2"), numbers(numbered));
        assertEquals(1, count(numbered, SegmentKind.PRAYER));
        assertTrue(numbered.textOf(numbered.segments().stream().filter(s -> s.kind() == SegmentKind.PRAYER).findFirst().orElseThrow())
                .contains("For such other relief"));
        assertEquals(1, count(numbered, SegmentKind.JURY_DEMAND));
        assertEquals(1, count(numbered, SegmentKind.SIGNATURE));

        ParsedPleading lettered = parse("""
                1. Facts.

                REQUEST FOR RELIEF

                a.\tAn injunction;

                b.\tDamages.

                JURY DEMAND

                Respectfully submitted,
                /s/ Hollis Wren
                """);
        assertEquals(List.of("1"), numbers(lettered));
        assertEquals(1, count(lettered, SegmentKind.PRAYER));
        assertEquals(1, count(lettered, SegmentKind.JURY_DEMAND));
        assertEquals(1, count(lettered, SegmentKind.SIGNATURE));
    }

    @Test
    void aComplaintThatNumbersOnThroughItsPrayer() {
        ParsedPleading p = parse("""
                1. Facts.

                2. More facts.

                PRAYER FOR RELIEF

                3. WHEREFORE, Plaintiff asks for the following relief.

                4. Damages of $10,000.

                5. Costs.
                """);
        assertEquals(List.of("1", "2", "3", "4", "5"), numbers(p));
    }

    @Test
    void blockQuotesAndFootnotesByTheirRole() {
        List<RawLine> lines = new ArrayList<>();
        lines.add(new RawLine("1. The notice sent to Ada Penrose read:", 0, 1, 1));
        lines.add(new RawLine("12. Your account is closed.", 8, 1, 2, LineRole.QUOTE, false, false));
        lines.add(new RawLine("\u00b6 7 of the terms applies.", 8, 1, 3, LineRole.QUOTE, false, false));
        lines.add(new RawLine("2. The account was not closed, and fees kept", 0, 1, 4));
        lines.add(new RawLine("\u00b9 The notice is dated May 4.", 0, 1, 30, LineRole.FOOTNOTE, false, false));
        lines.add(new RawLine("2 A second notice followed", 0, 1, 31, LineRole.FOOTNOTE, false, false));
        lines.add(new RawLine("in June.", 0, 1, 32, LineRole.FOOTNOTE, false, false));
        lines.add(new RawLine("running for a year.", 0, 2, 1));
        lines.add(new RawLine("3. Ada paid them.", 0, 2, 2));
        ParsedPleading p = new PleadingParser().parse(lines);
        assertEquals(List.of("1", "2", "3"), numbers(p));
        assertEquals("The notice sent to Ada Penrose read:\n12. Your account is closed. \u00b6 7 of the terms applies.",
                p.textOf(p.numberedParagraphs().get(0)));
        assertEquals("The account was not closed, and fees kept running for a year.", p.textOf(p.numberedParagraphs().get(1)));
        List<SegmentKind> kinds = p.segments().stream().map(Segment::kind).toList();
        assertEquals(List.of(SegmentKind.NUMBERED_PARAGRAPH, SegmentKind.NUMBERED_PARAGRAPH, SegmentKind.FOOTNOTE, SegmentKind.FOOTNOTE,
                SegmentKind.NUMBERED_PARAGRAPH), kinds);
        List<Segment> footnotes = p.segments().stream().filter(s -> s.kind() == SegmentKind.FOOTNOTE).toList();
        assertEquals(List.of("1", "2"), footnotes.stream().map(Segment::label).toList());
        assertEquals("A second notice followed in June.", p.textOf(footnotes.get(1)));
    }

    @Test
    void warnsWhenNothingIsNumberedOrOneSegmentHoldsTheText() {
        assertEquals(List.of("no numbered paragraphs found"), parse("A letter with no numbers at all.\n").warnings());
        String sentence = "The shipment arrived late and damaged, and the carrier refused every claim made for it. ";
        ParsedPleading p = parse("1. Short.\n\n2. " + sentence.repeat(80) + "\n\n3. Short.\n");
        assertEquals(1, p.warnings().size());
        assertTrue(p.warnings().get(0).matches("(9\\d|100)% of the text is in one segment \\(\u00b6 2\\)"), p.warnings().toString());
    }

    static final String NUMBERED_WITH_A_BRACKET = """
            COMPLAINT

            1) Plaintiff Ansel Pike lives in Silver Mesa.

            2) Defendant Lana Drew arrested him on April 9, 2024. The report lists:
            (1) the time of the arrest;
            (2) the charge.

            3) No charge was filed.

            CLAIM I
            Unlawful Arrest
            (Against Defendant Drew)

            4) Plaintiff incorporates paragraphs 1-3.

            5) Drew lacked probable cause.
            """;

    @Test
    void numbersWithABracketInBracketsOrAfterAParagraphSign() {
        for (String form : List.of("N)", "(N)", "\u00b6 N")) {
            String text = NUMBERED_WITH_A_BRACKET.replaceAll("(?m)^(\\d)\\) ", form.replace("N", "$1") + " ");
            ParsedPleading p = parse(text);
            assertEquals(List.of("1", "2", "3", "4", "5"), numbers(p), form);
            assertEquals("Defendant Lana Drew arrested him on April 9, 2024. The report lists: (1) the time of the arrest; (2) the charge.",
                    p.textOf(p.numberedParagraphs().get(1)), form);
            assertEquals(1, p.counts().size(), form);
            assertEquals("4", p.counts().get(0).startParagraph(), form);
            assertEquals(List.of("Drew"), p.counts().get(0).against(), form);
            assertEquals(List.of(1, 2, 3), p.counts().get(0).incorporates(), form);
        }
    }

    @Test
    void aListInBracketsInAComplaintNumberedWithPeriodsStartsNoParagraph() {
        ParsedPleading p = parse("""
                1. The lease lists the landlord's duties:
                (1) Repair the boiler.
                (2) Clear the drains.
                (3) Paint the hall.
                2. Stroud did none of them.
                3. The tenant paid for the repairs.
                4. She asked to be repaid.
                """);
        assertEquals(List.of("1", "2", "3", "4"), numbers(p));
        assertTrue(p.textOf(p.numberedParagraphs().get(0)).endsWith("(3) Paint the hall."));
    }

    @Test
    void aNumberAloneOnItsLineStartsTheParagraphBelow() {
        ParsedPleading p = parse("""
                COMPLAINT

                1.
                Plaintiff Odile Brandt owns a bakery in Salem.

                2.

                Defendant Kestrel Ovens LLC sold her an oven in 2023.

                3.
                The oven failed twice.

                Page 2

                4.
                Kestrel refused to repair it.
                """);
        assertEquals(List.of("1", "2", "3", "4"), numbers(p));
        assertEquals("Defendant Kestrel Ovens LLC sold her an oven in 2023.", p.textOf(p.numberedParagraphs().get(1)));
        assertEquals("Kestrel refused to repair it.", p.textOf(p.numberedParagraphs().get(3)));
    }

    @Test
    void aJuryDemandOrAPrayerThatGoesOnWithTheNumbering() {
        ParsedPleading p = parse("""
                1. Facts.

                2. More facts.

                PRAYER FOR RELIEF

                WHEREFORE, Plaintiff asks for:

                A. Damages;

                B. Costs.

                DEMAND FOR JURY TRIAL

                3. Plaintiff demands a trial by jury on all claims so triable.

                Dated: May 1, 2025
                """);
        assertEquals(List.of("1", "2", "3"), numbers(p));
        assertEquals(1, count(p, SegmentKind.PRAYER));
        assertEquals(1, count(p, SegmentKind.JURY_DEMAND));
        assertEquals(1, count(p, SegmentKind.SIGNATURE));

        ParsedPleading petition = parse("""
                I. FACTS

                1. Facts.

                II. JURY DEMAND

                2. Plaintiff demands a jury trial and tenders the fee.

                III. PRAYER

                3. Plaintiff asks that Defendant be cited to appear and answer.

                Respectfully submitted,
                """);
        assertEquals(List.of("1", "2", "3"), numbers(petition));
        assertEquals(1, count(petition, SegmentKind.JURY_DEMAND));
        assertEquals(1, count(petition, SegmentKind.PRAYER));
    }

    @Test
    void aJuryDemandInCapitalsWithoutAHeading() {
        ParsedPleading p = parse("""
                1. Facts.

                PRAYER FOR RELIEF

                Plaintiff asks the Court to award damages and costs.

                PLAINTIFF DEMANDS A TRIAL BY JURY ON ALL ISSUES SO TRIABLE.
                """);
        assertEquals(List.of("1"), numbers(p));
        assertEquals(1, count(p, SegmentKind.PRAYER));
        assertEquals(1, count(p, SegmentKind.JURY_DEMAND));
        assertEquals(0, count(p, SegmentKind.HEADING));
    }

    /** The demand for a jury in the words filings use, after the prayer and without a heading of its own, or as the heading. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Trial by jury is demanded on every count.",
        "Plaintiff hereby demands a jury on all issues so triable.",
        "Plaintiffs request that this action be tried before a jury.",
        "A jury trial is hereby requested.",
        "Plaintiff elects a trial by jury.",
        "REQUEST FOR JURY TRIAL",
        "TRIAL BY JURY DEMANDED",
        "JURY TRIAL REQUESTED"})
    void aJuryDemandInOtherWords(String demand) {
        ParsedPleading p = parse("""
                1. The ferry ran aground.

                COUNT I
                NEGLIGENCE

                2. The pilot ignored the buoys.

                WHEREFORE, Plaintiff asks for damages and costs.

                %s

                Dated: June 2, 2025
                """.formatted(demand));
        assertEquals(List.of("1", "2"), numbers(p));
        assertEquals(1, count(p, SegmentKind.PRAYER));
        assertEquals(1, count(p, SegmentKind.JURY_DEMAND));
        Segment prayer = p.segments().stream().filter(s -> s.kind() == SegmentKind.PRAYER).findFirst().orElseThrow();
        assertEquals("WHEREFORE, Plaintiff asks for damages and costs.", p.textOf(prayer));
    }

    @Test
    void aJuryMentionedInTheFactsIsNoDemand() {
        ParsedPleading p = parse("""
                1. In the earlier case a jury returned a verdict for the ferry's owner.

                2. The owner then demanded a jury instruction on salvage.

                WHEREFORE, Plaintiff asks for damages.
                """);
        assertEquals(0, count(p, SegmentKind.JURY_DEMAND));
    }

    /** Paragraphs that hang from their numbers: a wrapped line after "Inc." or "(D. Md." goes on with the paragraph. */
    @Test
    void aParagraphHangingFromItsNumberRunsOnAfterAnAbbreviation() {
        ParsedPleading p = parse("""
                1.  Plaintiff Wren Alder bought a rowing machine from Strand Fitness Co.
                    in April 2024 through its web shop.
                2.  The machine's seat rail split in May, and a repairer sent by Strand Fitness Co.
                    said the rail could not be mended.
                3.  Courts treat such a refusal as a breach. See Pell v. Garnet Gyms, 88 F.4th 10 (4th Cir.
                    2023); Lusk v. Orme Co., 701 F. Supp. 3d 55 (D. Md.
                    2024).
                4.  Strand Fitness Co. kept the price and the machine.
                """);
        assertEquals(List.of("1", "2", "3", "4"), numbers(p));
        for (Segment s : p.numberedParagraphs()) {
            assertTrue(!p.textOf(s).contains("\n"), p.textOf(s));
        }
        assertEquals(List.of("Pell v. Garnet Gyms, 88 F.4th 10 (4th Cir. 2023)", "Lusk v. Orme Co., 701 F. Supp. 3d 55 (D. Md. 2024)"),
                p.citations().stream().map(ParsedCitation::text).toList());
    }

    /** A list numbered from 1 inside a paragraph: its third item is no paragraph 3, though 3 is the number that comes next. */
    @Test
    void aListInsideAParagraphThatCountsUpToTheNextNumber() {
        ParsedPleading p = parse("""
                1. Larkspur Marine sold Plaintiff a ketch in 2023.

                2. The bill of sale promised the following:

                1. a new mainsail;

                2. a rebuilt engine; and

                3. a survey by a licensed surveyor.

                3. None of the three was delivered.

                4. The survey, when at last made, listed faults:
                1. a cracked keel bolt;
                2. a leaking seacock;
                3. corroded wiring;
                4. a bent stanchion; and
                5. a split boom.

                5. Larkspur Marine knew of each fault.
                """);
        assertEquals(List.of("1", "2", "3", "4", "5"), numbers(p));
        assertEquals(List.of(), p.warnings());
        assertTrue(p.textOf(p.numberedParagraphs().get(1)).endsWith("3. a survey by a licensed surveyor."));
        assertEquals("None of the three was delivered.", p.textOf(p.numberedParagraphs().get(2)));
    }

    /**
     * Numbers indented from the margin the text wraps to: a wrapped line that happens to open with the next number
     * ("…listed in Schedule" / "2. The repairs…") goes on with its paragraph; a paragraph after a full stop still starts.
     */
    @Test
    void aWrappedLineThatOpensWithTheNextNumberGoesOnWithItsParagraph() {
        ParsedPleading p = parse("""
                     1. Kittery Boatworks sold Plaintiff a sailboat in 2023 and promised the repairs listed in Schedule
                2. The repairs were never made.
                     2. Plaintiff wrote to Kittery on the first of May, as the contract's clause
                3. Notice required, and again on the first of June.
                     3. Kittery did not answer either letter.
                     4. Plaintiff paid in full, as her bank's records show.
                5. Kittery kept the money.
                     6. It has not been returned.
                """);
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), numbers(p));
        assertEquals("Kittery Boatworks sold Plaintiff a sailboat in 2023 and promised the repairs listed in Schedule 2. The repairs were "
                + "never made.", p.textOf(p.numberedParagraphs().get(0)));
        assertEquals(List.of(), p.warnings());
    }

    /** A date line in capitals beside the firm's name opens the signature block; it is no heading. */
    @Test
    void aSignatureBlockThatOpensInCapitals() {
        ParsedPleading p = parse("""
                1. The landlord left the heat off all winter.

                WHEREFORE, Plaintiffs ask for damages.

                DATED: April 2, 2025                 LAW OFFICES OF PELL & STRAND

                By: ____________________
                Ines Pell
                """);
        assertEquals(0, count(p, SegmentKind.HEADING));
        assertEquals(1, count(p, SegmentKind.SIGNATURE));
        assertEquals(1, count(p, SegmentKind.PRAYER));
    }
}
