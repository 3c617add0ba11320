package org.claimbench.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.claimbench.domain.AnchorState;
import org.claimbench.domain.ChecklistEntry;
import org.claimbench.domain.FlagDecision;
import org.claimbench.domain.FlagVerdict;
import org.claimbench.domain.Citation;
import org.claimbench.domain.CitationKind;
import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.EvidenceBasis;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.EvidenceStatus;
import org.claimbench.domain.LegalCase;
import org.claimbench.domain.Link;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.PageLine;
import org.claimbench.domain.PartyRole;
import org.claimbench.domain.Passage;
import org.claimbench.domain.PleadedCount;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.claimbench.domain.SourceLine;
import org.claimbench.domain.StandardOfProof;
import org.claimbench.domain.SupportLevel;
import org.claimbench.domain.Weight;
import org.claimbench.ingest.IngestException;
import org.claimbench.service.CaseFileJson.CaseJson;
import org.claimbench.service.CaseFileJson.CitationJson;
import org.claimbench.service.CaseFileJson.CorrectionJson;
import org.claimbench.service.CaseFileJson.CountJson;
import org.claimbench.service.CaseFileJson.DocumentJson;
import org.claimbench.service.CaseFileJson.EntryJson;
import org.claimbench.service.CaseFileJson.EvidenceJson;
import org.claimbench.service.CaseFileJson.FlagJson;
import org.claimbench.service.CaseFileJson.LinkJson;
import org.claimbench.service.CaseFileJson.Manifest;
import org.claimbench.service.CaseFileJson.NodeJson;
import org.claimbench.service.CaseFileJson.PartyJson;
import org.claimbench.service.CaseFileJson.PassageJson;
import org.claimbench.service.CaseFileJson.SegmentJson;
import org.claimbench.service.CaseFileJson.TextSourceJson;
import org.claimbench.service.CaseFileJson.UncertainJson;
import org.claimbench.service.CaseFileJson.WordBoxJson;
import org.claimbench.domain.TextCorrection;
import org.claimbench.domain.TextSource;
import org.claimbench.domain.UncertainWord;
import org.claimbench.store.Repositories;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The portable case file, {@code .claimcase}: a ZIP holding {@code manifest.json}, {@code case.json} (the whole case)
 * and {@code originals/N.bin} (each document's original bytes). Import checks everything before it writes, and
 * writes in one transaction: a bad file changes nothing.
 */
public final class CaseArchive {

    public static final String FORMAT = "claimcase";
    public static final int VERSION = 9;
    static final long MAX_ENTRY = 512L << 20;
    static final long MAX_TOTAL = 1L << 30;
    static final int MAX_ENTRIES = 10_000;
    static final int MAX_RATIO = 200;
    /**
     * Up to this much, a case file may unpack to any multiple of its size: notes and text compress a hundredfold
     * or more, and a real case is far below it. Beyond it, the ratio must stay under {@link #MAX_RATIO} too.
     */
    static final long FREE_UNPACKED = 256L << 20;

    /** What to do when the file's case is already in the store. */
    public enum Existing { KEEP_BOTH, REPLACE }

    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            // a note or a document's text may be as long as an entry may be; nesting stays within Jackson's default
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder().maxStringLength((int) MAX_ENTRY).build())
            .build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Store store;

    public CaseArchive(Store store) {
        this.store = store;
    }

    // ---- export -------------------------------------------------------------------------------------

    public byte[] export(long caseId) throws IOException {
        CaseJson c = toJson(caseId);
        Map<Long, byte[]> originals = new HashMap<>();
        List<Document> docs = store.documents().list(caseId);
        for (int i = 0; i < docs.size(); i++) {
            originals.put((long) i + 1, store.documents().original(docs.get(i).id()));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "manifest.json", JSON.writeValueAsBytes(new Manifest(FORMAT, VERSION, "ClaimBench", Instant.now().toString(), c.title())));
            put(zip, "case.json", JSON.writeValueAsBytes(c));
            for (long i = 1; i <= docs.size(); i++) {
                put(zip, "originals/" + i + ".bin", originals.get(i));
            }
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(315532800000L); // 1980-01-01: the same case gives the same archive
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }

    /** The case as JSON, with ids renumbered from 1 in a stable order, so that export → import → export is exact. */
    CaseJson toJson(long caseId) {
        CaseSnapshot s = CaseService.read(store, caseId);
        LegalCase lc = s.legalCase();
        Map<Long, Long> docIds = new HashMap<>();
        Map<Long, Long> segIds = new HashMap<>();
        Map<Long, Long> passageIds = new HashMap<>();
        Map<Long, Long> nodeIds = new HashMap<>();
        Map<Long, Long> itemIds = new HashMap<>();
        List<DocumentJson> documents = new ArrayList<>();
        for (Document d : s.documents()) {
            docIds.put(d.id(), (long) docIds.size() + 1);
        }
        for (Document d : s.documents()) {
            List<SegmentJson> segments = new ArrayList<>();
            for (Segment seg : store.documents().segments(d.id())) {
                long id = segIds.size() + 1;
                segIds.put(seg.id(), id);
                segments.add(new SegmentJson(id, seg.kind().name(), seg.label(), seg.start(), seg.end(), str(seg.first()), str(seg.last())));
            }
            List<int[]> lines = store.documents().sourceLines(d.id()).stream()
                    .map(l -> new int[] {l.page(), l.line(), l.start(), l.end()}).toList();
            List<CountJson> counts = store.documents().counts(d.id()).stream().map(c -> new CountJson(c.label(), c.title(), c.against(),
                    c.segmentId() == null ? null : segIds.get(c.segmentId()), c.startLabel(), c.incorporates())).toList();
            List<CitationJson> citations = store.documents().citations(d.id()).stream().map(c -> new CitationJson(
                    c.segmentId() == null ? null : segIds.get(c.segmentId()), c.kind().name(), c.text(), c.start(), c.end())).toList();
            TextSource ts = store.recognition().textSource(d.id());
            TextSourceJson source = new TextSourceJson(ts.kind(), ts.engine(), ts.language(), ts.pages(), ts.pagesRecognised(), ts.words(),
                    ts.meanConfidence(), ts.uncertainWords());
            List<UncertainJson> uncertain = store.recognition().uncertainWords(d.id()).stream()
                    .map(w -> new UncertainJson(w.start(), w.end(), w.confidence())).toList();
            List<CorrectionJson> corrections = store.recognition().corrections(d.id()).stream()
                    .map(k -> new CorrectionJson(k.start(), k.end(), k.original(), k.replacement(), k.confidence(), k.created().toString())).toList();
            List<WordBoxJson> boxes = store.recognition().boxes(d.id()).stream().map(b -> new WordBoxJson(b.page(), b.start(), b.end(),
                    b.left(), b.top(), b.right(), b.bottom(), b.confidence())).toList();
            documents.add(new DocumentJson(docIds.get(d.id()), d.kind().name(), d.title(), d.fileName(), d.mediaType(), d.sha256(),
                    "originals/" + docIds.get(d.id()) + ".bin", d.supersedesId() == null ? null : docIds.get(d.supersedesId()),
                    d.created().toString(), store.documents().text(d.id()), lines, segments, counts, citations, source, uncertain,
                    corrections, d.shortName(), boxes.isEmpty() ? null : boxes, captionParties(store, d),
                    store.answers().answers(d.id()).map(docIds::get).orElse(null), responses(store, d), defenses(store, d), pleaded(store, d)));
        }
        List<OutlineNode> ordered = treeOrder(s.outline());
        List<NodeJson> outline = new ArrayList<>();
        for (OutlineNode n : ordered) {
            nodeIds.put(n.id(), (long) nodeIds.size() + 1);
            outline.add(new NodeJson(nodeIds.get(n.id()), n.parentId() == null ? null : nodeIds.get(n.parentId()), n.kind().name(), n.title(),
                    n.body(), n.legalBasis(), n.standardOfProof() == null ? null : n.standardOfProof().name(), n.note(),
                    n.supportOverride() == null ? null : n.supportOverride().name(), n.overrideReason()));
        }
        List<Passage> passagesOrdered = new ArrayList<>(s.passages());
        passagesOrdered.sort(Comparator.comparingLong((Passage p) -> docIds.get(p.documentId())).thenComparingInt(Passage::start)
                .thenComparingInt(Passage::end).thenComparingLong(Passage::id));
        List<PassageJson> passages = new ArrayList<>();
        for (Passage p : passagesOrdered) {
            passageIds.put(p.id(), (long) passageIds.size() + 1);
            passages.add(new PassageJson(passageIds.get(p.id()), docIds.get(p.documentId()), p.start(), p.end(), p.quote(), p.prefix(),
                    p.suffix(), p.segmentId() == null ? null : segIds.get(p.segmentId()), str(p.first()), str(p.last()), p.label(),
                    p.color(), p.note(), p.anchor().name(), p.created().toString()));
        }
        List<LinkJson> links = s.links().stream().map(l -> new LinkJson(passageIds.get(l.passageId()), nodeIds.get(l.nodeId()),
                l.role().name(), l.created().toString()))
                .sorted(Comparator.comparingLong(LinkJson::passage).thenComparingLong(LinkJson::node).thenComparing(LinkJson::role)).toList();
        List<EvidenceJson> evidence = new ArrayList<>();
        for (EvidenceItem e : s.evidence()) {
            itemIds.put(e.id(), (long) itemIds.size() + 1);
            evidence.add(new EvidenceJson(itemIds.get(e.id()), e.description(), e.basis().name(), e.potentialSource(),
                    e.sourceDocumentId() == null ? null : docIds.get(e.sourceDocumentId()),
                    e.sourcePassageId() == null ? null : passageIds.get(e.sourcePassageId()), e.citationText()));
        }
        List<EntryJson> checklist = s.checklist().stream()
                .sorted(Comparator.comparingLong((ChecklistEntry e) -> nodeIds.get(e.nodeId())).thenComparingInt(ChecklistEntry::position))
                .map(e -> new EntryJson(nodeIds.get(e.nodeId()), itemIds.get(e.evidenceId()), e.status().name(), e.weight().name(),
                        e.checked(), e.note())).toList();
        List<PartyJson> parties = s.parties().stream().map(p -> new PartyJson(p.role().name(), p.name())).toList();
        List<FlagJson> flags = s.flagDecisions().stream().map(f -> new FlagJson(docIds.get(f.documentId()), f.start(), f.end(), f.kind(),
                f.text(), f.verdict().name(), f.note(), f.decided().toString()))
                .sorted(Comparator.comparingLong(FlagJson::document).thenComparingInt(FlagJson::start).thenComparingInt(FlagJson::end)
                        .thenComparing(FlagJson::kind)).toList();
        List<CaseFileJson.CarryJson> carries = s.carries().stream().map(k -> new CaseFileJson.CarryJson(docIds.get(k.fromDocumentId()),
                docIds.get(k.toDocumentId()), passageIds.get(k.passageId()), k.state().name(), k.start(), k.end(), k.candidate(),
                k.similarity(), k.decision().name(), k.carriedPassageId() == null ? null : passageIds.get(k.carriedPassageId()),
                k.decided() == null ? null : k.decided().toString())).toList();
        List<CaseFileJson.QueuedAnnotationJson> queued = s.annotationsQueued().stream().map(a -> new CaseFileJson.QueuedAnnotationJson(
                docIds.get(a.documentId()), a.sourceName(), a.annotationRef(), a.quote(), a.prefix(), a.suffix(), a.positionStart(),
                a.positionEnd(), a.label(), a.note(), a.tags().stream().map(t -> new CaseFileJson.TagJson(t.title(),
                        t.role() == null ? null : t.role().name())).toList(), a.state().name(), a.start(), a.end(), a.candidate(),
                a.similarity(), a.decision().name(), a.carriedPassageId() == null ? null : passageIds.get(a.carriedPassageId()),
                a.decided() == null ? null : a.decided().toString())).toList();
        return new CaseJson(lc.title(), lc.court(), lc.caseNumber(), lc.notes(), lc.created().toString(), lc.updated().toString(),
                parties, documents, outline, passages, links, evidence, checklist, flags, carries.isEmpty() ? null : carries,
                queued.isEmpty() ? null : queued);
    }

    private static List<CaseFileJson.ResponseJson> responses(Store store, Document d) {
        List<CaseFileJson.ResponseJson> r = store.answers().responses(d.id()).stream().map(a -> new CaseFileJson.ResponseJson(a.paragraph(),
                a.status().name(), a.start(), a.end(), str(a.first()), str(a.last()), a.admitted(), a.form())).toList();
        return r.isEmpty() ? null : r;
    }

    private static List<CaseFileJson.PleadedJson> pleaded(Store store, Document d) {
        List<CaseFileJson.PleadedJson> r = store.answers().pleaded(d.id()).stream().map(a -> new CaseFileJson.PleadedJson(a.scope().name(),
                a.paragraphs().isEmpty() ? null : a.paragraphs(), a.status().name(), a.start(), a.end(), str(a.first()), str(a.last()),
                a.admitted(), a.form())).toList();
        return r.isEmpty() ? null : r;
    }

    private static List<CaseFileJson.DefenseJson> defenses(Store store, Document d) {
        List<CaseFileJson.DefenseJson> r = store.answers().defenses(d.id()).stream().map(a -> new CaseFileJson.DefenseJson(a.ordinal(),
                a.title(), a.start(), a.end(), str(a.first()), str(a.last()))).toList();
        return r.isEmpty() ? null : r;
    }

    private static List<PartyJson> captionParties(Store store, Document d) {
        List<PartyJson> named = store.documents().parties(d.id(), d.caseId()).stream().map(p -> new PartyJson(p.role().name(), p.name())).toList();
        return named.isEmpty() ? null : named;
    }

    private static List<OutlineNode> treeOrder(List<OutlineNode> nodes) {
        Map<Long, List<OutlineNode>> children = new HashMap<>();
        nodes.forEach(n -> children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n));
        children.values().forEach(l -> l.sort(Comparator.comparingInt(OutlineNode::position).thenComparingLong(OutlineNode::id)));
        List<OutlineNode> out = new ArrayList<>();
        add(null, children, out);
        return out;
    }

    private static void add(Long parent, Map<Long, List<OutlineNode>> children, List<OutlineNode> out) {
        for (OutlineNode n : children.getOrDefault(parent, List.of())) {
            out.add(n);
            add(n.id(), children, out);
        }
    }

    private static String str(PageLine pl) {
        return pl == null ? null : pl.toString();
    }

    // ---- import -------------------------------------------------------------------------------------

    /**
     * A case file read and checked, not yet stored; {@code changed} says, one sentence a line, which names lose
     * control or direction-override characters when it is stored (see {@link #clean}).
     */
    public record Checked(Manifest manifest, CaseJson caseJson, Map<String, byte[]> originals, List<String> changed) {
    }

    /** Reads and checks a case file; throws with a message a user can act on, and stores nothing. */
    public static Checked read(String name, byte[] bytes) throws IngestException {
        return read(name, bytes, null);
    }

    /** Like {@link #read(String, byte[])}, for a file that may be sealed with {@code password}. */
    public static Checked read(String name, byte[] bytes, char[] password) throws IngestException {
        if (Sealed.isSealed(bytes)) {
            if (password == null) {
                throw new PasswordNeeded(name);
            }
            bytes = Sealed.open(name, bytes, password);
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw new IngestException(name + " is not a ClaimBench case file: it is not a ZIP archive.");
        }
        Map<String, byte[]> entries = unzip(name, bytes, "case file");
        byte[] manifestBytes = entries.get("manifest.json");
        byte[] caseBytes = entries.get("case.json");
        if (manifestBytes == null || caseBytes == null) {
            throw new IngestException(name + " is not a ClaimBench case file: it has no " + (manifestBytes == null ? "manifest" : "case data") + ".");
        }
        com.fasterxml.jackson.databind.JsonNode manifestTree = parse(name, "manifest", manifestBytes, com.fasterxml.jackson.databind.JsonNode.class);
        com.fasterxml.jackson.databind.JsonNode format = manifestTree.get("format");
        if (format == null || !format.isTextual() || !FORMAT.equals(format.textValue())) {
            throw new IngestException(name + " is not a ClaimBench case file (its manifest names the format "
                    + (format == null ? "nothing" : "\u201c" + shortened(clean(format.asText())) + "\u201d") + ").");
        }
        com.fasterxml.jackson.databind.JsonNode version = manifestTree.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            throw new IngestException(name + " is refused: its manifest's format version is "
                    + (version == null ? "missing" : "\u201c" + shortened(clean(version.toString())) + "\u201d")
                    + "; it must be a whole number from 1 to " + VERSION + ", without quotes. Ask for a new copy of the case file. Nothing was imported.");
        }
        Manifest manifest = parse(name, "manifest", manifestBytes, Manifest.class);
        if (manifest.version() > VERSION) {
            throw new IngestException(name + " was made by a newer version of ClaimBench (case file format " + manifest.version()
                    + "; this version reads up to " + VERSION + "). Update ClaimBench to open it.");
        }
        CaseJson c = parse(name, "case data", caseBytes, CaseJson.class);
        check(name, c, entries);
        return new Checked(manifest, c, entries, changedNames(c));
    }

    /**
     * The entries of a ZIP archive by name, checked as every archive from outside is: no entry that points outside it
     * (an absolute path, "..", a drive or a back-slash), no entry twice, at most {@link #MAX_ENTRIES} entries, and no
     * unpacking far beyond the archive's own size (a ZIP bomb). {@code what} names the kind of file in the messages
     * ("case file", "REFI-QDA project"). Throws with a message a user can act on.
     */
    static Map<String, byte[]> unzip(String name, byte[] bytes, String what) throws IngestException {
        Map<String, byte[]> entries = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String entry = e.getName();
                if (entry.contains("..") || entry.startsWith("/") || entry.contains("\\") || entry.contains(":") || entry.contains("\0")) {
                    throw new IngestException(name + " is refused: its entry \"" + entry + "\" points outside the archive.");
                }
                if (entries.size() >= MAX_ENTRIES) {
                    throw new IngestException(name + " is refused: it has more than " + MAX_ENTRIES + " entries.");
                }
                if (e.isDirectory()) {
                    continue;
                }
                if (entries.containsKey(entry)) {
                    throw new IngestException(name + " is refused: the entry \"" + entry + "\" appears twice.");
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buf = new byte[64 * 1024];
                long size = 0;
                for (int n; (n = zip.read(buf)) > 0; ) {
                    size += n;
                    total += n;
                    if (size > MAX_ENTRY || total > MAX_TOTAL || total > FREE_UNPACKED && total > (long) bytes.length * MAX_RATIO) {
                        throw new IngestException(name + " is refused: it unpacks to far more than its own size, as a ZIP bomb does.");
                    }
                    out.write(buf, 0, n);
                }
                entries.put(entry, out.toByteArray());
            }
        } catch (IngestException ex) {
            throw ex;
        } catch (IOException | RuntimeException ex) {
            // the library's account of the damage goes to the log; the user is told what kind of damage it is
            org.slf4j.LoggerFactory.getLogger(CaseArchive.class).warn("A " + what + " could not be unpacked", ex);
            String why = ex instanceof java.io.EOFException || String.valueOf(ex.getMessage()).contains("EOF") ? "it ends before its last part"
                    : ex instanceof java.util.zip.ZipException ? "its compressed contents are broken" : "its contents are broken";
            throw new IngestException(name + " is damaged or incomplete and cannot be opened: " + why + ". Ask for a new copy of the " + what + ".", ex);
        }
        if (entries.isEmpty()) {
            throw new IngestException(name + " is damaged or incomplete: the archive holds nothing. Ask for a new copy of the " + what + ".");
        }
        return entries;
    }

    /**
     * Whether a character is left out of a name: C0 and C1 control characters other than tab and line breaks (NUL,
     * escape…), and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can
     * make a name read differently from what it is.
     */
    static boolean unwanted(int ch) {
        return ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch >= 0x7f && ch <= 0x9f
                || ch >= 0x202a && ch <= 0x202e || ch >= 0x2066 && ch <= 0x2069;
    }

    /** A name without its {@link #unwanted} characters. */
    static String clean(String name) {
        if (name == null || name.chars().noneMatch(CaseArchive::unwanted)) {
            return name;
        }
        StringBuilder b = new StringBuilder(name.length());
        name.chars().filter(ch -> !unwanted(ch)).forEach(ch -> b.append((char) ch));
        return b.toString();
    }

    /** One sentence for each name that {@link #clean} changes. */
    private static List<String> changedNames(CaseJson c) {
        List<String> out = new ArrayList<>();
        changed(out, "The case title", c.title());
        changed(out, "The court", c.court());
        changed(out, "The case number", c.caseNumber());
        for (PartyJson p : nz(c.parties())) {
            changed(out, "A party's name", p.name());
        }
        for (DocumentJson d : nz(c.documents())) {
            changed(out, "The title of document " + d.id(), d.title());
            changed(out, "The file name of document " + d.id(), d.fileName());
            changed(out, "The short name of document " + d.id(), d.shortName());
        }
        for (NodeJson n : nz(c.outline())) {
            changed(out, "The title of outline node " + n.id(), n.title());
        }
        for (PassageJson p : nz(c.passages())) {
            changed(out, "The label of highlight " + p.id(), p.label());
        }
        for (EvidenceJson e : nz(c.evidence())) {
            changed(out, "The description of evidence item " + e.id(), e.description());
        }
        return List.copyOf(out);
    }

    private static void changed(List<String> out, String what, String name) {
        String cleaned = clean(name);
        if (cleaned == null || cleaned.equals(name)) {
            return;
        }
        String codes = name.chars().filter(CaseArchive::unwanted).distinct()
                .mapToObj(ch -> String.format("U+%04X", ch)).collect(java.util.stream.Collectors.joining(", "));
        long count = name.chars().filter(CaseArchive::unwanted).count();
        out.add(what + " had " + count + (count == 1 ? " control or direction-override character" : " control or direction-override characters")
                + " (" + codes + "), left out: it reads \u201c" + shortened(cleaned) + "\u201d.");
    }

    /** Jackson's limit message without the library's own names: "Document nesting depth (1001) exceeds…". */
    static String plainLimit(String message) {
        String m = message == null ? "" : message;
        int from = m.indexOf(", from `");
        if (from < 0) {
            from = m.indexOf(" (from `");
        }
        if (from >= 0) {
            int close = m.indexOf('`', from + 8);
            m = m.substring(0, from) + (close >= 0 && close + 1 < m.length() ? m.substring(close + 1) : "");
        }
        return m.replace("Document nesting depth", "nesting depth").replaceAll("\\s*\\)\\s*$", ")").strip();
    }

    private static <T> T parse(String name, String what, byte[] bytes, Class<T> type) throws IngestException {
        try {
            T value = JSON.readValue(bytes, type);
            if (value == null) {
                throw new IngestException(name + " is damaged: its " + what + " is empty.");
            }
            return value;
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new IngestException(name + " is refused: its " + what + " is nested or sized beyond what a case file holds ("
                    + plainLimit(e.getOriginalMessage()) + "). Ask for a new copy of the case file.", e);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException c) {
                throw new IngestException(name + " is refused: its " + what + " is nested or sized beyond what a case file holds ("
                        + plainLimit(c.getOriginalMessage()) + "). Ask for a new copy of the case file.", e);
            }
            throw new IngestException(name + " is damaged: its " + what + " is not valid JSON (" + e.getOriginalMessage() + ").", e);
        } catch (IOException e) {
            throw new IngestException(name + " is damaged: its " + what + " cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /** Every id unique, every reference known, every original present with the hash it claims. */
    /** Every kind, status and date the file names is one ClaimBench knows, before anything is written. */
    private static void checkValues(String name, CaseJson c) throws IngestException {
        date(name, "the case's creation date", c.created(), false);
        date(name, "the case's last change", c.updated(), false);
        if (Instant.parse(c.updated()).isBefore(Instant.parse(c.created()))) {
            throw new IngestException(name + " is refused: the case's last change, " + c.updated() + ", is before its creation, "
                    + c.created() + "; a case cannot change before it exists. Nothing was imported.");
        }
        for (PartyJson p : nz(c.parties())) {
            known(name, "a party's role", p.role(), PartyRole.class, false);
        }
        for (DocumentJson d : nz(c.documents())) {
            known(name, "the kind of document \u201c" + d.title() + "\u201d", d.kind(), DocumentKind.class, false);
            date(name, "the import date of \u201c" + d.title() + "\u201d", d.created(), true);
            for (SegmentJson sg : nz(d.segments())) {
                known(name, "the kind of a segment of \u201c" + d.title() + "\u201d", sg.kind(), SegmentKind.class, false);
            }
            for (CitationJson ct : nz(d.citations())) {
                known(name, "the kind of a citation in \u201c" + d.title() + "\u201d", ct.kind(), CitationKind.class, false);
            }
            TextSourceJson ts = d.textSource();
            if (ts != null && !List.of(TextSource.TEXT_LAYER, TextSource.FILE_TEXT, TextSource.OCR, TextSource.MIXED).contains(ts.kind())) {
                throw new IngestException(name + " is refused: how the text of \u201c" + d.title() + "\u201d was obtained is "
                        + (ts.kind() == null ? "missing" : "\u201c" + shortened(ts.kind()) + "\u201d")
                        + "; ClaimBench knows text layer, file text, OCR, mixed. Nothing was imported.");
            }
            if (ts != null && (ts.pages() < 0 || ts.pagesRecognised() < 0 || ts.pagesRecognised() > ts.pages() || ts.words() < 0
                    || ts.uncertainWords() < 0 || ts.meanConfidence() < 0 || ts.meanConfidence() > 100)) {
                throw new IngestException(name + " is refused: the recognition figures of \u201c" + d.title()
                        + "\u201d are impossible (pages, words or confidence out of range). Nothing was imported.");
            }
            for (CorrectionJson k : nz(d.corrections())) {
                date(name, "the date of a correction of \u201c" + d.title() + "\u201d", k.created(), false);
            }
            String shortName = clean(d.shortName());
            if (shortName != null && (shortName.isBlank() || shortName.length() > org.claimbench.domain.ShortNames.MAX)) {
                throw new IngestException(name + " is refused: the short name of \u201c" + shortened(clean(d.title())) + "\u201d is "
                        + (shortName.isBlank() ? "blank" : shortName.length() + " characters long") + "; a short name has 1 to "
                        + org.claimbench.domain.ShortNames.MAX + " characters, or is left out. Nothing was imported.");
            }
        }
        for (NodeJson n : nz(c.outline())) {
            String node = "outline node \u201c" + n.title() + "\u201d";
            known(name, "the kind of " + node, n.kind(), NodeKind.class, false);
            known(name, "the standard of proof of " + node, n.standardOfProof(), StandardOfProof.class, true);
            known(name, "the support set by hand on " + node, n.supportOverride(), SupportLevel.class, true);
        }
        for (PassageJson p : nz(c.passages())) {
            known(name, "a highlight's anchor", p.anchor(), AnchorState.class, false);
            date(name, "a highlight's date", p.created(), false);
        }
        for (LinkJson l : nz(c.links())) {
            known(name, "a link's role", l.role(), LinkRole.class, false);
            date(name, "a link's date", l.created(), false);
        }
        for (EvidenceJson e : nz(c.evidence())) {
            known(name, "the basis of evidence item \u201c" + e.description() + "\u201d", e.basis(), EvidenceBasis.class, false);
        }
        for (EntryJson e : nz(c.checklist())) {
            known(name, "a checklist entry's status", e.status(), EvidenceStatus.class, false);
            known(name, "a checklist entry's weight", e.weight(), Weight.class, false);
        }
        for (FlagJson f : nz(c.flagDecisions())) {
            known(name, "a decision on a wording flag", f.verdict(), FlagVerdict.class, false);
            date(name, "the date of a decision on a wording flag", f.decided(), true);
        }
    }

    private static <E extends Enum<E>> void known(String name, String what, String value, Class<E> type, boolean optional)
            throws IngestException {
        if (value == null && optional) {
            return;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return;
            }
        }
        String allowed = java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .collect(java.util.stream.Collectors.joining(", "));
        throw new IngestException(name + " is refused: " + what + " is " + (value == null ? "missing" : "\u201c" + shortened(value) + "\u201d")
                + "; ClaimBench knows " + allowed + ". Nothing was imported.");
    }

    private static void date(String name, String what, String value, boolean optional) throws IngestException {
        if (value == null && optional) {
            return;
        }
        try {
            Instant.parse(value);
        } catch (RuntimeException e) {
            throw new IngestException(name + " is refused: " + what + " is " + (value == null ? "missing" : "\u201c" + shortened(value) + "\u201d")
                    + ", not a date and time such as 2024-03-01T09:30:00Z. Nothing was imported.");
        }
    }

    private static String shortened(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "\u2026" : v;
    }

    private static void check(String name, CaseJson c, Map<String, byte[]> entries) throws IngestException {
        if (c.title() == null || clean(c.title()).isBlank()) {
            throw new IngestException(name + " is damaged: its case has no title.");
        }
        checkValues(name, c);
        Set<Long> docs = unique(name, "document", nz(c.documents()).stream().map(DocumentJson::id).toList());
        Set<Long> segs = unique(name, "segment", nz(c.documents()).stream().flatMap(d -> nz(d.segments()).stream()).map(SegmentJson::id).toList());
        Set<Long> nodes = unique(name, "outline node", nz(c.outline()).stream().map(NodeJson::id).toList());
        Set<Long> passages = unique(name, "passage", nz(c.passages()).stream().map(PassageJson::id).toList());
        Set<Long> items = unique(name, "evidence item", nz(c.evidence()).stream().map(EvidenceJson::id).toList());
        for (DocumentJson d : nz(c.documents())) {
            byte[] original = entries.get(d.original());
            if (original == null) {
                throw new IngestException(name + " is damaged: the original of \"" + d.title() + "\" is missing.");
            }
            if (!sha256(original).equals(d.sha256())) {
                throw new IngestException(name + " is damaged or was altered: the original of \"" + d.title()
                        + "\" does not match its recorded SHA-256. Ask for a new copy.");
            }
            refs(name, "document", d.supersedes(), docs);
            String text = d.text() == null ? "" : d.text();
            for (SegmentJson s : nz(d.segments())) {
                range(name, "segment", s.start(), s.end(), text.length());
            }
            for (CountJson ct : nz(d.counts())) {
                refs(name, "segment", ct.segment(), segs);
            }
            for (CitationJson ct : nz(d.citations())) {
                refs(name, "segment", ct.segment(), segs);
                range(name, "citation", ct.start(), ct.end(), text.length());
            }
            int previousEnd = 0;
            for (UncertainJson w : nz(d.uncertainWords())) {
                range(name, "word marked uncertain", w.start(), w.end(), text.length());
                if (w.end() <= w.start() || w.start() < previousEnd || w.confidence() < 0 || w.confidence() > 100) {
                    throw new IngestException(name + " is damaged: the words of \u201c" + d.title()
                            + "\u201d marked uncertain overlap, are out of order, or have a confidence outside 0\u2013100.");
                }
                previousEnd = w.end();
            }
            int boxEnd = 0;
            for (WordBoxJson b : nz(d.wordBoxes())) {
                range(name, "recognised word", b.start(), b.end(), text.length());
                if (b.end() <= b.start() || b.start() < boxEnd || b.page() < 1 || !(b.left() >= 0 && b.top() >= 0 && b.right() >= b.left()
                        && b.bottom() >= b.top()) || !(b.confidence() >= 0 && b.confidence() <= 100)) {
                    throw new IngestException(name + " is damaged: the places of the recognised words of “" + d.title()
                            + "” overlap, are out of order, lie off their page, or have a confidence outside 0–100.");
                }
                boxEnd = b.end();
            }
            for (CorrectionJson k : nz(d.corrections())) {
                range(name, "correction", k.start(), k.end(), text.length());
                if (k.original() == null || k.replacement() == null || k.original().length() > CaseEditor.MAX_CORRECTION
                        || !text.substring(k.start(), k.end()).equals(k.replacement())) {
                    throw new IngestException(name + " is damaged: a correction of \u201c" + d.title() + "\u201d does not match its document's text.");
                }
            }
        }
        Map<Long, DocumentJson> byId = new HashMap<>();
        nz(c.documents()).forEach(d -> byId.put(d.id(), d));
        Map<Long, Long> supersedes = new HashMap<>();
        for (DocumentJson d : nz(c.documents())) {
            if (d.supersedes() != null && d.supersedes() == d.id()) {
                throw new IngestException(name + " is refused: document \u201c" + shortened(clean(d.title()))
                        + "\u201d supersedes itself. Nothing was imported.");
            }
            supersedes.put(d.id(), d.supersedes());
        }
        Long inDocLoop = loop(supersedes);
        if (inDocLoop != null) {
            throw new IngestException(name + " is refused: document \u201c" + shortened(clean(byId.get(inDocLoop).title()))
                    + "\u201d and the documents it supersedes supersede each other in a loop. Nothing was imported.");
        }
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, NodeJson> nodeById = new HashMap<>();
        for (NodeJson n : nz(c.outline())) {
            refs(name, "outline node", n.parent(), nodes);
            if (n.parent() != null && n.parent() == n.id()) {
                throw new IngestException(name + " is refused: outline node \u201c" + shortened(clean(n.title()))
                        + "\u201d is its own parent. Nothing was imported.");
            }
            parents.put(n.id(), n.parent());
            nodeById.put(n.id(), n);
        }
        Long inNodeLoop = loop(parents);
        if (inNodeLoop != null) {
            throw new IngestException(name + " is refused: outline node \u201c" + shortened(clean(nodeById.get(inNodeLoop).title()))
                    + "\u201d is among its own ancestors (its parents form a loop). Nothing was imported.");
        }
        for (PassageJson p : nz(c.passages())) {
            refs(name, "document", p.document(), docs);
            refs(name, "segment", p.segment(), segs);
            String text = byId.get(p.document()).text();
            range(name, "passage", p.start(), p.end(), text.length());
            // a highlight made before its words were corrected keeps its quote as they were read
            if (!AnchorState.CORRECTED.name().equals(p.anchor()) && !text.substring(p.start(), p.end()).equals(p.quote())) {
                throw new IngestException(name + " is damaged: a passage's quote does not match its document's text.");
            }
        }
        for (LinkJson l : nz(c.links())) {
            refs(name, "passage", l.passage(), passages);
            refs(name, "outline node", l.node(), nodes);
        }
        for (EvidenceJson e : nz(c.evidence())) {
            refs(name, "document", e.sourceDocument(), docs);
            refs(name, "passage", e.sourcePassage(), passages);
        }
        for (EntryJson e : nz(c.checklist())) {
            refs(name, "outline node", e.node(), nodes);
            refs(name, "evidence item", e.evidence(), items);
        }
        Set<String> flags = new HashSet<>();
        for (FlagJson f : nz(c.flagDecisions())) {
            refs(name, "document", f.document(), docs);
            String text = byId.get(f.document()).text();
            if (f.end() <= f.start()) {
                throw new IngestException(name + " is damaged: a wording flag decision has an empty span.");
            }
            range(name, "wording flag", f.start(), f.end(), text.length());
            if (!text.substring(f.start(), f.end()).equals(f.text())) {
                throw new IngestException(name + " is damaged: a wording flag's words do not match its document's text.");
            }
            if (f.kind() == null || f.kind().isBlank() || !FlagVerdict.CONFIRMED.name().equals(f.verdict())
                    && !FlagVerdict.DISMISSED.name().equals(f.verdict())) {
                throw new IngestException(name + " is damaged: a wording flag decision has no kind or an unknown verdict \""
                        + f.verdict() + "\".");
            }
            if (f.decided() != null) {
                try {
                    Instant.parse(f.decided());
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IngestException(name + " is damaged: a wording flag decision has the time \"" + f.decided()
                            + "\", which is not an ISO-8601 instant.");
                }
            }
            if (!flags.add(f.document() + ":" + f.start() + ":" + f.end() + ":" + f.kind())) {
                throw new IngestException(name + " is damaged: it decides the same wording flag twice.");
            }
        }
        Set<String> carried = new HashSet<>();
        for (CaseFileJson.CarryJson k : nz(c.carries())) {
            refs(name, "document", k.from(), docs);
            refs(name, "document", k.to(), docs);
            refs(name, "passage", k.passage(), passages);
            refs(name, "passage", k.carried(), passages);
            String text = byId.get(k.to()).text();
            boolean place = k.start() != -1 || k.end() != -1 || k.candidate() != null;
            if (k.from() == k.to() || !carried.add(k.to() + ":" + k.passage())
                    || !known(org.claimbench.domain.CarryState.class, k.state()) || !known(org.claimbench.domain.CarryDecision.class, k.decision())
                    || !(k.similarity() >= 0 && k.similarity() <= 1)
                    || k.carried() != null && known(org.claimbench.domain.CarryDecision.class, k.decision())
                    && !org.claimbench.domain.CarryDecision.valueOf(k.decision()).carried()
                    || place && (k.start() < 0 || k.end() <= k.start() || k.end() > text.length() || k.candidate() == null
                    || !text.substring(k.start(), k.end()).equals(k.candidate()))) {
                throw new IngestException(name + " is damaged: a highlight carried into an amended pleading has an unknown state or "
                        + "decision, a place outside its document, or words that do not match. Nothing was imported.");
            }
            date(name, "the date of a decision on a carried highlight", k.decided(), true);
        }
        for (CaseFileJson.QueuedAnnotationJson q : nz(c.annotationQueue())) {
            refs(name, "document", q.document(), docs);
            refs(name, "passage", q.passage(), passages);
            String text = byId.get(q.document()).text();
            boolean place = q.start() != -1 || q.end() != -1 || q.candidate() != null;
            boolean state = "CHANGED".equals(q.state()) || "ORPHANED".equals(q.state());
            boolean decision = known(org.claimbench.domain.CarryDecision.class, q.decision()) && !"AUTO".equals(q.decision());
            if (!state || !decision || q.quote() == null || q.quote().isEmpty() || q.source() == null || q.source().isBlank()
                    || !(q.similarity() >= 0 && q.similarity() <= 1)
                    || q.passage() != null && !org.claimbench.domain.CarryDecision.valueOf(q.decision()).carried()
                    || (q.positionStart() == null) != (q.positionEnd() == null)
                    || q.positionStart() != null && (q.positionStart() < 0 || q.positionEnd() < q.positionStart())
                    || q.label() != null && q.label().length() > 100 || q.source().length() > 500
                    || q.annotation() != null && q.annotation().length() > 2000
                    || nz(q.tags()).stream().anyMatch(t -> t == null || t.title() == null
                            || t.role() != null && !known(org.claimbench.domain.LinkRole.class, t.role()))
                    || place && (q.start() < 0 || q.end() <= q.start() || q.end() > text.length() || q.candidate() == null
                    || !text.substring(q.start(), q.end()).equals(q.candidate()))) {
                throw new IngestException(name + " is damaged: a web annotation waiting in the review queue has an unknown state or "
                        + "decision, a place outside its document, or words that do not match. Nothing was imported.");
            }
            date(name, "the date of a decision on a web annotation in the review queue", q.decided(), true);
        }
        for (DocumentJson d : nz(c.documents())) {
            refs(name, "document", d.answers(), docs);
            if (d.answers() == null && !nz(d.responses()).isEmpty() || d.answers() != null && d.answers() == d.id()) {
                throw new IngestException(name + " is damaged: the Answer \u201c" + d.title() + "\u201d has responses but answers no "
                        + "complaint, or answers itself. Nothing was imported.");
            }
            int length = d.text() == null ? 0 : d.text().length();
            Set<String> answered = new HashSet<>();
            for (CaseFileJson.ResponseJson r : nz(d.responses())) {
                boolean none = "NOT_ANSWERED".equals(r.status());
                if (!known(org.claimbench.domain.ResponseStatus.class, r.status()) || r.paragraph() == null || r.paragraph().isBlank()
                        || r.paragraph().length() > 20 || !answered.add(r.paragraph())
                        || (none ? r.start() != -1 || r.end() != -1 : r.start() < 0 || r.end() <= r.start() || r.end() > length)) {
                    throw new IngestException(name + " is damaged: a response of the Answer \u201c" + d.title() + "\u201d has an unknown "
                            + "status, no paragraph, a paragraph answered twice, or a span outside its text. Nothing was imported.");
                }
            }
            for (CaseFileJson.PleadedJson q : nz(d.pleaded())) {
                boolean named = "PARAGRAPHS".equals(q.scope());
                if (!known(org.claimbench.domain.ResponseScope.class, q.scope()) || !known(org.claimbench.domain.ResponseStatus.class, q.status())
                        || "NOT_ANSWERED".equals(q.status()) || named == nz(q.paragraphs()).isEmpty()
                        || nz(q.paragraphs()).stream().anyMatch(x -> x == null || x.isBlank() || x.length() > 20 || x.contains("\n"))
                        || q.start() < 0 || q.end() <= q.start() || q.end() > length) {
                    throw new IngestException(name + " is damaged: a response pleaded in \u201c" + d.title() + "\u201d has an unknown "
                            + "scope or status, paragraphs where it names none (or none where it must), or a span outside its text. "
                            + "Nothing was imported.");
                }
            }
            Set<Integer> ordinals = new HashSet<>();
            for (CaseFileJson.DefenseJson f : nz(d.defenses())) {
                if (f.ordinal() < 1 || !ordinals.add(f.ordinal()) || f.title() == null || f.title().isBlank() || f.start() < 0
                        || f.end() < f.start() || f.end() > length) {
                    throw new IngestException(name + " is damaged: an affirmative defense of \u201c" + d.title() + "\u201d has no "
                            + "title, a repeated number, or a span outside its text. Nothing was imported.");
                }
            }
        }
    }

    private static <E extends Enum<E>> boolean known(Class<E> type, String value) {
        try {
            Enum.valueOf(type, value == null ? "" : value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A member of a loop in {@code next} (each id to the one it points at, or null), or null when there is none. */
    private static Long loop(Map<Long, Long> next) {
        Set<Long> clear = new HashSet<>();
        for (Long start : next.keySet()) {
            Set<Long> path = new HashSet<>();
            for (Long at = start; at != null && !clear.contains(at); at = next.get(at)) {
                if (!path.add(at)) {
                    return at;
                }
            }
            clear.addAll(path);
        }
        return null;
    }

    private static Set<Long> unique(String name, String what, List<Long> ids) throws IngestException {
        Set<Long> seen = new HashSet<>();
        for (Long id : ids) {
            if (!seen.add(id)) {
                throw new IngestException(name + " is damaged: two " + what + "s have the same id, " + id + ".");
            }
        }
        return seen;
    }

    private static void refs(String name, String what, Long id, Set<Long> known) throws IngestException {
        if (id != null && !known.contains(id)) {
            throw new IngestException(name + " is damaged: it refers to " + what + " " + id + ", which it does not contain.");
        }
    }

    private static void range(String name, String what, int start, int end, int length) throws IngestException {
        if (start < 0 || end < start || end > length) {
            throw new IngestException(name + " is damaged: a " + what + " lies outside its document's text.");
        }
    }

    private static <T> List<T> nz(List<T> l) {
        return l == null ? List.of() : l;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The case of the store that a file's case already is: same title and same creation time. */
    public Optional<LegalCase> existing(Checked file) {
        return store.cases().list().stream().filter(c -> c.title().equals(clean(file.caseJson().title()))
                && c.created().toString().equals(file.caseJson().created())).findFirst();
    }

    /** Stores a checked case file as a case, in one transaction; returns the new case's id. */
    public long store(Checked file, Existing existing) {
        Optional<LegalCase> same = existing(file);
        // kept beside the case already here, the copy is told apart by its title: "Doe v. Acme (2)"
        String title = existing == Existing.KEEP_BOTH && same.isPresent() ? freeTitle(same.get().title()) : clean(file.caseJson().title());
        return store.transaction(tx -> {
            if (existing == Existing.REPLACE && same.isPresent()) {
                tx.cases().delete(same.get().id());
            }
            return write(tx, file, title);
        });
    }

    /** {@code title} with the first number " (n)", from 2, that no case of the store has yet. */
    private String freeTitle(String title) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        store.cases().list().forEach(c -> taken.add(c.title()));
        String base = title.replaceFirst(" \\(\\d+\\)$", "");
        for (int n = 2; ; n++) {
            String candidate = base + " (" + n + ")";
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** Stores a file read by {@link #read}; a value the store's rules refuse is named, and nothing is kept. */
    public long importChecked(String name, Checked file, Existing existing) throws IngestException {
        return storeNamed(name, file, existing);
    }

    public long importFile(String name, byte[] bytes, Existing existing) throws IngestException {
        return storeNamed(name, read(name, bytes), existing);
    }

    public long importFile(String name, byte[] bytes, char[] password, Existing existing) throws IngestException {
        return storeNamed(name, read(name, bytes, password), existing);
    }

    /** Stores a checked file; a value the store's rules refuse is named, with the file, and nothing is kept. */
    private long storeNamed(String name, Checked file, Existing existing) throws IngestException {
        try {
            return store(file, existing);
        } catch (StoreException e) {
            String why = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^The store refused it: ", "");
            throw new IngestException(name + " is refused: " + (why.isEmpty() ? why : Character.toLowerCase(why.charAt(0)) + why.substring(1))
                    + " Nothing was imported.", e);
        }
    }

    /** The case file is sealed with a password, and none was given. */
    public static final class PasswordNeeded extends IngestException {
        public PasswordNeeded(String name) {
            super(name + " is encrypted. Enter its password to open it.");
        }
    }

    private static long write(Repositories tx, Checked f, String title) {
        CaseJson c = f.caseJson();
        long caseId = tx.cases().importCase(title, clean(c.court()), clean(c.caseNumber()), c.notes(), Instant.parse(c.created()),
                Instant.parse(c.updated()));
        for (PartyRole role : PartyRole.values()) {
            tx.cases().replaceParties(caseId, role, nz(c.parties()).stream().filter(p -> p.role().equals(role.name()))
                    .map(p -> clean(p.name())).toList());
        }
        Map<Long, Long> docs = new HashMap<>();
        Map<Long, Long> segs = new HashMap<>();
        for (DocumentJson d : nz(c.documents())) {
            // a document may supersede one listed after it: that link is made once both are stored
            Document doc = tx.documents().insert(caseId, DocumentKind.valueOf(d.kind()), clean(d.title()), clean(d.fileName()), d.mediaType(),
                    f.originals().get(d.original()), d.text(), d.supersedes() == null ? null : docs.get(d.supersedes()));
            docs.put(d.id(), doc.id());
            tx.documents().setCreated(doc.id(), Instant.parse(d.created()));
            if (d.shortName() != null) {
                tx.documents().setShortName(doc.id(), clean(d.shortName()));
            }
            TextSourceJson ts = d.textSource();
            tx.recognition().setTextSource(doc.id(), ts != null
                    ? new TextSource(ts.kind(), ts.engine(), ts.language(), ts.pages(), ts.pagesRecognised(), ts.words(), ts.meanConfidence(),
                    ts.uncertainWords())
                    : "application/pdf".equals(d.mediaType()) ? TextSource.textLayer(0) : TextSource.fileText());
            tx.recognition().insertUncertain(doc.id(), nz(d.uncertainWords()).stream()
                    .map(w -> new UncertainWord(w.start(), w.end(), w.confidence())).toList());
            tx.recognition().insertBoxes(doc.id(), nz(d.wordBoxes()).stream().map(b -> new org.claimbench.domain.RecognisedBox(b.page(),
                    b.start(), b.end(), b.left(), b.top(), b.right(), b.bottom(), b.confidence())).toList());
            for (CorrectionJson k : nz(d.corrections())) {
                tx.recognition().insertCorrection(new TextCorrection(0, doc.id(), k.start(), k.end(), k.original(), k.replacement(),
                        k.confidence(), Instant.parse(k.created())));
            }
            List<SourceLine> lines = new ArrayList<>();
            for (int[] l : nz(d.lines())) {
                lines.add(new SourceLine(lines.size(), l[0], l[1], l[2], l[3]));
            }
            tx.documents().insertSourceLines(doc.id(), lines);
            List<Segment> segments = new ArrayList<>();
            int ordinal = 0;
            for (SegmentJson s : nz(d.segments())) {
                segments.add(new Segment(0, doc.id(), ordinal++, SegmentKind.valueOf(s.kind()), s.label(), s.start(), s.end(),
                        pageLine(s.first()), pageLine(s.last())));
            }
            List<Segment> stored = tx.documents().insertSegments(doc.id(), segments);
            for (int i = 0; i < stored.size(); i++) {
                segs.put(d.segments().get(i).id(), stored.get(i).id());
            }
            List<PleadedCount> counts = new ArrayList<>();
            for (CountJson ct : nz(d.counts())) {
                counts.add(new PleadedCount(0, doc.id(), counts.size() + 1, ct.label(), ct.title(), nz(ct.against()),
                        ct.segment() == null ? null : segs.get(ct.segment()), ct.startParagraph(), nz(ct.incorporates())));
            }
            tx.documents().insertCounts(doc.id(), counts);
            tx.documents().insertCitations(doc.id(), nz(d.citations()).stream().map(ct -> new Citation(0, doc.id(),
                    ct.segment() == null ? null : segs.get(ct.segment()), CitationKind.valueOf(ct.kind()), ct.text(), ct.start(), ct.end())).toList());
        }
        for (DocumentJson d : nz(c.documents())) {
            if (d.supersedes() != null && isAfter(c.documents(), d.supersedes(), d.id())) {
                tx.documents().setSupersedes(docs.get(d.id()), docs.get(d.supersedes()));
            }
        }
        Map<Long, Long> nodes = new HashMap<>();
        for (NodeJson n : parentsFirst(nz(c.outline()))) {
            OutlineNode node = new OutlineNode(0, caseId, n.parent() == null ? null : nodes.get(n.parent()), 0, NodeKind.valueOf(n.kind()),
                    clean(n.title()), n.body(), n.legalBasis(), n.standardOfProof() == null ? null : StandardOfProof.valueOf(n.standardOfProof()),
                    n.note(), n.supportOverride() == null ? null : SupportLevel.valueOf(n.supportOverride()), n.overrideReason());
            nodes.put(n.id(), tx.outline().append(node).id());
        }
        Map<Long, Long> passages = new HashMap<>();
        for (PassageJson p : nz(c.passages())) {
            Passage stored = tx.passages().insert(new Passage(0, caseId, docs.get(p.document()), p.start(), p.end(), p.quote(),
                    p.prefix() == null ? "" : p.prefix(), p.suffix() == null ? "" : p.suffix(), p.segment() == null ? null : segs.get(p.segment()),
                    pageLine(p.first()), pageLine(p.last()), clean(p.label()), p.color(), p.note(), AnchorState.valueOf(p.anchor()), Instant.parse(p.created())));
            passages.put(p.id(), stored.id());
        }
        for (LinkJson l : nz(c.links())) {
            tx.passages().restoreLink(new Link(0, caseId, passages.get(l.passage()), nodes.get(l.node()), LinkRole.valueOf(l.role()),
                    Instant.parse(l.created())));
        }
        Map<Long, Long> items = new HashMap<>();
        for (EvidenceJson e : nz(c.evidence())) {
            items.put(e.id(), tx.evidence().insertItem(new EvidenceItem(0, caseId, clean(e.description()), EvidenceBasis.valueOf(e.basis()),
                    e.potentialSource(), e.sourceDocument() == null ? null : docs.get(e.sourceDocument()),
                    e.sourcePassage() == null ? null : passages.get(e.sourcePassage()), e.citationText())).id());
        }
        for (EntryJson e : nz(c.checklist())) {
            tx.evidence().addEntry(new ChecklistEntry(0, caseId, nodes.get(e.node()), items.get(e.evidence()), 0,
                    EvidenceStatus.valueOf(e.status()), Weight.valueOf(e.weight()), e.checked(), e.note()));
        }
        for (DocumentJson d : nz(c.documents())) {
            for (PartyRole role : PartyRole.values()) {
                tx.documents().insertParties(docs.get(d.id()), role, nz(d.captionParties()).stream()
                        .filter(p -> role.name().equals(p.role())).map(p -> clean(p.name())).toList());
            }
        }
        for (DocumentJson d : nz(c.documents())) {
            if (d.answers() != null) {
                tx.answers().setAnswers(docs.get(d.id()), docs.get(d.answers()));
                tx.answers().insertResponses(docs.get(d.id()), docs.get(d.answers()), nz(d.responses()).stream()
                        .map(r -> new org.claimbench.domain.AnswerResponse(r.paragraph(), org.claimbench.domain.ResponseStatus.valueOf(r.status()),
                                r.start(), r.end(), pageLine(r.first()), pageLine(r.last()), r.admitted(), r.form())).toList());
            }
            tx.answers().insertPleaded(docs.get(d.id()), nz(d.pleaded()).stream().map(q -> new org.claimbench.domain.PleadedResponse(
                    org.claimbench.domain.ResponseScope.valueOf(q.scope()), nz(q.paragraphs()), org.claimbench.domain.ResponseStatus.valueOf(q.status()),
                    q.start(), q.end(), pageLine(q.first()), pageLine(q.last()), q.admitted(), q.form())).toList());
            tx.answers().insertDefenses(docs.get(d.id()), nz(d.defenses()).stream().map(g -> new org.claimbench.domain.AffirmativeDefense(
                    g.ordinal(), clean(g.title()), g.start(), g.end(), pageLine(g.first()), pageLine(g.last()))).toList());
        }
        for (CaseFileJson.CarryJson k : nz(c.carries())) {
            tx.carries().insert(new org.claimbench.domain.PassageCarry(0, caseId, docs.get(k.from()), docs.get(k.to()), passages.get(k.passage()),
                    org.claimbench.domain.CarryState.valueOf(k.state()), k.start(), k.end(), k.candidate(), k.similarity(),
                    org.claimbench.domain.CarryDecision.valueOf(k.decision()), k.carried() == null ? null : passages.get(k.carried()),
                    k.decided() == null ? null : Instant.parse(k.decided())));
        }
        for (CaseFileJson.QueuedAnnotationJson q : nz(c.annotationQueue())) {
            tx.pendingAnnotations().insert(new org.claimbench.domain.AnnotationPending(0, caseId, docs.get(q.document()), q.source(),
                    q.annotation(), q.quote(), q.prefix(), q.suffix(), q.positionStart(), q.positionEnd(), q.label(), q.note(),
                    nz(q.tags()).stream().map(t -> new org.claimbench.domain.AnnotationPending.TagRef(t.title(),
                            t.role() == null ? null : org.claimbench.domain.LinkRole.valueOf(t.role()))).toList(),
                    org.claimbench.domain.CarryState.valueOf(q.state()), q.start(), q.end(), q.candidate(), q.similarity(),
                    org.claimbench.domain.CarryDecision.valueOf(q.decision()), q.passage() == null ? null : passages.get(q.passage()),
                    q.decided() == null ? null : Instant.parse(q.decided())));
        }
        for (FlagJson fl : nz(c.flagDecisions())) {
            tx.flags().save(new FlagDecision(0, caseId, docs.get(fl.document()), fl.start(), fl.end(), fl.kind(), fl.text(),
                    FlagVerdict.valueOf(fl.verdict()), fl.note(), fl.decided() == null ? null : Instant.parse(fl.decided())));
        }
        tx.cases().setTimes(caseId, Instant.parse(c.created()), Instant.parse(c.updated()));
        return caseId;
    }

    /** Whether the document {@code later} is listed after {@code than}. */
    private static boolean isAfter(List<DocumentJson> documents, long later, long than) {
        for (DocumentJson d : documents) {
            if (d.id() == than) {
                return true;
            }
            if (d.id() == later) {
                return false;
            }
        }
        return false;
    }

    /** The outline nodes with every parent before its children, siblings in the file's order (the file has no loop). */
    private static List<NodeJson> parentsFirst(List<NodeJson> outline) {
        Map<Long, List<NodeJson>> children = new HashMap<>();
        outline.forEach(n -> children.computeIfAbsent(n.parent(), k -> new ArrayList<>()).add(n));
        List<NodeJson> out = new ArrayList<>(outline.size());
        java.util.ArrayDeque<NodeJson> todo = new java.util.ArrayDeque<>();
        List<NodeJson> roots = children.getOrDefault(null, List.of());
        for (int i = roots.size() - 1; i >= 0; i--) {
            todo.push(roots.get(i));
        }
        while (!todo.isEmpty()) {
            NodeJson n = todo.pop();
            out.add(n);
            List<NodeJson> kids = children.getOrDefault(n.id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                todo.push(kids.get(i));
            }
        }
        return out;
    }

    private static PageLine pageLine(String s) {
        if (s == null) {
            return null;
        }
        String[] parts = s.split(":");
        return new PageLine(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

}
