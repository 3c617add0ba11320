package org.claimbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.CitationKind;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.junit.jupiter.api.Test;

/** The citation shapes filed complaints use, each in a sentence written for this test. */
class CitationShapesTest {

    /** Each line is a numbered paragraph whose segment ordinal is its index. */
    static List<ParsedCitation> find(String... paragraphs) {
        String text = String.join("\n", paragraphs);
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < paragraphs.length; i++) {
            segments.add(new Segment(i, 1, i, SegmentKind.NUMBERED_PARAGRAPH, String.valueOf(i + 1), at, at + paragraphs[i].length(), null, null));
            at += paragraphs[i].length() + 1;
        }
        return CitationFinder.find(text, segments);
    }

    static List<String> texts(List<ParsedCitation> found) {
        return found.stream().map(ParsedCitation::text).toList();
    }

    static List<String> described(List<ParsedCitation> found) {
        return found.stream().map(c -> c.kind() + " " + c.text() + " @" + c.segmentOrdinal()).toList();
    }

    @Test
    void statutesWithoutASectionSign() {
        assertEquals(List.of("STATUTE 47 U.S.C. 230 @0", "STATUTE 15 U.S.C. 45(a) @1"), described(find(
                "Harbor Pixel claims that 47 U.S.C. 230 shields its message board.",
                "The practice is unfair within the meaning of 15 U.S.C. 45(a), as alleged below.")));
    }

    @Test
    void theCodeAbbreviationWithoutItsFinalPeriod() {
        assertEquals(List.of("29 U.S.C § 186(c)(5)", "42 USC § 1983", "18 U.S.C.A. § 1030"), texts(find(
                "The trust was set up as 29 U.S.C § 186(c)(5) requires, with a board of six.",
                "Ms. Quillan sues under 42 USC § 1983 and the state constitution.",
                "Access without leave breaches 18 U.S.C.A. § 1030.")));
    }

    @Test
    void aNoBreakSpaceAfterTheSectionSign() {
        assertEquals(List.of("28 U.S.C. § 1331"), texts(find("Jurisdiction lies under 28 U.S.C.\u00a0\u00a7\u00a01331.")));
    }

    @Test
    void regulationsInTheirShortForms() {
        assertEquals(List.of("REGULATION 16 CFR. §§ 318.2(d), (e), (j) @0", "REGULATION 16 CFR 310.4 @1",
                "REGULATION 16 C.F.R § 312.5(a) @2", "REGULATION 12 C.F.R. Part 1026 @3"), described(find(
                "Lumen Tracker is a vendor as that rule defines it. 16 CFR. §§ 318.2(d), (e), (j).",
                "The calls broke the abusive practices rule, 16 CFR 310.4, on each occasion.",
                "No parent consented as 16 C.F.R § 312.5(a) demands.",
                "The disclosures fell short of 12 C.F.R. Part 1026.")));
    }

    @Test
    void titleAndSectionInProse() {
        assertEquals(List.of("section 1983 of title 42", "Title 18, United States Code, Section 1343"), texts(find(
                "The officers are liable under section 1983 of title 42 for the arrest.",
                "The scheme was wire fraud under Title 18, United States Code, Section 1343.")));
    }

    @Test
    void aNamedActFollowedByItsCodeCiteGivesOnlyTheCode() {
        assertEquals(List.of("15 U.S.C. § 45(a)", "29 U.S.C. § 1132(a)(3)", "15 U.S.C. §§ 53(b), 57b"), texts(find(
                "Tallow Goods broke Section 5(a) of the FTC Act, 15 U.S.C. § 45(a), by hiding the fee.",
                "The trustees may sue under ERISA § 502(a)(3), 29 U.S.C. § 1132(a)(3).",
                "The Commission sues under Sections 13(b) and 19 of the Federal Trade Commission Act (\u201cFTC Act\u201d), "
                        + "15 U.S.C. §§ 53(b), 57b.")));
    }

    @Test
    void aCodeCiteAfterALineBreakStillStandsForTheAct() {
        assertEquals(List.of("15 U.S.C. § 45(a)"), texts(find("The Commission enforces Section 5(a) of the FTC Act,\n15 U.S.C. § 45(a).")));
    }

    @Test
    void publicLawsAndTheStatutesAtLarge() {
        assertEquals(List.of("Pub. L. No. 111-5, 123 Stat. 115 (2009)", "Public Law 104-191", "110 Stat. 1936"), texts(find(
                "The rule was made under Pub. L. No. 111-5, 123 Stat. 115 (2009), as later amended.",
                "Congress passed Public Law 104-191 in August, printed at 110 Stat. 1936.")));
    }

    @Test
    void aNamedActOnItsOwnIsReported() {
        assertEquals(List.of("Section 1 of the Sherman Act", "Lanham Act § 43(a)", "ERISA § 515"), texts(find(
                "The two mills fixed prices in breach of Section 1 of the Sherman Act.",
                "The copied badge is false designation under Lanham Act § 43(a).",
                "Contributions are owed under ERISA § 515 and the agreement.")));
    }

    @Test
    void federalRulesInEveryOrder() {
        assertEquals(List.of("STATUTE Rule 4(k)(1)(A) of the Federal Rules of Civil Procedure @0", "STATUTE Fed. R. Civ. P. 23(b)(3) @1",
                "STATUTE Federal Rule of Civil Procedure 65 @2", "STATUTE Fed.R.Evid. 201 @3", "STATUTE Local Rule 7.1(a) @4"), described(find(
                "Personal jurisdiction is proper under Rule 4(k)(1)(A) of the Federal Rules of Civil Procedure.",
                "The class may be certified under Fed. R. Civ. P. 23(b)(3).",
                "Plaintiff seeks an injunction under Federal Rule of Civil Procedure 65.",
                "The Court may take notice of the filing. Fed.R.Evid. 201.",
                "Counsel conferred as Local Rule 7.1(a) requires.")));
    }

    @Test
    void letteredSectionsRangesAndLists() {
        assertEquals(List.of("18 U.S.C. § 2339B", "18 U.S.C. §§ 1591, 1595", "15 U.S.C. §§ 41–58",
                "28 U.S.C. § 1391(b)(2), (b)(3), and (c)(2)", "16 C.F.R. §§ 318.3–6", "28 U.S.C. §§ 1391(b), (c) and 1400(a)",
                "29 U.S.C. § 1001, et. seq."), texts(find(
                "The group gave support barred by 18 U.S.C. § 2339B.",
                "Counts I and II arise under 18 U.S.C. §§ 1591, 1595.",
                "The Commission is an agency created by 15 U.S.C. §§ 41–58.",
                "Venue is proper under 28 U.S.C. § 1391(b)(2), (b)(3), and (c)(2), because the sales took place here.",
                "No notice was sent to anyone. 16 C.F.R. §§ 318.3–6.",
                "Venue lies in this District under 28 U.S.C. §§ 1391(b), (c) and 1400(a).",
                "The plans are governed by 29 U.S.C. § 1001, et. seq. and their trust deeds.")));
    }

    @Test
    void aListThatRepeatsTheSectionSignIsOneCitation() {
        assertEquals(List.of("N.Y. Gen. Bus. Law § 349(a) and § 350", "15 U.S.C. § 1125(a), § 1125(c)",
                "Cal. Bus. & Prof. Code §§ 17200, §§ 17500"), texts(find(
                "The signs misled buyers, in breach of N.Y. Gen. Bus. Law § 349(a) and § 350.",
                "The copied mark violates 15 U.S.C. § 1125(a), § 1125(c) as well.",
                "Each mailer broke Cal. Bus. & Prof. Code §§ 17200, §§ 17500.")));
    }

    @Test
    void aPartOfTheRegulationsAbbreviated() {
        assertEquals(List.of("REGULATION 12 C.F.R. pt. 1022 @0", "REGULATION 40 CFR Pts. 60 and 63 @1"), described(find(
                "The furnisher ignored 12 C.F.R. pt. 1022 for two years.",
                "The kiln's permit rests on 40 CFR Pts. 60 and 63.")));
    }

    @Test
    void aListStopsBeforeTheNextTitle() {
        assertEquals(List.of("28 U.S.C. § 1391(b)", "15 U.S.C. § 53(b)"), texts(find(
                "Venue is proper under 28 U.S.C. § 1391(b), and 15 U.S.C. § 53(b).")));
    }

    @Test
    void stateCodesInTheStatesOwnForms() {
        List<ParsedCitation> found = find(
                "Ferro Kitchens broke Cal. Civ. Code § 1750 and Cal. Bus. & Prof. Code § 17200.",
                "Under California Civil Code section 2860(a), the insured may choose its own counsel.",
                "Jurisdiction lies under N.Y. CPLR §§ 301 and 302.",
                "The labels were deceptive under N.Y. Gen. Bus. Law § 349.",
                "The ads broke Tex. Bus. & Com. Code § 17.41 and Fla. Stat. § 501.201.",
                "Ms. Orrin sues under 815 ILCS 505/2 and Mass. Gen. Laws ch. 93A, § 2.",
                "The plan denied care that Health and Safety Code § 1373.65 requires.",
                "The delay also broke 28 Cal. Code of Reg. § 1300.67.",
                "Venue lies under Tex. Civ. Prac. & Rem. Code § 15.002 and Md. Code Ann., Com. Law § 13-301.",
                "The merchant owes treble damages under N.J. Stat. Ann. § 56:8-19 and Del. Code Ann. tit. 6, § 2513.");
        assertEquals(List.of(
                "STATUTE Cal. Civ. Code § 1750 @0", "STATUTE Cal. Bus. & Prof. Code § 17200 @0",
                "STATUTE California Civil Code section 2860(a) @1",
                "STATUTE N.Y. CPLR §§ 301 and 302 @2",
                "STATUTE N.Y. Gen. Bus. Law § 349 @3",
                "STATUTE Tex. Bus. & Com. Code § 17.41 @4", "STATUTE Fla. Stat. § 501.201 @4",
                "STATUTE 815 ILCS 505/2 @5", "STATUTE Mass. Gen. Laws ch. 93A, § 2 @5",
                "STATUTE Health and Safety Code § 1373.65 @6",
                "REGULATION 28 Cal. Code of Reg. § 1300.67 @7",
                "STATUTE Tex. Civ. Prac. & Rem. Code § 15.002 @8", "STATUTE Md. Code Ann., Com. Law § 13-301 @8",
                "STATUTE N.J. Stat. Ann. § 56:8-19 @9", "STATUTE Del. Code Ann. tit. 6, § 2513 @9"), described(found));
    }

    @Test
    void stateCodesNamedInWords() {
        assertEquals(List.of("§§ 301 and 302 of the New York Civil Practice Law and Rules", "General Business Law § 349",
                "section 501.204, Florida Statutes", "California Health and Safety Code section 1367(e)"), texts(find(
                "The Court has jurisdiction under §§ 301 and 302 of the New York Civil Practice Law and Rules.",
                "Each sale is a deceptive act under General Business Law § 349.",
                "The practice is unfair under section 501.204, Florida Statutes, as shown below.",
                "The plan must keep enough doctors, California Health and Safety Code section 1367(e).")));
    }

    @Test
    void caseCitationsKeepTheirNameAndPinCite() {
        assertEquals(List.of("CASE Bell Atl. Corp. v. Twombly, 550 U.S. 544, 570 (2007) @0",
                "CASE Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009) @0",
                "CASE Ortega v. Plume Foods, Inc., 812 F.3d 1041, 1045–46 (9th Cir. 2016) @1",
                "CASE In re Copperleaf Sec. Litig., 201 F. Supp. 3d 10, 14 (S.D.N.Y. 2017) @2",
                "CASE Wexley v. Dorne Mfg. Co., 2021 WL 4433221, at *3 (N.D. Cal. Aug. 2, 2021) @3"), described(find(
                "A claim must be plausible. See Bell Atl. Corp. v. Twombly, 550 U.S. 544, 570 (2007); Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009).",
                "Here, Ortega v. Plume Foods, Inc., 812 F.3d 1041, 1045–46 (9th Cir. 2016), controls.",
                "The same rule applies to a class of buyers. In re Copperleaf Sec. Litig., 201 F. Supp. 3d 10, 14 (S.D.N.Y. 2017).",
                "Cf. Wexley v. Dorne Mfg. Co., 2021 WL 4433221, at *3 (N.D. Cal. Aug. 2, 2021).")));
    }

    @Test
    void idIsNotACaseAndAShortFormKeepsItsName() {
        assertEquals(List.of("CASE Twombly, 550 U.S. at 556 @1", "CASE Ashcroft v. Iqbal, 556 U.S. 662 (2009) @2"), described(find(
                "The facts make the claim more than possible. Id. at 570.",
                "The complaint need not plead detail, Twombly, 550 U.S. at 556, only facts.",
                "Id.; Ashcroft v. Iqbal, 556 U.S. 662 (2009).")));
    }

    @Test
    void exhibitsInTheirUsualForms() {
        assertEquals(List.of("EXHIBIT Ex. 3 @0", "EXHIBIT Exhibit \u201c1\u201d @1", "EXHIBIT Exhibit \"2\" @1",
                "EXHIBIT Exhibits 6a-6d @2", "EXHIBIT Exhibit 7 @2", "EXHIBIT Exhibit A @3", "EXHIBIT Exhibits A and B @4",
                "EXHIBIT Exhibit \u201c4.\u201d @5", "EXHIBIT Exs. 9–11 @6"), described(find(
                "The invoice shows the fee. See Ex. 3.",
                "A copy of the policy is attached as Exhibit \u201c1\u201d and its renewal as Exhibit \"2\".",
                "Redfern signed the joinder forms (Exhibits 6a-6d, Joinder Forms) and the trade agreement, Exhibit 7.",
                "The lease is attached as Exhibit A.",
                "The two notices are Exhibits A and B.",
                "The first letter is attached as Exhibit \u201c4.\u201d",
                "The later letters, Exs. 9–11, repeat it.")));
    }

    @Test
    void aSingularExhibitDoesNotSwallowTheSentence() {
        assertEquals(List.of("Exhibit A"), texts(find("The deed is Exhibit A, and I signed it on May 2.")));
    }

    @Test
    void recordCitesAreNotReported() {
        assertEquals(List.of(), find(
                "The same facts appear at Compl. ¶ 12 and FAC ¶¶ 3–5 of the earlier case.",
                "Plaintiffs reallege ¶¶ 1-20 and ¶ 23 above."));
    }

    @Test
    void citationsDoNotOverlapAndKeepTheirParagraph() {
        List<ParsedCitation> found = find(
                "Nothing here is cited.",
                "Jurisdiction lies under 28 U.S.C. § 1332(a) and (d) and Cal. Civ. Code § 52.5(a).");
        assertEquals(List.of("STATUTE 28 U.S.C. § 1332(a) @1", "STATUTE Cal. Civ. Code § 52.5(a) @1"), described(found));
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i).start() >= found.get(i - 1).end(), found.toString());
        }
    }

    @Test
    void nearMissesStayFast() {
        // shapes that almost match, repeated, so that a pattern that backtracks badly shows up as a timeout
        String paragraph = "Exhibits 1, 2, 3, and Cal. Civ. Code Law Stat. Ann. Gen. Bus. v. Smith, Jones, Brown, Green, White, "
                + "7 U.S. Section 5 of the Big Long Named Thing and Other Words §§ 1, 2, 3, 4, 5, 6, 7, 8, (a), (b), (c) of the "
                + "Federal Trade Code Law Rules Act ".repeat(3);
        String line = paragraph.repeat(300);
        String[] paragraphs = new String[200];
        java.util.Arrays.fill(paragraphs, paragraph);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            find(line);
            find(paragraphs);
        });
        assertEquals(CitationKind.EXHIBIT, find(paragraph).get(0).kind());
    }

    @Test
    void stateCourtRulesAndNewYorksCivilPracticeRules() {
        assertEquals(List.of("STATUTE Texas Rule of Civil Procedure 190.4 @0", "STATUTE Tex. R. Civ. P. 47(c)(3) @0",
                "STATUTE Fla. R. Civ. P. 1.220(b)(3) @1", "STATUTE Rule 23 of the Arizona Rules of Civil Procedure @1",
                "STATUTE N.Y. C.P.L.R. 3017(c) @2", "STATUTE CPLR 901 @2"), described(find(
                "Discovery runs under Level 3 of Texas Rule of Civil Procedure 190.4, and relief is pleaded as Tex. R. Civ. P. 47(c)(3) asks.",
                "The class fits Fla. R. Civ. P. 1.220(b)(3), and would fit Rule 23 of the Arizona Rules of Civil Procedure as well.",
                "No sum is stated, as N.Y. C.P.L.R. 3017(c) requires; the class is brought under CPLR 901.")));
    }

    @Test
    void stateCodesCitedByTheirInitials() {
        assertEquals(List.of("O.C.G.A. § 9-11-23", "A.R.S. § 44-1522(A)", "RCW 19.86.020", "N.J.S.A. 56:8-2"), texts(find(
                "The class is proper under O.C.G.A. § 9-11-23, and the sale broke A.R.S. § 44-1522(A).",
                "The practice is unfair under RCW 19.86.020 and N.J.S.A. 56:8-2.")));
        assertEquals(List.of(), find("The ORS team met at 10.30 with HRS staff."));
    }

    @Test
    void aRangeOfSubsectionsAndAnUnreportedDecisionWithItsDocketNumber() {
        assertEquals(List.of("28 U.S.C. § 1391(b)(1)-(2)",
                "Marlow v. Fenwick Tools, Inc., No. 3:21-cv-01234, 2022 WL 4455667, at *4 (D. Conn. Jan. 5, 2022)"), texts(find(
                "Venue is proper under 28 U.S.C. § 1391(b)(1)-(2).",
                "See Marlow v. Fenwick Tools, Inc., No. 3:21-cv-01234, 2022 WL 4455667, at *4 (D. Conn. Jan. 5, 2022).")));
    }
}
