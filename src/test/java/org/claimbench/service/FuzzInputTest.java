package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.claimbench.ingest.FixturePdfs;
import org.claimbench.ingest.IngestException;
import org.claimbench.ingest.OcrOptions;
import org.claimbench.ingest.Progress;
import org.claimbench.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Damaged input of every kind ClaimBench opens — PDF, Word, web page, plain text and case file — made by seeded
 * mutations of good files: bytes flipped, cut short, doubled, zeroed, or spliced from another file. Each mutant
 * must end in a result or in one line that says what is wrong, with no stack trace, no library or Java name,
 * and no hang. A failure names the seed, so the mutant can be made again.
 */
class FuzzInputTest {

    /** Mutants of each seed file. Recognition is off: a mutant that loses its text layer is refused as a scan. */
    static final int MUTANTS = 60;
    static final long LIMIT_SECONDS = 60;
    static final Pattern INTERNALS = Pattern.compile(
            "Exception|Error:|\\bat [a-z]+\\.[a-z]|java\\.|javax\\.|org\\.apache|com\\.fasterxml|org\\.jsoup|org\\.claimbench|\\bnull\\b|NaN");

    static ExecutorService worker;
    static Map<String, byte[]> seeds;
    /** The store case files are opened into: a refused one leaves it as it was, a good one adds a case. */
    static Store store;

    @BeforeAll
    static void seeds() throws Exception {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
        store = Store.inMemory();
        long id = new DemoCase(store).install();
        byte[] caseFile = fixedTimes(new CaseArchive(store).export(id));
        seeds = new java.util.LinkedHashMap<>();
        seeds.put("complaint.pdf", FixturePdfs.federalPdf());
        seeds.put("complaint.docx", FixturePdfs.federalDocx());
        seeds.put("complaint.html", FixturePdfs.federalHtml().getBytes(StandardCharsets.UTF_8));
        seeds.put("complaint.txt", FixturePdfs.federalText().getBytes(StandardCharsets.UTF_8));
        seeds.put("case.claimcase", caseFile);
    }

    /**
     * The case file with every time in it set to one instant, and its entries dated as export dates them, so that
     * the same seed makes the same case-file mutant on every run.
     */
    static byte[] fixedTimes(byte[] caseFile) throws Exception {
        Map<String, byte[]> entries = CaseArchiveTest.entries(caseFile);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                byte[] data = e.getValue();
                if (e.getKey().endsWith(".json")) {
                    data = new String(data, StandardCharsets.UTF_8).replaceAll("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z", "2024-03-01T09:30:00Z")
                            .getBytes(StandardCharsets.UTF_8);
                }
                java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry(e.getKey());
                entry.setTime(315532800000L);
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @AfterAll
    static void stop() {
        worker.shutdownNow();
        store.close();
    }

    /** A mutant of {@code good}: one of six damages, chosen and placed by the seed. */
    static byte[] mutate(byte[] good, byte[] other, Random r) {
        byte[] b = good.clone();
        switch (r.nextInt(6)) {
            case 0 -> { // a few bytes flipped
                for (int i = 0, n = 1 + r.nextInt(24); i < n; i++) {
                    b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 1 -> b = java.util.Arrays.copyOf(b, r.nextInt(b.length)); // cut short
            case 2 -> { // a run of bytes zeroed
                int at = r.nextInt(b.length);
                java.util.Arrays.fill(b, at, Math.min(b.length, at + 1 + r.nextInt(4096)), (byte) 0);
            }
            case 3 -> { // a stretch doubled
                int at = r.nextInt(b.length);
                int len = Math.min(b.length - at, 1 + r.nextInt(8192));
                byte[] out = new byte[b.length + len];
                System.arraycopy(b, 0, out, 0, at + len);
                System.arraycopy(b, at, out, at + len, b.length - at);
                b = out;
            }
            case 4 -> { // random bytes written over a stretch
                int at = r.nextInt(b.length);
                for (int i = at, end = Math.min(b.length, at + 1 + r.nextInt(512)); i < end; i++) {
                    b[i] = (byte) r.nextInt(256);
                }
            }
            default -> { // the head of this file and the tail of another
                int cut = r.nextInt(b.length);
                int from = r.nextInt(other.length);
                byte[] out = new byte[cut + other.length - from];
                System.arraycopy(b, 0, out, 0, cut);
                System.arraycopy(other, from, out, cut, other.length - from);
                b = out;
            }
        }
        return b;
    }

    /** What opening the file ended in: null for a result, else the message shown to the user. */
    static String open(String name, byte[] bytes) throws Exception {
        try {
            if (name.endsWith(".claimcase")) {
                new CaseArchive(store).importFile(name, bytes, CaseArchive.Existing.KEEP_BOTH);
            } else {
                ImportService.analyze(name, bytes, OcrOptions.DEFAULT.withMode(OcrOptions.Mode.NEVER), Progress.NONE);
            }
            return null;
        } catch (IngestException e) {
            return e.getMessage();
        }
    }

    @Test
    void everyDamagedFileEndsInAResultOrOnePlainLine() throws Exception {
        List<String> seedNames = new ArrayList<>(seeds.keySet());
        for (String name : seedNames) {
            org.junit.jupiter.api.Assertions.assertNull(open(name, seeds.get(name)), name + " itself is read");
        }
        int results = 0;
        int refusals = 0;
        for (int s = 0; s < seedNames.size(); s++) {
            String name = seedNames.get(s);
            byte[] other = seeds.get(seedNames.get((s + 1) % seedNames.size()));
            for (int i = 0; i < MUTANTS; i++) {
                long seed = 1000L * s + i;
                byte[] mutant = mutate(seeds.get(name), other, new Random(seed));
                Future<String> f = worker.submit(() -> open(name, mutant));
                String message;
                try {
                    message = f.get(LIMIT_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    f.cancel(true);
                    fail(name + " mutant " + seed + " did not finish in " + LIMIT_SECONDS + " s");
                    return;
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new AssertionError(name + " mutant " + seed + " ended in an unexplained failure", e.getCause());
                }
                if (message == null) {
                    results++;
                    continue;
                }
                refusals++;
                assertFalse(message.isBlank(), name + " mutant " + seed + ": an empty message");
                assertFalse(message.contains("\n"), name + " mutant " + seed + " says more than one line: " + message);
                assertFalse(INTERNALS.matcher(message).find(), name + " mutant " + seed + " shows internals: " + message);
                assertTrue(message.length() <= 600, name + " mutant " + seed + " says too much: " + message);
            }
        }
        // the mutants are not all harmless, nor all fatal: both paths were taken
        assertTrue(results > 0 && refusals > 0, results + " results, " + refusals + " refusals");
        System.out.printf("fuzz: %d mutants, %d read, %d refused with a message%n", results + refusals, results, refusals);
    }
}
