package org.claimbench.ui.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.claimbench.domain.ChecklistEntry;
import org.claimbench.domain.Citation;
import org.claimbench.domain.CitationKind;
import org.claimbench.domain.Document;
import org.claimbench.domain.EvidenceBasis;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.EvidenceStatus;
import org.claimbench.domain.Link;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.claimbench.domain.Weight;
import org.claimbench.service.CaseEditor;
import org.claimbench.service.CaseSnapshot;
import org.claimbench.ui.session.CaseSession;
import org.claimbench.ui.session.DocumentCache;
import org.claimbench.ui.session.EditController;
import org.claimbench.ui.wording.WordingViewModel;

/** The evidence pane: the selected node's linked passages and checklist, and the edits of both. */
public final class EvidenceViewModel {

    /** A passage linked to a node, with its role and the title of its document. */
    public record LinkedPassage(Passage passage, LinkRole role, String documentTitle) {
    }

    private final CaseSession session;
    private final EditController edits;
    private final CaseEditor editor;
    private final DocumentCache cache;
    private final WordingViewModel wording;

    public EvidenceViewModel(CaseSession session, EditController edits, CaseEditor editor, DocumentCache cache, WordingViewModel wording) {
        this.session = session;
        this.edits = edits;
        this.editor = editor;
        this.cache = cache;
        this.wording = wording;
    }

    // ---- reading -----------------------------------------------------------------------------------

    /** The passages linked to a node, in document order, with their roles. */
    public List<LinkedPassage> linkedPassages(OutlineNode node) {
        CaseSnapshot s = session.current();
        if (s == null || node == null) {
            return List.of();
        }
        Map<Long, Passage> byId = s.passagesById();
        List<LinkedPassage> out = new ArrayList<>();
        for (Link l : s.links()) {
            Passage p = l.nodeId() == node.id() ? byId.get(l.passageId()) : null;
            if (p != null) {
                out.add(new LinkedPassage(p, l.role(), session.documentTitle(p.documentId())));
            }
        }
        out.sort(Comparator.comparingLong((LinkedPassage lp) -> session.documentPosition(lp.passage().documentId()))
                .thenComparingInt(lp -> lp.passage().start()));
        return out;
    }

    /** What the defendant's Answer says of a node ("denied (¶ 12)"), or null when it says nothing of it. */
    public org.claimbench.domain.Disputes.Answered answerOf(OutlineNode node) {
        CaseSnapshot s = session.current();
        return s == null || node == null ? null : session.answers().answered(s).get(node.id());
    }

    /**
     * The words of each response the Answer gives to a node's paragraphs ("¶ 12: Denied — numbered\n“Denied.”"), read
     * from the Answer's text on the interactive lane, then handed to {@code then} with the node they are for.
     */
    public void loadAnswerWords(OutlineNode node, java.util.function.BiConsumer<OutlineNode, List<String>> then) {
        CaseSnapshot s = session.current();
        org.claimbench.domain.Disputes.Answered answered = answerOf(node);
        if (answered == null) {
            return;
        }
        Map<org.claimbench.domain.AnswerResponse, Long> answers = new java.util.HashMap<>();
        for (org.claimbench.domain.AnswerResponse r : answered.responses()) {
            Long a = session.answers().answerOf(s, r);
            if (a != null) {
                answers.put(r, a);
            }
        }
        session.tasks().run("Reading the Answer", () -> {
            List<String> out = new ArrayList<>();
            for (org.claimbench.domain.AnswerResponse r : answered.responses()) {
                Long a = answers.get(r);
                String text = a == null || r.status() == org.claimbench.domain.ResponseStatus.NOT_ANSWERED ? null : cache.view(a).text();
                out.add(org.claimbench.ui.session.AnswerReading.describe(r, org.claimbench.ui.session.AnswerReading.words(text, r)));
            }
            return out;
        }, words -> then.accept(node, words), session::fail);
    }

    /**
     * For a count, whose title is one of the complaint's headings: what the Answer says of the headings ("The headings:
     * Denied — …", with its words). Its words are read from the Answer's text on the interactive lane, then handed to
     * {@code then} with the node they are for. False, and nothing read, when the node is no count or no Answer speaks of
     * the headings.
     */
    public boolean loadHeadingsAnswer(OutlineNode node, java.util.function.BiConsumer<OutlineNode, HeadingsAnswer> then) {
        CaseSnapshot s = session.current();
        if (s == null || node == null || node.kind() != org.claimbench.domain.NodeKind.COUNT) {
            return false;
        }
        CaseSnapshot.Beyond said = null;
        for (org.claimbench.domain.Document d : s.documents()) {
            for (CaseSnapshot.Beyond b : s.beyond(d.id())) {
                said = b.response().scope() == org.claimbench.domain.ResponseScope.HEADINGS ? b : said; // the last one pleaded
            }
        }
        if (said == null) {
            return false;
        }
        var p = said.response();
        var as = new org.claimbench.domain.AnswerResponse(p.scope().label(), p.status(), p.start(), p.end(), p.first(), p.last(),
                p.admitted(), p.form());
        long answerId = said.answerId();
        session.tasks().run("Reading the Answer", () -> new HeadingsAnswer(as.status(), org.claimbench.ui.session.AnswerReading.describe(
                "The headings", as, org.claimbench.ui.session.AnswerReading.words(cache.view(answerId).text(), as))),
                h -> then.accept(node, h), session::fail);
        return true;
    }

    /** What the Answer says of the complaint's headings: its status, and the line that describes it with its words. */
    public record HeadingsAnswer(org.claimbench.domain.ResponseStatus status, String words) {
    }

    /** A node's checklist, in its order. */
    public List<ChecklistRow> checklist(OutlineNode node) {
        CaseSnapshot s = session.current();
        if (s == null || node == null) {
            return List.of();
        }
        Map<Long, EvidenceItem> items = s.evidenceById();
        return s.checklist().stream().filter(e -> e.nodeId() == node.id())
                .sorted(Comparator.comparingInt(ChecklistEntry::position))
                .map(e -> new ChecklistRow(e, items.get(e.evidenceId()))).toList();
    }

    /** Passages of the case's other documents (exhibits, commentary), to offer as evidence. */
    public List<Passage> passagesOutsidePleadings() {
        CaseSnapshot s = session.current();
        if (s == null) {
            return List.of();
        }
        Set<Long> pleadings = new HashSet<>();
        s.documents().stream().filter(d -> d.kind().isPleading()).forEach(d -> pleadings.add(d.id()));
        return s.passages().stream().filter(p -> !pleadings.contains(p.documentId())).toList();
    }

    public String documentTitleOf(long documentId) {
        return session.documentTitle(documentId);
    }

    /** The citations of the case's pleadings, read off the FX thread, then handed to {@code then}. */
    public void loadCitations(Consumer<List<Citation>> then) {
        CaseSnapshot s = session.current();
        if (s == null) {
            return;
        }
        List<Document> pleadings = s.documents().stream().filter(d -> d.kind().isPleading()).toList();
        session.tasks().run("Reading citations", () -> {
            List<Citation> all = new ArrayList<>();
            for (Document d : pleadings) {
                all.addAll(cache.view(d.id()).citations());
            }
            return all;
        }, then, session::fail);
    }

    /**
     * Exhibits and authorities cited in the paragraphs an allegation's passages come from, that its checklist does
     * not hold yet: each one a checklist item to add ("Exhibit C — cited in complaint").
     */
    public List<Citation> suggestedEvidence(OutlineNode n) {
        CaseSnapshot s = session.current();
        if (s == null || n == null || n.kind() != NodeKind.ALLEGATION || !wording.citationsRead()) {
            return List.of();
        }
        Set<String> held = new HashSet<>();
        for (ChecklistRow r : checklist(n)) {
            if (r.item().citationText() != null) {
                held.add(r.item().citationText().toLowerCase(Locale.ROOT));
            }
            held.add(r.item().description().toLowerCase(Locale.ROOT));
        }
        Map<String, Citation> out = new LinkedHashMap<>();
        Set<Long> passageIds = new HashSet<>();
        s.links().stream().filter(l -> l.nodeId() == n.id()).forEach(l -> passageIds.add(l.passageId()));
        for (Passage p : s.passages()) {
            if (passageIds.contains(p.id()) && p.segmentId() != null) {
                for (Citation c : wording.citationsOf(p.segmentId())) {
                    String key = c.text().toLowerCase(Locale.ROOT);
                    if (held.stream().noneMatch(h -> h.contains(key))) {
                        out.putIfAbsent(key, c);
                    }
                }
            }
        }
        return List.copyOf(out.values());
    }

    // ---- edits -------------------------------------------------------------------------------------

    public void addEvidence(OutlineNode node, EvidenceItem draft, EvidenceStatus status, Weight weight, String note) {
        long id = node.id();
        edits.perform(made -> editor.addEvidence(id, draft, status, weight, note, null));
    }

    /** Adds a suggested citation to an allegation's checklist, as cited in the complaint (one undoable edit). */
    public void addSuggestedEvidence(OutlineNode n, Citation c) {
        CaseSnapshot s = session.current();
        if (s == null || n == null) {
            return;
        }
        boolean exhibit = c.kind() == CitationKind.EXHIBIT;
        EvidenceItem draft = new EvidenceItem(0, s.legalCase().id(), c.text() + " \u2014 cited in complaint",
                exhibit ? EvidenceBasis.DOCUMENT : EvidenceBasis.PUBLIC_RECORD, exhibit ? "Attached to the complaint" : null, null, null, c.text());
        addEvidence(n, draft, exhibit ? EvidenceStatus.EXHIBIT_ATTACHED : EvidenceStatus.CITED_IN_COMPLAINT, Weight.MODERATE,
                "Suggested: cited in the paragraph of this allegation.");
    }

    public void updateEvidence(ChecklistEntry entry, EvidenceItem item) {
        edits.perform(made -> editor.updateEvidence(entry, item));
    }

    /** Ticks or unticks the entry as it stands in the store when the edit runs, not as the screen last showed it. */
    public void toggleChecked(ChecklistRow row) {
        long id = row.entry().id();
        edits.perform(made -> editor.toggleChecked(id));
    }

    public void setStatus(ChecklistRow row, EvidenceStatus status) {
        long id = row.entry().id();
        edits.perform(made -> editor.setStatus(id, status));
    }

    public void removeEvidence(ChecklistRow row) {
        long id = row.entry().id();
        edits.perform(made -> editor.removeEvidence(id));
    }

    public void moveEvidence(ChecklistRow row, int position) {
        long id = row.entry().id();
        edits.perform(made -> editor.moveEvidence(id, position));
    }

    /** Links an existing passage (dragged from a list) to a node: "asserts" for a pleading's text, else "supports". */
    public void linkPassage(Passage p, OutlineNode node) {
        if (p == null || node == null) {
            return;
        }
        boolean pleading = session.documents().stream().anyMatch(d -> d.id() == p.documentId() && d.kind().isPleading());
        LinkRole r = pleading ? LinkRole.ASSERTS : LinkRole.SUPPORTS;
        long pid = p.id();
        long nid = node.id();
        edits.perform(made -> editor.link(pid, nid, r));
    }

    public void unlink(Link link) {
        edits.perform(made -> editor.unlink(link));
    }
}
