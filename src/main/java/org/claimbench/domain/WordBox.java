package org.claimbench.domain;

/**
 * A word as a page of the original prints it, with the box it fills: in points from the page's top-left corner, as
 * the page is shown (its rotation applied).
 */
public record WordBox(String text, float left, float top, float right, float bottom) {

    public WordBox {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("a word has text");
        }
    }

    public float width() { return right - left; }

    public float height() { return bottom - top; }

    /** Half way down the word: words of one printed line share it, give or take. */
    public float middle() { return (top + bottom) / 2; }
}
