package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits decoded text into {@link RawLine}s, with indents measured in character widths. A wide run of spaces inside a
 * line, as a text export of a PDF keeps between a caption's two columns, becomes a tab, the mark of a wide gap.
 */
public final class TextLines {

    private static final Pattern WIDE_GAP = Pattern.compile("(?<=\\S) {4,}(?=\\S)");

    private TextLines() {
    }

    public static List<RawLine> of(String text) {
        List<RawLine> lines = new ArrayList<>();
        for (String l : TextDecoder.normaliseLineEndings(text).split("\n", -1)) {
            lines.add(RawLine.plain(WIDE_GAP.matcher(l).replaceAll("\t")));
        }
        return lines;
    }
}
