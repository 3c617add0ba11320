package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report command's options reach the report. */
class ReportCliTest {

    @TempDir
    Path dir;

    @Test
    void tocAndNoWordingFlagsReachTheReport() throws Exception {
        String id = CliTest.run("demo", "--data-dir", dir.toString()).out().trim();
        Path plain = dir.resolve("plain.html");
        CliTest.Result r = CliTest.run("report", "--case", id, "--format", "html", "-o", plain.toString(), "--data-dir", dir.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(plain);
        assertFalse(html.contains("<h1>Contents</h1>"), "no table of contents by default");
        assertTrue(html.contains("Wording flags"), "wording flags by default");

        Path options = dir.resolve("options.html");
        r = CliTest.run("report", "--case", id, "--format", "html", "-o", options.toString(), "--toc", "--no-wording-flags",
                "--data-dir", dir.toString());
        assertEquals(0, r.code(), r.err());
        html = Files.readString(options);
        assertTrue(html.contains("<h1>Contents</h1>"));
        assertFalse(html.contains("Wording flags") || html.contains("Wording: "));
        assertTrue(r.err().matches("Wrote .* \\(\\d+ bytes\\)\\.\\s*"), r.err());
    }
}
