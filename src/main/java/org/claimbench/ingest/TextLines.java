package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.List;

/** Splits decoded text into {@link RawLine}s, with indents measured in character widths. */
public final class TextLines {

    private TextLines() {
    }

    public static List<RawLine> of(String text) {
        List<RawLine> lines = new ArrayList<>();
        for (String l : TextDecoder.normaliseLineEndings(text).split("\n", -1)) {
            lines.add(RawLine.plain(l));
        }
        return lines;
    }
}
