package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimbench.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ImportCliTest {

    @TempDir
    Path dir;

    Path fixture() throws Exception {
        Path f = dir.resolve("harlow-complaint.txt");
        try (var in = getClass().getResourceAsStream("/fixtures/federal-complaint.txt")) {
            Files.write(f, in.readAllBytes());
        }
        return f;
    }

    @Test
    void analyzeJsonFollowsTheContract() throws Exception {
        CliTest.Result r = CliTest.run("analyze", fixture().toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("5:24-cv-05120-EJD", j.at("/caption/caseNumber").asText());
        assertEquals("TOBIAS WREN", j.at("/caption/plaintiffs/1").asText());
        assertEquals(3, j.at("/caption/defendants").size());

        JsonNode paragraphs = j.get("paragraphs");
        long numbered = 0;
        for (JsonNode p : paragraphs) {
            assertTrue(p.has("number") && p.has("start") && p.has("end") && p.has("text") && p.has("kind"));
            if (p.get("kind").asText().equals("numbered-paragraph")) {
                numbered++;
                assertTrue(p.get("number").isInt());
                assertTrue(p.get("start").isNull(), "a text file has no pages");
            }
        }
        assertEquals(27, numbered);

        JsonNode count3 = j.at("/counts/2");
        assertEquals(3, count3.get("ordinal").asInt());
        assertEquals("COUNT III", count3.get("label").asText());
        assertEquals(25, count3.get("startParagraph").asInt());
        assertEquals("Pellam", count3.at("/against/1").asText());
        assertEquals(22, count3.get("incorporates").size());

        JsonNode p14 = null;
        for (JsonNode p : paragraphs) {
            if (p.get("number").asInt() == 14) {
                p14 = p;
            }
        }
        assertEquals("group-pleading", p14.at("/flags/0/kind").asText());
        assertEquals("Defendants knew", p14.at("/flags/0/text").asText());
        for (JsonNode p : paragraphs) {
            if (p.get("number").asInt() == 18) {
                assertEquals(0, p.get("flags").size(), "a plain fact: no flag");
            }
        }
        assertTrue(j.at("/counts/2/flags").isObject());
        assertTrue(j.at("/counts/1/incorporatesEverythingBefore").asBoolean(), "COUNT II takes in all preceding paragraphs");
        assertTrue(!j.at("/counts/0/incorporatesEverythingBefore").asBoolean());

        JsonNode firstCitation = j.at("/citations/0");
        assertEquals("28 U.S.C. § 1332(a)", firstCitation.get("text").asText());
        assertEquals("statute", firstCitation.get("kind").asText());
        assertEquals(8, firstCitation.get("paragraph").asInt());
    }

    @Test
    void aStringCitationIsListedWholeBesideItsMembers() throws Exception {
        Path f = dir.resolve("deposit.txt");
        Files.writeString(f, String.join("\n",
                "UNITED STATES DISTRICT COURT", "NORTHERN DISTRICT OF CALIFORNIA", "",
                "MARA OKON, Plaintiff,", "v.", "LINDEN COURT LLC, Defendant.", "", "COMPLAINT", "",
                "1. Plaintiff rented a flat from Defendant for three years.", "",
                "2. Defendant kept the deposit contrary to Cal. Civ. Code § 1950.5; see also 42 U.S.C. § 3604(b).", ""));
        CliTest.Result r = CliTest.run("analyze", f.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        List<String> rows = new java.util.ArrayList<>();
        for (JsonNode c : new ObjectMapper().readTree(r.out()).get("citations")) {
            rows.add(c.get("kind").asText() + " | " + c.get("text").asText() + " | " + c.get("paragraph").asText()
                    + (c.has("members") ? " | " + c.get("members").size() : ""));
        }
        assertEquals(List.of("string | Cal. Civ. Code § 1950.5; see also 42 U.S.C. § 3604(b) | 2 | 2",
                "statute | Cal. Civ. Code § 1950.5 | 2", "statute | 42 U.S.C. § 3604(b) | 2"), rows);
    }

    @Test
    void analyzeOfAPdfGivesPageAndLine() throws Exception {
        Path pdf = dir.resolve("roe.pdf");
        Files.write(pdf, org.claimbench.ingest.FixturePdfs.pleadingPaper());
        CliTest.Result r = CliTest.run("analyze", pdf.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        for (JsonNode p : j.get("paragraphs")) {
            if (p.get("number").asInt() == 1) {
                assertTrue(p.get("start").asText().matches("\\d+:\\d+"), p.toString());
            }
        }
        CliTest.Result text = CliTest.run("analyze", pdf.toString());
        assertTrue(text.out().contains("41 numbered"), text.out());
    }

    @Test
    void importPutsTheDocumentInTheCase() throws Exception {
        long caseId = Long.parseLong(CliTest.run("demo", "--data-dir", dir.toString()).out().trim());
        CliTest.Result r = CliTest.run("import", fixture().toString(), "--case", String.valueOf(caseId), "--kind", "exhibit",
                "--data-dir", dir.toString());
        assertEquals(0, r.code(), r.err());
        long docId = Long.parseLong(r.out().trim());
        assertTrue(r.err().contains("27 numbered paragraphs, 3 counts"), r.err());
        assertEquals(List.of("1 count", "0 citations", "2 numbered paragraphs"),
                List.of(Plural.of(1, "count"), Plural.of(0, "citation"), Plural.of(2, "numbered paragraph")));
        try (Store store = Store.open(dir)) {
            assertEquals("harlow-complaint", store.documents().find(docId).orElseThrow().title());
            assertEquals(4, store.documents().list(caseId).size());
        }
    }

    @Test
    void badCaseFilesExitNonZeroWithTheReason() throws Exception {
        long caseId = Long.parseLong(CliTest.run("demo", "--data-dir", dir.toString()).out().trim());
        Path good = dir.resolve("good.claimcase");
        assertEquals(0, CliTest.run("export", "--case", String.valueOf(caseId), "-o", good.toString(), "--data-dir", dir.toString()).code());
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = dir.resolve("truncated.claimcase");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path notZip = dir.resolve("notzip.claimcase");
        Files.writeString(notZip, "hello");
        for (Path bad : List.of(truncated, notZip)) {
            CliTest.Result r = CliTest.run("import-case", bad.toString(), "--data-dir", dir.toString());
            assertNotEquals(0, r.code(), bad.toString());
            assertTrue(r.err().startsWith("claimbench: "), r.err());
        }
        CliTest.Result ok = CliTest.run("import-case", good.toString(), "--data-dir", dir.toString());
        assertEquals(0, ok.code(), ok.err());
        try (Store store = Store.open(dir)) {
            assertEquals(2, store.cases().list().size(), "only the good file added a case");
        }
    }

    @Test
    void aFailedImportExitsNonZeroAndChangesNothing() throws Exception {
        long caseId = Long.parseLong(CliTest.run("demo", "--data-dir", dir.toString()).out().trim());
        Path empty = Files.createFile(dir.resolve("empty.pdf"));
        CliTest.Result r = CliTest.run("import", empty.toString(), "--case", String.valueOf(caseId), "--data-dir", dir.toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().startsWith("claimbench: ") && r.err().contains("is empty"), r.err());

        Path prose = dir.resolve("letter.txt");
        Files.writeString(prose, "Dear counsel,\n\nWe write about the renewal.\n\nRegards.\n");
        CliTest.Result noParagraphs = CliTest.run("import", prose.toString(), "--case", String.valueOf(caseId), "--kind", "complaint",
                "--data-dir", dir.toString());
        assertNotEquals(0, noParagraphs.code());
        assertTrue(noParagraphs.err().contains("No numbered paragraphs"), noParagraphs.err());

        CliTest.Result noCase = CliTest.run("import", fixture().toString(), "--case", "999", "--data-dir", dir.toString());
        assertNotEquals(0, noCase.code());
        assertTrue(noCase.err().contains("Case 999 does not exist"), noCase.err());

        CliTest.Result missing = CliTest.run("analyze", dir.resolve("nope.pdf").toString());
        assertNotEquals(0, missing.code());
        assertTrue(missing.err().contains("There is no file"), missing.err());
        try (Store store = Store.open(dir)) {
            assertEquals(3, store.documents().list(caseId).size(), "nothing was added");
        }
    }
}
