package org.claimbench.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.claimbench.analysis.Anchors;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.claimbench.ingest.IngestException;
import org.claimbench.store.Repositories;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a REFI-QDA project ({@code .qdpx}, Project Exchange 1.0) as a new case: its text sources become documents,
 * its codes the outline (the depth of a code says whether it is a count, an element or an allegation), its
 * selections passages linked to the nodes they are coded with, and its notes notes. What has no place in a case is
 * listed, never dropped in silence. The file is read and checked whole before anything is written, and written in one
 * transaction: a refused file changes nothing.
 */
public final class QdpxImport {

    /** The project's entry in the ZIP. */
    static final String PROJECT = "project.qde";
    /** The deepest nesting of XML elements a project may have. */
    static final int MAX_DEPTH = 256;

    private final Store store;

    public QdpxImport(Store store) {
        this.store = store;
    }

    /**
     * What each depth of the code book becomes: {@code kinds.get(0)} the top codes, {@code kinds.get(1)} their children,
     * and the last kind every deeper code. When the top codes are not counts (or defenses), they are put under one
     * count named after the project.
     */
    public record Levels(List<NodeKind> kinds) {

        public static final Levels DEFAULT = new Levels(List.of(NodeKind.COUNT, NodeKind.ELEMENT, NodeKind.ALLEGATION));
        /** A flat code list: each code an allegation, under one count named after the project. */
        public static final Levels FLAT = new Levels(List.of(NodeKind.ALLEGATION));

        public Levels {
            if (kinds == null || kinds.isEmpty() || kinds.stream().anyMatch(java.util.Objects::isNull)) {
                throw new IllegalArgumentException("name the kind of at least the top codes");
            }
            kinds = List.copyOf(kinds);
        }

        public NodeKind at(int depth) {
            return kinds.get(Math.min(depth, kinds.size() - 1));
        }

        /** "count,element,allegation" or "allegation" (case and spaces do not matter); throws with a plain message. */
        public static Levels parse(String s) {
            List<NodeKind> kinds = new ArrayList<>();
            for (String part : s.split(",")) {
                String p = part.strip().toUpperCase(Locale.ROOT);
                try {
                    kinds.add(NodeKind.valueOf(p));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("\u201c" + part.strip() + "\u201d is not a kind of outline node: use count, element, "
                            + "allegation or defense, one for each depth, such as count,element,allegation.");
                }
            }
            return new Levels(kinds);
        }

        @Override
        public String toString() {
            return String.join(",", kinds.stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    /** A text source of the project, with its text as ClaimBench keeps it and its selections. */
    public record Source(String guid, String name, String text, List<Selection> selections, List<String> notes) {
    }

    /** A selection, its offsets already in UTF-16 units of {@link Source#text}. */
    public record Selection(String guid, int start, int end, String label, List<String> codes, Map<String, LinkRole> roles,
                            List<String> notes) {
    }

    /** A code, with its children. */
    public record Code(String guid, String name, String description, List<String> notes, List<Code> children) {
    }

    /** A project read and checked, not yet stored. */
    public record Project(String name, boolean fromClaimBench, String description, List<Code> codes, List<Source> sources,
                          List<String> notes, List<String> notImported) {

        /** The deepest level of the code book (1: a flat list; 0: no codes). */
        public int depth() {
            return depth(codes);
        }

        private static int depth(List<Code> codes) {
            int d = 0;
            for (Code c : codes) {
                d = Math.max(d, 1 + depth(c.children()));
            }
            return d;
        }

        /** The levels used when the user names none: the usual three, or allegations for a flat code list. */
        public Levels defaultLevels() {
            return depth() == 1 ? Levels.FLAT : Levels.DEFAULT;
        }

        public int codeCount() {
            return count(codes);
        }

        private static int count(List<Code> codes) {
            int n = 0;
            for (Code c : codes) {
                n += 1 + count(c.children());
            }
            return n;
        }

        public int selectionCount() {
            return sources.stream().mapToInt(s -> s.selections().size()).sum();
        }
    }

    /** What the import made. */
    public record Result(long caseId, String title, int documents, int nodes, int passages, int links, int notes,
                         List<String> notImported) {

        /** "3 documents, 12 outline nodes, 40 passages with 52 links, 6 notes". */
        public String summary() {
            return plural(documents, "document") + ", " + plural(nodes, "outline node") + ", " + plural(passages, "passage")
                    + " with " + plural(links, "link") + ", " + plural(notes, "note");
        }
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    // ---- reading -------------------------------------------------------------------------------------

    /** Reads and checks a .qdpx file; throws with a message a user can act on, and stores nothing. */
    public static Project read(String name, byte[] bytes) throws IngestException {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw new IngestException(name + " is not a REFI-QDA project: it is not a ZIP archive. A .qdpx file is a ZIP that "
                    + "holds project.qde; export the project again from the program that made it.");
        }
        Map<String, byte[]> entries = CaseArchive.unzip(name, bytes, "REFI-QDA project");
        byte[] qde = entries.get(PROJECT);
        if (qde == null) {
            throw new IngestException(name + " is not a REFI-QDA project: it holds no project.qde. Export the project again as a "
                    + "REFI-QDA project (.qdpx).");
        }
        Element project = parse(name, qde).getDocumentElement();
        if (!QdpxExport.NS.equals(project.getNamespaceURI()) || !"Project".equals(project.getLocalName())) {
            throw new IngestException(name + " is not a REFI-QDA project: its project.qde is not in the namespace "
                    + QdpxExport.NS + " (Project Exchange 1.0). Export it again from a program that writes that standard.");
        }
        return new Reader(name, entries).read(project);
    }

    private static org.w3c.dom.Document parse(String name, byte[] xml) throws IngestException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // no DOCTYPE at all: no entity of any kind, internal or external, can be declared or expanded
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            try {
                f.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", Integer.toString(MAX_DEPTH));
            } catch (IllegalArgumentException unknown) {
                // a parser without the JDK's depth limit: the DOCTYPE ban above still holds, and the code book's nesting is checked as it is read
            }
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.ErrorHandler() { // the parser's own reporting would print to the console
                @Override
                public void warning(SAXParseException e) {
                    // a warning changes nothing that is read
                }

                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("an external entity (" + systemId + ")");
            });
            return b.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("DOCTYPE")) {
                throw new IngestException(name + " is refused: its project.qde declares a DOCTYPE, with entities that could read other "
                        + "files or expand without end. A REFI-QDA project needs none; export it again from the program that made it. "
                        + "Nothing was imported.", e);
            }
            if (m.contains("maxElementDepth") || m.contains("depth")) {
                throw new IngestException(name + " is refused: its project.qde is nested deeper than " + MAX_DEPTH + " levels. "
                        + "Nothing was imported.", e);
            }
            throw new IngestException(name + " is damaged: its project.qde is not well-formed XML (line " + e.getLineNumber() + ": "
                    + m + "). Export the project again. Nothing was imported.", e);
        } catch (SAXException e) {
            throw new IngestException(name + " is refused: its project.qde asks for " + e.getMessage() + ", which ClaimBench does not "
                    + "read. Nothing was imported.", e);
        } catch (IOException | ParserConfigurationException e) {
            throw new IngestException(name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads one project.qde, with the ZIP's entries for the sources it names. */
    private static final class Reader {
        final String name;
        final Map<String, byte[]> entries;
        final Map<String, String> noteText = new LinkedHashMap<>();
        final List<String> notImported = new ArrayList<>();
        final Map<String, String> codePath = new HashMap<>();
        final java.util.Set<String> referencedNotes = new java.util.HashSet<>();

        Reader(String name, Map<String, byte[]> entries) {
            this.name = name;
            this.entries = entries;
        }

        Project read(Element project) throws IngestException {
            for (Element notes : children(project, "Notes")) {
                for (Element note : children(notes, "Note")) {
                    noteText.put(guid(note), noteBody(note));
                }
            }
            List<Code> codes = new ArrayList<>();
            for (Element book : children(project, "CodeBook")) {
                for (Element cs : children(book, "Codes")) {
                    for (Element c : children(cs, "Code")) {
                        codes.add(code(c, "", 1));
                    }
                }
                if (!children(book, "Sets").isEmpty()) {
                    notImported.add("The code book's sets (groups of codes) are not imported: the outline has no groups besides its own nesting.");
                }
            }
            List<Source> sources = new ArrayList<>();
            for (Element ss : children(project, "Sources")) {
                for (Element s : elements(ss)) {
                    Source source = source(s);
                    if (source != null) {
                        sources.add(source);
                    }
                }
            }
            unsupported(project, "Users", "User", "user", "users", "who made each selection and coding is not kept");
            unsupported(project, "Variables", "Variable", "variable", "variables", "a case has no variables");
            unsupported(project, "Cases", "Case", "case (a group of sources)", "cases (groups of sources)",
                    "the sources all become documents of one case");
            unsupported(project, "Sets", "Set", "set", "sets", "ClaimBench has no sets of sources or codes");
            unsupported(project, "Graphs", "Graph", "graph", "graphs", "ClaimBench draws no graphs");
            unsupported(project, "Links", "Link", "link between items", "links between items", "only a selection's codings become links");
            String description = children(project, "Description").stream().map(Element::getTextContent).findFirst().orElse(null);
            List<String> projectNotes = new ArrayList<>();
            for (Element ref : children(project, "NoteRef")) {
                String t = noteText.get(ref.getAttribute("targetGUID"));
                if (t != null) {
                    referencedNotes.add(ref.getAttribute("targetGUID"));
                    projectNotes.add(t);
                }
            }
            for (Map.Entry<String, String> n : noteText.entrySet()) {
                if (!referencedNotes.contains(n.getKey()) && !n.getValue().isBlank()) {
                    projectNotes.add(n.getValue()); // a memo of the project as a whole: the case's notes keep it
                }
            }
            String projectName = project.getAttribute("name");
            if (projectName.isBlank()) {
                projectName = name.replaceFirst("(?i)\\.qdpx$", "");
            }
            return new Project(CaseArchive.clean(projectName.strip()), "ClaimBench".equals(project.getAttribute("origin")), description,
                    codes, sources, projectNotes, List.copyOf(notImported));
        }

        private void unsupported(Element project, String group, String item, String one, String many, String why) {
            int n = 0;
            for (Element g : children(project, group)) {
                n += children(g, item).size();
            }
            if (n > 0) {
                notImported.add((n == 1 ? "1 " + one + " is" : n + " " + many + " are") + " not imported: " + why + ".");
            }
        }

        private Code code(Element c, String parentPath, int depth) throws IngestException {
            if (depth > MAX_DEPTH) {
                throw new IngestException(name + " is refused: its project.qde is nested deeper than " + MAX_DEPTH + " levels. "
                        + "Nothing was imported.");
            }
            String codeName = c.getAttribute("name").isBlank() ? "(unnamed code)" : CaseArchive.clean(c.getAttribute("name").strip());
            String path = parentPath.isEmpty() ? codeName : parentPath + " \u203a " + codeName;
            codePath.put(c.getAttribute("guid"), path);
            String description = children(c, "Description").stream().map(Element::getTextContent).findFirst().orElse(null);
            List<Code> kids = new ArrayList<>();
            for (Element k : children(c, "Code")) {
                kids.add(code(k, path, depth + 1));
            }
            return new Code(c.getAttribute("guid"), codeName, description, notes(c), kids);
        }

        private List<String> notes(Element from) {
            List<String> out = new ArrayList<>();
            for (Element ref : children(from, "NoteRef")) {
                String t = noteText.get(ref.getAttribute("targetGUID"));
                if (t != null && !t.isBlank()) {
                    referencedNotes.add(ref.getAttribute("targetGUID"));
                    out.add(t.strip());
                }
            }
            return out;
        }

        private Source source(Element s) throws IngestException {
            String kind = s.getLocalName();
            String sourceName = s.getAttribute("name").isBlank() ? "(unnamed source)" : CaseArchive.clean(s.getAttribute("name").strip());
            switch (kind) {
                case "TextSource":
                    return text(s, sourceName, s);
                case "PDFSource": {
                    for (Element r : children(s, "Representation")) {
                        Source t = text(r, sourceName, s);
                        if (t != null) {
                            int areas = children(s, "PDFSelection").size();
                            if (areas > 0) {
                                notImported.add("\u201c" + sourceName + "\u201d: " + plural(areas, "area") + " marked on its PDF pages "
                                        + (areas == 1 ? "is" : "are") + " not imported; its text and the selections in it are.");
                            }
                            return t;
                        }
                    }
                    notImported.add("The PDF source \u201c" + sourceName + "\u201d is not imported: the project holds no text of it. "
                            + "Import the PDF itself with File \u25b8 Import\u2026 to read it.");
                    return null;
                }
                case "PictureSource", "AudioSource", "VideoSource": {
                    String what = kind.equals("PictureSource") ? "picture" : kind.equals("AudioSource") ? "audio recording" : "video";
                    notImported.add("The " + what + " \u201c" + sourceName + "\u201d is not imported: ClaimBench reads text only"
                            + (kind.equals("PictureSource") ? " (a scanned page can be imported with File \u25b8 Import\u2026)." : "."));
                    return null;
                }
                default:
                    notImported.add("The source \u201c" + sourceName + "\u201d (" + kind + ") is not imported: ClaimBench does not know "
                            + "that kind of source.");
                    return null;
            }
        }

        /** The text of a text source (or of a PDF's text representation), with its selections; null when it has no text. */
        private Source text(Element s, String sourceName, Element owner) throws IngestException {
            String raw = null;
            String path = s.getAttribute("plainTextPath");
            List<Element> inline = children(s, "PlainTextContent");
            if (!inline.isEmpty()) {
                raw = inline.get(0).getTextContent();
            } else if (!path.isBlank()) {
                raw = sourceFile(path, sourceName);
                if (raw == null) {
                    return null;
                }
            } else {
                notImported.add("\u201c" + sourceName + "\u201d is not imported: it has no plain text in the project (only "
                        + (s.hasAttribute("richTextPath") ? "a rich-text file" : "a name") + ").");
                return null;
            }
            Normalised text = Normalised.of(raw);
            List<Selection> selections = new ArrayList<>();
            int skipped = 0;
            for (Element sel : elements(s)) {
                String local = sel.getLocalName();
                if (!local.equals("PlainTextSelection")) {
                    if (local.endsWith("Selection")) {
                        skipped++;
                    }
                    continue;
                }
                int start = integer(sel, "startPosition");
                int end = integer(sel, "endPosition");
                if (start < 0 || end <= start || end > text.codePoints()) {
                    notImported.add("A selection of \u201c" + sourceName + "\u201d (" + start + " to " + end + ") lies outside its text of "
                            + text.codePoints() + " characters and is not imported.");
                    continue;
                }
                int s16 = text.utf16(start);
                int e16 = text.utf16(end);
                if (e16 <= s16) {
                    notImported.add("A selection of \u201c" + sourceName + "\u201d (" + start + " to " + end + ") covers only a line break "
                            + "and is not imported.");
                    continue;
                }
                List<String> codes = new ArrayList<>();
                for (Element coding : children(sel, "Coding")) {
                    for (Element ref : children(coding, "CodeRef")) {
                        String target = ref.getAttribute("targetGUID");
                        if (codePath.containsKey(target)) {
                            codes.add(target);
                        } else {
                            notImported.add("A coding of \u201c" + shortQuote(text.text(), s16, e16) + "\u201d names a code the project "
                                    + "does not have (" + target + ") and is not imported.");
                        }
                    }
                }
                String label = null;
                Map<String, LinkRole> roles = new HashMap<>();
                for (Element d : children(sel, "Description")) {
                    for (String line : d.getTextContent().split("\n")) {
                        String l = line.strip();
                        if (l.startsWith("Label: ")) {
                            label = CaseArchive.clean(l.substring(7).strip());
                        }
                        int colon = l.indexOf(": ");
                        if (colon > 0) {
                            try {
                                roles.put(l.substring(colon + 2).strip(), LinkRole.valueOf(l.substring(0, colon).toUpperCase(Locale.ROOT)));
                            } catch (IllegalArgumentException notARole) {
                                // a line of the description that names no role
                            }
                        }
                    }
                }
                Map<String, LinkRole> byCode = new HashMap<>();
                for (String code : codes) {
                    LinkRole r = roles.get(codePath.get(code));
                    if (r != null) {
                        byCode.put(code, r);
                    }
                }
                selections.add(new Selection(sel.getAttribute("guid"), s16, e16, label, codes, byCode, notes(sel)));
            }
            if (skipped > 0) {
                notImported.add("\u201c" + sourceName + "\u201d: " + plural(skipped, "selection") + " of another kind than text "
                        + (skipped == 1 ? "is" : "are") + " not imported.");
            }
            List<String> notes = notes(owner);
            return new Source(owner.getAttribute("guid"), sourceName, text.text(), selections, notes);
        }

        /** The text of a source file the project names; null (and listed) when it is not in the ZIP. */
        private String sourceFile(String path, String sourceName) throws IngestException {
            if (!path.startsWith("internal://")) {
                notImported.add("\u201c" + sourceName + "\u201d is not imported: its text is a file outside the project (" + path
                        + "), which ClaimBench does not read. Export the project with its sources inside it.");
                return null;
            }
            String file = path.substring("internal://".length());
            if (file.isEmpty() || file.contains("..") || file.contains("/") || file.contains("\\") || file.contains(":") || file.contains("\0")) {
                throw new IngestException(name + " is refused: the source \u201c" + sourceName + "\u201d names the file \u201c" + file
                        + "\u201d, which points outside the project's sources. Nothing was imported.");
            }
            byte[] bytes = entries.get("sources/" + file);
            if (bytes == null) {
                throw new IngestException(name + " is damaged: the source \u201c" + sourceName + "\u201d names sources/" + file
                        + ", which the project does not hold. Export the project again. Nothing was imported.");
            }
            return decode(bytes);
        }

        private int integer(Element e, String attribute) throws IngestException {
            try {
                return Integer.parseInt(e.getAttribute(attribute).strip());
            } catch (NumberFormatException ex) {
                throw new IngestException(name + " is damaged: a selection's " + attribute + " is \u201c" + e.getAttribute(attribute)
                        + "\u201d, not a whole number. Nothing was imported.");
            }
        }
    }

    /** A source file's text: UTF-8 (the standard's encoding), or UTF-16 with its byte-order mark. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String noteBody(Element note) {
        List<Element> content = children(note, "PlainTextContent");
        String body = content.isEmpty() ? "" : content.get(0).getTextContent();
        return body.isBlank() ? note.getAttribute("name") : body;
    }

    static String shortQuote(String text, int start, int end) {
        return ExchangeCase.shortQuote(text.substring(start, end));
    }

    /** The child elements of {@code e} in the project's namespace named {@code local}. */
    static List<Element> children(Element e, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && QdpxExport.NS.equals(c.getNamespaceURI()) && local.equals(c.getLocalName())) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<Element> elements(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && QdpxExport.NS.equals(c.getNamespaceURI())) {
                out.add(c);
            }
        }
        return out;
    }

    private static String guid(Element e) {
        return e.getAttribute("guid");
    }

    /**
     * A source's text as ClaimBench keeps it (no byte-order mark, line ends {@code \n}), with the way from the source's
     * code points to its UTF-16 offsets.
     */
    record Normalised(String text, int[] offsets) {

        static Normalised of(String raw) {
            int n = raw.codePointCount(0, raw.length());
            int[] at = new int[n + 1];
            StringBuilder b = new StringBuilder(raw.length());
            int cp = 0;
            for (int i = 0; i < raw.length(); ) {
                int c = raw.codePointAt(i);
                at[cp++] = b.length();
                boolean bom = c == 0xFEFF && i == 0;
                if (c == '\r') {
                    if (i + 1 >= raw.length() || raw.charAt(i + 1) != '\n') {
                        b.append('\n');
                    }
                } else if (!bom) {
                    b.appendCodePoint(c);
                }
                i += Character.charCount(c);
            }
            at[n] = b.length();
            return new Normalised(b.toString(), at);
        }

        int codePoints() {
            return offsets.length - 1;
        }

        int utf16(int codePoint) {
            return offsets[codePoint];
        }
    }

    // ---- storing -------------------------------------------------------------------------------------

    /** Reads, checks and stores a .qdpx file as a new case, with {@code levels} (null: the project's default). */
    public Result importFile(String name, byte[] bytes, Levels levels) throws IngestException {
        return store(name, read(name, bytes), levels);
    }

    /** Stores a project read by {@link #read} as a new case, in one transaction. */
    public Result store(String name, Project p, Levels levels) throws IngestException {
        Levels use = levels == null ? p.defaultLevels() : levels;
        try {
            return store.transaction(tx -> write(tx, p, use));
        } catch (StoreException e) {
            throw new IngestException(name + " is refused: " + e.getMessage() + " Nothing was imported.", e);
        }
    }

    private static Result write(Repositories tx, Project p, Levels levels) {
        List<String> listed = new ArrayList<>(p.notImported());
        String title = fit(p.name().isBlank() ? "Imported project" : p.name(), 500, "The project's name", listed);
        List<String> caseNotes = new ArrayList<>();
        if (p.description() != null && !p.description().isBlank()) {
            caseNotes.add(p.description().strip());
        }
        caseNotes.addAll(p.notes());
        int[] notes = {p.notes().size()};
        long caseId = tx.cases().create(title, null, null, null).id();
        Map<String, Long> nodes = new HashMap<>();
        Long top = null;
        int[] made = {0};
        if (!p.codes().isEmpty() && !levels.at(0).isTopLevel()) {
            top = tx.outline().append(OutlineNode.of(caseId, null, 0, NodeKind.COUNT, title)).id();
            made[0]++;
        }
        for (Code c : p.codes()) {
            node(tx, caseId, top, c, 0, levels, p.fromClaimBench(), nodes, made, notes, listed);
        }
        int passages = 0;
        int links = 0;
        for (Source s : p.sources()) {
            byte[] original = s.text().getBytes(StandardCharsets.UTF_8);
            String fileName = s.name().replaceAll("[\\\\/:*?\"<>|]", "").strip();
            String docTitle = fit(s.name(), 500, "The name of the source \u201c" + ExchangeCase.shortQuote(s.name()) + "\u201d", listed);
            var doc = tx.documents().insert(caseId, DocumentKind.OTHER, docTitle, fit(fileName.isEmpty() ? "source" : fileName, 490, null, listed) + ".txt",
                    "text/plain", original, s.text(), null);
            tx.recognition().setTextSource(doc.id(), org.claimbench.domain.TextSource.fileText());
            if (!s.notes().isEmpty()) {
                caseNotes.add("On \u201c" + s.name() + "\u201d:\n" + String.join("\n\n", s.notes()));
                notes[0] += s.notes().size();
            }
            for (Selection sel : s.selections()) {
                Passage draft = Anchors.passage(caseId, doc.id(), s.text(), List.of(), List.of(), sel.start(), sel.end(), null);
                String note = sel.notes().isEmpty() ? null : String.join("\n\n", sel.notes());
                notes[0] += sel.notes().size();
                Passage stored = tx.passages().insert(new Passage(0, caseId, doc.id(), draft.start(), draft.end(), draft.quote(),
                        draft.prefix(), draft.suffix(), null, null, null,
                        sel.label() == null ? null : fit(sel.label(), 100, "The label of \u201c" + ExchangeCase.shortQuote(draft.quote()) + "\u201d", listed),
                        null, note, draft.anchor(), draft.created()));
                passages++;
                java.util.Set<Long> linked = new java.util.HashSet<>();
                for (String code : sel.codes()) {
                    Long node = nodes.get(code);
                    if (node != null && linked.add(node)) {
                        tx.passages().link(caseId, stored.id(), node, sel.roles().getOrDefault(code, LinkRole.ASSERTS));
                        links++;
                    }
                }
            }
        }
        if (!caseNotes.isEmpty()) {
            tx.cases().updateCaption(caseId, title, null, null, String.join("\n\n", caseNotes));
        }
        return new Result(caseId, title, p.sources().size(), made[0], passages, links, notes[0], List.copyOf(listed));
    }

    /** {@code s} cut to {@code max} characters (ending in "…"), as a case holds it; the cut is listed when {@code what} names it. */
    static String fit(String s, int max, String what, List<String> listed) {
        if (s.length() <= max) {
            return s;
        }
        int cut = max - 1;
        if (Character.isLowSurrogate(s.charAt(cut))) {
            cut--;
        }
        if (what != null) {
            listed.add(what + " is " + s.length() + " characters long and was shortened to " + max + ".");
        }
        return s.substring(0, cut).stripTrailing() + "\u2026";
    }

    private static void node(Repositories tx, long caseId, Long parent, Code c, int depth, Levels levels, boolean fromClaimBench,
                             Map<String, Long> nodes, int[] made, int[] notes, List<String> listed) {
        NodeKind kind = levels.at(depth);
        if (parent == null && !kind.isTopLevel()) {
            kind = NodeKind.COUNT; // only the top codes are mapped below a count named after the project
        }
        String body = null;
        String legal = null;
        String description = c.description() == null ? null : c.description().strip();
        if (description != null && !description.isEmpty()) {
            if (fromClaimBench) {
                // ClaimBench's own description: "Kind. Support: …", then the legal basis and the node's text
                List<String> rest = new ArrayList<>();
                String[] lines = description.split("\n");
                for (int i = 1; i < lines.length; i++) {
                    if (lines[i].startsWith("Legal basis: ") && legal == null) {
                        legal = lines[i].substring(13).strip();
                    } else {
                        rest.add(lines[i]);
                    }
                }
                body = rest.isEmpty() ? null : String.join("\n", rest).strip();
            } else {
                body = description;
            }
        }
        String note = c.notes().isEmpty() ? null : String.join("\n\n", c.notes());
        notes[0] += c.notes().size();
        String what = "The name of the code \u201c" + ExchangeCase.shortQuote(c.name()) + "\u201d";
        OutlineNode draft = new OutlineNode(0, caseId, parent, 0, kind, fit(c.name(), 1000, what, listed), body == null || body.isEmpty() ? null : body,
                legal == null || legal.isEmpty() ? null : fit(legal, 1000, "Its legal basis", listed), null, note, null, null);
        long id = tx.outline().append(draft).id();
        made[0]++;
        if (!c.guid().isEmpty()) {
            nodes.put(c.guid(), id);
        }
        for (Code k : c.children()) {
            node(tx, caseId, id, k, depth + 1, levels, fromClaimBench, nodes, made, notes, listed);
        }
    }
}
