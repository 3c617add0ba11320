package org.claimbench.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.claimbench.analysis.Anchors;
import org.claimbench.analysis.WordingScreen;
import org.claimbench.domain.ChecklistEntry;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.EvidenceStatus;
import org.claimbench.domain.FlagDecision;
import org.claimbench.domain.FlagVerdict;
import org.claimbench.domain.Link;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.claimbench.domain.Segment;
import org.claimbench.domain.Weight;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;

/**
 * Makes the edits of the working loop: highlights, links, outline nodes, evidence. Each method returns an
 * {@link Edit} that is not yet applied; applying commits it at once, in one transaction. Undoing and redoing write
 * only over the rows as the edit (or its undo) left them ({@link Store#undoing}): an undo of an edit someone else has
 * changed since is refused with a {@link org.claimbench.store.StaleEdit}, and nothing of it is written.
 */
public final class CaseEditor {

    private final Store store;

    public CaseEditor(Store store) {
        this.store = store;
    }

    // ---- passages -----------------------------------------------------------------------------------

    /** A new passage over [start, end) of a document, with its quote, context, paragraph and page:line span. */
    public Passage draftPassage(long documentId, int start, int end) {
        var doc = store.documents().find(documentId).orElseThrow(() -> new StoreException("Document " + documentId + " does not exist."));
        String text = store.documents().text(documentId);
        return Anchors.passage(doc.caseId(), documentId, text, store.documents().segments(documentId),
                store.documents().sourceLines(documentId), start, end, null);
    }

    /** Highlight: a new passage. {@code onCreated} hears of the stored passage. */
    public Edit highlight(long documentId, int start, int end, Consumer<Passage> onCreated) {
        Passage draft = draftPassage(documentId, start, end);
        return new Edit() {
            Passage made;

            @Override
            public String label() {
                return "Highlight";
            }

            @Override
            public void apply() {
                made = made == null ? store.passages().insert(draft) : store.passages().restore(made);
                touch(made.caseId());
                if (onCreated != null) {
                    onCreated.accept(made);
                }
            }

            @Override
            public void revert() {
                store.undoing(() -> store.passages().delete(made.id()));
                touch(made.caseId());
            }
        };
    }

    /** Deletes a highlight with its links; undo brings both back, and re-points evidence that cited it. */
    public Edit deletePassage(long passageId) {
        Passage passage = store.passages().find(passageId).orElseThrow(() -> new StoreException("That highlight no longer exists."));
        List<Link> links = store.passages().links(passage.caseId()).stream().filter(l -> l.passageId() == passageId).toList();
        List<EvidenceItem> citing = store.evidence().items(passage.caseId()).stream()
                .filter(i -> i.sourcePassageId() != null && i.sourcePassageId() == passageId).toList();
        return new Edit() {
            @Override
            public String label() {
                return "Delete highlight";
            }

            @Override
            public void apply() {
                store.passages().delete(passageId);
                touch(passage.caseId());
            }

            @Override
            public void revert() {
                store.transaction(tx -> {
                    tx.passages().restore(passage);
                    links.forEach(tx.passages()::restoreLink);
                    citing.forEach(tx.evidence()::updateItem);
                    return null;
                });
                touch(passage.caseId());
            }
        };
    }

    /** Changes a highlight's note, or its extent (quote, context and page:line follow). */
    public Edit updatePassage(long passageId, int start, int end, String note) {
        Passage before = store.passages().find(passageId).orElseThrow(() -> new StoreException("That highlight no longer exists."));
        Passage moved = before.start() == start && before.end() == end ? before : draftPassage(before.documentId(), start, end);
        Passage after = new Passage(before.id(), before.caseId(), before.documentId(), moved.start(), moved.end(), moved.quote(),
                moved.prefix(), moved.suffix(), moved.segmentId(), moved.first(), moved.last(), before.label(), before.color(),
                note == null || note.isBlank() ? null : note.strip(), before.anchor(), before.created());
        return simple(before.start() == start && before.end() == end ? "Edit note" : "Change highlight", before.caseId(),
                () -> store.passages().update(after), () -> store.passages().update(before));
    }

    // ---- links --------------------------------------------------------------------------------------

    public Edit link(long passageId, long nodeId, LinkRole role) {
        Passage p = store.passages().find(passageId).orElseThrow(() -> new StoreException("That highlight no longer exists."));
        if (store.passages().findLink(passageId, nodeId, role).isPresent()) {
            throw new Unchanged("That passage is already linked to that node (it " + role.name().toLowerCase(java.util.Locale.ROOT) + " it).");
        }
        return new Edit() {
            Link made;

            @Override
            public String label() {
                return "Link";
            }

            @Override
            public void apply() {
                made = made == null ? store.passages().link(p.caseId(), passageId, nodeId, role) : store.passages().restoreLink(made);
                touch(p.caseId());
            }

            @Override
            public void revert() {
                store.undoing(() -> store.passages().unlink(made.id()));
                touch(p.caseId());
            }
        };
    }

    public Edit unlink(Link link) {
        return simple("Unlink", link.caseId(), () -> store.passages().unlink(link.id()), () -> store.passages().restoreLink(link));
    }

    /**
     * New allegation from selection: a passage over the selection, an allegation whose text is the passage, under
     * {@code parentId}, and the link between them that says the passage asserts it.
     */
    public Edit newAllegationFromSelection(long documentId, int start, int end, Long parentId, Consumer<OutlineNode> onCreated) {
        Passage draft = draftPassage(documentId, start, end);
        Segment segment = draft.segmentId() == null ? null
                : store.documents().segments(documentId).stream().filter(s -> s.id() == draft.segmentId()).findFirst().orElse(null);
        String cite = segment == null ? null : segment.cite();
        String quote = draft.quote().replace('\n', ' ').strip();
        String title = (cite == null ? "" : cite + " ") + (quote.length() > 120 ? quote.substring(0, 119) + "\u2026" : quote);
        OutlineNode nodeDraft = OutlineNode.of(draft.caseId(), parentId, 0, NodeKind.ALLEGATION, title).withBody(quote);
        return new Edit() {
            Passage passage;
            OutlineNode node;
            Link link;

            @Override
            public String label() {
                return "New allegation from selection";
            }

            @Override
            public void apply() {
                store.transaction(tx -> {
                    passage = passage == null ? tx.passages().insert(draft) : tx.passages().restore(passage);
                    node = node == null ? tx.outline().append(nodeDraft) : tx.outline().restore(node);
                    link = link == null ? tx.passages().link(draft.caseId(), passage.id(), node.id(), LinkRole.ASSERTS)
                            : tx.passages().restoreLink(link);
                    tx.cases().touch(draft.caseId());
                    return null;
                });
                if (onCreated != null) {
                    onCreated.accept(node);
                }
            }

            @Override
            public void revert() {
                store.undoing(() -> store.transaction(tx -> {
                    tx.outline().delete(node.id());
                    tx.passages().delete(passage.id());
                    tx.cases().touch(draft.caseId());
                    return null;
                }));
            }
        };
    }

    // ---- outline ------------------------------------------------------------------------------------

    /** Adds a node at the end of its parent's children. */
    public Edit addNode(OutlineNode draft, Consumer<OutlineNode> onCreated) {
        return new Edit() {
            OutlineNode made;

            @Override
            public String label() {
                return "New " + draft.kind().name().toLowerCase();
            }

            @Override
            public void apply() {
                made = made == null ? store.outline().append(draft) : store.outline().restore(made);
                touch(draft.caseId());
                if (onCreated != null) {
                    onCreated.accept(made);
                }
            }

            @Override
            public void revert() {
                store.undoing(() -> store.outline().delete(made.id()));
                touch(draft.caseId());
            }
        };
    }

    /** Changes a node's own fields: title, text, legal basis, standard of proof, note, override. */
    public Edit updateNode(OutlineNode after) {
        OutlineNode before = store.outline().find(after.id()).orElseThrow(() -> new StoreException("That node no longer exists."));
        String label = after.supportOverride() != before.supportOverride() ? "Override support level" : "Edit " + before.kind().name().toLowerCase();
        return simple(label, before.caseId(), () -> store.outline().update(after), () -> store.outline().update(before));
    }

    /** Deletes a node with its subtree; undo restores the nodes, their links and their checklists. */
    public Edit deleteNode(long nodeId) {
        OutlineNode root = store.outline().find(nodeId).orElseThrow(() -> new StoreException("That node no longer exists."));
        long caseId = root.caseId();
        List<OutlineNode> all = store.outline().nodes(caseId);
        Map<Long, List<OutlineNode>> children = new HashMap<>();
        all.forEach(n -> children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n));
        List<OutlineNode> subtree = new ArrayList<>();
        collect(root, children, subtree);
        java.util.Set<Long> ids = new java.util.HashSet<>();
        subtree.forEach(n -> ids.add(n.id()));
        List<Link> links = store.passages().links(caseId).stream().filter(l -> ids.contains(l.nodeId())).toList();
        List<ChecklistEntry> entries = store.evidence().entries(caseId).stream().filter(e -> ids.contains(e.nodeId())).toList();
        return new Edit() {
            @Override
            public String label() {
                return "Delete " + root.kind().name().toLowerCase();
            }

            @Override
            public void apply() {
                store.outline().delete(nodeId);
                touch(caseId);
            }

            @Override
            public void revert() {
                store.transaction(tx -> {
                    subtree.forEach(tx.outline()::restore); // parents come before their children
                    links.forEach(tx.passages()::restoreLink);
                    entries.forEach(tx.evidence()::restoreEntry);
                    tx.cases().touch(caseId);
                    return null;
                });
            }
        };
    }

    private static void collect(OutlineNode n, Map<Long, List<OutlineNode>> children, List<OutlineNode> out) {
        out.add(n);
        for (OutlineNode c : children.getOrDefault(n.id(), List.of())) {
            collect(c, children, out);
        }
    }

    /** Moves a node under another parent (null: top level), at {@code index} among its new siblings. */
    public Edit moveNode(long nodeId, Long newParentId, int index) {
        OutlineNode node = store.outline().find(nodeId).orElseThrow(() -> new StoreException("That node no longer exists."));
        List<OutlineNode> siblings = store.outline().nodes(node.caseId()).stream()
                .filter(n -> java.util.Objects.equals(n.parentId(), node.parentId()))
                .sorted(Comparator.comparingInt(OutlineNode::position).thenComparingLong(OutlineNode::id)).toList();
        int oldIndex = siblings.indexOf(node);
        return simple("Move " + node.kind().name().toLowerCase(), node.caseId(),
                () -> store.outline().move(nodeId, newParentId, index),
                () -> store.outline().move(nodeId, node.parentId(), oldIndex));
    }

    // ---- evidence -----------------------------------------------------------------------------------

    /** Adds an evidence item to a node's checklist. */
    public Edit addEvidence(long nodeId, EvidenceItem draft, EvidenceStatus status, Weight weight, String note,
                            Consumer<ChecklistEntry> onCreated) {
        return new Edit() {
            EvidenceItem item;
            ChecklistEntry entry;

            @Override
            public String label() {
                return "Add evidence";
            }

            @Override
            public void apply() {
                store.transaction(tx -> {
                    item = item == null ? tx.evidence().insertItem(draft) : tx.evidence().restoreItem(item);
                    entry = entry == null ? tx.evidence().addEntry(new ChecklistEntry(0, draft.caseId(), nodeId, item.id(), 0, status,
                            weight, false, note == null || note.isBlank() ? null : note.strip())) : tx.evidence().restoreEntry(entry);
                    tx.cases().touch(draft.caseId());
                    return null;
                });
                if (onCreated != null) {
                    onCreated.accept(entry);
                }
            }

            @Override
            public void revert() {
                store.undoing(() -> store.transaction(tx -> {
                    tx.evidence().deleteEntry(entry.id()); // not one someone else has changed since
                    tx.evidence().deleteItem(item.id());
                    tx.cases().touch(draft.caseId());
                    return null;
                }));
            }
        };
    }

    /** Changes an entry's status, weight, tick or note, and its item's description, basis and source. */
    public Edit updateEvidence(ChecklistEntry entry, EvidenceItem item) {
        ChecklistEntry entryBefore = store.evidence().findEntry(entry.id()).orElseThrow(() -> new StoreException("That entry no longer exists."));
        EvidenceItem itemBefore = store.evidence().findItem(item.id()).orElseThrow(() -> new StoreException("That item no longer exists."));
        String label = entryBefore.checked() != entry.checked() ? (entry.checked() ? "Tick" : "Untick")
                : entryBefore.status() != entry.status() ? "Set status" : "Edit evidence";
        return simple(label, entry.caseId(), () -> store.transaction(tx -> {
            tx.evidence().updateEntry(entry);
            tx.evidence().updateItem(item);
            return null;
        }), () -> store.transaction(tx -> {
            tx.evidence().updateEntry(entryBefore);
            tx.evidence().updateItem(itemBefore);
            return null;
        }));
    }

    /**
     * Ticks an unticked entry, or unticks a ticked one, as the entry stands when the edit is made: two ticks in
     * quick succession give back the state before them.
     */
    public Edit toggleChecked(long entryId) {
        ChecklistEntry before = store.evidence().findEntry(entryId).orElseThrow(() -> new StoreException("That entry no longer exists."));
        ChecklistEntry after = new ChecklistEntry(before.id(), before.caseId(), before.nodeId(), before.evidenceId(), before.position(),
                before.status(), before.weight(), !before.checked(), before.note());
        return simple(after.checked() ? "Tick" : "Untick", before.caseId(), () -> store.evidence().updateEntry(after),
                () -> store.evidence().updateEntry(before));
    }

    /** Sets an entry's status, keeping everything else of the entry as it stands when the edit is made. */
    public Edit setStatus(long entryId, EvidenceStatus status) {
        ChecklistEntry before = store.evidence().findEntry(entryId).orElseThrow(() -> new StoreException("That entry no longer exists."));
        ChecklistEntry after = new ChecklistEntry(before.id(), before.caseId(), before.nodeId(), before.evidenceId(), before.position(),
                status, before.weight(), before.checked(), before.note());
        return simple("Set status", before.caseId(), () -> store.evidence().updateEntry(after), () -> store.evidence().updateEntry(before));
    }

    /** Removes an entry from a checklist; an item that no other checklist uses goes with it. */
    public Edit removeEvidence(long entryId) {
        ChecklistEntry entry = store.evidence().findEntry(entryId).orElseThrow(() -> new StoreException("That entry no longer exists."));
        EvidenceItem item = store.evidence().findItem(entry.evidenceId()).orElseThrow();
        boolean lastUse = store.evidence().entries(entry.caseId()).stream().noneMatch(e -> e.evidenceId() == item.id() && e.id() != entryId);
        return simple("Remove evidence", entry.caseId(), () -> store.transaction(tx -> {
            tx.evidence().deleteEntry(entryId);
            if (lastUse) {
                tx.evidence().deleteItem(item.id());
            }
            return null;
        }), () -> store.transaction(tx -> {
            if (lastUse) {
                tx.evidence().restoreItem(item);
            }
            tx.evidence().restoreEntry(entry);
            return null;
        }));
    }

    public Edit moveEvidence(long entryId, int position) {
        ChecklistEntry entry = store.evidence().findEntry(entryId).orElseThrow(() -> new StoreException("That entry no longer exists."));
        List<ChecklistEntry> list = store.evidence().entriesFor(entry.nodeId());
        int oldIndex = list.stream().map(ChecklistEntry::id).toList().indexOf(entryId);
        return simple("Reorder evidence", entry.caseId(), () -> store.evidence().moveEntry(entryId, position),
                () -> store.evidence().moveEntry(entryId, oldIndex));
    }

    // ---- wording flags ------------------------------------------------------------------------------

    /**
     * Records the user's decision on a wording flag of a document: confirmed, dismissed, or (verdict null) not yet
     * decided. Undo puts back the decision there was before.
     */
    public Edit decideFlag(long documentId, WordingScreen.Flag flag, FlagVerdict verdict, String note) {
        var doc = store.documents().find(documentId).orElseThrow(() -> new StoreException("That document no longer exists."));
        String text = store.documents().text(documentId);
        if (flag.end() > text.length() || !text.substring(flag.start(), flag.end()).equals(flag.text())) {
            throw new StoreException("That flag's words are not in the document at the place named; reopen the document and try again.");
        }
        FlagDecision before = store.flags().find(documentId, flag.start(), flag.end(), flag.kind()).orElse(null);
        FlagDecision draft = verdict == null ? null
                : new FlagDecision(0, doc.caseId(), documentId, flag.start(), flag.end(), flag.kind(), flag.text(), verdict, note, null);
        String label = verdict == null ? "Clear flag decision" : verdict == FlagVerdict.CONFIRMED ? "Confirm flag" : "Dismiss flag";
        return new Edit() {
            FlagDecision made;

            @Override
            public String label() {
                return label;
            }

            boolean applied;

            @Override
            public void apply() {
                Runnable write = () -> {
                    if (draft == null) {
                        store.flags().delete(documentId, flag.start(), flag.end(), flag.kind());
                    } else {
                        made = store.flags().save(made == null ? draft : made);
                    }
                };
                if (applied) {
                    store.undoing(write); // a redo: over the decision as the undo left it
                } else {
                    write.run();
                }
                applied = true;
                touch(doc.caseId());
            }

            @Override
            public void revert() {
                store.undoing(() -> { // over the decision as the edit left it, or refused
                    if (before == null) {
                        store.flags().delete(documentId, flag.start(), flag.end(), flag.kind());
                    } else {
                        store.flags().save(before);
                    }
                });
                touch(doc.caseId());
            }
        };
    }

    // ---- corrections of recognised text --------------------------------------------------------------

    /** The longest stretch of recognised text one correction may replace, and the longest replacement. */
    public static final int MAX_CORRECTION = 2000;

    /**
     * Corrects recognised text: [start, end) of the document reads {@code replacement} instead. Only text recognised
     * from page images may be corrected, within one line of the text; the replacement is not blank (a stray mark is dropped by correcting it together
     * with a word beside it). Every span into the text moves with the
     * change; a highlight over the corrected words keeps its quote as it was read and is marked corrected. Undo puts
     * back the words as recognised and every span as it was.
     */
    public Edit correctText(long documentId, int start, int end, String replacement) {
        var doc = store.documents().find(documentId).orElseThrow(() -> new StoreException("That document no longer exists."));
        if (!store.recognition().textSource(documentId).recognised()) {
            throw new StoreException("Only text recognised from a scan can be corrected; \u201c" + doc.title()
                    + "\u201d was read from the file's own text.");
        }
        String text = store.documents().text(documentId);
        if (start < 0 || end < start || end > text.length()) {
            throw new StoreException("The words to correct are no longer in the document; reopen it and try again.");
        }
        String original = text.substring(start, end);
        String with = replacement == null ? "" : replacement;
        if (original.indexOf('\n') >= 0 || with.indexOf('\n') >= 0) {
            throw new StoreException("A correction stays within one line of the text: select words of one paragraph or heading.");
        }
        if (original.length() > MAX_CORRECTION || with.length() > MAX_CORRECTION) {
            throw new StoreException("A correction replaces at most " + MAX_CORRECTION + " characters; correct a shorter stretch.");
        }
        if (original.equals(with)) {
            throw new Unchanged("The correction reads as the text already does: nothing to change.");
        }
        if (start == end) {
            throw new StoreException("Select the recognised words to correct.");
        }
        if (with.isBlank()) {
            throw new StoreException("Type the words as the page prints them; to drop a stray mark, select it with the word beside it"
                    + " and type that word.");
        }
        Float confidence = store.recognition().uncertainWords(documentId).stream()
                .filter(w -> w.start() < Math.max(end, start + 1) && w.end() > start)
                .map(org.claimbench.domain.UncertainWord::confidence).min(Float::compare).orElse(null);
        return new Edit() {
            org.claimbench.domain.TextCorrection made;
            org.claimbench.store.RecognitionRepository.Replaced replaced;

            @Override
            public String label() {
                return "Correct text";
            }

            @Override
            public boolean changesText() {
                return true;
            }

            @Override
            public void apply() {
                store.transaction(tx -> {
                    String now = tx.documents().text(documentId);
                    if (!now.substring(start, Math.min(end, now.length())).equals(original)) {
                        throw new StoreException("The words to correct have changed since; reopen the document and try again.");
                    }
                    replaced = tx.recognition().replace(documentId, start, end, with);
                    made = tx.recognition().insertCorrection(new org.claimbench.domain.TextCorrection(made == null ? 0 : made.id(), documentId,
                            start, start + with.length(), original, with, confidence, made == null ? java.time.Instant.now() : made.created()));
                    tx.cases().touch(doc.caseId());
                    return null;
                });
            }

            @Override
            public void revert() {
                store.transaction(tx -> {
                    tx.recognition().deleteCorrection(made.id());
                    tx.recognition().replace(documentId, start, start + with.length(), original);
                    tx.recognition().restore(replaced, documentId);
                    tx.cases().touch(doc.caseId());
                    return null;
                });
            }
        };
    }

    // ---- document properties ------------------------------------------------------------------------

    /**
     * Sets the short name a cite gives a document ("FAC", "Ex. A"). Blank, or the name worked out from the document's
     * kind and title, stores none, so that the worked-out name is used. Undo puts back the name there was.
     */
    public Edit setShortName(long documentId, String typed) {
        org.claimbench.domain.Document doc = store.documents().find(documentId)
                .orElseThrow(() -> new StoreException("That document no longer exists."));
        String name = org.claimbench.domain.ShortNames.tidy(typed);
        if (name != null && name.length() > org.claimbench.domain.ShortNames.MAX) {
            throw new StoreException("A short name has at most " + org.claimbench.domain.ShortNames.MAX + " characters; \u201c"
                    + name + "\u201d has " + name.length() + ".");
        }
        if (name != null && name.equals(org.claimbench.domain.ShortNames.defaultFor(doc.kind(), doc.title()))) {
            name = null; // the worked-out name, kept as none so that it stays the worked-out one
        }
        String before = doc.shortName();
        String after = name;
        if (java.util.Objects.equals(before, after)) {
            throw new Unchanged("The short name of \u201c" + doc.title() + "\u201d is already \u201c" + doc.citeName() + "\u201d.");
        }
        return simple("Edit short name", doc.caseId(), () -> store.documents().setShortName(documentId, after),
                () -> store.documents().setShortName(documentId, before));
    }

    /**
     * Reads an Answer against another complaint of its case ({@code complaintId}; null: against none), from the
     * responses it pleads: every numbered paragraph of that complaint gets its one response again. Undo puts back
     * the complaint it answered before and exactly the responses it had.
     */
    public Edit answerAgainst(long answerId, Long complaintId) {
        org.claimbench.domain.Document answer = store.documents().find(answerId)
                .orElseThrow(() -> new StoreException("That document no longer exists."));
        if (answer.kind() != org.claimbench.domain.DocumentKind.ANSWER) {
            throw new StoreException("\u201c" + answer.title() + "\u201d is not an Answer, so it answers no complaint. Set its kind to Answer "
                    + "by importing it as one.");
        }
        String chosen = "nothing";
        if (complaintId != null) {
            org.claimbench.domain.Document complaint = store.documents().find(complaintId).orElse(null);
            if (complaint == null || complaint.caseId() != answer.caseId()) {
                throw new StoreException("Document " + complaintId + " is not a document of this Answer's case.");
            }
            if (!complaint.kind().isComplaint()) {
                throw new StoreException("\u201c" + complaint.title() + "\u201d is " + complaint.kind().label().toLowerCase(java.util.Locale.ROOT)
                        + ", not a complaint: an Answer answers a complaint or an amended complaint.");
            }
            chosen = "\u201c" + complaint.title() + "\u201d";
        }
        Long before = store.answers().answers(answerId).orElse(null);
        if (java.util.Objects.equals(before, complaintId)) {
            throw new Unchanged("\u201c" + answer.title() + "\u201d already answers " + chosen + ".");
        }
        if (store.answers().pleaded(answerId).isEmpty() && !store.answers().responses(answerId).isEmpty()) {
            throw new StoreException("\u201c" + answer.title() + "\u201d was imported before ClaimBench kept an Answer's responses as "
                    + "pleaded, so it cannot be read against another complaint. Import the Answer again, naming the complaint it answers.");
        }
        List<org.claimbench.domain.AnswerResponse> responses = store.answers().responses(answerId);
        return simple("Change the complaint answered", answer.caseId(),
                () -> store.transaction(tx -> AnswerLink.read(tx, answerId, complaintId)),
                () -> store.transaction(tx -> {
                    tx.answers().deleteResponses(answerId);
                    tx.answers().setAnswers(answerId, before);
                    if (before != null) {
                        tx.answers().insertResponses(answerId, before, responses);
                    }
                    return null;
                }));
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private Edit simple(String label, long caseId, Runnable apply, Runnable revert) {
        return new Edit() {
            @Override
            public String label() {
                return label;
            }

            boolean applied;

            @Override
            public void apply() {
                if (applied) {
                    store.undoing(apply); // a redo: over the row as the undo left it
                } else {
                    apply.run();
                }
                applied = true;
                touch(caseId);
            }

            @Override
            public void revert() {
                store.undoing(revert); // over the row as the edit left it, or refused
                touch(caseId);
            }
        };
    }

    private void touch(long caseId) {
        store.cases().touch(caseId);
    }

}
