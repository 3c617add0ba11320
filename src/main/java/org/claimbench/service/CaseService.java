package org.claimbench.service;

import java.util.List;
import java.util.Map;

import org.claimbench.analysis.SupportRules;
import org.claimbench.domain.ChecklistEntry;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.LegalCase;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.SupportLevel;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;

/** Reads and changes cases as wholes. Every method does store work: call it off the UI thread. */
public final class CaseService {

    private final Store store;
    private final CaseArchive archive;

    public CaseService(Store store, CaseArchive archive) {
        this.store = store;
        this.archive = archive;
    }

    /** The store, for the other services of the same window. */
    public Store store() {
        return store;
    }

    public List<LegalCase> cases() {
        return store.cases().list();
    }

    public LegalCase create(String title) {
        return store.cases().create(title, null, null, null);
    }

    /** Reads a case with everything the panes show, and records it as the most recently opened. */
    public CaseSnapshot open(long caseId) {
        markOpened(caseId);
        return snapshot(caseId);
    }

    /**
     * Notes that the case was opened now: the case list puts it first. Not counted as a write (see
     * {@link Store#uncounted}): a case kept is read again with its row, where the time is.
     */
    public void markOpened(long caseId) {
        store.uncounted(() -> store.cases().markOpened(caseId));
    }

    /** A case as read, and the store's write count when the reading began. */
    private record Kept(CaseSnapshot snapshot, long writes) {
    }

    /**
     * The last cases read, on a store that sees every write (docs/decisions/0015): one is read again only when
     * something was written since; otherwise its row alone is read, for its title and the time it was opened.
     */
    private final Map<Long, Kept> kept = new java.util.LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Kept> eldest) {
            return size() > KEPT;
        }
    };

    /** How many cases are kept read: the one on show and the last two, to go back and forth between. */
    static final int KEPT = 3;

    /** The document a case opens on, and the number of its defendants (which its wording flags depend on). */
    public record Opening(long documentId, int defendants) {
    }

    /**
     * What a case will open on: {@code preferred} when the case still has it, otherwise its first document; empty
     * when it has none. Cheap, so that the document can be read while the rest of the case is.
     */
    public java.util.Optional<Opening> opening(long caseId, Long preferred) {
        List<org.claimbench.domain.Document> docs = store.documents().list(caseId);
        if (docs.isEmpty()) {
            return java.util.Optional.empty();
        }
        long id = docs.stream().filter(d -> preferred != null && d.id() == preferred).findFirst().orElse(docs.get(0)).id();
        int defendants = (int) store.cases().parties(caseId).stream()
                .filter(p -> p.role() == org.claimbench.domain.PartyRole.DEFENDANT).count();
        return java.util.Optional.of(new Opening(id, defendants));
    }

    /** A case with everything the panes show, as it is in the store now. */
    public CaseSnapshot snapshot(long caseId) {
        if (!store.seesEveryWrite()) {
            return read(store, caseId); // others write to a team store: what was read may be out of date
        }
        long before = store.writes();
        Kept k;
        synchronized (kept) {
            k = kept.get(caseId);
        }
        if (k != null && k.writes() == before) { // nothing written since it was read
            CaseSnapshot s = k.snapshot().withCase(store.cases().find(caseId).orElseThrow(() -> missing(caseId)));
            if (store.writes() == before) {
                return s;
            }
        }
        CaseSnapshot s = read(store, caseId);
        synchronized (kept) {
            kept.put(caseId, new Kept(s, before));
        }
        return s;
    }

    private static StoreException missing(long caseId) {
        return new StoreException("Case " + caseId + " does not exist. Run `claimbench cases` to list the cases.");
    }

    /**
     * A stamp of each document's text in a case: the number of corrections made to it, which every change of a text
     * after its import adds to (and an undo takes from). Two stamps that differ mean a text changed in between.
     */
    public java.util.Map<Long, Integer> textStamps(long caseId) {
        java.util.Map<Long, Integer> stamps = new java.util.HashMap<>();
        for (org.claimbench.domain.Document d : store.documents().list(caseId)) {
            stamps.put(d.id(), store.recognition().corrections(d.id()).size());
        }
        return stamps;
    }

    /** Whether case {@code caseId} is (still) in the store, as far as the user may see. */
    public boolean exists(long caseId) {
        return store.cases().find(caseId).isPresent();
    }

    /**
     * The last thing done in a case, in words ("BEN changed the outline node “Count I” at 14:02"), where the
     * store keeps a log of who did what (a team store); empty elsewhere.
     */
    public java.util.Optional<String> lastChange(long caseId) {
        return store.activity().latest(caseId).map(e -> e.user() + " " + e.action().toLowerCase(java.util.Locale.ROOT) + " "
                + (!e.action().equals("ADDED") ? "the" : "aeiou".indexOf(e.rowKind().charAt(0)) >= 0 ? "an" : "a") + " " + e.rowKind()
                + (e.description() == null || e.description().isBlank() ? "" : " \u201c" + shorten(e.description()) + "\u201d")
                + " at " + java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(java.time.ZoneId.systemDefault()).format(e.at()));
    }

    private static String shorten(String words) {
        return words.length() <= 60 ? words : words.substring(0, 59).stripTrailing() + "\u2026";
    }

    /** A case as the panes show it, read from the store in one go. */
    static CaseSnapshot read(Store store, long caseId) {
        LegalCase legalCase = store.cases().find(caseId).orElseThrow(() -> missing(caseId));
        List<OutlineNode> outline = store.outline().nodes(caseId);
        List<EvidenceItem> evidence = store.evidence().items(caseId);
        List<ChecklistEntry> checklist = store.evidence().entries(caseId);
        var support = SupportRules.rollUp(outline, checklist, evidence);
        Map<Long, Long> answerOf = new java.util.HashMap<>();
        return new CaseSnapshot(legalCase, store.cases().parties(caseId), store.documents().list(caseId), outline,
                store.passages().forCase(caseId), store.passages().links(caseId), evidence, checklist, support,
                SupportRules.coverage(outline, support), store.flags().forCase(caseId),
                store.carries().forCase(caseId), responsesBySegment(store, caseId, answerOf), answerOf, answered(store, caseId),
                beyond(store, caseId), store.pendingAnnotations().forCase(caseId));
    }

    /** The responses of each complaint's Answers to its headings, prayer and unnumbered text, by the complaint's id. */
    static Map<Long, List<CaseSnapshot.Beyond>> beyond(Store store, long caseId) {
        Map<Long, List<CaseSnapshot.Beyond>> out = new java.util.HashMap<>();
        for (var e : answered(store, caseId).entrySet()) {
            for (org.claimbench.domain.PleadedResponse r : store.answers().pleaded(e.getKey())) {
                if (r.scope() == org.claimbench.domain.ResponseScope.HEADINGS || r.scope() == org.claimbench.domain.ResponseScope.PRAYER
                        || r.scope() == org.claimbench.domain.ResponseScope.UNNUMBERED) {
                    out.computeIfAbsent(e.getValue(), k -> new java.util.ArrayList<>()).add(new CaseSnapshot.Beyond(e.getKey(), r));
                }
            }
        }
        return out;
    }

    /** The complaint each Answer of the case answers, by the Answer's id; an Answer that answers none is left out. */
    static Map<Long, Long> answered(Store store, long caseId) {
        Map<Long, Long> out = new java.util.HashMap<>();
        for (org.claimbench.domain.Document d : store.documents().list(caseId)) {
            if (d.kind() == org.claimbench.domain.DocumentKind.ANSWER) {
                store.answers().answers(d.id()).ifPresent(c -> out.put(d.id(), c));
            }
        }
        return out;
    }

    /**
     * The Answer's response to each numbered paragraph of the complaints answered in the case, by the paragraph's
     * segment id. When two Answers answer one complaint, the later one's responses stand. {@code answerOf} gets the
     * Answer document each response comes from, by the same segment id.
     */
    static Map<Long, org.claimbench.domain.AnswerResponse> responsesBySegment(Store store, long caseId, Map<Long, Long> answerOf) {
        Map<Long, org.claimbench.domain.AnswerResponse> out = new java.util.HashMap<>();
        for (org.claimbench.domain.Document d : store.documents().list(caseId)) {
            if (d.kind() != org.claimbench.domain.DocumentKind.ANSWER) {
                continue;
            }
            java.util.Optional<Long> complaint = store.answers().answers(d.id());
            if (complaint.isEmpty()) {
                continue;
            }
            Map<String, Long> segmentOf = new java.util.HashMap<>();
            for (org.claimbench.domain.Segment s : store.documents().segments(complaint.get())) {
                if (s.kind() == org.claimbench.domain.SegmentKind.NUMBERED_PARAGRAPH && s.label() != null) {
                    segmentOf.putIfAbsent(s.label(), s.id());
                }
            }
            for (org.claimbench.domain.AnswerResponse r : store.answers().responses(d.id())) {
                Long seg = segmentOf.get(r.paragraph());
                if (seg != null) {
                    out.put(seg, r);
                    answerOf.put(seg, d.id());
                }
            }
        }
        return out;
    }

    /** Changes the caption data of a case: its title, court, case number, notes and parties. */
    public Edit editProperties(long caseId, String title, String court, String caseNumber, String notes,
                               List<String> plaintiffs, List<String> defendants) {
        LegalCase before = store.cases().find(caseId).orElseThrow(() -> new StoreException("Case " + caseId + " does not exist."));
        List<org.claimbench.domain.Party> partiesBefore = store.cases().parties(caseId);
        return new Edit() {
            @Override
            public String label() {
                return "Edit case properties";
            }

            @Override
            public void apply() {
                store.transaction(tx -> {
                    tx.cases().updateCaption(caseId, title, court, caseNumber, notes);
                    tx.cases().replaceParties(caseId, org.claimbench.domain.PartyRole.PLAINTIFF, plaintiffs);
                    tx.cases().replaceParties(caseId, org.claimbench.domain.PartyRole.DEFENDANT, defendants);
                    return null;
                });
            }

            @Override
            public void revert() {
                store.transaction(tx -> {
                    tx.cases().updateCaption(caseId, before.title(), before.court(), before.caseNumber(), before.notes());
                    for (org.claimbench.domain.PartyRole role : org.claimbench.domain.PartyRole.values()) {
                        tx.cases().replaceParties(caseId, role, partiesBefore.stream().filter(p -> p.role() == role)
                                .map(org.claimbench.domain.Party::name).toList());
                    }
                    return null;
                });
            }
        };
    }

    /** A copy of the case, everything in it, titled "… (copy)"; returns the copy's id. */
    public long duplicate(long caseId) throws java.io.IOException, org.claimbench.ingest.IngestException {
        LegalCase original = store.cases().find(caseId).orElseThrow(() -> new StoreException("Case " + caseId + " does not exist."));
        long copy = archive.importFile("copy", archive.export(caseId), CaseArchive.Existing.KEEP_BOTH);
        store.cases().updateCaption(copy, original.title() + " (copy)", original.court(), original.caseNumber(), original.notes());
        store.cases().markOpened(copy);
        return copy;
    }

    /**
     * Deletes a case. The returned edit's revert brings it back whole from a case file kept in memory (with new
     * ids), so that a delete can be undone for as long as the window keeps its history.
     */
    public Edit delete(long caseId) throws java.io.IOException {
        byte[] saved = archive.export(caseId);
        String title = store.cases().find(caseId).map(LegalCase::title).orElse("case");
        return new Edit() {
            long restoredId = -1;

            @Override
            public String label() {
                return "Delete case \u201c" + title + "\u201d";
            }

            @Override
            public void apply() {
                store.cases().delete(restoredId > 0 ? restoredId : caseId);
            }

            @Override
            public void revert() {
                try {
                    restoredId = archive.importFile("deleted case", saved, CaseArchive.Existing.KEEP_BOTH);
                    store.cases().markOpened(restoredId);
                } catch (org.claimbench.ingest.IngestException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }

            public long restoredId() {
                return restoredId;
            }
        };
    }

    public java.util.Map<Long, SupportLevel> support(long caseId) {
        return snapshot(caseId).support();
    }
}
