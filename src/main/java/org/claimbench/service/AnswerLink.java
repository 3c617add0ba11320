package org.claimbench.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.claimbench.analysis.AnswerReading;
import org.claimbench.domain.Document;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.claimbench.ingest.ParsedPleading;
import org.claimbench.store.Repositories;

/**
 * An Answer read against the complaint it answers, in the transaction that stores it: one response per numbered
 * paragraph of the complaint, and the Answer's affirmative defenses.
 */
final class AnswerLink {

    private AnswerLink() {
    }

    /** The complaint an Answer answers by default: the case's latest complaint; null when it has none. */
    static Long latestComplaint(Repositories tx, long caseId) {
        return tx.documents().list(caseId).stream().filter(d -> d.kind().isComplaint())
                .max(Comparator.comparingInt(Document::position)).map(Document::id).orElse(null);
    }

    /** Stores what the Answer {@code answerId} says to each paragraph of {@code complaintId} (if any), and its defenses. */
    static AnswerReading.Reading store(Repositories tx, long answerId, Long complaintId, ParsedPleading parsed) {
        if (parsed.answer() == null) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        if (complaintId != null) {
            for (Segment s : tx.documents().segments(complaintId)) {
                if (s.kind() == SegmentKind.NUMBERED_PARAGRAPH && s.label() != null && !labels.contains(s.label())) {
                    labels.add(s.label());
                }
            }
        }
        AnswerReading.Reading r = AnswerReading.read(parsed.answer().responses(), parsed.answer().defenses(), labels);
        if (complaintId != null) {
            tx.answers().setAnswers(answerId, complaintId);
            tx.answers().insertResponses(answerId, complaintId, r.responses());
        }
        tx.answers().insertDefenses(answerId, r.defenses());
        return r;
    }
}
