package org.claimbench.ingest;

import java.util.List;

/**
 * What extraction found on one page: its size, its text as rows of positioned words (top to bottom), the rows
 * printed sideways (a clerk's stamp, a Bates number up the margin), whether the page has a text layer at all, and
 * whether its words were recognised from its image instead ({@code recognised}).
 * Coordinates are in points from the page's top-left corner; a row's {@code y} is its baseline.
 */
record PageText(int page, float width, float height, List<TextRow> rows, List<TextRow> sideways, boolean hasTextLayer,
                boolean recognised) {

    PageText {
        rows = List.copyOf(rows);
        sideways = List.copyOf(sideways);
    }

    /** A page as its text layer has it. */
    PageText(int page, float width, float height, List<TextRow> rows, List<TextRow> sideways, boolean hasTextLayer) {
        this(page, width, height, rows, sideways, hasTextLayer, false);
    }

    /**
     * A word: its text, its left and right edges, its font size, whether its font is bold, and, for a word recognised
     * from a page image, how sure the recognition was of it (0–100; NaN for a word of a text layer) and the box it
     * fills on the page as the page is shown ({@code shown}, in points; null for a word of a text layer). The edges
     * are those of the page as it was read, which is the page straightened when it was scanned askew.
     */
    record Word(String text, float x, float endX, float fontSize, boolean bold, float confidence, org.claimbench.domain.WordBox shown) {

        /** A word of a text layer. */
        Word(String text, float x, float endX, float fontSize, boolean bold) {
            this(text, x, endX, fontSize, bold, Float.NaN, null);
        }

        /** A recognised word whose place on the page is not known. */
        Word(String text, float x, float endX, float fontSize, boolean bold, float confidence) {
            this(text, x, endX, fontSize, bold, confidence, null);
        }

        boolean recognised() {
            return !Float.isNaN(confidence);
        }
    }

    /** One printed line: the words that share a baseline, left to right. */
    record TextRow(float y, List<Word> words) {

        TextRow {
            words = List.copyOf(words);
        }

        float x() { return words.get(0).x(); }

        float endX() { return words.get(words.size() - 1).endX(); }

        /** The size most of the row's letters are set in. */
        float fontSize() {
            float best = words.get(0).fontSize();
            int bestLength = -1;
            for (Word w : words) {
                if (w.text().length() > bestLength) {
                    best = w.fontSize();
                    bestLength = w.text().length();
                }
            }
            return best;
        }

        boolean bold() {
            int bold = 0;
            int all = 0;
            for (Word w : words) {
                all += w.text().length();
                bold += w.bold() ? w.text().length() : 0;
            }
            return all > 0 && bold * 10 >= all * 8;
        }

        /**
         * The row's text. Words are joined by a space; where the gap between two words is wider than a tab stop
         * would make it (a caption's columns, a number set apart from its text), by a tab.
         */
        String text() {
            StringBuilder sb = new StringBuilder();
            Word previous = null;
            for (Word w : words) {
                if (previous != null) {
                    sb.append(w.x() - previous.endX() > TAB_GAP * Math.max(previous.fontSize(), w.fontSize()) ? '\t' : ' ');
                }
                sb.append(w.text());
                previous = w;
            }
            return sb.toString();
        }

        TextRow without(int fromWord) {
            return new TextRow(y, words.subList(fromWord, words.size()));
        }
    }

    /** A gap between words, in ems, past which the two are set apart like columns. */
    static final float TAB_GAP = 1.6f;
}
