package org.claimbench.domain;

/**
 * A word recognised from a page image, where it stands: its span [{@code start}, {@code end}) of the document's text,
 * its page (from 1) and the box it fills there, in points from the page's top-left corner as the page is shown, and
 * how sure the recognition was of it (0–100).
 */
public record RecognisedBox(int page, int start, int end, float left, float top, float right, float bottom, float confidence) {

    public RecognisedBox {
        if (page < 1) {
            throw new IllegalArgumentException("pages are numbered from 1, not " + page);
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a recognised word needs a span of text: " + start + "–" + end);
        }
        if (!(left >= 0 && top >= 0 && right >= left && bottom >= top)) {
            throw new IllegalArgumentException("a word's box ends right of and below where it starts, on the page: "
                    + left + "–" + right + ", " + top + "–" + bottom);
        }
        if (!(confidence >= 0 && confidence <= 100)) {
            throw new IllegalArgumentException("a confidence is from 0 to 100, not " + confidence);
        }
    }

    /** Read with less confidence than {@link TextSource#UNCERTAIN_BELOW}: worth checking against the scan. */
    public boolean uncertain() {
        return confidence < TextSource.UNCERTAIN_BELOW;
    }

    /** The word's box on its page. */
    public PageBox box() {
        return new PageBox(page, left, top, right, bottom);
    }

    /** The same word, its span moved to [{@code s}, {@code e}). */
    public RecognisedBox at(int s, int e) {
        return new RecognisedBox(page, s, e, left, top, right, bottom, confidence);
    }
}
