package org.claimbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.claimbench.domain.Caption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Captions in the shapes filings print them, written for this test. A tab stands where the original leaves a
 * wide gap between two parts of a line.
 */
class CaptionShapesTest {

    private static Caption caption(String... lines) {
        return CaptionParser.parse(Arrays.stream(lines).map(RawLine::plain).toList());
    }

    private static ParsedPleading pleading(String text) {
        return new PleadingParser().parse(TextLines.of(text));
    }

    // ---- California pleading paper ----------------------------------------------------------------------

    static final String[] PLEADING_PAPER = {
        "UNITED STATES DISTRICT COURT",
        "EASTERN DISTRICT OF CALIFORNIA",
        "HARBOR VALLEY MEDICAL GROUP,\t)\tCase No.:",
        "INC., d/b/a HARBOR CARE IPA, A California\t)",
        "corporation,\t)\tCOMPLAINT FOR:",
        "\t)",
        "Plaintiff,\t)\t(1) DECLARATORY RELIEF ON",
        "\t)\tTHE INSURER'S DUTY TO",
        "vs.\t)\tDEFEND",
        "\t)\t(2) BREACH OF CONTRACT",
        "SUMMIT RIDGE CASUALTY\t)\t(3) BREACH OF THE COVENANT OF",
        "INSURANCE COMPANY, An Ohio\t)\tGOOD FAITH AND FAIR DEALING",
        "corporation,\t)",
        "\t)\tJURY TRIAL DEMANDED",
        "Defendant.\t)",
    };

    @Test
    void pleadingPaperWithAParenthesisColumnAndTabs() {
        Caption c = caption(PLEADING_PAPER);
        assertEquals("UNITED STATES DISTRICT COURT, EASTERN DISTRICT OF CALIFORNIA", c.court());
        assertEquals(List.of("HARBOR VALLEY MEDICAL GROUP, INC., d/b/a HARBOR CARE IPA"), c.plaintiffs());
        assertEquals(List.of("SUMMIT RIDGE CASUALTY INSURANCE COMPANY"), c.defendants());
        assertNull(c.caseNumber(), "the label is blank, so there is no number");
        assertTrue(c.title().startsWith("COMPLAINT FOR: (1) DECLARATORY RELIEF ON THE INSURER'S DUTY TO DEFEND (2) BREACH OF CONTRACT"),
                c.title());
        assertTrue(c.title().endsWith("; JURY TRIAL DEMANDED"), c.title());
    }

    @Test
    void pleadingPaperWithoutTabsKeepsItsColumnsApartAtTheParenthesis() {
        String[] lines = Arrays.stream(PLEADING_PAPER).map(l -> l.replace("\t", " ")).toArray(String[]::new);
        Caption c = caption(lines);
        assertEquals(List.of("HARBOR VALLEY MEDICAL GROUP, INC., d/b/a HARBOR CARE IPA"), c.plaintiffs());
        assertEquals(List.of("SUMMIT RIDGE CASUALTY INSURANCE COMPANY"), c.defendants());
        assertNull(c.caseNumber());
    }

    @Test
    void pleadingPaperWithItsNumberFilledIn() {
        String[] lines = PLEADING_PAPER.clone();
        lines[2] = "HARBOR VALLEY MEDICAL GROUP,\t)\tCase No.: 2:24-cv-01234-KJM";
        assertEquals("2:24-cv-01234-KJM", caption(lines).caseNumber());
        lines[2] = "HARBOR VALLEY MEDICAL GROUP,\t)\tCase No.:";
        lines[3] = "INC., d/b/a HARBOR CARE IPA, A California\t)\t2:24-cv-01234-KJM";
        assertEquals("2:24-cv-01234-KJM", caption(lines).caseNumber(), "the number printed under its label");
    }

    @Test
    void aCaseNumberLabelLeftBlankTakesNoNumberFromLaterLines() {
        Caption c = caption("SUPERIOR COURT OF THE STATE OF CALIFORNIA", "COUNTY OF FRESNO",
                "LINNEA HOLT,\t)\tCase No.:", "Plaintiff,\t)", "v.\t)\tCOMPLAINT FOR DAMAGES", "GRANITE BAY TOWING, INC.,\t)",
                "Defendant.\t)", "The earlier action, Case No. 19-CV-00412, was dismissed.");
        assertNull(c.caseNumber());
        assertEquals(List.of("LINNEA HOLT"), c.plaintiffs());
        assertEquals(List.of("GRANITE BAY TOWING, INC."), c.defendants());
    }

    // ---- several plaintiffs, each a trust fund's trustees ------------------------------------------------

    @Test
    void trusteesOfSeveralFundsEachOnTheirOwnLines() {
        Caption c = caption(
                "IN THE UNITED STATES DISTRICT COURT",
                "FOR THE SOUTHERN DISTRICT OF OHIO",
                "EASTERN DIVISION",
                "TRUSTEES OF THE OHIO VALLEY",
                "PIPEFITTERS HEALTH AND WELFARE\tCase No. 2:24-cv-00731",
                "FUND,",
                "TRUSTEES OF THE OHIO VALLEY PIPEFITTERS PENSION FUND,\tCOMPLAINT",
                "TRUSTEES OF THE OHIO VALLEY PIPEFITTERS",
                "APPRENTICESHIP AND TRAINING TRUST FUND,",
                "Plaintiffs,",
                "v.",
                "RIVERBEND MECHANICAL, LLC,",
                "Defendant.");
        assertEquals("IN THE UNITED STATES DISTRICT COURT FOR THE SOUTHERN DISTRICT OF OHIO, EASTERN DIVISION", c.court());
        assertEquals("2:24-cv-00731", c.caseNumber());
        assertEquals("COMPLAINT", c.title());
        assertEquals(List.of("TRUSTEES OF THE OHIO VALLEY PIPEFITTERS HEALTH AND WELFARE FUND",
                "TRUSTEES OF THE OHIO VALLEY PIPEFITTERS PENSION FUND",
                "TRUSTEES OF THE OHIO VALLEY PIPEFITTERS APPRENTICESHIP AND TRAINING TRUST FUND"), c.plaintiffs());
        assertEquals(List.of("RIVERBEND MECHANICAL, LLC"), c.defendants());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\t", " "})
    void trusteesDividedByAndLinesWithTheNumberBesideThem(String gap) {
        Caption c = caption(
                "IN THE UNITED STATES DISTRICT COURT",
                "FOR THE NORTHERN DISTRICT OF INDIANA",
                "TRUSTEES OF THE LAKESHORE",
                "CARPENTERS HEALTH",
                "FUND" + gap + "Case No. 2:24-cv-318",
                "and",
                "TRUSTEES OF THE LAKESHORE",
                "CARPENTERS VACATION AND",
                "HOLIDAY TRUST FUND",
                "COMPLAINT",
                "Plaintiffs,",
                "v.",
                "MARSH CREEK EXCAVATING, INC.",
                "Defendant.");
        assertEquals("2:24-cv-318", c.caseNumber());
        assertEquals(List.of("TRUSTEES OF THE LAKESHORE CARPENTERS HEALTH FUND",
                "TRUSTEES OF THE LAKESHORE CARPENTERS VACATION AND HOLIDAY TRUST FUND"), c.plaintiffs());
        assertEquals(List.of("MARSH CREEK EXCAVATING, INC."), c.defendants());
    }

    // ---- many defendants ---------------------------------------------------------------------------------

    @Test
    void twelveDefendantsOverSeveralLines() {
        Caption c = caption(
                "UNITED STATES DISTRICT COURT",
                "SOUTHERN DISTRICT OF NEW YORK",
                "----------------------------------------x",
                "OPEN CODE GUILD, INC., and MARTA OKONKWO,",
                "Plaintiffs,\tCivil Action No. 1:09-cv-10155",
                "-against-",
                "BRIGHTWAVE CO., INC., KESTREL ELECTRONICS AMERICA, INC.,",
                "NORTHFIELD DIGITAL ELECTRONICS, LLC, ORBITA AMERICAS CORPORATION,",
                "SILVERLAKE STORAGE TECHNOLOGIES, INC.; HALDEN TOOL LLC;",
                "PERIWINKLE MICRO, INC., ZENTRA USA INC.,",
                "CALDERA NETWORKS CORPORATION, FOXGLOVE-MERRITT CORPORATION,",
                "VANTIS TECHNOLOGY INC., and",
                "QUILLON COMMUNICATIONS INC.,",
                "Defendants.",
                "----------------------------------------x");
        assertEquals("1:09-cv-10155", c.caseNumber());
        assertEquals(List.of("OPEN CODE GUILD, INC.", "MARTA OKONKWO"), c.plaintiffs());
        assertEquals(List.of("BRIGHTWAVE CO., INC.", "KESTREL ELECTRONICS AMERICA, INC.", "NORTHFIELD DIGITAL ELECTRONICS, LLC",
                "ORBITA AMERICAS CORPORATION", "SILVERLAKE STORAGE TECHNOLOGIES, INC.", "HALDEN TOOL LLC", "PERIWINKLE MICRO, INC.",
                "ZENTRA USA INC.", "CALDERA NETWORKS CORPORATION", "FOXGLOVE-MERRITT CORPORATION", "VANTIS TECHNOLOGY INC.",
                "QUILLON COMMUNICATIONS INC."), c.defendants());
    }

    // ---- a "§" column, as in Texas ------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"\t", " "})
    void texasSectionColumnWithTheCourtOnTheRight(String gap) {
        Caption c = caption(
                "CAUSE NO. 2024-CI-01234",
                "PRISCILLA NAVARRO," + gap + "\u00a7" + gap + "IN THE DISTRICT COURT OF",
                "Plaintiff," + gap + "\u00a7",
                gap + "\u00a7" + gap + "BEXAR COUNTY, TEXAS",
                "v." + gap + "\u00a7",
                gap + "\u00a7",
                "LONE OAK FREIGHT, L.L.C.," + gap + "\u00a7" + gap + "224TH JUDICIAL DISTRICT",
                "Defendant." + gap + "\u00a7",
                "PLAINTIFF'S ORIGINAL PETITION");
        assertEquals("IN THE DISTRICT COURT OF BEXAR COUNTY, TEXAS, 224TH JUDICIAL DISTRICT", c.court());
        assertEquals("2024-CI-01234", c.caseNumber());
        assertEquals(List.of("PRISCILLA NAVARRO"), c.plaintiffs());
        assertEquals(List.of("LONE OAK FREIGHT, L.L.C."), c.defendants());
        assertEquals("PLAINTIFF'S ORIGINAL PETITION", c.title());
    }

    // ---- other ways of naming the sides -----------------------------------------------------------------

    @Test
    void versusInsideOneLine() {
        Caption c = caption("UNITED STATES DISTRICT COURT", "DISTRICT OF OREGON",
                "MIRA CALLOWAY v. TIDEWATER ROASTERS CORP.", "Case No. 3:24-cv-00417");
        assertEquals(List.of("MIRA CALLOWAY"), c.plaintiffs());
        assertEquals(List.of("TIDEWATER ROASTERS CORP."), c.defendants());
        assertEquals("3:24-cv-00417", c.caseNumber());
    }

    @Test
    void aMiddleInitialIsNotTheVersus() {
        Caption c = caption("UNITED STATES DISTRICT COURT", "DISTRICT OF IDAHO",
                "CONRAD V. ELLERY, Plaintiff, v. SAWTOOTH GRAIN LLC, Defendant.");
        assertEquals(List.of("CONRAD V. ELLERY"), c.plaintiffs());
        assertEquals(List.of("SAWTOOTH GRAIN LLC"), c.defendants());
    }

    @Test
    void plaintiffsWithAnSInBrackets() {
        Caption c = caption("SUPERIOR COURT OF NEW JERSEY", "LAW DIVISION", "DOCKET NO. ESX-L-001234-24",
                "GRETA VANCE and OWEN VANCE,", "Plaintiff(s),", "vs.", "PINECREST HOMES, LLC; ABC CORPS. 1-10,", "Defendant(s).");
        assertEquals("SUPERIOR COURT OF NEW JERSEY, LAW DIVISION", c.court());
        assertEquals("ESX-L-001234-24", c.caseNumber());
        assertEquals(List.of("GRETA VANCE", "OWEN VANCE"), c.plaintiffs());
        assertEquals(List.of("PINECREST HOMES, LLC", "ABC CORPS. 1-10"), c.defendants());
    }

    @Test
    void petitionerAndRespondent() {
        Caption c = caption("IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS", "COUNTY DEPARTMENT, CHANCERY DIVISION",
                "HOLLIS BRANDT,", "Petitioner,", "v.", "VILLAGE OF ELM HOLLOW, an Illinois municipal corporation,", "Respondent.",
                "No. 2024-CH-01234");
        assertEquals("IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS, COUNTY DEPARTMENT, CHANCERY DIVISION", c.court());
        assertEquals(List.of("HOLLIS BRANDT"), c.plaintiffs());
        assertEquals(List.of("VILLAGE OF ELM HOLLOW"), c.defendants());
        assertEquals("2024-CH-01234", c.caseNumber());
    }

    @Test
    void theUnitedStatesAgainstACompanyDoingBusinessUnderAnotherName() {
        Caption c = caption("UNITED STATES DISTRICT COURT", "NORTHERN DISTRICT OF ILLINOIS", "UNITED STATES OF AMERICA,", "Plaintiff,",
                "v.", "CYCLEWISE HEALTH CO., a corporation, d/b/a CYCLEWISE,", "Defendant", "Case No. 1:23-cv-04410",
                "COMPLAINT FOR CIVIL PENALTIES, PERMANENT INJUNCTION, AND OTHER RELIEF");
        assertEquals(List.of("UNITED STATES OF AMERICA"), c.plaintiffs());
        assertEquals(List.of("CYCLEWISE HEALTH CO., d/b/a CYCLEWISE"), c.defendants());
        assertEquals("COMPLAINT FOR CIVIL PENALTIES, PERMANENT INJUNCTION, AND OTHER RELIEF", c.title());
    }

    @Test
    void theWholeCaptionOnOneLine() {
        Caption c = caption("UNITED STATES DISTRICT COURT", "NORTHERN DISTRICT OF ILLINOIS",
                "UNITED STATES OF AMERICA, Plaintiff, v. CYCLEWISE HEALTH CO., a corporation, d/b/a CYCLEWISE, Defendant.");
        assertEquals(List.of("UNITED STATES OF AMERICA"), c.plaintiffs());
        assertEquals(List.of("CYCLEWISE HEALTH CO., d/b/a CYCLEWISE"), c.defendants());
    }

    @Test
    void aClassRepresentativeSuingForOthers() {
        Caption c = caption(
                "UNITED STATES DISTRICT COURT",
                "CENTRAL DISTRICT OF CALIFORNIA",
                "DANA WHITLOCK and RAFAEL ORTIZ, individually\tCase No. 2:24-cv-05512",
                "and on behalf of all others similarly situated,\tCLASS ACTION COMPLAINT",
                "Plaintiffs,",
                "v.",
                "LUMEN PANTRY, INC., a Delaware corporation; and\tJURY TRIAL DEMANDED",
                "DOES 1 through 25, inclusive,",
                "Defendants.");
        assertEquals(List.of("DANA WHITLOCK", "RAFAEL ORTIZ"), c.plaintiffs());
        assertEquals(List.of("LUMEN PANTRY, INC.", "DOES 1 through 25"), c.defendants());
        assertEquals("2:24-cv-05512", c.caseNumber());
        assertEquals("CLASS ACTION COMPLAINT; JURY TRIAL DEMANDED", c.title());
    }

    @Test
    void aNewYorkCaptionWithAColonColumn() {
        Caption c = caption("SUPREME COURT OF THE STATE OF NEW YORK", "COUNTY OF KINGS",
                "ADELE FONTAINE,\t:\tIndex No. 654321/2023", "Plaintiff,\t:", "- against -\t:", "BROOKSIDE TOWERS LLC,\t:\tSUMMONS AND COMPLAINT",
                "Defendant.\t:");
        assertEquals("SUPREME COURT OF THE STATE OF NEW YORK, COUNTY OF KINGS", c.court());
        assertEquals("654321/2023", c.caseNumber());
        assertEquals(List.of("ADELE FONTAINE"), c.plaintiffs());
        assertEquals(List.of("BROOKSIDE TOWERS LLC"), c.defendants());
    }

    @Test
    void theAttorneysAboveACaptionWithoutACourtLineAreNoParties() {
        Caption c = caption("Nadia Crane (SBN 310022)", "ncrane@cranelaw.example", "Telephone: (555) 010-2200", "Attorneys for Plaintiff",
                "ORLA BEKELE,", "Plaintiff,", "v.", "SUNDIAL PROPERTIES, LP,", "Defendant.");
        assertEquals(List.of("ORLA BEKELE"), c.plaintiffs());
        assertEquals(List.of("SUNDIAL PROPERTIES, LP"), c.defendants());
        Caption named = caption("Nadia Crane (SBN 310022)", "Attorneys for Plaintiff", "ORLA BEKELE", "SUPERIOR COURT OF CALIFORNIA",
                "COUNTY OF MARIN", "ORLA BEKELE,", "Plaintiff,", "v.", "SUNDIAL PROPERTIES, LP,", "Defendant.");
        assertEquals("SUPERIOR COURT OF CALIFORNIA, COUNTY OF MARIN", named.court());
        assertEquals(List.of("ORLA BEKELE"), named.plaintiffs());
    }

    @Test
    void namesJoinedByAndStayWholeWhereTheyAreOneName() {
        assertEquals(List.of("SMITH AND WESSEX, INC."), CaptionParser.partyNames("SMITH AND WESSEX, INC."));
        assertEquals(List.of("HARBOR BANK AND TRUST COMPANY"), CaptionParser.partyNames("HARBOR BANK AND TRUST COMPANY"));
        assertEquals(List.of("PELL & PELL"), CaptionParser.partyNames("PELL & PELL"));
        assertEquals(List.of("JANE ROE", "JOHN ROE"), CaptionParser.partyNames("JANE ROE and JOHN ROE"));
        assertEquals(List.of("ALDER, INC.", "BIRCH LLC"), CaptionParser.partyNames("ALDER, INC. and BIRCH LLC"));
        assertEquals(List.of("MILLBROOK TERRACE CONDOMINIUM", "HUDSON CREST ROOFING CO., INC."),
                CaptionParser.partyNames("MILLBROOK TERRACE CONDOMINIUM and HUDSON CREST ROOFING CO., INC."));
        assertEquals(List.of("BLACK AND DECKLE, INC."), CaptionParser.partyNames("BLACK AND DECKLE, INC."));
        assertEquals(List.of("JANE ROE", "MARY ROE"),
                CaptionParser.partyNames("JANE ROE, a minor, by and through her guardian ad litem, MARY ROE"));
        assertEquals(List.of("KEN ABARA"), CaptionParser.partyNames("KEN ABARA, in his official capacity as Director of Parks"));
        assertEquals(List.of("CITY OF SILVER MESA", "OFFICER LANA DREW"),
                CaptionParser.partyNames("CITY OF SILVER MESA and OFFICER LANA DREW, in her individual capacity"));
        assertEquals(List.of("COUNTY OF SALT AND PEPPER"), CaptionParser.partyNames("COUNTY OF SALT AND PEPPER"));
    }

    // ---- case numbers --------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Case No. 1:24-cv-524|1:24-cv-524",
        "Civil Action No. 3:22-cv-6435|3:22-cv-6435",
        "No. 23-cv-01234-ABC|23-cv-01234-ABC",
        "Index No. 654321/2023|654321/2023",
        "CASE NO.: 24STCV01234|24STCV01234",
        "Case No. ____________|",
        "Case No.:|",
    })
    void caseNumbers(String line, String expected) {
        Caption c = caption("UNITED STATES DISTRICT COURT", "DISTRICT OF MAINE", "ELSA MOREAU,", "Plaintiff,", "v.", "KITTERY BOATWORKS, INC.,",
                "Defendant.", line, "COMPLAINT", "Case No. 9:99-cv-99999 was a different action.");
        assertEquals(expected, c.caseNumber());
    }

    @Test
    void aCaseNumberBesideAPartyAfterATab() {
        Caption c = caption("UNITED STATES DISTRICT COURT", "EASTERN DISTRICT OF KENTUCKY", "CORDELIA MARSH,", "Plaintiff,", "v.",
                "ACME LLC,\tCIVIL ACTION NO. 5:23-cv-9", "Defendant.");
        assertEquals("5:23-cv-9", c.caseNumber());
        assertEquals(List.of("ACME LLC"), c.defendants());
    }

    // ---- no caption: the parties come from the body --------------------------------------------------------

    static final String NO_CAPTION = String.join("\n",
            "Attorneys for Plaintiff",
            "CONSUMER SAFETY BUREAU",
            "UNITED STATES DISTRICT COURT DISTRICT OF NEW JERSEY",
            "Case No. 3:22-cv-07001",
            "COMPLAINT FOR PERMANENT INJUNCTION AND OTHER RELIEF",
            "",
            "Plaintiff, the Consumer Safety Bureau (\u201cBureau\u201d), for its Complaint alleges:",
            "",
            "1. The Bureau brings this action to stop charges that subscribers never agreed to.",
            "",
            "DEFENDANTS",
            "",
            "2. Defendant Harrow Holdings Corp. (\u201cHarrow Holdings\u201d) is a Delaware corporation with its principal place of "
                    + "business in Newark, New Jersey.",
            "",
            "3. Defendant Harrow America LLC (\u201cHarrow America\u201d) is a Delaware limited liability company.",
            "",
            "4. Defendant Harrow Business, Inc. (\u201cHarrow Business\u201d) is a New York corporation.",
            "",
            "5. Defendants Harrow Holdings Corp., Harrow America LLC, and Harrow Business, Inc. (collectively, \u201cHarrow\u201d) "
                    + "have operated as a common enterprise.",
            "",
            "6. Defendant Harrow is liable for the acts of each of them. The Bureau seeks relief against Defendant Harrow for each count.",
            "");

    @Test
    void withoutACaptionThePartiesComeFromTheBody() {
        Caption c = pleading(NO_CAPTION).caption();
        assertEquals(List.of("Consumer Safety Bureau"), c.plaintiffs());
        assertEquals(List.of("Harrow Holdings Corp.", "Harrow America LLC", "Harrow Business, Inc."), c.defendants());
        assertEquals("UNITED STATES DISTRICT COURT DISTRICT OF NEW JERSEY", c.court(), "the court stays what the caption says");
        assertEquals("3:22-cv-07001", c.caseNumber());
    }

    @Test
    void plaintiffsNamedTogetherAndADefendantIntroducedWithCommas() {
        Caption c = pleading(String.join("\n",
                "COMPLAINT",
                "",
                "1. Plaintiff Wren Galloway is an individual residing in Tucson, Arizona.",
                "",
                "2. Plaintiff Ines Okafor (\u201cOkafor\u201d) resides in Mesa, Arizona.",
                "",
                "3. Defendant, Copperline Fitness, LLC, is an Arizona limited liability company.",
                "",
                "4. Defendant Copperline Fitness, LLC charged each Plaintiff a fee.",
                "")).caption();
        assertEquals(List.of("Wren Galloway", "Ines Okafor"), c.plaintiffs());
        assertEquals(List.of("Copperline Fitness, LLC"), c.defendants());
    }

    @Test
    void definedShortNamesAndPassingMentionsAreNotNewParties() {
        List<String> found = BodyParties.find(String.join("\n",
                "Defendant Marlow Logistics, Inc. (\u201cMarlow\u201d) is a Texas corporation.",
                "Defendant Marlow is headquartered in Austin.",
                "The fees were set by Defendant Marlow without notice.",
                "Each Defendant is liable."), false, BodyParties.defined("(\u201cMarlow\u201d)"));
        assertEquals(List.of("Marlow Logistics, Inc."), found);
    }

    @Test
    void partiesIntroducedByWhatTheyDo() {
        Caption c = pleading(String.join("\n",
                "COMPLAINT",
                "",
                "1. Plaintiff Juno Hale lives in Tulsa, Oklahoma.",
                "",
                "2. Defendant Ardent Pools LLC builds pools. Defendant Ardent Pools LLC sold Hale a pool in 2023.",
                "")).caption();
        assertEquals(List.of("Juno Hale"), c.plaintiffs());
        assertEquals(List.of("Ardent Pools LLC"), c.defendants());
    }

    @Test
    void nothingFoundLeavesThePartiesEmpty() {
        Caption c = pleading(String.join("\n",
                "COMPLAINT",
                "",
                "1. The company failed to pay its drivers for their waiting time.",
                "",
                "2. Plaintiffs bring this action for themselves and others like them.",
                "")).caption();
        assertEquals(List.of(), c.plaintiffs());
        assertEquals(List.of(), c.defendants());
    }

    @Test
    void aCaptionThatNamesBothSidesIsNotChangedByTheBody() {
        Caption c = pleading(String.join("\n",
                "UNITED STATES DISTRICT COURT",
                "DISTRICT OF VERMONT",
                "",
                "TOBIN ASHWORTH,",
                "Plaintiff,",
                "v.",
                "GREEN MOUNTAIN CIDER WORKS, INC.,",
                "Defendant.",
                "",
                "Case No. 2:24-cv-00088",
                "",
                "COMPLAINT",
                "",
                "1. Plaintiff Tobin Ashworth is a resident of Burlington.",
                "",
                "2. Defendant Orchard Holdings LLC is a Vermont company that owns the cidery.",
                "")).caption();
        assertEquals(List.of("TOBIN ASHWORTH"), c.plaintiffs());
        assertEquals(List.of("GREEN MOUNTAIN CIDER WORKS, INC."), c.defendants());
    }

    @Test
    void aTextExportKeepsTheCaptionsColumnsApartAtTheirWideGap() {
        ParsedPleading p = pleading(String.join("\n",
                "SUPREME COURT OF THE STATE OF NEW YORK",
                "COUNTY OF QUEENS",
                "-------------------------------------------------------X",
                "MARGUERITE DELACROIX,",
                "                               Plaintiff,          Index No.: 712345/2024",
                "",
                "          -against-                                VERIFIED COMPLAINT",
                "",
                "HOLLOWAY GARDENS OWNERS CORP. and",
                "PRESTIGE LIFT SERVICE, INC.,",
                "                               Defendants.",
                "-------------------------------------------------------X",
                "",
                "1. Plaintiff lives in Queens.",
                ""));
        Caption c = p.caption();
        assertEquals("SUPREME COURT OF THE STATE OF NEW YORK, COUNTY OF QUEENS", c.court());
        assertEquals("712345/2024", c.caseNumber());
        assertEquals("VERIFIED COMPLAINT", c.title());
        assertEquals(List.of("MARGUERITE DELACROIX"), c.plaintiffs());
        assertEquals(List.of("HOLLOWAY GARDENS OWNERS CORP.", "PRESTIGE LIFT SERVICE, INC."), c.defendants());
        assertEquals("Plaintiff lives in Queens.", p.textOf(p.numberedParagraphs().get(0)));
    }

    // ---- a numbered list of claims in the right column ----------------------------------------------------

    /** The right column lists the claims "1. …", "2. …" beside the parties, with no column of ")" between them. */
    @Test
    void claimsNumberedInTheRightColumnOfAPdfAreNotParagraphs() throws Exception {
        LayoutPdfs.Page page = LayoutPdfs.page()
                .centred(72, 12, "UNITED STATES DISTRICT COURT")
                .centred(86, 12, "NORTHERN DISTRICT OF CALIFORNIA")
                .text(72, 120, "MARGUERITE OYELOWO, individually and").text(330, 120, "Case No. 3:25-cv-04411")
                .text(72, 134, "on behalf of all others similarly situated,")
                .text(330, 148, "CLASS ACTION COMPLAINT FOR:")
                .text(120, 162, "Plaintiff,")
                .text(330, 176, "1. Violation of the Unfair")
                .text(72, 190, "v.").text(342, 190, "Competition Law; and")
                .text(330, 204, "2. Breach of Implied Warranty")
                .text(72, 218, "SUNDIAL APPLIANCE CO.,")
                .text(330, 232, "DEMAND FOR JURY TRIAL")
                .text(120, 246, "Defendant.");
        float y = 290;
        String[] facts = {"Sundial Appliance Co. sells toasters across California.", "Its toasters catch fire when left on.",
            "Plaintiff bought one in March 2024.", "It caught fire in January 2025."};
        for (int i = 0; i < facts.length; i++, y += 24) {
            page.text(108, y, (i + 1) + ".").text(144, y, facts[i]);
        }
        ParsedPleading p = new PleadingParser().parse(Readers.read("complaint.pdf", LayoutPdfs.pdf(page), Progress.NONE).lines());
        assertEquals(List.of("MARGUERITE OYELOWO"), p.caption().plaintiffs());
        assertEquals(List.of("SUNDIAL APPLIANCE CO."), p.caption().defendants());
        assertEquals(List.of("1", "2", "3", "4"), p.numberedParagraphs().stream().map(org.claimbench.domain.Segment::label).toList());
        assertEquals("Sundial Appliance Co. sells toasters across California.", p.textOf(p.numberedParagraphs().get(0)));
    }

    @Test
    void claimsNumberedInTheRightColumnOfATextExportAreNotParagraphs() {
        ParsedPleading p = pleading("""
                                       UNITED STATES DISTRICT COURT
                                     NORTHERN DISTRICT OF CALIFORNIA

                MARGUERITE OYELOWO, individually and         Case No. 3:25-cv-04411
                on behalf of all others similarly situated,
                                                             CLASS ACTION COMPLAINT FOR:
                              Plaintiff,
                                                             1. Violation of the Unfair
                      v.                                        Competition Law; and
                                                             2. Breach of Implied Warranty
                SUNDIAL APPLIANCE CO.,
                                                             DEMAND FOR JURY TRIAL
                              Defendant.

                     1. Sundial Appliance Co. sells toasters across California.
                     2. Its toasters catch fire when left on.
                     3. Plaintiff bought one in March 2024.
                """);
        assertEquals(List.of("MARGUERITE OYELOWO"), p.caption().plaintiffs());
        assertEquals(List.of("SUNDIAL APPLIANCE CO."), p.caption().defendants());
        assertEquals(List.of("1", "2", "3"), p.numberedParagraphs().stream().map(org.claimbench.domain.Segment::label).toList());
    }
}
