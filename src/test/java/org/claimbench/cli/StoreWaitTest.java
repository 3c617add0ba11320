package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.claimbench.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command finds the store held by another ClaimBench process: it waits, says so once, and goes on or gives up. */
class StoreWaitTest {

    @TempDir
    Path dir;

    Process holder;

    /** Starts another process that opens the store and holds it until told to let go. */
    void holdTheStore() throws Exception {
        try (Store s = Store.open(dir)) {
            s.cases().create("Held matter", null, null, null);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StoreHolder.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("open", out.readLine());
    }

    @AfterEach
    void letGo() throws Exception {
        if (holder != null) {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    @Test
    void aCommandWaitsWhileAnotherHoldsTheStoreThenGoesOn() throws Exception {
        holdTheStore();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> cases = CompletableFuture.supplyAsync(() ->
                ClaimBenchCli.run(new String[] {"cases", "--data-dir", dir.toString(), "--wait", "300"}, new PrintWriter(out), new PrintWriter(err)));
        for (int i = 0; i < 600 && !err.toString().contains("Waiting for the store"); i++) {
            Thread.sleep(100);
        }
        assertTrue(err.toString().contains("Waiting for the store, which another ClaimBench command or window holds"), err.toString());
        assertFalse(cases.isDone(), "the command is still waiting");

        holder.getOutputStream().close(); // the other process lets go of the store
        assertEquals(0, cases.get(5, TimeUnit.MINUTES), err.toString());
        assertTrue(out.toString().contains("Held matter"), out.toString());
        assertEquals(1, err.toString().split("Waiting for the store", -1).length - 1, "said once: " + err);
    }

    @Test
    void aCommandGivesUpAfterItsWaitAndSaysHowToWaitLonger() throws Exception {
        holdTheStore();
        CliTest.Result waited = CliTest.run("cases", "--data-dir", dir.toString(), "--wait", "1");
        assertEquals(ClaimBenchCli.FAILED, waited.code());
        assertTrue(waited.err().contains("Waiting for the store"), waited.err());
        assertTrue(waited.err().contains("still in use by another ClaimBench window or command after 1 second")
                && waited.err().contains("longer --wait"), waited.err());

        CliTest.Result atOnce = CliTest.run("cases", "--data-dir", dir.toString(), "--wait", "0");
        assertEquals(ClaimBenchCli.FAILED, atOnce.code());
        assertFalse(atOnce.err().contains("Waiting for the store"), atOnce.err());
        assertTrue(atOnce.err().contains("in use by another ClaimBench window or command") && atOnce.err().contains("--wait SECONDS"),
                atOnce.err());
        for (String line : (waited.err() + atOnce.err()).split("\n")) {
            assertFalse(line.matches(".*\\b(org|java)\\.[a-z]+\\..*|.*Exception.*"), "no internals: " + line);
        }
    }

    @Test
    void aNegativeWaitIsRefused() {
        CliTest.Result r = CliTest.run("cases", "--data-dir", dir.toString(), "--wait", "-5");
        assertEquals(ClaimBenchCli.FAILED, r.code());
        assertTrue(r.err().contains("--wait takes a number of seconds"), r.err());
    }
}
