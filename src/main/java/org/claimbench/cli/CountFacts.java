package org.claimbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.claimbench.analysis.Shotgun;
import org.claimbench.analysis.WordingScreen;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.claimbench.ingest.ParsedCount;
import org.claimbench.ingest.ParsedPleading;

/** For each count: whether it incorporates everything before it, and how many flags of each kind its paragraphs carry. */
record CountFacts(ParsedCount count, boolean shotgun, Map<String, Integer> flags) {

    static List<CountFacts> of(ParsedPleading p, Map<Integer, List<WordingScreen.Flag>> flags) {
        List<Segment> segments = p.segments();
        List<Integer> numbers = new ArrayList<>();
        segments.stream().filter(s -> s.kind() == SegmentKind.NUMBERED_PARAGRAPH).forEach(s -> numbers.add(Integer.valueOf(s.label())));
        List<CountFacts> out = new ArrayList<>();
        List<Integer> earlierStarts = new ArrayList<>();
        List<ParsedCount> counts = p.counts();
        for (int i = 0; i < counts.size(); i++) {
            ParsedCount c = counts.get(i);
            int start = c.startParagraph() == null ? Integer.MAX_VALUE : Integer.parseInt(c.startParagraph());
            List<Integer> before = numbers.stream().filter(n -> n < start).toList();
            boolean shotgun = Shotgun.isShotgun(start, c.incorporates(), before, earlierStarts);
            int end = i + 1 < counts.size() ? counts.get(i + 1).segmentOrdinal() : segments.size();
            Map<String, Integer> byKind = new TreeMap<>();
            for (int o = c.segmentOrdinal(); o < end; o++) {
                for (WordingScreen.Flag f : flags.getOrDefault(o, List.of())) {
                    byKind.merge(f.kind(), 1, Integer::sum);
                }
            }
            out.add(new CountFacts(c, shotgun, byKind));
            if (c.startParagraph() != null) {
                earlierStarts.add(start);
            }
        }
        return out;
    }
}
