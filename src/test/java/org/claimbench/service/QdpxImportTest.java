package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.Link;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.claimbench.ingest.IngestException;
import org.claimbench.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A REFI-QDA project read back as a case: ClaimBench's own, one written as other tools write them, and hostile ones. */
class QdpxImportTest {

    /** 𝔖 is two UTF-16 units and one code point. */
    static final String S = "\ud835\udd16";

    Store store;
    Services services;

    @BeforeEach
    void open() {
        store = Store.inMemory();
        services = Services.of(store, null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static Map<String, byte[]> project(String qde) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("project.qde", qde.getBytes(StandardCharsets.UTF_8));
        return m;
    }

    /** The path of a node from the top of the outline, by titles. */
    static String path(Map<Long, OutlineNode> nodes, long id) {
        List<String> titles = new ArrayList<>();
        for (OutlineNode n = nodes.get(id); n != null; n = n.parentId() == null ? null : nodes.get(n.parentId())) {
            titles.add(0, n.title());
        }
        return String.join(" > ", titles);
    }

    @Test
    void a_case_sent_out_as_a_project_comes_back_with_every_passage_on_its_words_its_links_and_roles() throws Exception {
        ExchangeExportTest fixture = new ExchangeExportTest();
        fixture.open();
        try {
            byte[] qdpx = fixture.services.qdpx().export(fixture.caseId);
            QdpxImport.Result r = services.qdpxImport().importFile("nunez.qdpx", qdpx, null);
            assertEquals(List.of(), r.notImported().stream().filter(s -> !s.contains("user")).toList());
            assertEquals("N\u00fa\u00f1ez v. " + S + " Holdings", store.cases().find(r.caseId()).orElseThrow().title());
            var doc = store.documents().list(r.caseId()).get(0);
            assertEquals(ExchangeExportTest.TEXT, store.documents().text(doc.id()));
            assertEquals("Complaint \u2014 N\u00fa\u00f1ez", doc.title());

            List<Passage> before = fixture.store.passages().forCase(fixture.caseId).stream().sorted(Comparator.comparingInt(Passage::start)).toList();
            List<Passage> after = store.passages().forCase(r.caseId()).stream().sorted(Comparator.comparingInt(Passage::start)).toList();
            assertEquals(3, after.size());
            Map<Long, OutlineNode> oldNodes = new HashMap<>();
            fixture.store.outline().nodes(fixture.caseId).forEach(n -> oldNodes.put(n.id(), n));
            Map<Long, OutlineNode> newNodes = new HashMap<>();
            store.outline().nodes(r.caseId()).forEach(n -> newNodes.put(n.id(), n));
            for (int i = 0; i < 3; i++) {
                Passage b = before.get(i);
                Passage a = after.get(i);
                assertEquals(b.start(), a.start(), "the same offsets, 𝔖 and all");
                assertEquals(b.end(), a.end());
                assertEquals(b.quote(), a.quote());
                assertEquals(b.note(), a.note());
                List<String> oldLinks = linksOf(fixture.store, fixture.caseId, b.id(), oldNodes);
                List<String> newLinks = linksOf(store, r.caseId(), a.id(), newNodes);
                assertEquals(oldLinks, newLinks);
            }
            assertEquals(List.of("ASSERTS Fraud > Reliance > N\u00fa\u00f1ez relied on the promise"), linksOf(store, r.caseId(), after.get(0).id(), newNodes));
            assertEquals(List.of("SUPPORTS Fraud > Reliance > N\u00fa\u00f1ez relied on the promise"), linksOf(store, r.caseId(), after.get(1).id(), newNodes));
            assertEquals(List.of("CONTEXT Fraud > Reliance > N\u00fa\u00f1ez relied on the promise"), linksOf(store, r.caseId(), after.get(2).id(), newNodes));
            OutlineNode allegation = newNodes.values().stream().filter(n -> n.kind() == NodeKind.ALLEGATION).findFirst().orElseThrow();
            assertTrue(allegation.note().startsWith("Ask about the \u201csavings\u201d " + S + "."), allegation.note());
            assertTrue(allegation.note().contains("Bank statement for May"), "the evidence comes back as a note: " + allegation.note());
            assertEquals(List.of(NodeKind.COUNT, NodeKind.ELEMENT, NodeKind.ALLEGATION),
                    store.outline().nodes(r.caseId()).stream().map(OutlineNode::kind).toList());
        } finally {
            fixture.close();
        }
    }

    static List<String> linksOf(Store store, long caseId, long passageId, Map<Long, OutlineNode> nodes) {
        return store.passages().links(caseId).stream().filter(l -> l.passageId() == passageId)
                .sorted(Comparator.comparingLong(Link::nodeId)).map(l -> l.role() + " " + path(nodes, l.nodeId())).toList();
    }

    static final String SOURCE_TEXT = "Interview with Ren\u00e9e \u00c5kesson\r\n"
            + "She said: \u201cThe landlord " + S + " never fixed the heating.\u201d\r\n"
            + "Then: \u201cWe paid \u20ac1,200 every month, on time.\u201d\r\n";

    static final String OTHER_TOOL = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="Mieterstudie \u2014 K\u00f6ln" origin="QualCoder 3.5" creatingUserGUID="A1B2C3D4-0000-4000-8000-000000000001">
              <Users><User guid="A1B2C3D4-0000-4000-8000-000000000001" name="Zo\u00eb"/></Users>
              <CodeBook><Codes>
                <Code guid="C0000000-0000-4000-8000-000000000001" name="Habitability" isCodable="true">
                  <Description>Breach of the warranty</Description>
                  <Code guid="C0000000-0000-4000-8000-000000000002" name="Notice to landlord" isCodable="true">
                    <Code guid="C0000000-0000-4000-8000-000000000003" name="Heating never fixed \u2014 \u201cnever\u201d" isCodable="true"/>
                  </Code>
                  <Code guid="C0000000-0000-4000-8000-000000000004" name="Rent paid" isCodable="true"/>
                </Code>
                <Code guid="C0000000-0000-4000-8000-000000000005" name="D\u00e9m\u00e9nagement" isCodable="true"/>
              </Codes></CodeBook>
              <Variables><Variable guid="V0000000-0000-4000-8000-000000000001" name="Age" typeOfVariable="Integer"/></Variables>
              <Sources>
                <TextSource guid="S0000000-0000-4000-8000-000000000001" name="Interview \u00c5kesson" plainTextPath="internal://S0000000-0000-4000-8000-000000000001.txt">
                  <PlainTextSelection guid="P0000000-0000-4000-8000-000000000001" name="heating" startPosition="%d" endPosition="%d">
                    <Coding guid="K0000000-0000-4000-8000-000000000001"><CodeRef targetGUID="C0000000-0000-4000-8000-000000000003"/></Coding>
                    <Coding guid="K0000000-0000-4000-8000-000000000002"><CodeRef targetGUID="C0000000-0000-4000-8000-000000000002"/></Coding>
                    <NoteRef targetGUID="N0000000-0000-4000-8000-000000000001"/>
                  </PlainTextSelection>
                  <PlainTextSelection guid="P0000000-0000-4000-8000-000000000002" name="paid" startPosition="%d" endPosition="%d">
                    <Coding guid="K0000000-0000-4000-8000-000000000003"><CodeRef targetGUID="C0000000-0000-4000-8000-000000000004"/></Coding>
                  </PlainTextSelection>
                </TextSource>
                <TextSource guid="S0000000-0000-4000-8000-000000000002" name="Memo inline">
                  <PlainTextContent>Short memo, \u201cquoted\u201d.</PlainTextContent>
                </TextSource>
                <PictureSource guid="S0000000-0000-4000-8000-000000000003" name="Photo of the radiator" path="internal://radiator.jpg"/>
              </Sources>
              <Notes>
                <Note guid="N0000000-0000-4000-8000-000000000001" name="memo"><PlainTextContent>She repeated it twice \u2014 \u201ctwice\u201d.</PlainTextContent></Note>
                <Note guid="N0000000-0000-4000-8000-000000000002" name="project memo"><PlainTextContent>Coding round one, by Zo\u00eb.</PlainTextContent></Note>
              </Notes>
            </Project>
            """;

    /** The positions of {@code words} in {@link #SOURCE_TEXT}, in code points, as the file states them. */
    static int[] codePoints(String words) {
        int at = SOURCE_TEXT.indexOf(words);
        int start = SOURCE_TEXT.codePointCount(0, at);
        return new int[] {start, start + words.codePointCount(0, words.length())};
    }

    static byte[] otherTool() throws Exception {
        int[] heating = codePoints("The landlord " + S + " never fixed the heating.");
        int[] paid = codePoints("We paid \u20ac1,200 every month");
        Map<String, byte[]> m = project(OTHER_TOOL.formatted(heating[0], heating[1], paid[0], paid[1]));
        m.put("sources/S0000000-0000-4000-8000-000000000001.txt", SOURCE_TEXT.getBytes(StandardCharsets.UTF_8));
        m.put("sources/radiator.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        return zip(m);
    }

    @Test
    void a_project_written_as_other_tools_write_them_becomes_a_case_and_lists_what_it_leaves_out() throws Exception {
        QdpxImport.Project p = QdpxImport.read("koeln.qdpx", otherTool());
        assertEquals(3, p.depth());
        assertEquals(QdpxImport.Levels.DEFAULT, p.defaultLevels());
        QdpxImport.Result r = services.qdpxImport().store("koeln.qdpx", p, null);
        assertEquals("Mieterstudie \u2014 K\u00f6ln", r.title());
        assertEquals(2, r.documents());
        assertEquals(5, r.nodes());
        assertEquals(2, r.passages());
        assertEquals(3, r.links());
        String listed = String.join("\n", r.notImported());
        assertTrue(listed.contains("picture \u201cPhoto of the radiator\u201d is not imported"), listed);
        assertTrue(listed.contains("1 variable is not imported"), listed);
        assertTrue(listed.contains("1 user is not imported"), listed);

        var docs = store.documents().list(r.caseId());
        assertEquals(List.of("Interview \u00c5kesson", "Memo inline"), docs.stream().map(d -> d.title()).toList());
        assertEquals(DocumentKind.OTHER, docs.get(0).kind());
        String text = store.documents().text(docs.get(0).id());
        assertEquals(SOURCE_TEXT.replace("\r\n", "\n"), text, "line ends as ClaimBench keeps them");
        assertEquals("Short memo, \u201cquoted\u201d.", store.documents().text(docs.get(1).id()));

        List<Passage> passages = store.passages().forCase(r.caseId()).stream().sorted(Comparator.comparingInt(Passage::start)).toList();
        assertEquals("The landlord " + S + " never fixed the heating.", passages.get(0).quote(), "code points, past 𝔖 and the CR LF");
        assertEquals(text.indexOf("The landlord"), passages.get(0).start());
        assertEquals("We paid \u20ac1,200 every month", passages.get(1).quote(), "after 𝔖, one code point is two units");
        assertEquals("She repeated it twice \u2014 \u201ctwice\u201d.", passages.get(0).note());

        Map<Long, OutlineNode> nodes = new HashMap<>();
        store.outline().nodes(r.caseId()).forEach(n -> nodes.put(n.id(), n));
        assertEquals(List.of("ASSERTS Habitability > Notice to landlord",
                        "ASSERTS Habitability > Notice to landlord > Heating never fixed \u2014 \u201cnever\u201d"),
                linksOf(store, r.caseId(), passages.get(0).id(), nodes));
        OutlineNode habitability = nodes.values().stream().filter(n -> n.title().equals("Habitability")).findFirst().orElseThrow();
        assertEquals(NodeKind.COUNT, habitability.kind());
        assertEquals("Breach of the warranty", habitability.body());
        OutlineNode moving = nodes.values().stream().filter(n -> n.title().equals("D\u00e9m\u00e9nagement")).findFirst().orElseThrow();
        assertEquals(NodeKind.COUNT, moving.kind(), "a code with no codings is still a node");
        assertEquals(NodeKind.ALLEGATION, nodes.values().stream().filter(n -> n.title().startsWith("Heating")).findFirst().orElseThrow().kind());
        assertTrue(store.cases().find(r.caseId()).orElseThrow().notes().contains("Coding round one, by Zo\u00eb."), "the project's memo");
    }

    @Test
    void the_user_chooses_what_each_depth_becomes_and_a_flat_list_goes_under_one_count() throws Exception {
        QdpxImport.Result r = services.qdpxImport().importFile("koeln.qdpx", otherTool(), QdpxImport.Levels.parse("element, allegation"));
        List<OutlineNode> nodes = store.outline().nodes(r.caseId());
        assertEquals(6, nodes.size());
        OutlineNode top = nodes.stream().filter(n -> n.parentId() == null).findFirst().orElseThrow();
        assertEquals("Mieterstudie \u2014 K\u00f6ln", top.title());
        assertEquals(NodeKind.COUNT, top.kind());
        assertEquals(NodeKind.ELEMENT, nodes.stream().filter(n -> n.title().equals("Habitability")).findFirst().orElseThrow().kind());
        assertEquals(NodeKind.ALLEGATION, nodes.stream().filter(n -> n.title().startsWith("Heating")).findFirst().orElseThrow().kind());

        String flat = """
                <Project xmlns="urn:QDA-XML:project:1.0" name="Flat">
                  <CodeBook><Codes><Code guid="C1" name="One" isCodable="true"/><Code guid="C2" name="Two" isCodable="true"/></Codes></CodeBook>
                </Project>""";
        QdpxImport.Result f = services.qdpxImport().importFile("flat.qdpx", zip(project(flat)), null);
        List<OutlineNode> fn = store.outline().nodes(f.caseId());
        assertEquals(List.of(NodeKind.COUNT, NodeKind.ALLEGATION, NodeKind.ALLEGATION), fn.stream().map(OutlineNode::kind).toList());
        assertEquals("Flat", fn.get(0).title());
        assertThrows(IllegalArgumentException.class, () -> QdpxImport.Levels.parse("count,claim"));
    }

    // ---- hostile files -------------------------------------------------------------------------------------

    void refused(byte[] bytes, String expected) {
        int cases = store.cases().list().size();
        IngestException e = assertThrows(IngestException.class, () -> services.qdpxImport().importFile("bad.qdpx", bytes, null));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.qdpx "), e.getMessage());
        assertEquals(cases, store.cases().list().size(), "nothing was stored");
    }

    static final String MINIMAL = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources>"
            + "<TextSource guid=\"S1\" name=\"t\" plainTextPath=\"internal://%s\"/></Sources></Project>";

    @Test
    void a_path_that_leaves_the_archive_is_refused() throws Exception {
        Map<String, byte[]> m = project(MINIMAL.formatted("a.txt"));
        m.put("sources/a.txt", "x".getBytes(StandardCharsets.UTF_8));
        m.put("../../evil.txt", "x".getBytes(StandardCharsets.UTF_8));
        refused(zip(m), "points outside the archive");
        Map<String, byte[]> n = project(MINIMAL.formatted("../../../etc/passwd"));
        refused(zip(n), "points outside the project's sources");
        refused(zip(project(MINIMAL.formatted("missing.txt"))), "which the project does not hold");
    }

    @Test
    void a_zip_bomb_and_too_many_entries_are_refused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("project.qde"));
            z.write(MINIMAL.formatted("a.txt").getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("sources/a.txt"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 300; i++) {
                z.write(spaces);
            }
            z.closeEntry();
        }
        assertTrue(out.size() < 1 << 20);
        refused(out.toByteArray(), "ZIP bomb");

        Map<String, byte[]> many = project(MINIMAL.formatted("a.txt"));
        for (int i = 0; i <= CaseArchive.MAX_ENTRIES; i++) {
            many.put("sources/" + i + ".txt", new byte[0]);
        }
        refused(zip(many), "more than " + CaseArchive.MAX_ENTRIES + " entries");
    }

    @Test
    void malformed_xml_entities_and_a_doctype_are_refused() throws Exception {
        refused(zip(project("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources>")), "not well-formed XML");
        refused(zip(project("""
                <?xml version="1.0"?>
                <!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <Project xmlns="urn:QDA-XML:project:1.0" name="&xxe;"/>""")), "DOCTYPE");
        refused(zip(project("""
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <Project xmlns="urn:QDA-XML:project:1.0" name="&lol3;"/>""")), "DOCTYPE");
        refused(zip(project("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><CodeBook><Codes>"
                + "<Code guid=\"c\" name=\"c\" isCodable=\"true\">".repeat(400) + "</Code>".repeat(400) + "</Codes></CodeBook></Project>")),
                "nested deeper than " + QdpxImport.MAX_DEPTH);
        refused(zip(project("<Project xmlns=\"urn:other\" name=\"x\"/>")), "not a REFI-QDA project");
        refused(zip(Map.of("other.txt", new byte[] {1})), "holds no project.qde");
        refused("not a zip at all".getBytes(StandardCharsets.UTF_8), "not a ZIP archive");
        refused(zip(project("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources><TextSource guid=\"S\" name=\"t\">"
                + "<PlainTextContent>abc</PlainTextContent><PlainTextSelection guid=\"P\" startPosition=\"one\" endPosition=\"2\"/>"
                + "</TextSource></Sources></Project>")), "not a whole number");
    }

    @Test
    void a_refused_write_leaves_no_half_case() throws Exception {
        // a selection outside its text is listed; the rest is stored whole
        String qde = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Edge\"><Sources><TextSource guid=\"S\" name=\"t\">"
                + "<PlainTextContent>abc " + S + " def</PlainTextContent>"
                + "<PlainTextSelection guid=\"P1\" startPosition=\"4\" endPosition=\"5\"/>"
                + "<PlainTextSelection guid=\"P2\" startPosition=\"6\" endPosition=\"99\"/>"
                + "</TextSource></Sources></Project>";
        qde = qde.replace("name=\"t\"", "name=\"" + "Long source name ".repeat(40) + "\"")
                .replace("</Sources>", "</Sources><CodeBook><Codes><Code guid=\"C\" name=\"" + "\u00e9".repeat(1200) + "\" isCodable=\"true\"/></Codes></CodeBook>");
        QdpxImport.Result r = services.qdpxImport().importFile("edge.qdpx", zip(project(qde)), null);
        assertEquals(1, r.passages());
        assertEquals(S, store.passages().forCase(r.caseId()).get(0).quote());
        assertTrue(r.notImported().get(0).contains("lies outside its text"), r.notImported().toString());
        assertEquals(1000, store.outline().nodes(r.caseId()).stream().filter(n -> n.kind() == NodeKind.ALLEGATION).findFirst().orElseThrow().title().length(),
                "a name longer than a case holds is shortened, and said so");
        assertTrue(String.join("\n", r.notImported()).contains("was shortened to 1000"), r.notImported().toString());
        assertEquals(500, store.documents().list(r.caseId()).get(0).title().length());
    }

    static OutlineNode add(CaseEditor editor, OutlineNode draft) {
        AtomicReference<OutlineNode> made = new AtomicReference<>();
        editor.addNode(draft, made::set).apply();
        return made.get();
    }
}
