package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** `analyze` of an Answer: its responses and defenses, as JSON and as a summary. */
class AnswerCliTest {

    @TempDir
    Path dir;

    Path fixture(String name) throws Exception {
        Path f = dir.resolve(name);
        try (var in = getClass().getResourceAsStream("/fixtures/answers/" + name)) {
            Files.write(f, in.readAllBytes());
        }
        return f;
    }

    @Test
    void analyzeJsonOfAnAnswerGivesItsResponsesAndDefenses() throws Exception {
        Path f = fixture("federal-answer.txt");
        for (String[] args : new String[][] {{"analyze", f.toString(), "--kind", "answer", "--json"}, {"analyze", f.toString(), "--json"}}) {
            CliTest.Result r = CliTest.run(args);
            assertEquals(0, r.code(), r.err());
            JsonNode j = new ObjectMapper().readTree(r.out());
            assertEquals("1:25-cv-00418", j.at("/caption/caseNumber").asText());
            JsonNode responses = j.get("responses");
            assertEquals(29 + 4, responses.size(), "¶¶ 1–27, 29, 30, then unnumbered, headings, prayer and the catch-all");
            JsonNode first = responses.get(0);
            assertEquals("1", first.get("paragraph").asText());
            assertEquals("admitted", first.get("status").asText());
            assertEquals("Admitted.", first.get("text").asText());
            assertTrue(first.has("start") && first.has("end") && first.has("form") && first.has("admitted"));
            JsonNode four = responses.get(3);
            assertEquals("without-knowledge", four.get("status").asText());
            JsonNode five = responses.get(4);
            assertEquals("admitted-in-part", five.get("status").asText());
            assertTrue(five.get("admitted").asText().startsWith("it is a New Hampshire corporation"));
            assertEquals("no-response-required", responses.get(12).get("status").asText());
            assertEquals("remaining", responses.get(responses.size() - 1).get("paragraph").asText());
            assertEquals("catch-all denial", responses.get(responses.size() - 1).get("form").asText());
            JsonNode defenses = j.get("defenses");
            assertEquals(5, defenses.size());
            assertEquals(2, defenses.at("/1/ordinal").asInt());
            assertEquals("Statute of Limitations", defenses.at("/1/title").asText());
            assertTrue(defenses.at("/1/text").asText().startsWith("SECOND AFFIRMATIVE DEFENSE"));
            for (JsonNode p : j.get("paragraphs")) {
                assertEquals(0, p.get("flags").size(), "an answer's “lacks knowledge or information” is no hedge: " + p);
            }
        }
    }

    @Test
    void analyzeOfAnAnswerSaysWhatItAdmitsAndDenies() throws Exception {
        CliTest.Result r = CliTest.run("analyze", fixture("california-answer.txt").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Answer: 0 responses; a general denial of every allegation; 5 affirmative defenses"), r.out());
        CliTest.Result fed = CliTest.run("analyze", fixture("federal-answer.txt").toString(), "--kind", "answer");
        assertTrue(fed.out().contains("Answer: 29 responses \u2014 2 admitted, 7 admitted in part, 12 denied, 2 without knowledge, "
                + "6 no response required; unnumbered: denied; headings: no response required; prayer: denied; every allegation not "
                + "answered otherwise denied; 5 affirmative defenses"), fed.out());
        assertTrue(fed.out().contains("Wording:     no flags"), fed.out());
    }

    @Test
    void aComplaintHasNoResponsesKey() throws Exception {
        Path f = dir.resolve("c.txt");
        try (var in = getClass().getResourceAsStream("/fixtures/orchard-complaint.txt")) {
            Files.write(f, in.readAllBytes());
        }
        JsonNode j = new ObjectMapper().readTree(CliTest.run("analyze", f.toString(), "--json").out());
        assertTrue(!j.has("responses") && !j.has("defenses"));
        CliTest.Result bad = CliTest.run("analyze", f.toString(), "--kind", "rebuttal");
        assertTrue(bad.code() != 0);
    }
}
