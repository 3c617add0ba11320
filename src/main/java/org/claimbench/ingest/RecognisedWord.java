package org.claimbench.ingest;

import org.claimbench.domain.TextSource;

/**
 * A word read from a page image, with how sure the recognition was of it (0–100): where it stands (page, the
 * printed line it is on as {@link LaidLine#line()} numbers it, its left and right edges and baseline in points) so
 * that a view can mark the uncertain ones in the text.
 */
public record RecognisedWord(int page, int line, String text, float x, float endX, float y, float confidence) {

    public boolean uncertain() {
        return confidence < TextSource.UNCERTAIN_BELOW;
    }
}
