package org.claimbench.domain;

import java.util.List;

/**
 * A response as the Answer pleads it, before it is laid against the complaint: its scope, the complaint's paragraph
 * numbers it names (for {@link ResponseScope#PARAGRAPHS}; empty for every other scope), its status, its words
 * ({@code start..end} in the Answer's text, with their page:line, null for an original without pages), the words
 * admitted when it admits in part (else null), and the form it took ("numbered", "by reference", "legal
 * conclusion", "speaks for itself", "remaining allegations", "general denial", "catch-all denial"…).
 */
public record PleadedResponse(ResponseScope scope, List<String> paragraphs, ResponseStatus status, int start, int end,
                              PageLine first, PageLine last, String admitted, String form) {

    public PleadedResponse {
        if (scope == null || status == null || status == ResponseStatus.NOT_ANSWERED) {
            throw new IllegalArgumentException("a pleaded response has a scope and says something");
        }
        paragraphs = List.copyOf(paragraphs);
        if ((scope == ResponseScope.PARAGRAPHS) == paragraphs.isEmpty()) {
            throw new IllegalArgumentException("only a response to paragraphs names paragraphs");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a response has its words: " + start + ".." + end);
        }
    }

    /** Whether it names {@code paragraph} (by its number, so "07" is 7). */
    public boolean names(String paragraph) {
        String p = canonical(paragraph);
        return paragraphs.stream().anyMatch(x -> canonical(x).equals(p));
    }

    /** A paragraph label as a number reads, without leading zeros; other labels as they are, trimmed. */
    public static String canonical(String label) {
        String t = label.strip();
        return t.matches("\\d{1,9}") ? String.valueOf(Integer.parseInt(t)) : t;
    }
}
