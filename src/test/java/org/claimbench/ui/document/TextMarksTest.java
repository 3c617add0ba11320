package org.claimbench.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;

/** The marks turned into spans: the same spans as counting each class in maps at every boundary, which they replace. */
class TextMarksTest {

    /** The drawing as it was made before: a map of the classes opening and closing at each offset, walked in order. */
    private static StyleSpans<Collection<String>> byMaps(int length, List<int[]> ranges, List<List<String>> classes) {
        Map<Integer, List<String>> opens = new HashMap<>();
        Map<Integer, List<String>> closes = new HashMap<>();
        TreeSet<Integer> bounds = new TreeSet<>(List.of(0, length));
        for (int i = 0; i < ranges.size(); i++) {
            int start = ranges.get(i)[0];
            int end = ranges.get(i)[1];
            if (end > length) {
                continue;
            }
            opens.computeIfAbsent(start, k -> new ArrayList<>()).addAll(classes.get(i));
            closes.computeIfAbsent(end, k -> new ArrayList<>()).addAll(classes.get(i));
            bounds.add(start);
            bounds.add(end);
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Map<String, Integer> active = new HashMap<>();
        int previous = 0;
        for (int b : bounds) {
            if (b > previous) {
                List<String> here = new ArrayList<>(active.keySet());
                if (active.getOrDefault("passage", 0) > 1) {
                    here.add("passage-overlap");
                }
                here.sort(null);
                spans.add(here, b - previous);
            }
            closes.getOrDefault(b, List.of()).forEach(c -> active.computeIfPresent(c, (k, n) -> n > 1 ? n - 1 : null));
            opens.getOrDefault(b, List.of()).forEach(c -> active.merge(c, 1, Integer::sum));
            previous = b;
        }
        return spans.create();
    }

    @Test
    void overlapping_marks_give_the_classes_of_each_character_as_before() {
        List<List<String>> kinds = List.of(List.of("passage", "passage-supported"), List.of("passage", "passage-unsupported", "passage-selected"),
                List.of("flag", "flag-vague"), List.of("flag-dismissed"), List.of("search-hit"), List.of("ocr-uncertain"),
                List.of("passage", "passage-partly", "passage-focused"), List.of("passage"));
        Random r = new Random(11);
        for (int round = 0; round < 200; round++) {
            int length = 1 + r.nextInt(round < 100 ? 60 : 5000);
            List<int[]> ranges = new ArrayList<>();
            List<List<String>> classes = new ArrayList<>();
            int n = r.nextInt(round < 100 ? 12 : 400);
            for (int i = 0; i < n; i++) {
                int start = r.nextInt(length);
                int end = Math.min(length + (r.nextInt(20) == 0 ? 3 : 0), start + 1 + r.nextInt(Math.max(1, length / 8)));
                ranges.add(new int[] {start, end});
                classes.add(kinds.get(r.nextInt(kinds.size())));
            }
            TextStyles.Marks marks = new TextStyles.Marks(length);
            for (int i = 0; i < n; i++) {
                marks.add(ranges.get(i)[0], ranges.get(i)[1], classes.get(i));
            }
            StyleSpans<Collection<String>> now = marks.spans();
            StyleSpans<Collection<String>> before = byMaps(length, ranges, classes);
            assertEquals(before.length(), now.length(), "round " + round);
            assertEquals(null, TextStyles.changed(before, now), "round " + round);
            assertEquals(before.getSpanCount(), now.getSpanCount(), "round " + round + ": cut at the same offsets");
        }
    }
}
