package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.UncertainWord;

/**
 * Finds, in a parsed document's text, the words that recognition was unsure of: the recognised words found where
 * they stand in the text ({@link WordSpans}), those read with little confidence.
 */
public final class UncertainSpans {

    private UncertainSpans() {
    }

    public static List<UncertainWord> locate(ParsedPleading parsed, List<RecognisedWord> words) {
        List<UncertainWord> out = new ArrayList<>();
        for (WordSpans.Located l : WordSpans.locate(parsed, words, RecognisedWord::uncertain)) {
            out.add(new UncertainWord(l.start(), l.end(), Math.max(0, Math.min(100, l.word().confidence()))));
        }
        return out;
    }
}
