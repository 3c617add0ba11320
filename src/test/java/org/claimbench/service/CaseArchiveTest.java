package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.claimbench.ingest.IngestException;
import org.claimbench.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaseArchiveTest {

    Store store;
    CaseArchive archive;
    long demo;
    byte[] file;

    @BeforeEach
    void open() throws Exception {
        store = Store.inMemory();
        archive = new CaseArchive(store);
        demo = new DemoCase(store).install();
        file = archive.export(demo);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Map<String, byte[]> entries(byte[] zip) throws Exception {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                m.put(e.getName(), in.readAllBytes());
            }
        }
        return m;
    }

    static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    byte[] withEntry(String name, UnaryOperator<String> change) throws Exception {
        Map<String, byte[]> m = entries(file);
        m.put(name, change.apply(new String(m.get(name), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return zip(m);
    }

    @Test
    void theRoundTripIsExact() throws Exception {
        long copy = archive.importFile("roe.claimcase", file, CaseArchive.Existing.KEEP_BOTH);
        assertNotEquals(demo, copy);
        byte[] again = archive.export(copy);
        Map<String, byte[]> first = entries(file);
        Map<String, byte[]> second = entries(again);
        assertEquals(first.keySet(), second.keySet());
        assertEquals(new String(first.get("case.json"), StandardCharsets.UTF_8), new String(second.get("case.json"), StandardCharsets.UTF_8));
        for (String k : first.keySet()) {
            if (k.startsWith("originals/")) {
                assertArrayEquals(first.get(k), second.get(k), k);
            }
        }
        CaseSnapshot s = new CaseService(store).snapshot(copy);
        assertEquals("5 of 14 allegations have evidence", s.coverage().toString());
        assertEquals(3, s.documents().size());
    }

    @Test
    void theCaseJsonFollowsTheDocumentedSchema() throws Exception {
        com.networknt.schema.Schema schema;
        try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("docs/claimcase.schema.json"))) {
            schema = com.networknt.schema.SchemaRegistry.withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        }
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(entries(file).get("case.json"));
        assertEquals(List.of(), schema.validate(json).stream().map(Object::toString).toList());
        // and the schema is not a formality: a broken case fails it
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("outline").get(0)).put("kind", "THEORY");
        assertTrue(!schema.validate(json).isEmpty());
    }

    @Test
    void aSealedFileOpensOnlyWithItsPassword() throws Exception {
        byte[] sealed = Sealed.seal(file, "correct horse".toCharArray());
        assertTrue(Sealed.isSealed(sealed));
        assertTrue(new String(sealed, StandardCharsets.ISO_8859_1).indexOf("QuickPost") < 0, "nothing readable inside");
        assertThrows(CaseArchive.PasswordNeeded.class, () -> archive.importFile("roe.claimcase", sealed, CaseArchive.Existing.KEEP_BOTH));
        int before = store.cases().list().size();
        IngestException wrong = assertThrows(IngestException.class,
                () -> archive.importFile("roe.claimcase", sealed, "wrong horse".toCharArray(), CaseArchive.Existing.KEEP_BOTH));
        assertTrue(wrong.getMessage().contains("password"), wrong.getMessage());
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 40] ^= 1;
        assertThrows(IngestException.class,
                () -> archive.importFile("roe.claimcase", tampered, "correct horse".toCharArray(), CaseArchive.Existing.KEEP_BOTH));
        assertEquals(before, store.cases().list().size(), "nothing was stored");
        long id = archive.importFile("roe.claimcase", sealed, "correct horse".toCharArray(), CaseArchive.Existing.KEEP_BOTH);
        assertEquals("5 of 14 allegations have evidence", new CaseService(store).snapshot(id).coverage().toString());
        assertThrows(IllegalArgumentException.class, () -> Sealed.seal(file, "short".toCharArray()));
    }

    @Test
    void anExistingCaseIsKeptBesideOrReplaced() throws Exception {
        assertTrue(archive.existing(CaseArchive.read("roe.claimcase", file)).isPresent());
        archive.importFile("roe.claimcase", file, CaseArchive.Existing.KEEP_BOTH);
        assertEquals(2, store.cases().list().size());
        archive.importFile("roe.claimcase", file, CaseArchive.Existing.REPLACE);
        assertEquals(2, store.cases().list().size(), "one of the two same cases was replaced");
    }

    void refused(byte[] bytes, String expected) {
        int before = store.cases().list().size();
        IngestException e = assertThrows(IngestException.class, () -> archive.importFile("bad.claimcase", bytes, CaseArchive.Existing.KEEP_BOTH));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(before, store.cases().list().size(), "nothing was stored");
    }

    @Test
    void aTruncatedArchiveIsRefused() {
        refused(Arrays.copyOf(file, file.length / 2), "damaged or incomplete");
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        Map<String, byte[]> m = entries(file);
        m.put("originals/9.bin", new byte[64 << 20]); // 64 MiB of zeros packs into a few dozen KiB
        byte[] bomb = zip(m);
        assertTrue(bomb.length < 1 << 20);
        refused(bomb, "ZIP bomb");
    }

    @Test
    void entriesThatEscapeTheArchiveAreRefused() throws Exception {
        for (String evil : new String[] {"../evil.txt", "/etc/passwd", "originals/../../x.bin", "C:\\windows\\x"}) {
            Map<String, byte[]> m = entries(file);
            m.put(evil, new byte[] {1});
            refused(zip(m), "points outside the archive");
        }
    }

    @Test
    void aNewerFormatAsksForAnUpdate() throws Exception {
        refused(withEntry("manifest.json", j -> j.replace("\"version\" : 1", "\"version\" : 7")), "newer version of ClaimBench");
    }

    @Test
    void malformedJsonIsRefused() throws Exception {
        refused(withEntry("case.json", j -> j.substring(0, j.length() / 2)), "not valid JSON");
    }

    @Test
    void idsThatClashAreRefused() throws Exception {
        refused(withEntry("case.json", j -> j.replaceFirst("\"id\" : 2,", "\"id\" : 1,")), "same id");
    }

    @Test
    void anOriginalThatDoesNotMatchItsHashIsRefused() throws Exception {
        Map<String, byte[]> m = entries(file);
        byte[] changed = m.get("originals/1.bin").clone();
        changed[10] ^= 1;
        m.put("originals/1.bin", changed);
        refused(zip(m), "does not match its recorded SHA-256");
    }

    @Test
    void aFileThatIsNotAZipIsRefused() {
        refused("1. This is a complaint, not a case file.\n".getBytes(StandardCharsets.UTF_8), "not a ZIP archive");
        refused(new byte[0], "not a ZIP archive");
    }

    @Test
    void aReferenceToNothingIsRefused() throws Exception {
        refused(withEntry("case.json", j -> j.replaceFirst("\"passage\" : 1,", "\"passage\" : 9999,")), "does not contain");
    }
}
