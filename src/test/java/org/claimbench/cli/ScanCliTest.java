package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.claimbench.ingest.FixturePdfs;
import org.claimbench.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** `analyze` and `import` of scans: recognised by default, with --ocr, --lang and --tessdata. */
class ScanCliTest {

    @TempDir
    static Path dir;
    static Path scan;

    @BeforeAll
    static void scan() throws Exception {
        scan = dir.resolve("scan.pdf");
        Files.write(scan, FixturePdfs.scannedComplaint(1));
    }

    @Test
    void analyzeRecognisesAScanAndSaysHowItsTextWasObtained() throws Exception {
        CliTest.Result r = CliTest.run("analyze", scan.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("Recognised 1 of 1 pages"), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        JsonNode source = j.get("textSource");
        assertEquals("OCR", source.get("kind").asText());
        assertEquals("Tesseract 5.5.3", source.get("engine").asText());
        assertEquals("eng", source.get("language").asText());
        assertEquals(1, source.get("pages").asInt());
        assertEquals(1, source.get("pagesRecognised").asInt());
        assertTrue(source.get("meanConfidence").asDouble() > 80, source.toString());
        assertTrue(source.get("uncertainWords").asInt() < source.get("words").asInt() / 10, source.toString());
        assertEquals(60, source.get("uncertainBelow").asInt());
        assertEquals("25-CV-01932", j.at("/caption/caseNumber").asText());
        JsonNode first = null;
        for (JsonNode p : j.get("paragraphs")) {
            if (p.get("number").asInt() == 1) {
                first = p;
            }
        }
        assertEquals("1:11", first.get("start").asText(), "\u00b6 1 starts on line 11 of page 1, as it was printed");
    }

    @Test
    void ocrNeverRefusesAScanAsBefore() {
        CliTest.Result r = CliTest.run("analyze", scan.toString(), "--ocr", "never");
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("no text layer") && r.err().contains("OCR"), r.err());
        CliTest.Result bad = CliTest.run("analyze", scan.toString(), "--ocr", "sometimes");
        assertNotEquals(0, bad.code());
        assertTrue(bad.err().contains("--ocr takes auto, always or never"), bad.err());
    }

    @Test
    void aLanguageWithoutDataSaysWhereToPutIt() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("tessdata"));
        CliTest.Result r = CliTest.run("analyze", scan.toString(), "--lang", "deu", "--tessdata", empty.toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("deu.traineddata") && r.err().contains(empty.toAbsolutePath().toString()), r.err());
    }

    @Test
    void aTextFileSaysItsTextIsTheFilesOwn() throws Exception {
        Path f = dir.resolve("complaint.txt");
        try (var in = getClass().getResourceAsStream("/fixtures/federal-complaint.txt")) {
            Files.write(f, in.readAllBytes());
        }
        CliTest.Result r = CliTest.run("analyze", f.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode source = new ObjectMapper().readTree(r.out()).get("textSource");
        assertEquals("file text", source.get("kind").asText());
        assertFalse(source.has("engine"));
    }

    @Test
    void importTakesAPageImage() throws Exception {
        Path data = Files.createDirectories(dir.resolve("store"));
        long caseId = Long.parseLong(CliTest.run("demo", "--data-dir", data.toString()).out().trim());
        Path png = dir.resolve("page-1.png");
        Files.write(png, FixturePdfs.scannedPagePng());
        CliTest.Result r = CliTest.run("import", png.toString(), "--case", String.valueOf(caseId), "--kind", "exhibit",
                "--ocr", "auto", "--lang", "eng", "--data-dir", data.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("7 numbered paragraphs"), r.err());
        try (Store store = Store.open(data)) {
            assertEquals("page-1", store.documents().find(Long.parseLong(r.out().trim())).orElseThrow().title());
        }
    }
}
