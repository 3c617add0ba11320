package org.claimbench.domain;

/** A rectangle on a page of the original (page from 1), in points from the page's top-left corner, as it is shown. */
public record PageBox(int page, float left, float top, float right, float bottom) {

    public PageBox {
        if (page < 1) {
            throw new IllegalArgumentException("pages are numbered from 1, not " + page);
        }
        if (right < left || bottom < top) {
            throw new IllegalArgumentException("a box ends right of and below where it starts: " + left + "–" + right + ", " + top + "–" + bottom);
        }
    }

    public float width() { return right - left; }

    public float height() { return bottom - top; }
}
