package org.claimbench.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.analysis.SupportRules;
import org.claimbench.domain.AnnotationPending;
import org.claimbench.domain.ChecklistEntry;
import org.claimbench.domain.Document;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.FlagDecision;
import org.claimbench.domain.LegalCase;
import org.claimbench.domain.Link;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Party;
import org.claimbench.domain.Passage;
import org.claimbench.domain.PassageCarry;
import org.claimbench.domain.SupportLevel;

/** Everything the main window shows of a case at one moment, read in one go off the UI thread. */
public record CaseSnapshot(LegalCase legalCase, List<Party> parties, List<Document> documents, List<OutlineNode> outline,
                           List<Passage> passages, List<Link> links, List<EvidenceItem> evidence,
                           List<ChecklistEntry> checklist, Map<Long, SupportLevel> support, SupportRules.Coverage coverage,
                           List<FlagDecision> flagDecisions, List<PassageCarry> carries,
                           Map<Long, org.claimbench.domain.AnswerResponse> responsesBySegment, Map<Long, Long> answerBySegment,
                           Map<Long, Long> complaintAnswered, Map<Long, List<Beyond>> beyondParagraphs,
                           List<AnnotationPending> annotationsQueued) {

    /** The same case with its row as read now (its title, notes, or the time it was last opened, changed). */
    public CaseSnapshot withCase(LegalCase now) {
        return new CaseSnapshot(now, parties, documents, outline, passages, links, evidence, checklist, support, coverage,
                flagDecisions, carries, responsesBySegment, answerBySegment, complaintAnswered, beyondParagraphs, annotationsQueued);
    }


    /**
     * A response of the Answer {@code answerId} to something of the complaint that bears no number: its headings, its
     * prayer, its unnumbered text ({@code response.scope()}), with its words at the response's offsets in the Answer.
     */
    public record Beyond(long answerId, org.claimbench.domain.PleadedResponse response) {
    }

    public CaseSnapshot {
        beyondParagraphs = Map.copyOf(beyondParagraphs);
        complaintAnswered = Map.copyOf(complaintAnswered);
        carries = List.copyOf(carries);
        annotationsQueued = List.copyOf(annotationsQueued);
        responsesBySegment = Map.copyOf(responsesBySegment);
        answerBySegment = Map.copyOf(answerBySegment);
    }

    /**
     * The Answer document a response of {@link #responsesBySegment()} was read from (its words are at the response's
     * offsets in that document's text), by the complaint paragraph's segment id; null when the paragraph has none.
     */
    public Long answerOf(long segmentId) {
        return answerBySegment.get(segmentId);
    }

    /** What the Answers of the case say of the headings, the prayer and the unnumbered text of {@code complaintId}, in order. */
    public List<Beyond> beyond(long complaintId) {
        return beyondParagraphs.getOrDefault(complaintId, List.of());
    }

    /** The complaint the Answer {@code answerId} answers; null when it answers none (or is no Answer). */
    public Long answers(long answerId) {
        return complaintAnswered.get(answerId);
    }

    /** What the defendant's Answer says about each allegation it touches, by node id (empty before an Answer is read). */
    public Map<Long, org.claimbench.domain.Disputes.Answered> answered() {
        return org.claimbench.domain.Disputes.of(passages, links, responsesBySegment);
    }

    /** The passages of older versions still waiting in the review queue of an amended pleading. */
    public java.util.Set<Long> waitingPassages() {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (PassageCarry c : carries) {
            if (c.pending()) {
                ids.add(c.passageId());
            }
        }
        return ids;
    }

    /** How many items wait in the review queue: carried highlights and web annotations. */
    public int waitingCount() {
        int n = 0;
        for (PassageCarry c : carries) {
            n += c.pending() ? 1 : 0;
        }
        for (AnnotationPending a : annotationsQueued) {
            n += a.pending() ? 1 : 0;
        }
        return n;
    }

    /**
     * The outline nodes a waiting item of the review queue will be linked to, with how many wait for each: those linked
     * to a carried highlight's old passage, and those a waiting web annotation names by title in its tags.
     */
    public Map<Long, Integer> waitingNodes() {
        java.util.Set<Long> waiting = waitingPassages();
        Map<Long, Integer> nodes = new HashMap<>();
        if (!waiting.isEmpty()) {
            for (Link l : links) {
                if (waiting.contains(l.passageId())) {
                    nodes.merge(l.nodeId(), 1, Integer::sum);
                }
            }
        }
        for (AnnotationPending a : annotationsQueued) {
            if (!a.pending()) {
                continue;
            }
            java.util.Set<Long> named = new java.util.HashSet<>();
            for (AnnotationPending.TagRef t : a.tags()) {
                String title = t.title().replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
                for (OutlineNode n : outline) {
                    if (n.title().replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT).equals(title) && named.add(n.id())) {
                        nodes.merge(n.id(), 1, Integer::sum);
                        break;
                    }
                }
            }
        }
        return nodes;
    }

    /** The user's decisions on wording flags, found by flag. */
    public FlagDecisions decisions() {
        return flagDecisions.isEmpty() ? FlagDecisions.NONE : new FlagDecisions(flagDecisions);
    }

    public Map<Long, EvidenceItem> evidenceById() {
        Map<Long, EvidenceItem> m = new HashMap<>();
        evidence.forEach(e -> m.put(e.id(), e));
        return m;
    }

    public Map<Long, Passage> passagesById() {
        Map<Long, Passage> m = new HashMap<>();
        passages.forEach(p -> m.put(p.id(), p));
        return m;
    }
}
