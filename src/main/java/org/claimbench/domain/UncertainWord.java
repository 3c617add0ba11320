package org.claimbench.domain;

/**
 * A word of a document's text that was recognised from a page image with little confidence (0–100): the span
 * [{@code start}, {@code end}) of the document's text that a reader should check against the scan.
 */
public record UncertainWord(int start, int end, float confidence) {

    public UncertainWord {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("an uncertain word needs a span of text: " + start + "–" + end);
        }
    }
}
