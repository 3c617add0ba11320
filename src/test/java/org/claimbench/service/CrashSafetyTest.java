package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.claimbench.domain.Passage;
import org.claimbench.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kill the process in the middle of work, reopen the store, and find every committed edit and nothing half-done. */
class CrashSafetyTest {

    @TempDir
    Path dir;

    Process start(String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashWorker.class.getName(), mode, dir.toString())
                .redirectErrorStream(false).start();
    }

    long demo() {
        try (Store store = Store.open(dir)) {
            return new DemoCase(store).install();
        }
    }

    @Test
    void editsCommittedBeforeAKillAreAllThere() throws Exception {
        long caseId = demo();
        int baseEvidence;
        int basePassages;
        try (Store store = Store.open(dir)) {
            baseEvidence = store.evidence().items(caseId).size();
            basePassages = store.passages().forCase(caseId).size();
        }
        Process p = start("edits");
        int lastCommitted = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    lastCommitted = Integer.parseInt(line.substring(10));
                    if (lastCommitted >= 40) {
                        p.destroyForcibly(); // SIGKILL, in the middle of the next edits
                        break;
                    }
                }
            }
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertTrue(lastCommitted >= 40, "the worker committed " + lastCommitted);

        try (Store store = Store.open(dir)) {
            int items = store.evidence().items(caseId).size() - baseEvidence;
            int passages = store.passages().forCase(caseId).size() - basePassages;
            assertTrue(items >= lastCommitted + 1, "every reported evidence item is there: " + items + " of " + (lastCommitted + 1));
            assertTrue(passages >= lastCommitted + 1, "every reported highlight is there: " + passages);
            assertTrue(items - passages <= 1 && items - passages >= 0, "at most the edit under way when killed is missing its pair");
            List<Passage> all = store.passages().forCase(caseId);
            for (Passage ps : all) {
                assertEquals(ps.quote(), store.documents().text(ps.documentId()).substring(ps.start(), ps.end()));
            }
            // every checklist entry points at an item, and every item added has its entry
            assertEquals(store.evidence().items(caseId).size(), store.evidence().entries(caseId).stream().map(e -> e.evidenceId()).distinct().count());
        }
    }

    @Test
    void anImportKilledHalfwayLeavesNothingBehind() throws Exception {
        long caseId = demo();
        Process p = start("import");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("saving")) {
                    Thread.sleep(60); // inside the import's transaction
                    p.destroyForcibly();
                    break;
                }
                if (line.equals("imported")) {
                    break;
                }
            }
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        try (Store store = Store.open(dir)) {
            var docs = store.documents().list(caseId);
            System.out.println("documents after the kill: " + docs.size());
            assertTrue(docs.size() == 3 || docs.size() == 4, "documents: " + docs.size());
            if (docs.size() == 4) {
                // the import finished before the kill: then it is whole
                long id = docs.get(3).id();
                assertTrue(store.documents().segments(id).size() > 1000);
                assertTrue(store.documents().sourceLines(id).size() > 10_000);
            }
        }
    }
}
