package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.claimbench.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code claimbench import} in a process of its own, killed (SIGKILL) at many moments around its commit, the
 * store's close and the process's exit: every id it printed is in the store afterwards, and the store opens.
 */
class ImportKillTest {

    @TempDir
    Path dir;

    Path complaint;
    long caseId;

    @BeforeEach
    void aStoreWithACaseAndAComplaint() throws Exception {
        try (Store s = Store.open(dir)) {
            caseId = s.cases().create("Kill matter", null, null, null).id();
        }
        StringBuilder text = new StringBuilder("IN THE SUPERIOR COURT\n\nCOMPLAINT\n\n");
        for (int i = 1; i <= 1500; i++) {
            text.append(i).append(". On information and belief, the defendant knew of the matter set out in paragraph ")
                    .append(i).append(" and did nothing about it, as the records of the company show.\n\n");
        }
        complaint = Files.writeString(dir.resolve("big.txt"), text);
    }

    /** An import in a process of its own, its standard output going to {@code out}. */
    Process importing(Path out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.claimbench.Launcher", "import", complaint.toString(),
                "--case", String.valueOf(caseId), "--kind", "exhibit", "--data-dir", dir.toString(), "--wait", "60")
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(out.toFile()).start();
    }

    /** The ids printed to {@code out}: whole lines only. */
    static List<Long> printedTo(Path out) throws Exception {
        String text = Files.exists(out) ? Files.readString(out) : "";
        int end = text.lastIndexOf('\n');
        return ids(end < 0 ? List.of() : text.substring(0, end).lines().toList());
    }

    /** The ids a process printed, one a line. */
    static List<Long> ids(List<String> lines) {
        return lines.stream().filter(l -> l.strip().matches("\\d+")).map(l -> Long.parseLong(l.strip())).toList();
    }

    @Test
    void theIdIsPrintedOnlyWhenTheStoreIsClosedAndTheDocumentIsOnDisk() throws Exception {
        for (int run = 0; run < 3; run++) {
            Path out = dir.resolve("script-" + run + ".txt");
            Process p = importing(out);
            for (int wait = 0; wait < 12_000 && printedTo(out).isEmpty() && p.isAlive(); wait++) {
                Thread.sleep(5);
            }
            List<Long> id = printedTo(out);
            assertEquals(1, id.size(), "the import printed its id");
            // at once, as a script would: the store is free, and the document is in it
            try (Store s = Store.open(dir)) {
                assertTrue(s.documents().find(id.get(0)).isPresent(), "document " + id);
            }
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue());
        }
    }

    @Test
    void everyPrintedIdSurvivesAKillAnywhereAroundCommitCloseAndExit() throws Exception {
        // one import undisturbed, to know how long one takes here (used to spread the kills, never asserted)
        long started = System.nanoTime();
        Path calmOut = dir.resolve("calm.txt");
        Process calm = importing(calmOut);
        assertTrue(calm.waitFor(120, TimeUnit.SECONDS));
        List<Long> printed = new ArrayList<>(printedTo(calmOut));
        assertEquals(1, printed.size(), "an undisturbed import prints its id");
        long whole = (System.nanoTime() - started) / 1_000_000;
        int killedBeforeId = 0;
        int killedAfterId = 0;

        // kills spread in time over the second half of an import, where it commits, closes and exits
        for (int i = 0; i < 14; i++) {
            Path out = dir.resolve("spread-" + i + ".txt");
            Process p = importing(out);
            Thread.sleep(whole / 2 + whole * i / 20);
            p.destroyForcibly();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            List<Long> got = printedTo(out);
            printed.addAll(got);
            if (got.isEmpty()) {
                killedBeforeId++;
            } else {
                killedAfterId++;
            }
        }
        // kills aimed at the moments just after the id appears
        for (int i = 0; i < 10; i++) {
            Path out = dir.resolve("aimed-" + i + ".txt");
            Process p = importing(out);
            for (int wait = 0; wait < 12_000 && printedTo(out).isEmpty() && p.isAlive(); wait++) {
                Thread.sleep(5);
            }
            Thread.sleep(i * 15L);
            p.destroyForcibly();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            List<Long> got = printedTo(out);
            printed.addAll(got);
            if (got.isEmpty()) {
                killedBeforeId++;
            } else {
                killedAfterId++;
            }
        }
        System.out.println("import killed " + (killedBeforeId + killedAfterId) + " times: " + killedBeforeId + " before its id was printed, "
                + killedAfterId + " after; " + printed.size() + " ids printed");

        try (Store s = Store.open(dir)) {
            for (long id : printed) {
                assertTrue(s.documents().find(id).isPresent(), "the printed document " + id + " is in the store");
            }
            assertTrue(s.documents().list(caseId).size() >= printed.size());
        }
    }
}
