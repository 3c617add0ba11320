package org.claimbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.junit.jupiter.api.Test;

/** What the HTML, Markdown and Word readers tell the parser about a line, and what the parser makes of it. */
class ReaderShapesTest {

    static List<String> numbers(ParsedPleading p) {
        return p.numberedParagraphs().stream().map(Segment::label).toList();
    }

    @Test
    void htmlHeadingsBoldLinesAndPageNumbersKeptAsHeadings() {
        List<RawLine> lines = HtmlReader.read("""
                <html><body>
                <h3>1</h3>
                <p>UNITED STATES DISTRICT COURT</p>
                <p>Case No. 1:25-cv-00042</p>
                <h3>2</h3>
                <p><strong>1.</strong> Defendant Brisk Ledger Inc. sells budgeting software.</p>
                <p><strong>2.</strong> Its app shares spending data.</p>
                <h3>Count I</h3>
                <p><strong>Sharing Data Without Consent</strong><br><strong>Lantern Privacy Act</strong></p>
                <p><strong>3.</strong> As alleged in Paragraphs 1 and 2, Brisk shared data.</p>
                <div style="text-align: center">PRAYER FOR RELIEF</div>
                <p><strong>A.</strong> Enjoin Brisk;</p>
                <p><strong>B.</strong> Award penalties.</p>
                </body></html>
                """);
        RawLine count = lines.stream().filter(l -> l.text().equals("Count I")).findFirst().orElseThrow();
        assertEquals(LineRole.HEADING, count.role());
        RawLine title = lines.stream().filter(l -> l.text().equals("Sharing Data Without Consent")).findFirst().orElseThrow();
        assertTrue(title.bold());
        RawLine first = lines.stream().filter(l -> l.text().startsWith("1. Defendant")).findFirst().orElseThrow();
        assertFalse(first.bold(), "a paragraph with a bold number is not a bold line");
        assertTrue(lines.stream().filter(l -> l.text().equals("PRAYER FOR RELIEF")).findFirst().orElseThrow().centered());

        ParsedPleading p = new PleadingParser().parse(lines);
        assertEquals(List.of("1", "2", "3"), numbers(p));
        assertEquals(1, p.counts().size());
        assertEquals("Sharing Data Without Consent Lantern Privacy Act", p.counts().get(0).title());
        assertEquals(List.of(1, 2), p.counts().get(0).incorporates());
        assertEquals(1, p.segments().stream().filter(s -> s.kind() == SegmentKind.PRAYER).count());
        assertFalse(p.text().contains("\n2\n"), "the page number kept as a heading is no part of the text");
    }

    @Test
    void markdownHeadingsBoldNumbersEmphasisAndLists() throws Exception {
        String md = """
                # UNITED STATES DISTRICT COURT

                Case No. 2:25-cv-00311

                ## COMPLAINT

                **1.** Plaintiff *Nell Ashby* bought a **used** van from [Corran Motors](https://example.invalid).

                **2.** The van had these faults:

                - a cracked axle;
                * a leaking tank.

                > 3. This line quotes the sales sheet.

                ### Count I \u2014 Misrepresentation

                **3.** Plaintiff realleges paragraphs 1 through 2.
                """;
        Readers.Read read = Readers.read("complaint.md", md.getBytes(StandardCharsets.UTF_8), Progress.NONE);
        assertEquals(DocumentFormat.MARKDOWN, read.format());
        ParsedPleading p = new PleadingParser().parse(read.lines());
        assertEquals(List.of("1", "2", "3"), numbers(p));
        assertEquals("Plaintiff Nell Ashby bought a used van from Corran Motors.", p.textOf(p.numberedParagraphs().get(0)));
        String two = p.textOf(p.numberedParagraphs().get(1));
        assertTrue(two.contains("\u2022 a leaking tank.") && two.contains("3. This line quotes the sales sheet."), two);
        assertEquals(1, p.counts().size());
        assertEquals("Misrepresentation", p.counts().get(0).title());
        assertEquals("3", p.counts().get(0).startParagraph());
    }

    @Test
    void wordHeadingStylesBoldParagraphsAndACaptionTable() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable caption = doc.createTable(2, 2);
            caption.getRow(0).getCell(0).setText("ODETTE VALE,");
            XWPFParagraph second = caption.getRow(0).getCell(0).addParagraph();
            second.createRun().setText("Plaintiff,");
            caption.getRow(0).getCell(1).setText("Case No. 3:25-cv-01234");
            caption.getRow(1).getCell(0).setText("v. MARLOW SUPPLY CO.,");
            caption.getRow(1).getCell(1).setText("COMPLAINT");
            body(doc, "1. Vale ordered timber from Marlow.");
            XWPFParagraph heading = doc.createParagraph();
            heading.setStyle("Heading2");
            heading.createRun().setText("Marlow Ships Late");
            body(doc, "2. The timber came a month late.");
            XWPFParagraph count = doc.createParagraph();
            count.setAlignment(ParagraphAlignment.CENTER);
            var run = count.createRun();
            run.setBold(true);
            run.setText("Count I");
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            var titleRun = title.createRun();
            titleRun.setBold(true);
            titleRun.setText("Breach of Contract");
            body(doc, "3. Vale realleges paragraphs 1 through 2.");
            doc.write(out);
            docx = out.toByteArray();
        }
        List<RawLine> lines = DocxReader.read(docx, Progress.NONE);
        List<String> texts = lines.stream().map(RawLine::text).filter(t -> !t.isBlank()).toList();
        assertEquals(List.of("ODETTE VALE,\tCase No. 3:25-cv-01234", "Plaintiff,", "v. MARLOW SUPPLY CO.,\tCOMPLAINT"), texts.subList(0, 3));
        RawLine heading = lines.stream().filter(l -> l.text().equals("Marlow Ships Late")).findFirst().orElseThrow();
        assertEquals(LineRole.HEADING, heading.role());
        RawLine count = lines.stream().filter(l -> l.text().equals("Count I")).findFirst().orElseThrow();
        assertTrue(count.bold() && count.centered());

        ParsedPleading p = new PleadingParser().parse(lines);
        assertEquals(List.of("1", "2", "3"), numbers(p));
        assertEquals(1, p.counts().size());
        assertEquals("Breach of Contract", p.counts().get(0).title());
        assertEquals("3", p.counts().get(0).startParagraph());
        assertEquals(1, p.segments().stream().filter(s -> s.kind() == SegmentKind.HEADING).count());
    }

    /** A complaint as {@code pdftotext -layout} exports a filed PDF: the stamp, page numbers, form feeds and first-line indents. */
    static final String TEXT_EXPORT = """
            Case 1:24-cv-05521 Document 1 Filed 06/03/24 Page 1 of 3 PageID #: 1

                                  UNITED STATES DISTRICT COURT
                                  SOUTHERN DISTRICT OF OHIO
                                      EASTERN DIVISION

             LORENA BASK,                                 Case No. 1:24-cv-05521

                          Plaintiff,                      COMPLAINT

                   v.                                     JURY DEMAND ENDORSED HEREON

             PELICAN RIDGE FOODS, LLC,

                          Defendant.

                                              INTRODUCTION

                   1.     Plaintiff Lorena Bask worked as a line supervisor for Pelican Ridge Foods,
             LLC from 2019 until she was fired in 2023.

                   2.     She brings claims under the Family and Medical Leave Act, 29 U.S.C.
             § 2601 et seq.

                                                   - 1 -
            \fCase 1:24-cv-05521 Document 1 Filed 06/03/24 Page 2 of 3 PageID #: 2

                                                 PARTIES

                   3.     Bask lives in Franklin County, Ohio. She worked at the plant in
             Columbus for four years, and her reviews were good.

                   4.     Pelican Ridge is an Ohio company that makes frozen meals. It employs more
             than fifty people.

                                              COUNT ONE
                                      FMLA Interference, 29 U.S.C. § 2615(a)(1)

                   5.     Plaintiff incorporates paragraphs 1 through 4. Pelican Ridge denied
             her leave in March 2023 and fired her when she took it anyway, which

                                                   - 2 -
            \fCase 1:24-cv-05521 Document 1 Filed 06/03/24 Page 3 of 3 PageID #: 3

             interfered with her rights.

                                              COUNT TWO
                                       FMLA Retaliation

                   6.     Plaintiff incorporates paragraphs 1 through 5.

                   7.     Pelican Ridge fired Bask because she took leave.

                                           PRAYER FOR RELIEF

                   WHEREFORE, Plaintiff asks for back pay, liquidated damages, and fees.

                                                      Respectfully submitted,

                                                      /s/ Corin Vale
                                                      Corin Vale (0091234)

                                               JURY DEMAND

                   Plaintiff demands a trial by jury on all issues so triable.

                                                   - 3 -
            """;

    @Test
    void aTextExportOfAFiledPdf() throws Exception {
        Readers.Read read = Readers.read("complaint.txt", TEXT_EXPORT.getBytes(StandardCharsets.UTF_8), Progress.NONE);
        ParsedPleading p = new PleadingParser().parse(read.lines());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"), numbers(p));
        assertFalse(p.text().contains("PageID"), "the filing stamp is no part of the text");
        assertFalse(p.text().contains("- 2 -"), "nor is the page number");
        Segment five = p.numberedParagraphs().get(4);
        assertEquals("Plaintiff incorporates paragraphs 1 through 4. Pelican Ridge denied her leave in March 2023 and fired her when she "
                + "took it anyway, which interfered with her rights.", p.textOf(five));
        assertEquals("2:8", five.first().toString());
        assertEquals("3:1", five.last().toString());
        assertEquals(List.of("UNITED STATES DISTRICT COURT, SOUTHERN DISTRICT OF OHIO, EASTERN DIVISION", "1:24-cv-05521"),
                List.of(p.caption().court(), p.caption().caseNumber()));
        assertEquals(List.of("LORENA BASK"), p.caption().plaintiffs());
        assertEquals(List.of("PELICAN RIDGE FOODS, LLC"), p.caption().defendants());
        assertEquals(List.of("COUNT ONE", "COUNT TWO"), p.counts().stream().map(ParsedCount::label).toList());
        assertEquals(List.of("FMLA Interference, 29 U.S.C. \u00a7 2615(a)(1)", "FMLA Retaliation"),
                p.counts().stream().map(ParsedCount::title).toList());
        assertEquals(List.of("5", "6"), p.counts().stream().map(ParsedCount::startParagraph).toList());
        assertEquals(List.of(1, 2, 3, 4), p.counts().get(0).incorporates());
        assertEquals(List.of("29 U.S.C. \u00a7 2601 et seq. @\u00b62", "29 U.S.C. \u00a7 2615(a)(1) @COUNT_HEADING"), p.citations().stream()
                .map(c -> c.text() + " @" + (p.segments().get(c.segmentOrdinal()).kind() == SegmentKind.NUMBERED_PARAGRAPH
                        ? "\u00b6" + p.segments().get(c.segmentOrdinal()).label() : p.segments().get(c.segmentOrdinal()).kind().name()))
                .toList());
        for (SegmentKind k : List.of(SegmentKind.PRAYER, SegmentKind.JURY_DEMAND, SegmentKind.SIGNATURE)) {
            assertEquals(1, p.segments().stream().filter(s -> s.kind() == k).count(), k.name());
        }
    }

    @Test
    void aTextExportShownPreformattedOnAWebPage() {
        String escaped = TEXT_EXPORT.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        List<RawLine> lines = HtmlReader.read("<html><body><h1>Docket 1</h1><div><pre class=\"inline\">" + escaped + "</pre></div></body></html>");
        ParsedPleading p = new PleadingParser().parse(lines);
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"), numbers(p));
        assertEquals(List.of("LORENA BASK"), p.caption().plaintiffs());
        assertEquals(List.of("PELICAN RIDGE FOODS, LLC"), p.caption().defendants());
        assertEquals("2:8", p.numberedParagraphs().get(4).first().toString());
        assertEquals(List.of("5", "6"), p.counts().stream().map(ParsedCount::startParagraph).toList());
    }

    @Test
    void footnotesAtTheFootOfAnExportedPage() {
        String export = """
                Case 2:25-cv-00777 Document 1 Filed 02/11/25 Page 1 of 2

                       1.     Plaintiff Wilhelmina Oduya bought a dishwasher from Defendant Larkspur
                 Home Goods, Inc. on June 1, 2024.1

                       2.     The dishwasher flooded her kitchen twice, and Larkspur refused to repair
                 or replace it, though its warranty2 promised both and its own

                 1
                   The receipt lists the model as LH-400.
                 2
                   The warranty runs for two years.

                                                       1
                \fCase 2:25-cv-00777 Document 1 Filed 02/11/25 Page 2 of 2

                 technicians had confirmed the defect.

                       3.     Plaintiff seeks damages of $4,000.

                                                       2
                """;
        for (String text : List.of(export, export.replace(" 1\n   The", " 1 The").replace(" 2\n   The", " 2 The"))) {
            ParsedPleading p = new PleadingParser().parse(TextLines.of(text));
            assertEquals(List.of("1", "2", "3"), numbers(p));
            assertEquals("The dishwasher flooded her kitchen twice, and Larkspur refused to repair or replace it, though its warranty2 "
                    + "promised both and its own technicians had confirmed the defect.", p.textOf(p.numberedParagraphs().get(1)));
            List<Segment> notes = p.segments().stream().filter(s -> s.kind() == SegmentKind.FOOTNOTE).toList();
            assertEquals(List.of("1", "2"), notes.stream().map(Segment::label).toList());
            assertEquals(List.of("The receipt lists the model as LH-400.", "The warranty runs for two years."),
                    notes.stream().map(p::textOf).toList());
        }
        ParsedPleading signed = new PleadingParser().parse(TextLines.of("""
                1. Plaintiff sues.

                Respectfully submitted,
                Orla Penn

                1 Water Street
                \f2. A second page.
                """));
        assertEquals(0, signed.segments().stream().filter(s -> s.kind() == SegmentKind.FOOTNOTE).count(), "an address is no footnote, though it opens with the next footnote\u2019s number");
    }

    @Test
    void plainTextWithoutPagesLosesOnlyItsStampsAndPageMarks() {
        ParsedPleading p = new PleadingParser().parse(TextLines.of("""
                1. The first.
                Case: 1:24-cv-05521 Document #: 1 Filed: 06/03/24 Page 2 of 3 PageID #:2
                2. The second, which runs
                - 2 -
                on.
                Page 3 of 3
                3. The third, of 2 parts.
                """));
        assertEquals(List.of("1", "2", "3"), numbers(p));
        assertEquals("The second, which runs on.", p.textOf(p.numberedParagraphs().get(1)));
    }

    /** A list whose levels print as the formats and texts given, one pair a level. */
    private static BigInteger list(XWPFDocument doc, String... formatsAndTexts) {
        XWPFNumbering numbering = doc.getNumbering() == null ? doc.createNumbering() : doc.getNumbering();
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 1));
        for (int i = 0; i < formatsAndTexts.length; i += 2) {
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i / 2));
            lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(formatsAndTexts[i]));
            lvl.addNewLvlText().setVal(formatsAndTexts[i + 1]);
            lvl.addNewStart().setVal(BigInteger.ONE);
        }
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering)));
    }

    private static void numbered(XWPFDocument doc, BigInteger list, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(list);
        p.setNumILvl(BigInteger.valueOf(level));
        p.createRun().setText(text);
    }

    @Test
    void wordNumbersCountsSectionsAndListsItself() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BigInteger paragraphs = list(doc, "decimal", "%1.", "lowerLetter", "(%2)");
            BigInteger sections = list(doc, "upperRoman", "%1.");
            BigInteger counts = list(doc, "upperRoman", "COUNT %1");
            BigInteger causes = list(doc, "ordinalText", "%1 CAUSE OF ACTION");
            body(doc, "COMPLAINT");
            numbered(doc, sections, 0, "PARTIES");
            numbered(doc, paragraphs, 0, "Plaintiff Tova Reyes buys feed from Defendant Orchard Mill LLC.");
            numbered(doc, paragraphs, 0, "The feed Orchard Mill sold her in 2024:");
            numbered(doc, paragraphs, 1, "was wet;");
            numbered(doc, paragraphs, 1, "was moldy.");
            numbered(doc, sections, 0, "CLAIMS");
            numbered(doc, counts, 0, "BREACH OF WARRANTY");
            numbered(doc, paragraphs, 0, "Plaintiff realleges paragraphs 1 and 2.");
            numbered(doc, counts, 0, "NEGLIGENCE");
            numbered(doc, paragraphs, 0, "Plaintiff realleges paragraphs 1 through 3.");
            numbered(doc, causes, 0, "");
            body(doc, "Unjust Enrichment");
            numbered(doc, paragraphs, 0, "Plaintiff realleges paragraphs 1 through 4.");
            doc.write(out);
            docx = out.toByteArray();
        }
        List<RawLine> lines = DocxReader.read(docx, Progress.NONE);
        List<String> texts = lines.stream().map(RawLine::text).filter(t -> !t.isBlank()).toList();
        assertEquals(List.of("COMPLAINT", "I. PARTIES", "1. Plaintiff Tova Reyes buys feed from Defendant Orchard Mill LLC.",
                "2. The feed Orchard Mill sold her in 2024:", "(a) was wet;", "(b) was moldy.", "II. CLAIMS", "COUNT I BREACH OF WARRANTY",
                "3. Plaintiff realleges paragraphs 1 and 2.", "COUNT II NEGLIGENCE", "4. Plaintiff realleges paragraphs 1 through 3.",
                "First CAUSE OF ACTION", "Unjust Enrichment", "5. Plaintiff realleges paragraphs 1 through 4."), texts);

        ParsedPleading p = new PleadingParser().parse(lines);
        assertEquals(List.of("1", "2", "3", "4", "5"), numbers(p));
        assertEquals(List.of("COUNT I", "COUNT II", "FIRST CAUSE OF ACTION"), p.counts().stream().map(ParsedCount::label).toList());
        assertEquals(List.of("BREACH OF WARRANTY", "NEGLIGENCE", "Unjust Enrichment"), p.counts().stream().map(ParsedCount::title).toList());
        assertEquals(List.of("3", "4", "5"), p.counts().stream().map(ParsedCount::startParagraph).toList());
    }

    /**
     * Paragraphs pasted in from another draft come in a list of their own over the same numbering, and Word numbers on
     * through them; a list that restarts the numbering ("Restart at 1") starts again, as the prayer's list does here.
     */
    @Test
    void listsThatShareANumberingCountOnAndARestartStartsAgain() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BigInteger first = list(doc, "decimal", "%1.");
            XWPFNumbering numbering = doc.getNumbering();
            BigInteger abstractId = numbering.getNum(first).getCTNum().getAbstractNumId().getVal();
            BigInteger pasted = numbering.addNum(abstractId);
            BigInteger prayer = numbering.addNum(abstractId);
            var override = numbering.getNum(prayer).getCTNum().addNewLvlOverride();
            override.setIlvl(BigInteger.ZERO);
            override.addNewStartOverride().setVal(BigInteger.ONE);
            body(doc, "COMPLAINT");
            numbered(doc, first, 0, "Plaintiff Ines Varga keeps bees on land she leases in Yolo County.");
            numbered(doc, first, 0, "Defendant Cask Valley Farms LLC sprays the field next to her hives.");
            body(doc, "COUNT I");
            body(doc, "TRESPASS");
            numbered(doc, pasted, 0, "Plaintiff realleges paragraphs 1 and 2.");
            numbered(doc, pasted, 0, "The spray drifted onto the hives on June 3, 2024.");
            numbered(doc, first, 0, "Half of the colonies died within a week.");
            body(doc, "WHEREFORE, Plaintiff asks the Court for:");
            numbered(doc, prayer, 0, "Damages for the lost colonies;");
            numbered(doc, prayer, 0, "Costs of suit.");
            doc.write(out);
            docx = out.toByteArray();
        }
        List<RawLine> lines = DocxReader.read(docx, Progress.NONE);
        assertEquals(List.of("COMPLAINT", "1. Plaintiff Ines Varga keeps bees on land she leases in Yolo County.",
                "2. Defendant Cask Valley Farms LLC sprays the field next to her hives.", "COUNT I", "TRESPASS",
                "3. Plaintiff realleges paragraphs 1 and 2.", "4. The spray drifted onto the hives on June 3, 2024.",
                "5. Half of the colonies died within a week.", "WHEREFORE, Plaintiff asks the Court for:", "1. Damages for the lost colonies;",
                "2. Costs of suit."), lines.stream().map(RawLine::text).filter(t -> !t.isBlank()).toList());
        ParsedPleading p = new PleadingParser().parse(lines);
        assertEquals(List.of("1", "2", "3", "4", "5"), numbers(p));
        assertEquals(List.of("3"), p.counts().stream().map(ParsedCount::startParagraph).toList());
    }

    /** A Word footnote: its number raised where it is referred to, its text a footnote after the paragraph, not in it. */
    @Test
    void wordFootnotesFollowTheirParagraph() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BigInteger paragraphs = list(doc, "decimal", "%1.");
            body(doc, "COMPLAINT");
            numbered(doc, paragraphs, 0, "The hives stood at the edge of the field.");
            XWPFParagraph p = doc.createParagraph();
            p.setNumID(paragraphs);
            p.createRun().setText("The spray drifted over them.");
            XWPFFootnote note = doc.createFootnote();
            XWPFParagraph noteText = note.createParagraph();
            noteText.createRun().getCTR().addNewFootnoteRef();
            noteText.createRun().setText(" The county keeps the wind records for that week.");
            p.createRun().getCTR().addNewFootnoteReference().setId(note.getId());
            p.createRun().setText(" Most colonies died.");
            numbered(doc, paragraphs, 0, "Cask Valley Farms LLC did not warn her.");
            doc.write(out);
            docx = out.toByteArray();
        }
        ParsedPleading p = new PleadingParser().parse(DocxReader.read(docx, Progress.NONE));
        assertEquals(List.of("1", "2", "3"), numbers(p));
        assertEquals("The spray drifted over them.\u00b9 Most colonies died.", p.textOf(p.numberedParagraphs().get(1)));
        List<Segment> segments = p.segments();
        int second = segments.indexOf(p.numberedParagraphs().get(1));
        assertEquals(SegmentKind.FOOTNOTE, segments.get(second + 1).kind());
        assertEquals("The county keeps the wind records for that week.", p.textOf(segments.get(second + 1)));
    }

    /** A web page's ordered lists number as a browser shows them: from "start", an item's own "value", in the list's "type". */
    @Test
    void htmlListsNumberAsABrowserShowsThem() {
        List<RawLine> lines = HtmlReader.read("""
                <h3>FACTS</h3>
                <ol start="3">
                <li>The chairlift at Granite Peak stopped for two hours on January 4, 2025.</li>
                <li>Its brakes had not been looked at since the season began:
                <ol type="a"><li>the pads were worn;</li><li>the log was blank.</li></ol></li>
                <li value="7">The operator had been on shift for fourteen hours.</li>
                <li>No one came to the stalled chairs.</li>
                </ol>
                <h3>COUNT I</h3>
                <ol type="I"><li>Heading in roman</li></ol>
                """);
        assertEquals(List.of("FACTS", "3. The chairlift at Granite Peak stopped for two hours on January 4, 2025.",
                "4. Its brakes had not been looked at since the season began:", "(a) the pads were worn;", "(b) the log was blank.",
                "7. The operator had been on shift for fourteen hours.", "8. No one came to the stalled chairs.", "COUNT I", "I. Heading in roman"),
                lines.stream().map(RawLine::text).filter(t -> !t.isBlank()).toList());
    }

    /** Markdown shows a list written "1.", "1.", "1." as 1, 2, 3; a list numbered otherwise keeps its numbers as filed. */
    @Test
    void markdownNumbersAListWrittenWithOneNumber() throws Exception {
        ParsedPleading p = new PleadingParser().parse(MarkdownReader.read("""
                ## PARTIES

                1. Plaintiff Hester Vallance lives in Burlington, Vermont.
                1. Defendant Granite Peak Ski Corp. runs a ski area in Stowe.

                1. On January 4, 2025, a chairlift at the ski area stopped for two hours,
                and no one came to help.

                    The chairs swung in the wind the whole time.

                ## FACTS

                4. The lift's brakes had not been inspected.
                5. Granite Peak knew it.
                5. Granite Peak did nothing.
                """));
        assertEquals(List.of("1", "2", "3", "4", "5", "5"), numbers(p));
        assertEquals(List.of("\u00b6 5 appears twice"), p.warnings());
    }

    @Test
    void paragraphsNumberedByTheirStyle() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BigInteger paragraphs = list(doc, "decimal", "%1.");
            // a firm's template: the style carries the numbering, based on a style of its own; the paragraphs only name it
            XWPFStyles styles = doc.createStyles();
            CTStyle base = CTStyle.Factory.newInstance();
            base.setStyleId("PleadingBody");
            base.addNewName().setVal("Pleading Body");
            base.addNewPPr().addNewNumPr().addNewNumId().setVal(paragraphs);
            styles.addStyle(new XWPFStyle(base, styles));
            CTStyle numbered = CTStyle.Factory.newInstance();
            numbered.setStyleId("NumberedAllegation");
            numbered.addNewName().setVal("Numbered Allegation");
            numbered.addNewBasedOn().setVal("PleadingBody");
            styles.addStyle(new XWPFStyle(numbered, styles));
            body(doc, "COMPLAINT");
            for (String text : List.of("Plaintiff Tova Reyes buys feed from Defendant Orchard Mill LLC.", "The feed was wet.")) {
                XWPFParagraph p = doc.createParagraph();
                p.setStyle("NumberedAllegation");
                p.createRun().setText(text);
            }
            XWPFParagraph unnumbered = doc.createParagraph();
            unnumbered.setStyle("NumberedAllegation");
            unnumbered.getCTP().getPPr().addNewNumPr().addNewNumId().setVal(BigInteger.ZERO);
            unnumbered.createRun().setText("WHEREFORE, Plaintiff asks for damages.");
            doc.write(out);
            docx = out.toByteArray();
        }
        List<String> texts = DocxReader.read(docx, Progress.NONE).stream().map(RawLine::text).filter(t -> !t.isBlank()).toList();
        assertEquals(List.of("COMPLAINT", "1. Plaintiff Tova Reyes buys feed from Defendant Orchard Mill LLC.", "2. The feed was wet.",
                "WHEREFORE, Plaintiff asks for damages."), texts);
    }

    private static void body(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }
}
