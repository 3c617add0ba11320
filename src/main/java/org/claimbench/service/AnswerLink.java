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

    /** Stores what the Answer {@code answerId} pleads, and reads it against {@code complaintId} (if any): see {@link #read}. */
    static AnswerReading.Reading store(Repositories tx, long answerId, Long complaintId, ParsedPleading parsed) {
        if (parsed.answer() == null) {
            return null;
        }
        tx.answers().insertPleaded(answerId, parsed.answer().responses());
        tx.answers().insertDefenses(answerId, parsed.answer().defenses());
        return read(tx, answerId, complaintId);
    }

    /**
     * Reads the Answer's pleaded responses against {@code complaintId}, replacing any earlier reading: one response per
     * numbered paragraph of that complaint. Without a complaint the Answer answers nothing (yet).
     */
    static AnswerReading.Reading read(Repositories tx, long answerId, Long complaintId) {
        List<String> labels = new ArrayList<>();
        if (complaintId != null) {
            for (Segment s : tx.documents().segments(complaintId)) {
                if (s.kind() == SegmentKind.NUMBERED_PARAGRAPH && s.label() != null && !labels.contains(s.label())) {
                    labels.add(s.label());
                }
            }
        }
        AnswerReading.Reading r = AnswerReading.read(tx.answers().pleaded(answerId), tx.answers().defenses(answerId), labels);
        tx.answers().deleteResponses(answerId);
        tx.answers().setAnswers(answerId, complaintId);
        if (complaintId != null) {
            tx.answers().insertResponses(answerId, complaintId, r.responses());
        }
        return r;
    }

    /**
     * After a complaint is stored in a case: every Answer of the case that answers no complaint yet (it was imported
     * first) is read against the new one.
     */
    static void answerWaiting(Repositories tx, long caseId, Document complaint) {
        if (!complaint.kind().isComplaint()) {
            return;
        }
        for (Document d : tx.documents().list(caseId)) {
            if (d.kind() == org.claimbench.domain.DocumentKind.ANSWER && tx.answers().answers(d.id()).isEmpty()
                    && !tx.answers().pleaded(d.id()).isEmpty()) {
                read(tx, d.id(), complaint.id());
            }
        }
    }
}
