package org.claimbench.ingest;

import org.claimbench.domain.TextSource;

/** How the text of a paginated document was obtained, from what each of its pages gave. */
final class TextSources {

    private TextSources() {
    }

    /** How the text of {@code pages} was obtained, some of them recognised by {@code engine} in {@code language}. */
    static TextSource of(java.util.List<PageText> pages, String engine, String language) {
        int recognised = 0;
        int words = 0;
        int uncertain = 0;
        double sum = 0;
        for (PageText p : pages) {
            if (!p.recognised()) {
                continue;
            }
            recognised++;
            for (PageText.TextRow r : p.rows()) {
                for (PageText.Word w : r.words()) {
                    words++;
                    sum += w.confidence();
                    uncertain += w.confidence() < TextSource.UNCERTAIN_BELOW ? 1 : 0;
                }
            }
        }
        if (recognised == 0) {
            return TextSource.textLayer(pages.size());
        }
        String kind = recognised == pages.size() ? TextSource.OCR : TextSource.MIXED;
        double mean = words == 0 ? 0 : Math.round(sum / words * 10) / 10.0;
        return new TextSource(kind, engine, language, pages.size(), recognised, words, mean, uncertain);
    }

}
