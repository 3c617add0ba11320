package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CliTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ClaimBenchCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void demoAddsTheDemoCaseAndCasesListsItAsJson() throws Exception {
        Result demo = run("demo", "--data-dir", dir.toString());
        assertEquals(0, demo.code(), demo.err());
        long id = Long.parseLong(demo.out().trim());

        Result cases = run("cases", "--json", "--data-dir", dir.toString());
        assertEquals(0, cases.code(), cases.err());
        JsonNode json = new ObjectMapper().readTree(cases.out());
        assertTrue(json.isArray());
        assertEquals(1, json.size());
        assertEquals(id, json.get(0).get("id").asLong());
        assertEquals("Roe v. Meridian Cloud, Inc. (demo)", json.get(0).get("title").asText());
    }

    @Test
    void anEmptyStoreSaysHowToAddTheDemo() {
        Result cases = run("cases", "--data-dir", dir.toString());
        assertEquals(0, cases.code());
        assertTrue(cases.out().contains("claimbench demo"), cases.out());
        assertEquals("[ ]", run("cases", "--json", "--data-dir", dir.toString()).out().trim());
    }

    @Test
    void anUnknownCommandFailsWithAMessageOnStderr() {
        Result r = run("frobnicate");
        assertTrue(r.code() != 0);
        assertTrue(r.err().contains("frobnicate"), r.err());
    }

    @Test
    void aStoreThatCannotBeCreatedIsExplained() throws Exception {
        Path file = dir.resolve("not-a-folder");
        java.nio.file.Files.writeString(file, "x");
        Result r = run("cases", "--data-dir", file.toString());
        assertEquals(ClaimBenchCli.FAILED, r.code());
        assertTrue(r.err().contains("--data-dir"), r.err());
    }

    @Test
    void windowArgumentsAreNotCommands() {
        assertFalse(ClaimBenchCli.wantsCli(new String[0]));
        assertFalse(ClaimBenchCli.wantsCli(new String[] {"--data-dir", "/tmp/x"}));
        assertFalse(ClaimBenchCli.wantsCli(new String[] {"case.claimcase"}));
        assertTrue(ClaimBenchCli.wantsCli(new String[] {"--data-dir", "/tmp/x", "cases"}));
        // the window on a team store; the same options before a command still run the command
        assertFalse(ClaimBenchCli.wantsCli(new String[] {"--db-url", "jdbc:postgresql://db/claims", "--db-user", "anna"}));
        assertFalse(ClaimBenchCli.wantsCli(new String[] {"--db-url=jdbc:postgresql://db/claims", "--db-user=anna", "--data-dir", "/tmp/x"}));
        assertTrue(ClaimBenchCli.wantsCli(new String[] {"--db-url", "jdbc:postgresql://db/claims", "cases"}));
        assertTrue(ClaimBenchCli.wantsCli(new String[] {"frobnicate"}));
        assertTrue(ClaimBenchCli.wantsCli(new String[] {"--version"}));
    }
    @Test
    void flagsListsTheWordingFlagsWithTheDecisionsMadeInTheWindow() throws Exception {
        long id = Long.parseLong(run("demo", "--data-dir", dir.toString()).out().trim());
        Result all = run("flags", "--case", String.valueOf(id), "--json", "--data-dir", dir.toString());
        assertEquals(0, all.code(), all.err());
        JsonNode flags = new ObjectMapper().readTree(all.out());
        assertTrue(flags.size() >= 5, flags.toString());
        JsonNode first = flags.get(0);
        assertTrue(first.get("verdict").isNull());
        // a decision made as the window makes it
        try (var store = org.claimbench.store.Store.open(dir)) {
            var f = new org.claimbench.analysis.WordingScreen.Flag(first.get("kind").asText(), first.get("text").asText(),
                    first.get("start").asInt(), first.get("end").asInt(), first.get("kind").asText());
            new org.claimbench.service.CaseEditor(store).decideFlag(first.get("document").asLong(), f,
                    org.claimbench.domain.FlagVerdict.DISMISSED, "Only colour").apply();
        }
        JsonNode dismissed = new ObjectMapper().readTree(run("flags", "--case", String.valueOf(id), "--verdict", "dismissed", "--json",
                "--data-dir", dir.toString()).out());
        assertEquals(1, dismissed.size());
        assertEquals("dismissed", dismissed.get(0).get("verdict").asText());
        assertEquals("Only colour", dismissed.get(0).get("note").asText());
        JsonNode standing = new ObjectMapper().readTree(run("flags", "--case", String.valueOf(id), "--verdict", "standing", "--json",
                "--data-dir", dir.toString()).out());
        assertEquals(flags.size() - 1, standing.size());
        Result text = run("flags", "--case", String.valueOf(id), "--data-dir", dir.toString());
        assertTrue(text.out().contains("dismissed") && text.out().contains(flags.size() + " flags, " + (flags.size() - 1) + " undecided."),
                text.out());
        Result bad = run("flags", "--case", String.valueOf(id), "--verdict", "maybe", "--data-dir", dir.toString());
        assertEquals(ClaimBenchCli.FAILED, bad.code());
        assertTrue(bad.err().contains("undecided, confirmed, dismissed or standing"), bad.err());
        Result noCase = run("flags", "--case", "999", "--data-dir", dir.toString());
        assertTrue(noCase.err().contains("does not exist"), noCase.err());
    }
}
