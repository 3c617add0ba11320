package org.claimbench.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.claimbench.domain.ChecklistEntry;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.Link;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.SupportLevel;
import org.claimbench.store.Store;
import org.w3c.dom.Element;

/**
 * Writes a case as a REFI-QDA project (Project Exchange 1.0, a {@code .qdpx} ZIP), for QualCoder, MAXQDA, ATLAS.ti
 * and NVivo: each document's text as a source, the outline as a code book, each passage as a selection coded with
 * the nodes it is linked to, and the notes and evidence as notes. Positions count Unicode code points.
 */
public final class QdpxExport {

    /** The project's XML namespace. */
    public static final String NS = "urn:QDA-XML:project:1.0";

    private final Store store;
    private final CaseService cases;

    public QdpxExport(Store store, CaseService cases) {
        this.store = store;
        this.cases = cases;
    }

    /** The case as a .qdpx file's bytes. */
    public byte[] export(long caseId) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(ExchangeCase.read(store, cases, caseId), out);
        return out.toByteArray();
    }

    static void write(ExchangeCase c, OutputStream out) throws IOException {
        Built built = new Built(c);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(built.xml());
            zip.closeEntry();
            for (Map.Entry<String, String> source : built.sources.entrySet()) {
                zip.putNextEntry(new ZipEntry("sources/" + source.getKey() + ".txt"));
                zip.write(source.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    /** A GUID as the project writes it: the canonical 8-4-4-4-12 form, upper case. */
    static String guid(UUID id) {
        return id.toString().toUpperCase(Locale.ROOT);
    }

    /** One project.qde being built, with the source files it names. */
    private static final class Built {
        final ExchangeCase c;
        final org.w3c.dom.Document doc;
        final String user;
        final Map<String, String> sources = new LinkedHashMap<>();
        final Map<Long, String> codeOf = new HashMap<>();
        final Element notes;

        Built(ExchangeCase c) {
            this.c = c;
            this.doc = newDocument();
            this.user = guid(c.uuid("user", 0));
            this.notes = el("Notes");
            Element project = doc.createElementNS(NS, "Project");
            doc.appendChild(project);
            project.setAttribute("name", xmlSafe(c.legalCase().title()));
            project.setAttribute("origin", "ClaimBench");
            project.setAttribute("creatingUserGUID", user);
            project.setAttribute("creationDateTime", c.exported().toString());
            Element users = child(project, "Users");
            Element u = child(users, "User");
            u.setAttribute("guid", user);
            u.setAttribute("name", "ClaimBench");
            if (!c.outline().isEmpty()) { // a code book holds at least one code
                codes(child(child(project, "CodeBook"), "Codes"), null);
            }
            Element sourcesEl = el("Sources");
            for (ExchangeCase.Text t : c.documents()) {
                sourcesEl.appendChild(source(t));
            }
            if (sourcesEl.hasChildNodes()) {
                project.appendChild(sourcesEl);
            }
            if (notes.hasChildNodes()) {
                project.appendChild(notes);
            }
            String about = describe(c);
            if (!about.isBlank()) {
                text(child(project, "Description"), about);
            }
        }

        private static String describe(ExchangeCase c) {
            List<String> parts = new ArrayList<>();
            if (c.legalCase().court() != null && !c.legalCase().court().isBlank()) {
                parts.add(c.legalCase().court());
            }
            if (c.legalCase().caseNumber() != null && !c.legalCase().caseNumber().isBlank()) {
                parts.add("No. " + c.legalCase().caseNumber());
            }
            String head = String.join(", ", parts);
            String notes = c.legalCase().notes() == null ? "" : c.legalCase().notes().strip();
            return head.isEmpty() ? notes : notes.isEmpty() ? head : head + "\n\n" + notes;
        }

        /** The children of {@code parentId} (null: the top of the outline) as codes, in outline order. */
        private void codes(Element into, Long parentId) {
            c.outline().stream()
                    .filter(n -> java.util.Objects.equals(n.parentId(), parentId))
                    .sorted(java.util.Comparator.comparingInt(OutlineNode::position))
                    .forEach(n -> into.appendChild(code(n)));
        }

        private Element code(OutlineNode n) {
            String id = guid(c.uuid("node", n.id()));
            codeOf.put(n.id(), id);
            Element code = el("Code");
            code.setAttribute("guid", id);
            code.setAttribute("name", xmlSafe(n.title()));
            code.setAttribute("isCodable", "true");
            SupportLevel level = c.support().get(n.id());
            if (level != null) {
                code.setAttribute("color", "#" + level.colour().toUpperCase(Locale.ROOT));
            }
            text(child(code, "Description"), description(n, level));
            if (n.note() != null && !n.note().isBlank()) {
                noteRef(code, note("node-note", n.id(), "Note on " + n.title(), n.note(), null));
            }
            Map<Long, EvidenceItem> items = new HashMap<>();
            c.evidence().forEach(e -> items.put(e.id(), e));
            c.checklist().stream().filter(e -> e.nodeId() == n.id())
                    .sorted(java.util.Comparator.comparingInt(ChecklistEntry::position))
                    .forEach(e -> {
                        EvidenceItem item = items.get(e.evidenceId());
                        if (item != null) {
                            noteRef(code, note("evidence", e.id(), "Evidence: " + ExchangeCase.shortQuote(item.description()),
                                    ExchangeCase.evidenceText(item, e), null));
                        }
                    });
            codes(code, n.id());
            return code;
        }

        private static String description(OutlineNode n, SupportLevel level) {
            String kind = n.kind().name().charAt(0) + n.kind().name().substring(1).toLowerCase(Locale.ROOT);
            StringBuilder b = new StringBuilder(kind).append(". Support: ").append(level == null ? "\u2014" : level.label());
            if (n.supportOverride() != null) {
                b.append(" (set by hand: ").append(n.overrideReason()).append(')');
            }
            b.append('.');
            if (n.legalBasis() != null && !n.legalBasis().isBlank()) {
                b.append("\nLegal basis: ").append(n.legalBasis());
            }
            if (n.body() != null && !n.body().isBlank() && !n.body().equals(n.title())) {
                b.append("\n").append(n.body());
            }
            return b.toString();
        }

        private Element source(ExchangeCase.Text t) {
            String id = guid(c.uuid("document", t.document().id()));
            sources.put(id, t.text());
            Element source = el("TextSource");
            source.setAttribute("guid", id);
            source.setAttribute("name", xmlSafe(t.document().title()));
            source.setAttribute("plainTextPath", "internal://" + id + ".txt");
            source.setAttribute("creatingUser", user);
            if (t.document().created() != null) {
                source.setAttribute("creationDateTime", t.document().created().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
            }
            text(child(source, "Description"), t.document().kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + (t.document().fileName() == null ? "" : ", from " + t.document().fileName()));
            Map<Long, OutlineNode> nodes = c.nodesById();
            c.passages().stream().filter(p -> p.document() == t)
                    .sorted(java.util.Comparator.comparingInt((ExchangeCase.Placed p) -> p.passage().start())
                            .thenComparingLong(p -> p.passage().id()))
                    .forEach(p -> source.appendChild(selection(p, nodes)));
            return source;
        }

        private Element selection(ExchangeCase.Placed p, Map<Long, OutlineNode> nodes) {
            Element sel = el("PlainTextSelection");
            sel.setAttribute("guid", guid(c.uuid("passage", p.passage().id())));
            sel.setAttribute("name", xmlSafe(ExchangeCase.shortQuote(p.exact())));
            sel.setAttribute("startPosition", Integer.toString(p.start()));
            sel.setAttribute("endPosition", Integer.toString(p.end()));
            sel.setAttribute("creatingUser", user);
            sel.setAttribute("creationDateTime", (p.passage().created() == null ? c.exported()
                    : p.passage().created().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).toString());
            List<Link> links = c.links().stream().filter(l -> l.passageId() == p.passage().id() && nodes.containsKey(l.nodeId()))
                    .sorted(java.util.Comparator.comparingLong(Link::id)).toList();
            List<String> roles = new ArrayList<>();
            for (Link l : links) {
                roles.add(l.role().name().toLowerCase(Locale.ROOT) + ": " + c.path(nodes.get(l.nodeId())));
            }
            if (p.passage().label() != null && !p.passage().label().isBlank()) {
                roles.add(0, "Label: " + p.passage().label());
            }
            if (!roles.isEmpty()) {
                text(child(sel, "Description"), String.join("\n", roles));
            }
            for (Link l : links) {
                Element coding = child(sel, "Coding");
                coding.setAttribute("guid", guid(c.uuid("link", l.id())));
                coding.setAttribute("creatingUser", user);
                if (l.created() != null) {
                    coding.setAttribute("creationDateTime", l.created().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
                }
                child(coding, "CodeRef").setAttribute("targetGUID", codeOf.get(l.nodeId()));
            }
            if (p.passage().note() != null && !p.passage().note().isBlank()) {
                noteRef(sel, note("passage-note", p.passage().id(), "Note on \u201c" + ExchangeCase.shortQuote(p.exact()) + "\u201d",
                        p.passage().note(), p.passage().created()));
            }
            return sel;
        }

        /** A note in the project's Notes; returns its GUID. */
        private String note(String what, long id, String name, String body, java.time.Instant created) {
            String g = guid(c.uuid(what, id));
            Element note = el("Note");
            note.setAttribute("guid", g);
            note.setAttribute("name", xmlSafe(name));
            note.setAttribute("creatingUser", user);
            note.setAttribute("creationDateTime", (created == null ? c.exported()
                    : created.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).toString());
            text(child(note, "PlainTextContent"), body);
            notes.appendChild(note);
            return g;
        }

        private void noteRef(Element from, String target) {
            child(from, "NoteRef").setAttribute("targetGUID", target);
        }

        private Element el(String name) {
            return doc.createElementNS(NS, name);
        }

        private Element child(Element parent, String name) {
            Element e = el(name);
            parent.appendChild(e);
            return e;
        }

        private void text(Element e, String s) {
            e.setTextContent(xmlSafe(s));
        }

        byte[] xml() throws IOException {
            try {
                TransformerFactory tf = TransformerFactory.newInstance();
                tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
                Transformer t = tf.newTransformer();
                t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
                t.setOutputProperty(OutputKeys.INDENT, "yes");
                t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "1");
                doc.setXmlStandalone(true);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                t.transform(new DOMSource(doc), new StreamResult(out));
                return out.toByteArray();
            } catch (TransformerException e) {
                throw new IOException("The project could not be written: " + e.getMessage(), e);
            }
        }

        private static org.w3c.dom.Document newDocument() {
            try {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                return f.newDocumentBuilder().newDocument();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** {@code s} without the characters XML 1.0 cannot hold (control characters other than tab and line ends). */
    static String xmlSafe(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000) {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
