package org.claimbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The rules of the REFI-QDA Project Exchange 1.0 that a ClaimBench project must keep, written out as checks: the
 * namespace and root, each element's required attributes and the order of its children, GUIDs, references that
 * resolve, sources that are in the ZIP, and selections that lie inside their text (in code points).
 */
public final class QdpxRules {

    static final String NS = "urn:QDA-XML:project:1.0";
    static final Pattern GUID = Pattern.compile("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");
    static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    /** Required attributes by element. */
    static final Map<String, List<String>> REQUIRED = Map.of(
            "Project", List.of("name"),
            "User", List.of("guid"),
            "Code", List.of("guid", "name", "isCodable"),
            "TextSource", List.of("guid"),
            "PlainTextSelection", List.of("guid", "startPosition", "endPosition"),
            "Coding", List.of("guid"),
            "CodeRef", List.of("targetGUID"),
            "NoteRef", List.of("targetGUID"),
            "Note", List.of("guid"));

    /** The children each element may have, in the order they must come. */
    static final Map<String, List<String>> ORDER = Map.of(
            "Project", List.of("Users", "CodeBook", "Variables", "Cases", "Sources", "Notes", "Links", "Sets", "Graphs", "Description", "NoteRef"),
            "Users", List.of("User"),
            "CodeBook", List.of("Codes", "Sets"),
            "Codes", List.of("Code"),
            "Code", List.of("Description", "NoteRef", "Code"),
            "Sources", List.of("TextSource"),
            "TextSource", List.of("Description", "PlainTextContent", "PlainTextSelection", "VariableValue", "NoteRef"),
            "PlainTextSelection", List.of("Description", "Coding", "NoteRef"),
            "Coding", List.of("CodeRef", "NoteRef"),
            "Notes", List.of("Note"));

    /** What a project says, for a test to look further. */
    public record Project(Document xml, Map<String, String> entries, Map<String, Element> byGuid) {

        public List<Element> all(String name) {
            NodeList l = xml.getElementsByTagNameNS(NS, name);
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < l.getLength(); i++) {
                out.add((Element) l.item(i));
            }
            return out;
        }

        /** The text of a source, from its plainTextPath. */
        public String text(Element source) {
            return entries.get("sources/" + source.getAttribute("plainTextPath").substring("internal://".length()));
        }
    }

    private QdpxRules() {
    }

    /** Reads a .qdpx and checks every rule; returns what it read. */
    public static Project check(byte[] qdpx) throws Exception {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(qdpx), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertTrue(entries.containsKey("project.qde"), "the ZIP holds project.qde: " + entries.keySet());
        Document xml = parse(entries.get("project.qde").getBytes(StandardCharsets.UTF_8));
        Element root = xml.getDocumentElement();
        assertEquals(NS, root.getNamespaceURI());
        assertEquals("Project", root.getLocalName());
        assertEquals("ClaimBench", root.getAttribute("origin"));
        assertTrue(DATE_TIME.matcher(root.getAttribute("creationDateTime")).matches(), root.getAttribute("creationDateTime"));

        Map<String, Element> byGuid = new HashMap<>();
        walk(root, byGuid);
        Project p = new Project(xml, entries, byGuid);

        // references resolve to elements of the right kind
        for (Element ref : p.all("CodeRef")) {
            Element target = byGuid.get(ref.getAttribute("targetGUID"));
            assertNotNull(target, "CodeRef " + ref.getAttribute("targetGUID") + " targets nothing");
            assertEquals("Code", target.getLocalName());
            assertEquals("true", target.getAttribute("isCodable"), "a coded code is codable");
        }
        for (Element ref : p.all("NoteRef")) {
            Element target = byGuid.get(ref.getAttribute("targetGUID"));
            assertNotNull(target, "NoteRef " + ref.getAttribute("targetGUID") + " targets nothing");
            assertEquals("Note", target.getLocalName());
        }
        Set<String> users = new HashSet<>();
        p.all("User").forEach(u -> users.add(u.getAttribute("guid")));
        for (String attr : List.of("creatingUser", "modifyingUser", "creatingUserGUID")) {
            for (Element e : every(root)) {
                if (e.hasAttribute(attr)) {
                    assertTrue(users.contains(e.getAttribute(attr)), attr + " of " + e.getLocalName() + " names no user");
                }
            }
        }

        // sources are in the ZIP, selections inside them, their words the passage's
        for (Element source : p.all("TextSource")) {
            String path = source.getAttribute("plainTextPath");
            assertTrue(path.matches("internal://" + GUID.pattern() + "\\.txt"), path);
            String text = p.text(source);
            assertNotNull(text, path + " is not in the ZIP");
            int length = text.codePointCount(0, text.length());
            for (Element sel : children(source, "PlainTextSelection")) {
                int start = Integer.parseInt(sel.getAttribute("startPosition"));
                int end = Integer.parseInt(sel.getAttribute("endPosition"));
                assertTrue(0 <= start && start <= end && end <= length, start + ".." + end + " of " + length);
            }
        }
        return p;
    }

    /** The source's text between a selection's positions, counted in code points. */
    public static String between(String text, Element selection) {
        int start = Integer.parseInt(selection.getAttribute("startPosition"));
        int end = Integer.parseInt(selection.getAttribute("endPosition"));
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    private static void walk(Element e, Map<String, Element> byGuid) {
        String name = e.getLocalName();
        assertEquals(NS, e.getNamespaceURI(), name + " is in the project's namespace");
        for (String attr : REQUIRED.getOrDefault(name, List.of())) {
            assertFalse(e.getAttribute(attr).isEmpty(), name + " needs " + attr);
        }
        for (String attr : List.of("guid", "targetGUID", "creatingUser", "creatingUserGUID")) {
            if (e.hasAttribute(attr)) {
                assertTrue(GUID.matcher(e.getAttribute(attr)).matches(), name + "/@" + attr + " is a GUID: " + e.getAttribute(attr));
            }
        }
        for (String attr : List.of("creationDateTime", "modifiedDateTime")) {
            if (e.hasAttribute(attr)) {
                assertTrue(DATE_TIME.matcher(e.getAttribute(attr)).matches(), name + "/@" + attr + ": " + e.getAttribute(attr));
            }
        }
        if (e.hasAttribute("isCodable")) {
            assertTrue(List.of("true", "false").contains(e.getAttribute("isCodable")));
        }
        if (e.hasAttribute("color")) {
            assertTrue(e.getAttribute("color").matches("#[0-9A-Fa-f]{6}"), e.getAttribute("color"));
        }
        if (e.hasAttribute("guid") && byGuid.put(e.getAttribute("guid"), e) != null) {
            fail("GUID " + e.getAttribute("guid") + " is used twice");
        }
        List<String> order = ORDER.get(name);
        int last = -1;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                if (order != null) {
                    int at = order.indexOf(child.getLocalName());
                    assertTrue(at >= 0, child.getLocalName() + " may not stand in " + name);
                    assertTrue(at >= last, child.getLocalName() + " comes too late in " + name);
                    last = at;
                }
                walk(child, byGuid);
            }
        }
        if (name.equals("Codes") || name.equals("Users") || name.equals("Notes") || name.equals("Sources")) {
            assertTrue(e.getElementsByTagNameNS(NS, "*").getLength() > 0, name + " holds at least one element");
        }
        if (name.equals("Coding")) {
            assertEquals(1, children(e, "CodeRef").size(), "a coding has one CodeRef");
        }
    }

    static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && name.equals(c.getLocalName())) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<Element> every(Element root) {
        NodeList l = root.getElementsByTagNameNS(NS, "*");
        List<Element> out = new ArrayList<>(List.of(root));
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try {
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
