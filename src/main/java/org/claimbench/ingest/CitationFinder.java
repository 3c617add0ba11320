package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.CitationKind;
import org.claimbench.domain.Segment;

/**
 * Finds statutes, regulations, case citations and exhibit references in normalised text.
 *
 * <p>Court rules (Fed. R. Civ. P., local rules) are reported as statutes: they bind like one and a reader
 * looks them up the same way. A state's administrative code is a regulation.
 *
 * <p>A section of a named act ("Section 5(a) of the FTC Act", "ERISA § 502") is reported only when no code
 * cite follows it: filings nearly always give both, and two entries for one provision would be noise.
 *
 * <p>Record cites ("Compl. ¶ 12", "FAC ¶¶ 3–5") are left out on purpose. They point at paragraphs of a
 * pleading, not at a document a claim rests on, and reporting them as exhibits would put a pleading into
 * the evidence lists. "Id." names no case and is never reported.
 */
public final class CitationFinder {

    /** "§", "§§", "section", "Sec." before a section number. */
    private static final String MARK = "(?:\u00a7\u00a7?\\s*|[Ss]ections?\\s+|[Ss]ecs?\\.\\s*)";
    /**
     * One section number: "1983", "2339B", "1300.67.1.3", "56:8-2" (a colon in some state codes), "505/2"
     * (Illinois' chapter/act form), "358-A:2", "339-dd", then any subsections "(b)(2)(iii)" and the end of a range of them "-(3)".
     */
    private static final String SECTION = "\\d+[A-Za-z]{0,2}(?:[-.:/\u2013](?:\\d+[A-Za-z]{0,2}|[A-Z]\\b)|-[a-z]{1,3}\\b)*(?:\\([A-Za-z0-9]{1,4}\\))*"
            + "(?:[-\u2013]\\([A-Za-z0-9]{1,4}\\))?"; // "(b)(1)-(2)": a range of subsections
    /** A list item must not be the title number of the next cite ("… § 1391(b), and 15 U.S.C. § 53(b)"). */
    private static final String NOT_NEXT_CITE = "(?!\\d+\\s+(?:U\\.|USC|C\\.\\s?F|CFR|United|ILCS|[A-Z][a-z]{0,4}\\.\\s))";
    /** Subsections standing alone in a list: the ", (b)(3)" of "§ 1391(b)(2), (b)(3), and (c)(2)". */
    private static final String BARE_SUBSECTION = "\\([A-Za-z0-9]{1,4}\\)(?:\\([A-Za-z0-9]{1,4}\\))*";
    /** The section sign that may repeat before each item of a list: "§ 349(a) and § 350". */
    private static final String LIST_MARK = "(?:\u00a7\u00a7?\\s*)?";
    /*
     * A bare "(d)" joins the list only after a comma: after a plain "and" it is as often the next item of an
     * enumeration in the sentence ("(c) … and (d) …") as a subsection.
     */
    private static final String SECTIONS = SECTION
            + "(?:\\s*,\\s*(?:(?:and|or|&)\\s+)?(?:" + LIST_MARK + NOT_NEXT_CITE + SECTION + "|" + BARE_SUBSECTION + ")"
            + "|\\s+(?:and|or|&|through)\\s+" + LIST_MARK + NOT_NEXT_CITE + SECTION + ")*"
            + "(?:,?\\s+et\\.?\\s+seq\\.?)?";

    /** "42 U.S.C. § 1983", "29 U.S.C § 186" (no final period), "47 U.S.C. 230", "42 USC 1983", "18 United States Code § 2". */
    private static final Pattern FEDERAL = rx(
            "\\b\\d{1,2}\\s+(?:U\\.\\s?S\\.\\s?C(?:\\.\\s?A\\.?|\\.|\\b)|USCA?\\b|United\\s+States\\s+Code(?:\\s+Annotated)?)"
                    + "\\s*,?\\s*" + MARK + "?" + SECTIONS);
    /** "section 1983 of title 42", "Title 18, United States Code, Section 1343". */
    private static final Pattern TITLE_PROSE = rx(
            "\\b[Ss]ections?\\s+" + SECTIONS + "\\s+of\\s+[Tt]itle\\s+\\d{1,2}(?:\\s+of\\s+the\\s+United\\s+States\\s+Code)?"
                    + "|\\b[Tt]itle\\s+\\d{1,2},?\\s+(?:of\\s+the\\s+)?United\\s+States\\s+Code,?\\s+" + MARK + SECTIONS);

    private static final String FEDERAL_RULES = "Federal\\s+Rules?\\s+of\\s+(?:(?:Civil|Criminal|Appellate|Bankruptcy)\\s+Procedure|Evidence)";
    /** "Fed. R. Civ. P. 23(b)(3)", "Fed.R.Evid. 201", "FRCP 65", "Federal Rule of Civil Procedure 65", "Local Rule 7.1". */
    private static final Pattern COURT_RULE = rx(
            "\\b(?:Fed\\.\\s?R\\.\\s?(?:Civ|Crim|App|Evid|Bankr)\\.(?:\\s?P\\.)?|F\\.\\s?R\\.\\s?(?:C|Cr|A|B)\\.\\s?P\\.|FRCP|FRAP)\\s*(?:[Rr]ules?\\s+)?" + SECTIONS
                    + "|\\b" + FEDERAL_RULES + ",?\\s+(?:[Rr]ules?\\s+)?" + SECTIONS
                    + "|\\b(?:Civil\\s+|Civ\\.\\s+)?(?:Local\\s+(?:Civil\\s+|Criminal\\s+|Patent\\s+)?Rules?|L\\.\\s?(?:Civ\\.\\s?)?R\\.)\\s*" + SECTIONS);
    /** "Rule 4(k)(1)(A) of the Federal Rules of Civil Procedure". */
    private static final Pattern RULE_OF_FEDERAL_RULES = rx("\\b[Rr]ules?\\s+" + SECTIONS + "\\s+of\\s+the\\s+" + FEDERAL_RULES);

    private static final String STATE_ABBREVIATION = "(?:Ala\\.|Alaska|Ariz\\.|Ark\\.|Cal\\.|Colo\\.|Conn\\.|Del\\.|D\\.\\s?C\\.|Fla\\.|Ga\\.|Haw\\.|Idaho"
            + "|Ill\\.|Ind\\.|Iowa|Kan\\.|Ky\\.|La\\.|Me\\.|Md\\.|Mass\\.|Mich\\.|Minn\\.|Miss\\.|Mo\\.|Mont\\.|Neb\\.|Nev\\."
            + "|N\\.\\s?H\\.|N\\.\\s?J\\.|N\\.\\s?M\\.|N\\.\\s?Y\\.|N\\.\\s?C\\.|N\\.\\s?D\\.|Ohio|Okla\\.|Or\\.|Pa\\.|R\\.\\s?I\\.|S\\.\\s?C\\.|S\\.\\s?D\\."
            + "|Tenn\\.|Tex\\.|Utah|Vt\\.|W\\.\\s?Va\\.|Va\\.|Wash\\.|Wis\\.|Wyo\\.)";
    private static final String STATE_NAME = "(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii"
            + "|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi"
            + "|Missouri|Montana|Nebraska|Nevada|New\\s+Hampshire|New\\s+Jersey|New\\s+Mexico|New\\s+York|North\\s+Carolina"
            + "|North\\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\\s+Island|South\\s+Carolina|South\\s+Dakota|Tennessee"
            + "|Texas|Utah|Vermont|Virginia|Washington|West\\s+Virginia|Wisconsin|Wyoming)";
    private static final String STATE = "(?:" + STATE_ABBREVIATION + "|" + STATE_NAME + ")";
    /** A word of a code's name as the states abbreviate it: "Bus.", "&", "Prof.", "Gen.", "of". */
    private static final String CODE_WORD = "(?:[A-Z][A-Za-z]*\\.?|&|and|of)";
    private static final String CODE_NOUN = "(?:Codes?|Laws?|Stats?\\.|Statutes|Ann\\.|C\\.\\s?S\\.(?:\\s?A\\.)?|CPLR|C\\.\\s?P\\.\\s?L\\.\\s?R\\.?)";
    /** "tit. 6," (Delaware, Oklahoma), "ch. 93A," (Massachusetts) between the code and its section. */
    private static final String TITLE_OR_CHAPTER = "(?:(?:tit\\.|[Tt]itle|ch\\.|c\\.|[Cc]hapter)\\s*\\d+[A-Za-z]?,?\\s*)";
    /**
     * A state code in the forms the states use: "Cal. Bus. & Prof. Code § 17200", "N.Y. CPLR §§ 301 and 302",
     * "Mass. Gen. Laws ch. 93A, § 2", "Md. Code Ann., Com. Law § 13-301", "73 Pa. Stat. Ann. § 201-2".
     */
    private static final Pattern STATE_CODE = rx(
            "\\b(?:\\d{1,3}\\s+)?" + STATE + "(?:\\s+" + CODE_WORD + "){0,5}?\\s*" + CODE_NOUN
                    + "(?:,?\\s+" + CODE_WORD + "){0,4}?,?\\s*"
                    + "(?:" + TITLE_OR_CHAPTER + "?" + MARK + SECTIONS + "|(?:ch\\.|c\\.|[Cc]hapter)\\s*\\d+[A-Za-z]?\\b)");
    /** "815 ILCS 505/2", "735 Ill. Comp. Stat. 5/2-209". */
    private static final Pattern ILLINOIS = rx(
            "\\b\\d{1,3}\\s+(?:ILCS|Ill\\.\\s?Comp\\.\\s?Stat\\.(?:\\s?Ann\\.)?)\\s*(?:" + MARK + ")?" + SECTIONS);
    /** "M.G.L. c. 93A, § 9", "G.L. c. 93A". */
    private static final Pattern MASSACHUSETTS = rx(
            "\\b(?:M\\.\\s?G\\.\\s?L\\.|G\\.\\s?L\\.)\\s*(?:c\\.|ch\\.|[Cc]hapter)\\s*\\d+[A-Za-z]?(?:,?\\s*" + MARK + SECTIONS + ")?");
    /** "28 Cal. Code of Reg. § 1300.67", "Cal. Code Regs. tit. 16, § 1", "Tex. Admin. Code § 1.1". */
    private static final Pattern STATE_REGULATION = rx(
            "\\b(?:\\d{1,3}\\s+)?" + STATE + "(?:\\s+" + CODE_WORD + "){0,4}?\\s+"
                    + "(?:Code\\s+(?:of\\s+)?(?:Regs?\\.|Regulations)|Admin(?:istrative|\\.)\\s+Code|Comp\\.\\s+Codes\\s+R\\.\\s+&\\s+Regs\\.)"
                    + ",?\\s*" + TITLE_OR_CHAPTER + "?(?:" + MARK + "|[Rr](?:ule|\\.)\\s*)" + SECTIONS);

    /**
     * A state's court rules: "Tex. R. Civ. P. 47(c)(3)", "Fla. R. Civ. P. 1.220", "Texas Rule of Civil Procedure 190.4",
     * "Rule 1.220 of the Florida Rules of Civil Procedure", and New York's "N.Y. C.P.L.R. 3017(c)", "CPLR 3017".
     */
    private static final String STATE_RULES = "Rules?\\s+of\\s+(?:Civil|Criminal|Appellate)\\s+Procedure|Rules?\\s+of\\s+Evidence";
    private static final Pattern STATE_RULE = rx(
            "\\b" + STATE_ABBREVIATION + "\\s?R\\.\\s?(?:Civ|Crim|App|Evid)\\.(?:\\s?P(?:roc)?\\.)?\\s*(?:No\\.\\s*|[Rr]ules?\\s+)?" + SECTIONS
                    + "|\\b" + STATE_NAME + "\\s+(?:" + STATE_RULES + "),?\\s+(?:[Rr]ules?\\s+)?" + SECTIONS
                    + "|\\b[Rr]ules?\\s+" + SECTIONS + "\\s+of\\s+the\\s+" + STATE_NAME + "\\s+(?:" + STATE_RULES + ")"
                    + "|\\b(?:N\\.\\s?Y\\.\\s+)?(?:C\\.\\s?P\\.\\s?L\\.\\s?R\\.|CPLR)\\s*(?:" + MARK + "|[Rr]ule\\s+)?" + SECTIONS);
    /** Codes that their states cite by initials: "O.C.G.A. § 9-11-23", "A.R.S. § 44-1522", "RCW 19.86.020", "N.J.S.A. 56:8-2". */
    private static final Pattern STATE_INITIALS = rx(
            "\\b(?:O\\.\\s?C\\.\\s?G\\.\\s?A\\.|A\\.\\s?R\\.\\s?S\\.|C\\.\\s?R\\.\\s?S\\.|N\\.\\s?J\\.\\s?S\\.\\s?A\\.|K\\.\\s?S\\.\\s?A\\."
                    + "|M\\.\\s?C\\.\\s?L\\.|(?<![\\w.])(?:MCL|RCW|NRS|ORS|HRS))\\s*(?:" + MARK + ")?(?=\\d+[A-Za-z]?[-.:]\\d)" + SECTIONS);

    private static final String CODE_NAME = "(?:Civil|Penal|Business\\s+(?:and|&)\\s+Professions|Government|Labor|Evidence"
            + "|Health\\s+(?:and|&)\\s+Safety|Insurance|Corporations|Commercial|Family|Probate|Vehicle|Education|Welfare\\s+(?:and|&)\\s+Institutions"
            + "|Unemployment\\s+Insurance|Public\\s+Resources|Water|Revenue\\s+(?:and|&)\\s+Taxation|Streets\\s+(?:and|&)\\s+Highways"
            + "|Financial|Public\\s+Utilities|Elections|Fish\\s+(?:and|&)\\s+Game|Food\\s+(?:and|&)\\s+Agricultural|Public\\s+Contract"
            + "|Military\\s+(?:and|&)\\s+Veterans|Business\\s+(?:and|&)\\s+Commerce|Civil\\s+Practice\\s+(?:and|&)\\s+Remedies|Finance"
            + "|Occupations|Property|Estates|Tax)";
    private static final String LAW_NAME = "(?:General\\s+Business|General\\s+Obligations|Executive|Labor|Insurance|Banking|Civil\\s+Rights"
            + "|Real\\s+Property|Public\\s+Health|Penal|Education)";
    /** A code named in words, as state courts write it: "Civil Code", "General Business Law", "Civil Practice Law and Rules". */
    private static final String NAMED_CODE = "(?:" + CODE_NAME + "\\s+Code|Code\\s+of\\s+Civil\\s+Procedure|" + LAW_NAME + "\\s+Law"
            + "|Civil\\s+Practice\\s+Law\\s+(?:and|&)\\s+Rules)";
    private static final Pattern NAMED_CODE_SECTION = rx(
            "\\b(?:" + STATE_NAME + "\\s+)?" + NAMED_CODE + ",?\\s+" + MARK + SECTIONS);
    /** "section 17200 of the Business and Professions Code", "§§ 301 and 302 of the New York Civil Practice Law and Rules". */
    private static final Pattern SECTION_OF_CODE = rx(
            "(?:\\b[Ss]ections?\\s+|\u00a7\u00a7?\\s*)" + SECTIONS + "\\s+of\\s+the\\s+(?:" + STATE_NAME + "\\s+)?" + NAMED_CODE);
    /** Florida puts the code after the number: "section 501.204, Florida Statutes". */
    private static final Pattern SECTION_COMMA_STATUTES = rx(
            "(?:\\b[Ss]ections?\\s+|\u00a7\u00a7?\\s*)" + SECTIONS + ",\\s+(?:Florida\\s+Statutes|Fla\\.\\s+Stat\\.)(?:\\s+\\(\\d{4}\\))?");

    /** Short names of acts that filings cite by their own section numbers. */
    private static final String ACT_SHORT_NAME = "(?:ERISA|LMRA|NLRA|FLSA|ADEA|FMLA|TCPA|FCRA|FDCPA|RICO|CERCLA|RCRA|ROSCA|COPPA|HIPAA"
            + "|TILA|RESPA|ECOA|FDCA|DMCA|CFAA|ECPA|VPPA|BIPA|USERRA|FTCA|CLRA|DTPA|UCL|ADA)";
    private static final String ACT_NAME = "(?:[A-Z][\\w'\u2019-]*\\s+(?:(?:and|of|for|to|on|the|&)\\s+){0,2}){1,8}?Act\\b(?:\\s+of\\s+\\d{4})?";
    /** "Section 1 of the Sherman Act", "Section 502(e)(2) of ERISA". */
    private static final Pattern SECTION_OF_ACT = rx(
            "(?:\\b[Ss]ections?\\s+|\u00a7\u00a7?\\s*)" + SECTIONS + "\\s+of\\s+(?:the\\s+" + ACT_NAME + "|" + ACT_SHORT_NAME + "\\b)");
    /** The act's name just before a section sign: the "ERISA " of "ERISA § 502(a)(3)", the "Lanham Act " of "Lanham Act § 43(a)". */
    private static final Pattern ACT_BEFORE_SIGN = rx(
            "\\b(?!(?:The|See|Under|Both|And|This|That|Its|Each|Any|In|By)\\b)(?:" + ACT_SHORT_NAME + "|(?:[A-Z][\\w'\u2019-]*\\s+){1,4}Act)\\s+$");
    private static final Pattern SIGN_AND_SECTIONS = rx("\u00a7\u00a7?\\s*" + SECTIONS);
    /** A code cite right after an act's section, which makes the act's own number redundant. */
    private static final Pattern CODE_CITE_FOLLOWS = rx(
            "^(?:\\s*\\([^)]{0,40}\\))?(?:\\s*,?\\s*(?:and\\s+)?" + BARE_SUBSECTION + ")*\\s*[,;(]?\\s*(?:see\\s+)?\\d{1,3}\\s+(?:U\\.\\s?S\\.\\s?C|USC|C\\.\\s?F\\.\\s?R|CFR)");

    /** "Pub. L. No. 111-5, 123 Stat. 115 (2009)", "Public Law 111-5", "123 Stat. 115". */
    private static final Pattern PUBLIC_LAW = rx(
            "\\b(?:Pub\\.\\s?L\\.|Public\\s+Law)\\s+(?:No\\.\\s*)?\\d{2,3}[-\u2013]\\d{1,4}(?:,\\s*\\d{1,3}\\s+Stat\\.\\s+\\d{1,5}(?:,\\s*\\d{1,5})?)?"
                    + "(?:\\s*\\(\\d{4}\\))?"
                    + "|\\b\\d{1,3}\\s+Stat\\.\\s+\\d{1,5}(?:,\\s*\\d{1,5})?(?:\\s*\\(\\d{4}\\))?");

    /** "16 C.F.R. § 310.4", "16 CFR 310.4", "16 CFR. §§ 318.2(d), (e)", "16 C.F.R. Part 318", "12 C.F.R. pt. 1022". */
    private static final Pattern REGULATION = rx(
            "\\b\\d{1,2}\\s+(?:C\\.\\s?F\\.\\s?R\\b\\.?|CFR\\b\\.?)\\s*(?:[Pp]arts?\\s+|[Pp]ts?\\.\\s*|" + MARK + ")?" + SECTIONS);

    private static final String REPORTER = "(?:U\\.\\s?S\\.|S\\.\\s?Ct\\.|L\\.\\s?Ed\\.(?:\\s?2d)?|F\\.(?:\\s?(?:2d|3d|4th))?|F\\.\\s?Supp\\.(?:\\s?(?:2d|3d))?"
            + "|F\\.\\s?App(?:'|\u2019)?x\\.?|Fed\\.\\s?App(?:'|\u2019)?x\\.?|F\\.\\s?R\\.\\s?D\\.|Fed\\.\\s?Cl\\."
            + "|Cal\\.(?:\\s?App\\.)?(?:\\s?(?:2d|3d|4th|5th))?|Cal\\.\\s?Rptr\\.(?:\\s?(?:2d|3d))?|P\\.(?:\\s?(?:2d|3d))?"
            + "|N\\.E\\.(?:\\s?(?:2d|3d))?|N\\.W\\.(?:\\s?2d)?|S\\.E\\.(?:\\s?2d)?|S\\.W\\.(?:\\s?(?:2d|3d))?|So\\.(?:\\s?(?:2d|3d))?"
            + "|A\\.(?:\\s?(?:2d|3d))?|N\\.Y\\.\\s?S\\.(?:\\s?(?:2d|3d))?|N\\.Y\\.(?:\\s?(?:2d|3d))?|A\\.\\s?D\\.(?:\\s?(?:2d|3d))?|Misc\\.(?:\\s?(?:2d|3d))?"
            + "|(?:Ill|Mass|Mich|Minn|Wis|Wash|N\\.J|Pa|Md|Conn|Va|Ga|Colo|Ariz|Haw|Kan|Neb|Tex)\\.(?:\\s?(?:App|Super|Ct\\.\\s?App)\\.)?(?:\\s?(?:2d|3d|4th|5th))?"
            + "|Ohio\\s?St\\.(?:\\s?(?:2d|3d))?|Ill\\.\\s?Dec\\.|B\\.R\\.|WL|(?:U\\.\\s?S\\.\\s?(?:Dist\\.|App\\.)\\s?)?LEXIS)";
    private static final String NAME_WORD = "(?:[A-Z][\\w.'&\u2019-]*|of|the|and|&|ex|rel\\.|in|re|for|Inc\\.|Co\\.|Corp\\.|LLC|Ltd\\.)";
    /** A reporter cite: volume, reporter, first page, pin cites ("570", "555–56", "at *3", "n.4") and the court and year. */
    private static final Pattern REPORTER_CITE = rx(
            "\\b(\\d{1,4})\\s+" + REPORTER + "\\s+(\\d{1,7})(?:,\\s*(?:at\\s*)?\\*{0,2}\\d+(?:[-\u2013]\\*{0,2}\\d+)?(?:\\s*n\\.\\s*\\d+)?){0,3}"
                    + "(?:\\s*\\([^)]{0,40}\\d{4}\\))?");
    /** A short form: "550 U.S. at 570". */
    private static final Pattern SHORT_CITE = rx("\\b(\\d{1,4})\\s+" + REPORTER + "\\s+at\\s+\\*{0,2}\\d{1,6}(?:[-\u2013]\\d+)?");
    /**
     * The case name just before a reporter cite: "Bell Atlantic Corp. v. Twombly, " or "In re Acme Sec. Litig., ", with
     * the docket number an unreported decision gives between them: "Doe v. Roe, No. 3:21-cv-01234, ".
     */
    private static final Pattern CASE_NAME_BEFORE = rx(
            "((?:[A-Z][\\w.'&\u2019-]*(?:[\\s,]+" + NAME_WORD + "){0,8}\\s+v\\.|In\\s+re)\\s+[A-Z][\\w.'&\u2019-]*(?:[\\s,]+" + NAME_WORD + "){0,8})"
                    + "(?:,\\s+(?:No|Case\\s+No|Civ\\.\\s+A\\.\\s+No)\\.\\s*[\\w:.\u2013-]{1,30})?,\\s+$");
    /** A short form's name: "Twombly, " before "550 U.S. at 570". */
    private static final Pattern SHORT_NAME_BEFORE = rx("((?:[A-Z][\\w.'&\u2019-]*\\s+){0,2}[A-Z][\\w.'&\u2019-]*),\\s+$");
    /** Words a name can start with that belong to the sentence around it. */
    private static final Pattern LEADING_NOT_NAME = rx(
            "^(?:(?:See|see|Cf\\.|Accord|But|Also|also|E\\.g\\.|e\\.g\\.|Compare|Contra|In(?!\\s+re\\b)|Under|Id\\.|Citing|Quoting|The|As"
                    + "|And|Here|Thus|Indeed|Moreover|However|Similarly|Likewise|Further|Furthermore|Accordingly|Yet|So|Then)[\\s,]+)+");
    private static final Pattern TRAILING = rx("[\\s,;]+$");
    private static final Pattern WHITESPACE = rx("\\s+");
    private static final Pattern SHORT_WL = rx("^\\d+\\s+WL\\s+\\d{1,3}\\b.*");

    /** An exhibit's label: "3", "6a", "A", "A-1", "6a-6d", quoted or not ("“1”", "“3.”"). */
    private static final String EXHIBIT_LABEL = "(?:\\d{1,3}[a-z]?|[A-Z]{1,2})(?:[-\u2013](?:\\d{1,3}[a-z]?|[A-Z]{1,2}))?";
    private static final String QUOTED_LABEL = "(?:[\u201c\"\u2018']" + EXHIBIT_LABEL + "\\.?[\u201d\"\u2019']|" + EXHIBIT_LABEL + "\\b)";
    /*
     * Only a plural introduces a list: after "Exhibit A, and" the next capital is as likely the sentence's
     * "I" as another exhibit.
     */
    private static final Pattern EXHIBIT = rx(
            "\\b(?:Exhibits|EXHIBITS|Exhs\\.|Exs\\.|EXS\\.)\\s*(?:Nos?\\.\\s*)?" + QUOTED_LABEL
                    + "(?:(?:\\s*,\\s*(?:(?:and|&)\\s+)?|\\s+(?:and|&|through|to)\\s+)" + QUOTED_LABEL + ")*"
                    + "|\\b(?:Exhibit|EXHIBIT)\\s+(?:No\\.\\s*)?" + QUOTED_LABEL
                    + "|\\b(?:Exh?\\.|EXH?\\.)\\s*(?:No\\.\\s*)?" + QUOTED_LABEL);

    private CitationFinder() {
    }

    public static List<ParsedCitation> find(String text, List<Segment> segments) {
        Lines lines = new Lines(text);
        List<ParsedCitation> found = new ArrayList<>();
        collect(found, text, lines.containing("U.S.C", "U. S. C", "USC", "United States Code"), FEDERAL, CitationKind.STATUTE, segments);
        collect(found, text, lines.containing("itle"), TITLE_PROSE, CitationKind.STATUTE, segments);
        collect(found, text, lines.containing("Fed.", "F.R.", "F. R.", "FRCP", "FRAP", "Federal Rule", "Local", "L.R.", "L. R.", "L.Civ.", "L. Civ."),
                COURT_RULE, CitationKind.STATUTE, segments);
        collect(found, text, lines.containing("Federal Rule"), RULE_OF_FEDERAL_RULES, CitationKind.STATUTE, segments);
        // before the state codes, so that a state regulation keeps its kind where both patterns match alike
        collect(found, text, lines.containing("Reg", "Admin"), STATE_REGULATION, CitationKind.REGULATION, segments);
        collect(found, text, lines.containing("Code", "Stat", "Law", "Ann.", "CPLR", "C.P.L.R", "C.S."), STATE_CODE, CitationKind.STATUTE, segments);
        collect(found, text, lines.containing("ILCS", "Comp. Stat", "Comp.Stat"), ILLINOIS, CitationKind.STATUTE, segments);
        collect(found, text, lines.containing("R. Civ", "R.Civ", "R. Crim", "R. App", "R. Evid", "Rule", "C.P.L.R", "CPLR"), STATE_RULE,
                CitationKind.STATUTE, segments);
        collect(found, text, lines.containing("O.C.G.A", "A.R.S", "C.R.S", "N.J.S.A", "K.S.A", "M.C.L", "MCL", "RCW", "NRS", "ORS", "HRS"),
                STATE_INITIALS, CitationKind.STATUTE, segments);
        collect(found, text, lines.containing("G.L.", "G. L."), MASSACHUSETTS, CitationKind.STATUTE, segments);
        collect(found, text, lines.containing("Code", "Law"), NAMED_CODE_SECTION, CitationKind.STATUTE, segments);
        collect(found, text, lines.containing("Code", "Law"), SECTION_OF_CODE, CitationKind.STATUTE, segments);
        collect(found, text, lines.containing("Statutes", "Stat."), SECTION_COMMA_STATUTES, CitationKind.STATUTE, segments);
        collect(found, text, lines.containing("Pub.", "Public Law", "Stat. "), PUBLIC_LAW, CitationKind.STATUTE, segments);
        collectActSections(found, text, lines.containing("Act", "\u00a7", "ection"), segments);
        collect(found, text, lines.containing("C.F.R", "C. F. R", "CFR"), REGULATION, CitationKind.REGULATION, segments);
        collectCases(found, text, lines.containing("U.S.", "U. S.", "Ct.", "F.", "Cal.", "P.", "N.E.", "N.W.", "S.E.", "S.W.", "So.",
                "A.", "N.Y.", "B.R.", "WL", "Ed.", "App", "LEXIS", "Fed.", "Misc.", "Ill.", "Mass.", "Mich.", "Minn.", "Wis.", "Wash.",
                "N.J.", "Pa.", "Md.", "Conn.", "Va.", "Ga.", "Colo.", "Ariz.", "Haw.", "Kan.", "Neb.", "Tex.", "Ohio"), segments);
        collect(found, text, lines.containing("Ex", "EX"), EXHIBIT, CitationKind.EXHIBIT, segments);
        found.sort(Comparator.comparingInt(ParsedCitation::start).thenComparing(c -> -(c.end() - c.start())));
        List<ParsedCitation> kept = new ArrayList<>();
        int reach = -1;
        for (ParsedCitation c : found) {
            if (c.start() >= reach) {
                kept.add(c);
                reach = c.end();
            }
        }
        return kept;
    }

    /** Compiles with a no-break space counted as a space: word processors put one between "§" and its number. */
    private static Pattern rx(String regex) {
        return Pattern.compile(regex.replace("\\s", "[\\s\\u00a0]"));
    }

    /**
     * Where in the text each pattern is worth running: around the places that hold one of its fixed parts
     * ("U.S.C", "Code", "Ex"). A citation never spans lines of the normalised text and never runs far from
     * its fixed part, so each pattern runs only over short windows of the lines that have one.
     */
    private static final class Lines {
        /** How far a citation can start before its fixed part ("§§ 301 and 302 of the … Law"), and end after it. */
        private static final int BEFORE = 200;
        private static final int AFTER = 300;

        private final String text;
        private final int[] starts;

        Lines(String text) {
            this.text = text;
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                s.add(i + 1);
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        /** [start, end) windows around each occurrence of a trigger, each within one line, in order and apart. */
        List<int[]> containing(String... triggers) {
            List<int[]> windows = new ArrayList<>();
            for (String t : triggers) {
                for (int i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) {
                    int line = lineOf(i);
                    windows.add(new int[] {Math.max(starts[line], i - BEFORE), Math.min(end(line), i + t.length() + AFTER)});
                }
            }
            windows.sort(Comparator.comparingInt(w -> w[0]));
            List<int[]> out = new ArrayList<>();
            for (int[] w : windows) {
                int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && w[0] <= last[1] && lineOf(w[0]) == lineOf(last[0])) {
                    last[1] = Math.max(last[1], w[1]);
                } else {
                    out.add(w);
                }
            }
            return out;
        }

        private int end(int line) {
            return line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
        }

        private int lineOf(int offset) {
            int i = java.util.Arrays.binarySearch(starts, offset);
            return i >= 0 ? i : -i - 2;
        }
    }

    private static void collect(List<ParsedCitation> out, String text, List<int[]> lines, Pattern p, CitationKind kind,
                                List<Segment> segments) {
        Matcher m = p.matcher(text).useTransparentBounds(true);
        for (int[] line : lines) {
            m.region(line[0], line[1]);
            while (m.find()) {
                add(out, text, kind, m.start(), m.end(), segments);
            }
        }
    }

    private static void add(List<ParsedCitation> out, String text, CitationKind kind, int start, int end, List<Segment> segments) {
        String t = TRAILING.matcher(text.substring(start, end)).replaceFirst("");
        if (!t.isEmpty()) {
            out.add(new ParsedCitation(kind, WHITESPACE.matcher(t).replaceAll(" "), start, start + t.length(), segmentAt(segments, start)));
        }
    }

    /**
     * Sections of named acts, unless a code cite for the same provision comes right after. The name before a
     * section sign is looked for backwards from each sign, so that not every capitalised word starts a try.
     */
    private static void collectActSections(List<ParsedCitation> out, String text, List<int[]> lines, List<Segment> segments) {
        List<int[]> spans = new ArrayList<>();
        Matcher prose = SECTION_OF_ACT.matcher(text).useTransparentBounds(true);
        Matcher before = ACT_BEFORE_SIGN.matcher(text).useTransparentBounds(true);
        Matcher sections = SIGN_AND_SECTIONS.matcher(text).useTransparentBounds(true);
        for (int[] line : lines) {
            prose.region(line[0], line[1]);
            while (prose.find()) {
                spans.add(new int[] {prose.start(), prose.end()});
            }
            int next = line[0];
            for (int i = text.indexOf('\u00a7', next); i >= 0 && i < line[1]; i = text.indexOf('\u00a7', next)) {
                sections.region(i, line[1]);
                if (!sections.lookingAt()) {
                    next = i + 1;
                    continue;
                }
                next = sections.end();
                before.region(Math.max(line[0], i - 60), i);
                if (before.find()) {
                    spans.add(new int[] {before.start(), sections.end()});
                }
            }
        }
        Matcher follows = CODE_CITE_FOLLOWS.matcher(text);
        for (int[] span : spans) {
            // across a line break too: a paragraph's text may wrap between the act and its code cite
            follows.region(span[1], Math.min(text.length(), span[1] + 80));
            if (!follows.lookingAt()) {
                add(out, text, CitationKind.STATUTE, span[0], span[1], segments);
            }
        }
    }

    /** Case citations: find each reporter cite, then look just before it for the case name. */
    private static void collectCases(List<ParsedCitation> out, String text, List<int[]> lines, List<Segment> segments) {
        Matcher m = REPORTER_CITE.matcher(text).useTransparentBounds(true);
        Matcher shortCite = SHORT_CITE.matcher(text).useTransparentBounds(true);
        for (int[] line : lines) {
            m.region(line[0], line[1]);
            while (m.find()) {
                addCase(out, text, m, CASE_NAME_BEFORE, segments);
            }
            shortCite.region(line[0], line[1]);
            while (shortCite.find()) {
                addCase(out, text, shortCite, SHORT_NAME_BEFORE, segments);
            }
        }
    }

    private static void addCase(List<ParsedCitation> out, String text, Matcher m, Pattern namePattern, List<Segment> segments) {
        if (SHORT_WL.matcher(m.group()).matches()) {
            return; // "2 WL 5": not a Westlaw cite
        }
        int start = m.start();
        int windowStart = Math.max(0, start - 160);
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        Matcher name = namePattern.matcher(text).region(Math.max(windowStart, lineStart), start);
        if (name.find()) {
            int nameStart = name.start(1);
            Matcher lead = LEADING_NOT_NAME.matcher(text).region(nameStart, start);
            if (lead.lookingAt()) {
                nameStart = lead.end();
            }
            // what is left after the sentence's words must still be a name, not a bare ", "
            if (nameStart < start && Character.isUpperCase(text.charAt(nameStart)) && !text.startsWith("Id.", nameStart)) {
                start = nameStart;
            }
        }
        add(out, text, CitationKind.CASE, start, m.end(), segments);
    }

    /** The ordinal of the segment holding {@code offset}, or -1. */
    private static int segmentAt(List<Segment> segments, int offset) {
        Segment s = org.claimbench.domain.Segments.at(segments, offset);
        return s == null ? -1 : s.ordinal();
    }
}
