package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.claimbench.service.QdpxRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** export --format qdpx|annotations writes a REFI-QDA project or web annotations; the case file stays the default. */
class ExchangeCliTest {

    @TempDir
    Path dir;

    String demo() {
        CliTest.Result demo = CliTest.run("demo", "--data-dir", dir.toString());
        assertEquals(0, demo.code(), demo.err());
        return demo.out().trim();
    }

    @Test
    void a_refi_qda_project_and_web_annotations_are_written() throws Exception {
        String id = demo();
        Path qdpx = dir.resolve("out/roe.qdpx");
        CliTest.Result r = CliTest.run("export", "--case", id, "--format", "qdpx", "-o", qdpx.toString(), "--data-dir", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("Wrote "), r.err());
        assertEquals("", r.out());
        QdpxRules.Project p = QdpxRules.check(Files.readAllBytes(qdpx));
        assertFalse(p.all("PlainTextSelection").isEmpty());
        assertFalse(p.all("Code").isEmpty());

        Path json = dir.resolve("roe.jsonld");
        r = CliTest.run("export", "--case", id, "--format", "annotations", "-o", json.toString(), "--data-dir", dir.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals("http://www.w3.org/ns/anno.jsonld", root.path("@context").asText());
        assertEquals(p.all("PlainTextSelection").size(), root.path("first").path("items").size());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporary file is left");
        }
    }

    @Test
    void the_case_file_is_still_the_default_and_mistakes_are_explained() throws Exception {
        String id = demo();
        Path file = dir.resolve("roe.claimcase");
        assertEquals(0, CliTest.run("export", "--case", id, "-o", file.toString(), "--data-dir", dir.toString()).code());
        assertTrue(Files.size(file) > 0);

        CliTest.Result bad = CliTest.run("export", "--case", id, "--format", "nvivo", "-o", dir.resolve("x").toString(), "--data-dir", dir.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("use claimcase, qdpx or annotations"), bad.err());

        CliTest.Result sealed = CliTest.run("export", "--case", id, "--format", "qdpx", "--encrypt", "-o", dir.resolve("x").toString(),
                "--data-dir", dir.toString());
        assertEquals(2, sealed.code());
        assertTrue(sealed.err().contains("--encrypt seals a .claimcase file only"), sealed.err());

        CliTest.Result missing = CliTest.run("export", "--case", "999", "--format", "annotations", "-o", dir.resolve("y.json").toString(),
                "--data-dir", dir.toString());
        assertEquals(ClaimBenchCli.FAILED, missing.code());
        assertTrue(missing.err().contains("Case 999 does not exist"), missing.err());
        assertFalse(Files.exists(dir.resolve("y.json")));
        assertFalse(Files.exists(dir.resolve("x")));
    }
}
