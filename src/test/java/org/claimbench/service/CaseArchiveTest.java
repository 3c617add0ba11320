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

import org.claimbench.domain.LegalCase;
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
        decideTwoFlags(store, demo);
        file = archive.export(demo);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Confirms the first wording flag of the demo complaint and dismisses the last, so that decisions travel too. */
    static void decideTwoFlags(Store store, long caseId) {
        var complaint = store.documents().list(caseId).stream().filter(d -> d.kind().isPleading()).findFirst().orElseThrow();
        var flags = new WordingService(store, null).flagsBySegment(caseId, org.claimbench.analysis.WordingScreen.standard()).values()
                .stream().flatMap(List::stream).sorted(java.util.Comparator.comparingInt(org.claimbench.analysis.WordingScreen.Flag::start))
                .toList();
        assertTrue(flags.size() >= 2, "the demo complaint has wording flags");
        CaseEditor editor = new CaseEditor(store);
        editor.decideFlag(complaint.id(), flags.get(0), org.claimbench.domain.FlagVerdict.CONFIRMED, "Pleaded without a source").apply();
        editor.decideFlag(complaint.id(), flags.get(flags.size() - 1), org.claimbench.domain.FlagVerdict.DISMISSED, null).apply();
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
        return withEntry(file, name, change);
    }

    static byte[] withEntry(byte[] file, String name, UnaryOperator<String> change) throws Exception {
        Map<String, byte[]> m = entries(file);
        m.put(name, change.apply(new String(m.get(name), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return zip(m);
    }

    @Test
    void theRoundTripIsExact() throws Exception {
        store.cases().delete(demo); // read into a store without it, the case comes back exactly as it was written
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
        CaseSnapshot s = org.claimbench.service.Services.of(store, null).cases().snapshot(copy);
        assertEquals("6 of 14 allegations have evidence, 1 contradicted", s.coverage().toString());
        assertEquals(3, s.documents().size());
        assertEquals(List.of(org.claimbench.domain.FlagVerdict.CONFIRMED, org.claimbench.domain.FlagVerdict.DISMISSED),
                s.flagDecisions().stream().map(org.claimbench.domain.FlagDecision::verdict).toList());
        assertEquals("Pleaded without a source", s.flagDecisions().get(0).note());
    }

    /** Two web annotations on the demo complaint, one with a word changed and one whose words are nowhere: both wait. */
    static void queueTwoAnnotations(Store store, long caseId) throws Exception {
        var complaint = store.documents().list(caseId).stream().filter(d -> d.kind().isPleading()).findFirst().orElseThrow();
        String text = store.documents().text(complaint.id());
        String words = "sold QuickPost a customer-relationship platform";
        int at = text.indexOf(words);
        assertTrue(at > 0, "the demo complaint says \u201c" + words + "\u201d");
        String sentence = text.substring(at, text.indexOf('.', at));
        String changed = sentence.replace("platform", "program");
        String json = "[{\"type\":\"Annotation\",\"id\":\"urn:x:1\",\"bodyValue\":\"Which platform?\",\"target\":{\"selector\":"
                + "{\"type\":\"TextQuoteSelector\",\"exact\":" + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(changed)
                + "}}},{\"type\":\"Annotation\",\"id\":\"urn:x:2\",\"target\":{\"selector\":{\"type\":\"TextQuoteSelector\","
                + "\"exact\":\"the quarterly zebra migration of umbrellas\"}}}]";
        Services services = Services.of(store, null);
        AnnotationImport.Plan plan = services.annotationImport().plan("notes.json", json.getBytes(StandardCharsets.UTF_8), complaint.id());
        assertEquals(2, plan.queued().size(), plan.summary());
        services.annotationImport().edit(plan).apply();
        long first = store.pendingAnnotations().forCase(caseId).get(0).id();
        services.amendments().confirmAnnotation(first).apply();
    }

    @Test
    void webAnnotationsOfTheReviewQueueTravelInTheCaseFile() throws Exception {
        queueTwoAnnotations(store, demo);
        byte[] withQueue = archive.export(demo);
        assertTrue(new String(entries(withQueue).get("case.json"), StandardCharsets.UTF_8).contains("\"annotationQueue\""));
        List<org.claimbench.domain.AnnotationPending> before = store.pendingAnnotations().forCase(demo);
        store.cases().delete(demo);
        long copy = archive.importFile("roe.claimcase", withQueue, CaseArchive.Existing.KEEP_BOTH);
        List<org.claimbench.domain.AnnotationPending> after = store.pendingAnnotations().forCase(copy);
        assertEquals(2, after.size());
        for (int i = 0; i < 2; i++) {
            var a = before.get(i);
            var b = after.get(i);
            assertEquals(List.of(a.sourceName(), a.annotationRef(), a.quote(), a.state(), a.start(), a.end(), a.decision(), a.tags()),
                    List.of(b.sourceName(), b.annotationRef(), b.quote(), b.state(), b.start(), b.end(), b.decision(), b.tags()));
            assertEquals(a.candidate(), b.candidate());
            assertEquals(a.note(), b.note());
        }
        assertEquals(org.claimbench.domain.CarryDecision.CONFIRMED, after.get(0).decision());
        var made = store.passages().find(after.get(0).carriedPassageId()).orElseThrow();
        assertEquals(copy, made.caseId(), "the confirmed one points at its passage in the copy");
        assertEquals(org.claimbench.domain.CarryDecision.PENDING, after.get(1).decision(), "the one not found still waits");
        assertEquals(new String(entries(withQueue).get("case.json"), StandardCharsets.UTF_8),
                new String(entries(archive.export(copy)).get("case.json"), StandardCharsets.UTF_8), "and the round trip is exact");

        // a damaged item is refused
        refused(withEntry(withQueue, "case.json", j -> j.replace("\"ORPHANED\"", "\"LOST\"")), "waiting in the review queue");
    }

    @Test
    void aVersionEightFileWithoutAnAnnotationQueueStillOpens() throws Exception {
        long id = archive.importFile("old.claimcase", withCase(j -> j.remove("annotationQueue"), 8), CaseArchive.Existing.KEEP_BOTH);
        assertEquals(List.of(), store.pendingAnnotations().forCase(id));
    }

    @Test
    void aCopyKeptBesideTheCaseHereIsNumberedAndAReplacementKeepsTheTitle() throws Exception {
        String title = store.cases().find(demo).orElseThrow().title();
        long second = archive.importFile("roe.claimcase", file, CaseArchive.Existing.KEEP_BOTH);
        long third = archive.importFile("roe.claimcase", file, CaseArchive.Existing.KEEP_BOTH);
        assertEquals(title + " (2)", store.cases().find(second).orElseThrow().title());
        assertEquals(title + " (3)", store.cases().find(third).orElseThrow().title());
        assertEquals(title, store.cases().find(demo).orElseThrow().title(), "the case that was here keeps its title");
        long replaced = archive.importFile("roe.claimcase", file, CaseArchive.Existing.REPLACE);
        assertTrue(store.cases().find(demo).isEmpty(), "the case that was here was replaced");
        assertEquals(title, store.cases().find(replaced).orElseThrow().title());
        assertEquals(3, store.cases().list().size());
    }

    /** The file with its case.json changed as a JSON tree (and, when {@code version} is given, its manifest's version). */
    byte[] withCase(java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> change, Integer version) throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, byte[]> m = entries(file);
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(m.get("case.json"));
        change.accept(json);
        m.put("case.json", mapper.writeValueAsBytes(json));
        if (version != null) {
            var manifest = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(m.get("manifest.json"));
            manifest.put("version", version);
            m.put("manifest.json", mapper.writeValueAsBytes(manifest));
        }
        return zip(m);
    }

    @Test
    void aVersionOneFileWithoutFlagDecisionsStillOpens() throws Exception {
        long id = archive.importFile("old.claimcase", withCase(j -> j.remove("flagDecisions"), 1), CaseArchive.Existing.KEEP_BOTH);
        assertEquals(List.of(), org.claimbench.service.Services.of(store, null).cases().snapshot(id).flagDecisions());
        assertEquals("6 of 14 allegations have evidence, 1 contradicted", org.claimbench.service.Services.of(store, null).cases().snapshot(id).coverage().toString());
    }

    @Test
    void aFlagDecisionThatDoesNotMatchItsTextIsRefused() throws Exception {
        int before = store.cases().list().size();
        byte[] moved = withCase(j -> ((com.fasterxml.jackson.databind.node.ObjectNode) j.get("flagDecisions").get(0)).put("start", 0), null);
        IngestException e = assertThrows(IngestException.class, () -> archive.importFile("bad.claimcase", moved, CaseArchive.Existing.KEEP_BOTH));
        assertTrue(e.getMessage().contains("wording flag"), e.getMessage());
        byte[] verdict = withCase(j -> ((com.fasterxml.jackson.databind.node.ObjectNode) j.get("flagDecisions").get(0)).put("verdict", "MAYBE"), null);
        e = assertThrows(IngestException.class, () -> archive.importFile("bad.claimcase", verdict, CaseArchive.Existing.KEEP_BOTH));
        assertTrue(e.getMessage().contains("MAYBE"), e.getMessage());
        byte[] twice = withCase(j -> ((com.fasterxml.jackson.databind.node.ArrayNode) j.get("flagDecisions")).add(j.get("flagDecisions").get(0).deepCopy()), null);
        e = assertThrows(IngestException.class, () -> archive.importFile("bad.claimcase", twice, CaseArchive.Existing.KEEP_BOTH));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
        byte[] newer = withCase(j -> { }, CaseArchive.VERSION + 1);
        e = assertThrows(IngestException.class, () -> archive.importFile("new.claimcase", newer, CaseArchive.Existing.KEEP_BOTH));
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
        assertEquals(before, store.cases().list().size(), "nothing was stored");
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
        at((com.fasterxml.jackson.databind.node.ObjectNode) json, "documents", 0).put("shortName", "FAC");
        assertEquals(List.of(), schema.validate(json).stream().map(Object::toString).toList(), "a short name of its own");
        at((com.fasterxml.jackson.databind.node.ObjectNode) json, "documents", 0).put("shortName", " ");
        assertTrue(!schema.validate(json).isEmpty(), "a blank short name fails");
        at((com.fasterxml.jackson.databind.node.ObjectNode) json, "documents", 0).remove("shortName");
        assertEquals(List.of(), schema.validate(json).stream().map(Object::toString).toList(), "a file without short names");
        // and the schema is not a formality: a broken case fails it
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("outline").get(0)).put("kind", "THEORY");
        assertTrue(!schema.validate(json).isEmpty());
    }

    @Test
    void aShortNameTravelsInTheCaseFile() throws Exception {
        var docs = store.documents().list(demo);
        new CaseEditor(store).setShortName(docs.get(0).id(), "Roe Compl.").apply();
        byte[] named = archive.export(demo);
        String json = new String(entries(named).get("case.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"shortName\" : \"Roe Compl.\""), "exported");
        store.cases().delete(demo); // so that the case comes back under its own title, and the whole file compares
        long copy = archive.importFile("named.claimcase", named, CaseArchive.Existing.KEEP_BOTH);
        var copied = store.documents().list(copy);
        assertEquals("Roe Compl.", copied.get(0).shortName(), "imported");
        assertEquals(null, copied.get(1).shortName(), "a document without one keeps none");
        assertEquals("Ex. B", copied.get(1).citeName());
        assertEquals(json, new String(entries(archive.export(copy)).get("case.json"), StandardCharsets.UTF_8), "export \u2192 import \u2192 export is exact");
    }

    @Test
    void aVersionFourFileWithoutShortNamesStillOpens() throws Exception {
        byte[] old = withCase(j -> j.get("documents").forEach(d -> ((com.fasterxml.jackson.databind.node.ObjectNode) d).remove("shortName")), 4);
        assertTrue(!new String(entries(old).get("case.json"), StandardCharsets.UTF_8).contains("shortName"));
        long id = archive.importFile("old.claimcase", old, CaseArchive.Existing.KEEP_BOTH);
        var docs = store.documents().list(id);
        assertEquals(List.of("Compl.", "Ex. B", "Commentary"), docs.stream().map(org.claimbench.domain.Document::citeName).toList());
        assertTrue(docs.stream().allMatch(d -> d.shortName() == null));
    }

    @Test
    void aBlankOrOverlongShortNameIsRefusedAndControlCharactersInOneAreLeftOut() throws Exception {
        refused(withCase(j -> at(j, "documents", 0).put("shortName", "  "), null), "the short name of \u201cComplaint\u201d is blank");
        refused(withCase(j -> at(j, "documents", 0).put("shortName", "x".repeat(41)), null), "is 41 characters long");
        byte[] hostile = withCase(j -> at(j, "documents", 0).put("shortName", "FAC\u202e"), null);
        CaseArchive.Checked checked = CaseArchive.read("hostile.claimcase", hostile);
        assertTrue(checked.changed().stream().anyMatch(l -> l.startsWith("The short name of document 1") && l.contains("U+202E")),
                checked.changed().toString());
        long id = archive.importFile("hostile.claimcase", hostile, CaseArchive.Existing.KEEP_BOTH);
        assertEquals("FAC", store.documents().list(id).get(0).shortName());
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
        assertEquals("6 of 14 allegations have evidence, 1 contradicted", org.claimbench.service.Services.of(store, null).cases().snapshot(id).coverage().toString());
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
        // 300 MiB of zeros packs into a few hundred KiB: written as a stream, never held whole
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : entries(file).entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry("originals/9.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertTrue(bomb.length < 1 << 20, bomb.length + " bytes");
        refused(bomb, "ZIP bomb");
    }

    @Test
    void aCaseWithThirtyMegabytesOfNotesThatPackSmallIsNoBomb() throws Exception {
        String notes = "The witness confirmed the delivery dates in the log. ".repeat(30_000_000 / 53);
        LegalCase big = store.cases().create("Notes v. Compression", null, null, notes);
        byte[] packed = archive.export(big.id());
        assertTrue(packed.length * (long) CaseArchive.MAX_RATIO < notes.length(), "packs more than " + CaseArchive.MAX_RATIO + " times");
        long copy = archive.importFile("notes.claimcase", packed, CaseArchive.Existing.KEEP_BOTH);
        String imported = store.cases().find(copy).orElseThrow().notes();
        assertTrue(notes.strip().equals(imported), "the notes came back whole: " + imported.length() + " of " + notes.length() + " characters");
    }

    @Test
    void deepNestingIsRefusedInTheUsersWords() throws Exception {
        byte[] nested = withEntry("case.json", j -> j.replaceFirst("\\{", "{\"extra\" : " + "[".repeat(3000) + "]".repeat(3000) + ","));
        int before = store.cases().list().size();
        IngestException e = assertThrows(IngestException.class, () -> archive.importFile("deep.claimcase", nested, CaseArchive.Existing.KEEP_BOTH));
        assertTrue(e.getMessage().startsWith("deep.claimcase is refused: its case data is nested or sized beyond what a case file holds"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("StreamReadConstraints") && !e.getMessage().contains("`"), e.getMessage());
        assertEquals(before, store.cases().list().size());
    }

    @Test
    void aTitleLongerThanTheStoreTakesIsRefusedByName() throws Exception {
        byte[] long_ = withEntry("case.json", j -> j.replaceFirst("\"title\" : \"[^\"]*\"", "\"title\" : \"" + "T".repeat(1000) + "\""));
        refused(long_, "title is 1,000 characters long; the store takes at most 500");
        int before = store.cases().list().size();
        IngestException e = assertThrows(IngestException.class, () -> archive.importFile("long.claimcase", long_, CaseArchive.Existing.KEEP_BOTH));
        assertTrue(!e.getMessage().contains("SQL") && !e.getMessage().contains("VARYING"), e.getMessage());
        assertEquals(before, store.cases().list().size());
    }

    @Test
    void aKindOrADateClaimBenchDoesNotKnowIsRefusedInTheUsersWords() throws Exception {
        byte[] evil = withEntry("case.json", j -> j.replaceFirst("\"kind\" : \"COMPLAINT\"", "\"kind\" : \"EVIL\""));
        refused(evil, "is \u201cEVIL\u201d; ClaimBench knows complaint, amended complaint, answer, exhibit, commentary, other");
        byte[] badDate = withEntry("case.json", j -> j.replaceFirst("\"created\" : \"[^\"]*\"", "\"created\" : \"yesterday\""));
        refused(badDate, "the case's creation date is \u201cyesterday\u201d, not a date and time");
        for (byte[] f : List.of(evil, badDate)) {
            IngestException e = assertThrows(IngestException.class, () -> archive.importFile("x.claimcase", f, CaseArchive.Existing.KEEP_BOTH));
            assertTrue(!e.getMessage().contains("org.claimbench") && !e.getMessage().contains("Exception"), e.getMessage());
        }
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
        refused(withEntry("manifest.json", j -> j.replace("\"version\" : " + CaseArchive.VERSION, "\"version\" : " + (CaseArchive.VERSION + 1))), "newer version of ClaimBench");
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

    static com.fasterxml.jackson.databind.node.ObjectNode at(com.fasterxml.jackson.databind.node.ObjectNode json, String list, int i) {
        return (com.fasterxml.jackson.databind.node.ObjectNode) json.get(list).get(i);
    }

    @Test
    void anOutlineNodeThatIsItsOwnParentIsRefused() throws Exception {
        refused(withCase(j -> at(j, "outline", 2).put("parent", at(j, "outline", 2).get("id").asLong()), null), "is its own parent");
    }

    @Test
    void outlineNodesWhoseParentsFormALoopAreRefused() throws Exception {
        byte[] loop = withCase(j -> {
            at(j, "outline", 1).put("parent", at(j, "outline", 3).get("id").asLong());
            at(j, "outline", 3).put("parent", at(j, "outline", 1).get("id").asLong());
        }, null);
        refused(loop, "parents form a loop");
    }

    @Test
    void aNodeListedBeforeItsParentKeepsItsPlaceInTheOutline() throws Exception {
        byte[] reordered = withCase(j -> {
            var outline = (com.fasterxml.jackson.databind.node.ArrayNode) j.get("outline");
            var first = outline.remove(0); // the first count, now after its first element
            outline.insert(1, first);
        }, null);
        store.cases().delete(demo); // so that the copy keeps the title, and the whole file compares
        long copy = archive.importFile("reordered.claimcase", reordered, CaseArchive.Existing.KEEP_BOTH);
        assertEquals(new String(entries(file).get("case.json"), StandardCharsets.UTF_8),
                new String(entries(archive.export(copy)).get("case.json"), StandardCharsets.UTF_8), "the same outline");
    }

    @Test
    void aDocumentThatSupersedesItselfIsRefusedAndOneListedLaterIsKept() throws Exception {
        refused(withCase(j -> at(j, "documents", 1).put("supersedes", at(j, "documents", 1).get("id").asLong()), null), "supersedes itself");
        refused(withCase(j -> {
            at(j, "documents", 0).put("supersedes", at(j, "documents", 1).get("id").asLong());
            at(j, "documents", 1).put("supersedes", at(j, "documents", 0).get("id").asLong());
        }, null), "supersede each other in a loop");
        long copy = archive.importFile("later.claimcase",
                withCase(j -> at(j, "documents", 0).put("supersedes", at(j, "documents", 2).get("id").asLong()), null),
                CaseArchive.Existing.KEEP_BOTH);
        var docs = store.documents().list(copy);
        assertEquals(docs.get(2).id(), docs.get(0).supersedesId(), "the link to a document listed after it is kept");
    }

    @Test
    void aLastChangeBeforeTheCaseWasCreatedIsRefused() throws Exception {
        refused(withCase(j -> {
            j.put("created", "2024-03-01T09:30:00Z");
            j.put("updated", "2023-01-01T00:00:00Z");
        }, null), "the case's last change, 2023-01-01T00:00:00Z, is before its creation, 2024-03-01T09:30:00Z");
    }

    @Test
    void aFormatVersionThatIsNotAWholeNumberClaimBenchKnowsIsRefused() throws Exception {
        String current = "\"version\" : " + CaseArchive.VERSION;
        for (String bad : List.of("-1", "0", "\"2\"", "2.5", "null", "\"three\"")) {
            refused(withEntry("manifest.json", j -> j.replace(current, "\"version\" : " + bad)), "format version");
        }
        refused(withEntry("manifest.json", j -> j.replace(current + ",", "")), "format version");
    }

    @Test
    void controlAndDirectionOverrideCharactersInNamesAreRemovedAndListed() throws Exception {
        byte[] hostile = withCase(j -> {
            j.put("title", "Roe\u0000 v. Meridian\u202e");
            at(j, "documents", 0).put("title", "Complaint\u202egpj.exe");
            at(j, "documents", 0).put("fileName", "complaint\u0007.pdf");
            at(j, "outline", 0).put("title", "\u2066Count I\u2069");
            at(j, "parties", 0).put("name", "Jane\u001b[31m Roe");
        }, null);
        CaseArchive.Checked checked = CaseArchive.read("hostile.claimcase", hostile);
        assertEquals(5, checked.changed().size(), checked.changed().toString());
        assertTrue(checked.changed().get(0).contains("case title") && checked.changed().get(0).contains("U+0000")
                && checked.changed().get(0).contains("U+202E"), checked.changed().toString());
        for (String line : checked.changed()) {
            assertTrue(line.chars().noneMatch(ch -> ch < 0x20 || ch >= 0x202a && ch <= 0x202e || ch >= 0x2066 && ch <= 0x2069), line);
        }
        long id = archive.importFile("hostile.claimcase", hostile, CaseArchive.Existing.KEEP_BOTH);
        CaseSnapshot s = org.claimbench.service.Services.of(store, null).cases().snapshot(id);
        assertEquals("Roe v. Meridian", s.legalCase().title());
        assertEquals("Complaintgpj.exe", s.documents().get(0).title());
        assertEquals("complaint.pdf", s.documents().get(0).fileName());
        assertTrue(s.outline().stream().anyMatch(n -> n.title().equals("Count I")), "the outline title is cleaned");
        assertTrue(s.parties().stream().anyMatch(p -> p.name().equals("Jane[31m Roe")), s.parties().toString());
        assertEquals(List.of(), archive.read("clean.claimcase", file).changed(), "ClaimBench's own file needs no change");
    }
}
