package org.claimbench.report;

import org.claimbench.domain.NodeKind;
import org.claimbench.domain.ResponseStatus;

/**
 * The proof chart's "Answer" column: what the defendant's Answer says of an allegation, as a status word in the colour
 * the window gives it, with the paragraphs it answered under it. The column is there whenever an Answer was read
 * against the complaint, in the table of every allegation and of every node that has evidence.
 */
final class AnswerColumn {

    private AnswerColumn() {
    }

    /** Whether {@code s} is charted in a table with an Answer column. */
    static boolean shown(ReportModel m, ReportModel.Section s) {
        return m.answer() != null && (s.kind() == NodeKind.ALLEGATION || !s.evidence().isEmpty());
    }

    /** The status word: "denied", "admitted in part"…; a dash where no answered paragraph bears on the node. */
    static String word(ReportModel.Section s) {
        return s.answerStatus() == null ? "\u2013" : s.answerStatus().label();
    }

    /** The paragraphs under the word: "¶ 12, ¶ 13", or each status with its paragraphs when they differ; null for none. */
    static String detail(ReportModel.Section s) {
        String a = s.answer();
        if (a == null || a.isBlank()) {
            return null;
        }
        if (!a.contains(";") && a.endsWith(")") && a.indexOf('(') > 0) {
            return a.substring(a.indexOf('(') + 1, a.length() - 1);
        }
        return a;
    }

    /** The window's colour for a status, as six hex digits. */
    static String colour(ResponseStatus s) {
        if (s == null) {
            return "8C959F";
        }
        return switch (s) {
            case ADMITTED -> "1A7F37";
            case ADMITTED_IN_PART -> "9A6700";
            case DENIED -> "CF222E";
            case WITHOUT_KNOWLEDGE -> "A0348E";
            case NO_RESPONSE_REQUIRED -> "6E7781";
            case NOT_ANSWERED -> "8C959F";
        };
    }
}
