package org.claimbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.claimbench.domain.AmendmentKind;
import org.claimbench.domain.Comparison;
import org.claimbench.ingest.Progress;
import org.claimbench.service.AmendmentService;
import org.claimbench.service.ImportService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The redline of a small amended complaint, in the model, as PDF and as Word: struck words and underlined words. */
class RedlineTest {

    /** A complaint of our own about a greenhouse that was never heated. */
    static final String ORIGINAL = String.join("\n",
            "SUPERIOR COURT OF THE STATE OF WASHINGTON", "COUNTY OF SKAGIT", "",
            "TULIP ROW NURSERY, Plaintiff,", "v.", "NORTHWIND HEATING CO., Defendant.", "", "COMPLAINT", "",
            "1. Plaintiff grows bulbs for export in six glass greenhouses near Mount Vernon.", "",
            "2. Defendant agreed to service the boilers of all six greenhouses every October.", "",
            "3. Defendant skipped the October visit and the boilers failed in a cold snap.", "",
            "4. Forty thousand tulip bulbs froze in the unheated houses.", "",
            "COUNT I - BREACH OF CONTRACT", "",
            "5. Defendant broke its promise to service the boilers.", "",
            "COUNT II - CONVERSION", "",
            "6. Defendant kept the spare parts Plaintiff had paid for.", "");

    /** Its amended version: a paragraph added at the top, words changed in one, the conversion count dropped. */
    static final String AMENDED = String.join("\n",
            "SUPERIOR COURT OF THE STATE OF WASHINGTON", "COUNTY OF SKAGIT", "",
            "TULIP ROW NURSERY, Plaintiff,", "v.", "NORTHWIND HEATING CO. and ALDER VALVE WORKS LLC, Defendants.", "",
            "FIRST AMENDED COMPLAINT", "",
            "1. Plaintiff is a family partnership that has farmed in Skagit County since 1961.", "",
            "2. Plaintiff grows bulbs for export in six glass greenhouses near Mount Vernon.", "",
            "3. Defendant agreed to service the boilers of all six greenhouses every October.", "",
            "4. Defendant cancelled the October visit by telephone and the boilers failed in a cold snap.", "",
            "5. Forty thousand tulip bulbs froze in the unheated houses.", "",
            "COUNT I - BREACH OF CONTRACT", "",
            "6. Defendant broke its promise to service the boilers.", "");

    static Comparison comparison;
    static Redline.Model model;

    @BeforeAll
    static void compare() throws Exception {
        var old = ImportService.analyze("tulip-row.txt", ORIGINAL.getBytes(StandardCharsets.UTF_8), Progress.NONE);
        var now = ImportService.analyze("tulip-row-fac.txt", AMENDED.getBytes(StandardCharsets.UTF_8), Progress.NONE);
        comparison = AmendmentService.compare(old.parsed(), now.parsed());
        model = Redline.of(comparison, "Complaint", "First amended complaint");
    }

    static Redline.Row row(String where) {
        return model.rows().stream().filter(r -> r.where().equals(where)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + where + " in " + model.rows().stream().map(Redline.Row::where).toList()));
    }

    static String marked(List<Redline.Run> runs, Redline.Mark mark) {
        return String.join("|", runs.stream().filter(r -> r.mark() == mark).map(r -> r.text().strip()).toList());
    }

    static String text(List<Redline.Run> runs) {
        StringBuilder b = new StringBuilder();
        runs.forEach(r -> b.append(r.text()));
        return b.toString();
    }

    @Test
    void the_model_marks_the_words_taken_out_and_put_in_and_leaves_out_the_unchanged_rows() {
        Redline.Row changed = row("\u00b6 3 \u2192 \u00b6 4");
        assertEquals(AmendmentKind.CHANGED, changed.kind());
        assertEquals("skipped", marked(changed.before(), Redline.Mark.DELETED));
        assertEquals("cancelled|by telephone", marked(changed.after(), Redline.Mark.INSERTED));
        assertEquals("Defendant skipped cancelled the October visit by telephone and the boilers failed in a cold snap.", text(changed.redline()));
        assertEquals("skipped", marked(changed.redline(), Redline.Mark.DELETED));
        assertEquals("Defendant skipped the October visit and the boilers failed in a cold snap.", text(changed.before()),
                "each side reads as filed, with no space added");

        Redline.Row added = row("\u00b6 1");
        assertEquals(AmendmentKind.ADDED, added.kind());
        assertTrue(marked(added.after(), Redline.Mark.INSERTED).contains("family partnership"), added.after().toString());
        assertTrue(added.before().isEmpty());
        Redline.Row removed = row("\u00b6 6");
        assertEquals(AmendmentKind.REMOVED, removed.kind());
        assertTrue(marked(removed.redline(), Redline.Mark.DELETED).contains("spare parts"), removed.redline().toString());

        assertEquals(AmendmentKind.RENUMBERED, row("\u00b6 1 \u2192 \u00b6 2").kind());
        assertTrue(model.rows().stream().noneMatch(r -> r.kind() == AmendmentKind.UNCHANGED), "an unchanged row is not in the redline");
        assertTrue(model.counts().stream().anyMatch(c -> c.startsWith("COUNT II") && c.endsWith("dropped")), model.counts().toString());
        assertTrue(model.parties().stream().anyMatch(p -> p.equals("Defendant added: ALDER VALVE WORKS LLC")), model.parties().toString());
        assertEquals(comparison.summary(), model.summary());
    }

    @Test
    void the_pdf_holds_the_titles_the_summary_and_the_words_taken_out_and_put_in() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Redline.pdf(model, out);
        String text;
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // struck and underlined words are drawn after the line they stand in
            text = stripper.getText(pdf).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("First amended complaint"), text);
        assertTrue(text.contains(comparison.summary().substring(0, 30)), text);
        assertTrue(text.contains("Defendant skipped cancelled the October visit by telephone"), text);
        assertTrue(text.contains("Defendant kept the spare parts"), "a removed paragraph is in the redline, struck: " + text);
        assertTrue(text.contains("ALDER VALVE WORKS LLC"), text);
        assertTrue(text.contains("Forty thousand tulip bulbs"), "a paragraph that only moved down is listed: " + text);
        assertFalse(text.contains("BREACH OF CONTRACT"), "a heading that stayed as it was is not: " + text);
    }

    @Test
    void the_word_document_strikes_the_deleted_words_and_underlines_the_inserted_ones() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Redline.docx(model, out);
        List<XWPFRun> struck = new ArrayList<>();
        List<XWPFRun> underlined = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    String t = r.text();
                    all.append(t);
                    if (r.isStrikeThrough() && !t.isBlank()) {
                        struck.add(r);
                    }
                    if (r.getUnderline() == UnderlinePatterns.SINGLE && !t.isBlank()) {
                        underlined.add(r);
                    }
                }
                all.append('\n');
            }
        }
        List<String> struckWords = struck.stream().filter(r -> !"Struck through".equals(r.text())).map(r -> r.text().strip()).toList();
        List<String> underlinedWords = underlined.stream().filter(r -> !"Underlined".equals(r.text())).map(r -> r.text().strip()).toList();
        assertTrue(struckWords.contains("skipped"), struckWords.toString());
        assertTrue(struckWords.stream().anyMatch(w -> w.contains("Defendant kept the spare parts")), struckWords.toString());
        assertTrue(underlinedWords.containsAll(List.of("cancelled", "by telephone")), underlinedWords.toString());
        assertTrue(underlinedWords.stream().anyMatch(w -> w.contains("family partnership")), underlinedWords.toString());
        assertFalse(struckWords.contains("cancelled"), struckWords.toString());
        assertTrue(struck.stream().allMatch(r -> RedlineDocx.RED.equalsIgnoreCase(r.getColor())), "struck words are red");
        assertTrue(all.toString().contains("First amended complaint"), all.toString());
        assertTrue(all.toString().contains(comparison.summary()), all.toString());
    }
}
