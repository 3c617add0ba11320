package org.claimbench.ingest;

import org.claimbench.domain.TextSource;

/**
 * A word read from a page image, with how sure the recognition was of it (0–100): where it stands (page, the
 * printed line it is on as {@link LaidLine#line()} numbers it, its left and right edges and baseline in points, as
 * the page was read) so that a view can mark the uncertain ones in the text; and the box it fills on the page as the
 * page is shown ({@code shown}, in points; null when not known), for the page view.
 */
public record RecognisedWord(int page, int line, String text, float x, float endX, float y, float confidence,
                             org.claimbench.domain.WordBox shown) {

    /** A word whose box on the page as shown is not known. */
    public RecognisedWord(int page, int line, String text, float x, float endX, float y, float confidence) {
        this(page, line, text, x, endX, y, confidence, null);
    }

    public boolean uncertain() {
        return confidence < TextSource.UNCERTAIN_BELOW;
    }
}
