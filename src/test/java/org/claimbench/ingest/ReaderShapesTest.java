package org.claimbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
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

    private static void body(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }
}
