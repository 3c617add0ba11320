package org.claimbench.domain;

/**
 * The Answer's response to one paragraph of the complaint: the paragraph's number as the complaint has it, the status,
 * the words of the response ({@code start..end} in the Answer's text, with their page:line), for a paragraph admitted
 * in part the words admitted, and the form the response took ({@code form}: "numbered", "by reference", "general
 * denial", "legal conclusion", "speaks for itself", "remaining allegations"…, for the reader).
 */
public record AnswerResponse(String paragraph, ResponseStatus status, int start, int end, PageLine first, PageLine last,
                             String admitted, String form) {

    public AnswerResponse {
        if (paragraph == null || paragraph.isBlank()) {
            throw new IllegalArgumentException("a response answers a numbered paragraph");
        }
        if (status == null) {
            throw new IllegalArgumentException("a response has a status");
        }
        if (status != ResponseStatus.NOT_ANSWERED && (start < 0 || end <= start)) {
            throw new IllegalArgumentException("a response has its words: " + start + ".." + end);
        }
    }
}
