package org.claimbench.ui.outline;

import org.claimbench.domain.ResponseStatus;

/** The outline's mark for what the Answer says of a node: the disputes and the admissions; nothing for the rest. */
final class AnswerMarks {

    private AnswerMarks() {
    }

    /** "⚖ denied", "⚖ in part", "⚖ no knowledge", "✓ admitted"; null when the status earns no mark. */
    static String badge(ResponseStatus status) {
        return switch (status) {
            case DENIED -> "\u2696 denied";
            case ADMITTED_IN_PART -> "\u2696 in part";
            case WITHOUT_KNOWLEDGE -> "\u2696 no knowledge";
            case ADMITTED -> "\u2713 admitted";
            case NO_RESPONSE_REQUIRED, NOT_ANSWERED -> null;
        };
    }
}
