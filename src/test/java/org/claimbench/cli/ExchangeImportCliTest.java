package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** import-case reads a REFI-QDA project as a new case; import-annotations places web annotations on a document. */
class ExchangeImportCliTest {

    @TempDir
    Path dir;

    CliTest.Result run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dir.toString();
        return CliTest.run(all);
    }

    @Test
    void a_project_comes_back_as_a_case_and_annotations_land_on_its_document() throws Exception {
        String demo = run("demo").out().trim();
        Path qdpx = dir.resolve("roe.qdpx");
        assertEquals(0, run("export", "--case", demo, "--format", "qdpx", "-o", qdpx.toString()).code());
        JsonNode before = new ObjectMapper().readTree(run("passages", "--case", demo, "--json").out());

        CliTest.Result r = run("import-case", qdpx.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode made = new ObjectMapper().readTree(r.out());
        assertEquals("count,element,allegation", made.path("levels").asText());
        assertEquals(before.size(), made.path("passages").asInt());
        assertTrue(made.path("nodes").asInt() > 0);
        assertTrue(made.path("notImported").isArray());
        long caseId = made.path("caseId").asLong();

        // without --json: the id, then what was made; the content decides, not the name
        Path renamed = dir.resolve("roe-project.zip");
        Files.copy(qdpx, renamed);
        CliTest.Result plain = run("import-case", renamed.toString(), "--levels", "count,allegation");
        assertEquals(0, plain.code(), plain.err());
        assertTrue(plain.out().trim().matches("\\d+"), plain.out());
        assertTrue(plain.err().contains("(codes read as count,allegation)"), plain.err());

        JsonNode passages = new ObjectMapper().readTree(run("passages", "--case", Long.toString(caseId), "--json").out());
        long document = passages.get(0).path("document").asLong();
        long onIt = 0;
        for (JsonNode p : passages) {
            onIt += p.path("document").asLong() == document ? 1 : 0;
        }
        Path json = dir.resolve("roe.jsonld");
        assertEquals(0, run("export", "--case", Long.toString(caseId), "--format", "annotations", "-o", json.toString()).code());
        CliTest.Result a = run("import-annotations", json.toString(), "--case", Long.toString(caseId), "--document", Long.toString(document), "--json");
        assertEquals(0, a.code(), a.err());
        JsonNode placed = new ObjectMapper().readTree(a.out());
        assertEquals(onIt, placed.path("exact").asInt(), a.out());
        assertEquals(onIt, placed.path("passages").asInt());
        assertEquals(0, placed.path("changed").asInt());

        CliTest.Result text = run("import-annotations", json.toString(), "--case", Long.toString(caseId), "--document", Long.toString(document));
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith(onIt + " annotations: " + onIt + " exact, 0 moved, 0 changed, 0 not found on "), text.out());
    }

    @Test
    void annotations_whose_words_changed_or_are_lost_go_to_the_review_queue_and_are_listed_there() throws Exception {
        String demo = run("demo").out().trim();
        JsonNode passages = new ObjectMapper().readTree(run("passages", "--case", demo, "--json").out());
        String document = null;
        for (JsonNode p : passages) {
            if ("Complaint".equals(p.path("documentTitle").asText())) {
                document = p.path("document").asText();
            }
        }
        assertTrue(document != null, "the demo has a complaint with highlights");
        Path notes = dir.resolve("notes.json");
        Files.writeString(notes, "[{\"type\":\"Annotation\",\"id\":\"n1\",\"target\":{\"selector\":{\"type\":\"TextQuoteSelector\","
                + "\"exact\":\"sold QuickPost a customer-relationship program, an email campaign service and data-hosting capacity\"}}},"
                + "{\"type\":\"Annotation\",\"id\":\"n2\",\"target\":{\"selector\":{\"type\":\"TextQuoteSelector\","
                + "\"exact\":\"the quarterly zebra migration of umbrellas\"}}}]");
        CliTest.Result a = run("import-annotations", notes.toString(), "--case", demo, "--document", document, "--json");
        assertEquals(0, a.code(), a.err());
        JsonNode placed = new ObjectMapper().readTree(a.out());
        assertEquals(2, placed.path("queued").asInt(), a.out());
        assertEquals(0, placed.path("passages").asInt());
        assertTrue(placed.path("unplaced").get(0).path("queueId").asLong() > 0, a.out());

        CliTest.Result queue = run("passages", "--case", demo, "--queue", "--json");
        assertEquals(0, queue.code(), queue.err());
        JsonNode waiting = new ObjectMapper().readTree(queue.out());
        assertEquals(2, waiting.size(), queue.out());
        assertEquals("changed", waiting.get(0).path("state").asText());
        assertEquals("notes.json", waiting.get(0).path("source").asText());
        assertTrue(waiting.get(0).path("candidate").asText().contains("platform"), queue.out());
        assertEquals("orphaned", waiting.get(1).path("state").asText());

        CliTest.Result text = run("import-annotations", notes.toString(), "--case", demo, "--document", document);
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("0 passages added, 2 to the review queue."), text.out());
        assertTrue(text.out().contains("In the review queue"), text.out());
        assertTrue(run("passages", "--case", demo, "--queue").out().contains("web annotation from notes.json"));
    }

    @Test
    void mistakes_are_explained_and_change_nothing() throws Exception {
        String demo = run("demo").out().trim();
        Path bad = dir.resolve("bad.qdpx");
        Files.writeString(bad, "not a zip");
        CliTest.Result r = run("import-case", bad.toString());
        assertEquals(ClaimBenchCli.FAILED, r.code());
        assertTrue(r.err().contains("bad.qdpx is not a REFI-QDA project"), r.err());
        assertEquals(1, new ObjectMapper().readTree(run("cases", "--json").out()).size());

        CliTest.Result levels = run("import-case", bad.toString(), "--levels", "count,claim");
        assertEquals(2, levels.code());
        assertTrue(levels.err().contains("\u201cclaim\u201d is not a kind of outline node"), levels.err());

        Path notes = dir.resolve("notes.json");
        Files.writeString(notes, "{\"hello\": 1}");
        JsonNode passages = new ObjectMapper().readTree(run("passages", "--case", demo, "--json").out());
        String document = passages.get(0).path("document").asText();
        CliTest.Result a = run("import-annotations", notes.toString(), "--case", demo, "--document", document);
        assertEquals(ClaimBenchCli.FAILED, a.code());
        assertTrue(a.err().contains("is not a file of web annotations"), a.err());
        CliTest.Result wrong = run("import-annotations", notes.toString(), "--case", "77", "--document", document);
        assertTrue(wrong.err().contains("not to case 77"), wrong.err());
        assertEquals(passages.size(), new ObjectMapper().readTree(run("passages", "--case", demo, "--json").out()).size());
    }
}
