package org.claimbench.ui.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.claimbench.domain.FlagVerdict;
import org.claimbench.domain.Link;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.claimbench.domain.SupportLevel;
import org.claimbench.domain.TextCorrection;
import org.claimbench.domain.UncertainWord;
import org.claimbench.service.CaseSnapshot;
import org.claimbench.service.FlagDecisions;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The style classes of every character of a document on show: its passages by the support of what they are linked
 * to (the selected node's drawn strongest), wording flags by the user's verdict, uncertain and corrected words of a
 * scan, and search hits. Overlapping marks combine their classes.
 */
public final class TextStyles {

    private TextStyles() {
    }

    /** What a drawing was made of: the same text, flags, snapshot, selection and hits give the same drawing. */
    private record Inputs(Object view, Object flags, CaseSnapshot snapshot, OutlineNode selected, Passage focused, List<int[]> hits,
                          int length) {

        boolean same(Inputs o) {
            return view == o.view && flags == o.flags && snapshot == o.snapshot && java.util.Objects.equals(selected, o.selected)
                    && java.util.Objects.equals(focused, o.focused) && length == o.length && hits.size() == o.hits.size()
                    && java.util.stream.IntStream.range(0, hits.size()).allMatch(i -> java.util.Arrays.equals(hits.get(i), o.hits.get(i)));
        }
    }

    private record Drawn(Inputs inputs, StyleSpans<Collection<String>> spans) {
    }

    /**
     * The last drawing made. A document read on a worker is drawn there; the text pane then asks again for the same
     * inputs on the FX thread, and gets that drawing rather than a second one.
     */
    private static volatile Drawn last;

    static StyleSpans<Collection<String>> of(LoadedDocument shown, CaseSnapshot s, OutlineNode selected, Passage focused,
                                             List<int[]> hits, int length) {
        Inputs in = new Inputs(shown.view(), shown.flags(), s, selected, focused, hits.stream().map(int[]::clone).toList(), length);
        Drawn before = last;
        if (before != null && before.inputs().same(in)) {
            return before.spans();
        }
        StyleSpans<Collection<String>> spans = draw(shown, s, selected, focused, hits, length);
        last = new Drawn(in, spans);
        return spans;
    }

    private static StyleSpans<Collection<String>> draw(LoadedDocument shown, CaseSnapshot s, OutlineNode selected, Passage focused,
                                                       List<int[]> hits, int length) {
        long docId = shown.view().document().id();
        Map<Long, List<Link>> linksByPassage = new HashMap<>();
        for (Link l : s.links()) {
            linksByPassage.computeIfAbsent(l.passageId(), k -> new ArrayList<>()).add(l);
        }
        Marks marks = new Marks(length);
        FlagDecisions decisions = s.decisions();
        for (var f : shown.flags()) {
            FlagVerdict v = decisions.verdict(docId, f);
            marks.add(f.start(), f.end(), v == FlagVerdict.DISMISSED ? List.of("flag-dismissed")
                    : v == FlagVerdict.CONFIRMED ? List.of("flag", "flag-" + f.kind(), "flag-confirmed") : List.of("flag", "flag-" + f.kind()));
        }
        for (UncertainWord w : shown.view().uncertainWords()) {
            marks.add(w.start(), w.end(), List.of("ocr-uncertain"));
        }
        for (TextCorrection c : shown.view().corrections()) {
            if (c.end() > c.start()) {
                marks.add(c.start(), c.end(), List.of("ocr-corrected"));
            }
        }
        for (int[] h : hits) {
            marks.add(h[0], h[1], List.of("search-hit"));
        }
        for (Passage p : s.passages()) {
            if (p.documentId() != docId) {
                continue;
            }
            List<String> classes = passageClasses(p, linksByPassage.getOrDefault(p.id(), List.of()), s, selected);
            if (focused != null && focused.id() == p.id()) {
                classes.add("passage-focused");
            }
            marks.add(p.start(), p.end(), classes);
        }
        return marks.spans();
    }

    /**
     * The range {@code [from, to)} of the text whose classes differ between two drawings of the same text, or null when
     * none do; the whole text when their lengths differ. Redrawing only that range keeps a small change cheap.
     */
    static int[] changed(StyleSpans<Collection<String>> was, StyleSpans<Collection<String>> now) {
        if (was == now) {
            return null;
        }
        if (was == null || was.length() != now.length()) {
            return new int[] {0, now.length()};
        }
        int from = firstDifference(was, now, false);
        if (from < 0) {
            return null;
        }
        int to = now.length() - firstDifference(was, now, true);
        return new int[] {from, Math.max(from, to)};
    }

    /** How far from the start (or from the end, {@code backwards}) the two drawings agree; -1 if they agree throughout. */
    private static int firstDifference(StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b, boolean backwards) {
        int na = a.getSpanCount();
        int nb = b.getSpanCount();
        int i = 0;
        int j = 0;
        int endA = 0;
        int endB = 0;
        int pos = 0;
        while (i < na && j < nb) {
            var sa = a.getStyleSpan(backwards ? na - 1 - i : i);
            var sb = b.getStyleSpan(backwards ? nb - 1 - j : j);
            if (sa.getLength() == 0 || sb.getLength() == 0) {
                i += sa.getLength() == 0 ? 1 : 0;
                j += sb.getLength() == 0 ? 1 : 0;
                continue;
            }
            if (!sa.getStyle().equals(sb.getStyle())) {
                return pos;
            }
            int limitA = endA + sa.getLength();
            int limitB = endB + sb.getLength();
            pos = Math.min(limitA, limitB);
            if (limitA == pos) {
                i++;
                endA = limitA;
            }
            if (limitB == pos) {
                j++;
                endB = limitB;
            }
        }
        return -1;
    }

    /** Marks that open and close at character offsets, turned into spans of the classes in force. */
    private static final class Marks {
        private final int length;
        private final Map<Integer, List<String>> opens = new HashMap<>();
        private final Map<Integer, List<String>> closes = new HashMap<>();
        private final TreeSet<Integer> bounds = new TreeSet<>();

        Marks(int length) {
            this.length = length;
            bounds.add(0);
            bounds.add(length);
        }

        void add(int start, int end, List<String> classes) {
            if (end > length) {
                return;
            }
            opens.computeIfAbsent(start, k -> new ArrayList<>()).addAll(classes);
            closes.computeIfAbsent(end, k -> new ArrayList<>()).addAll(classes);
            bounds.add(start);
            bounds.add(end);
        }

        StyleSpans<Collection<String>> spans() {
            StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
            Map<String, Integer> active = new HashMap<>();
            int previous = 0;
            for (int b : bounds) {
                if (b > previous) {
                    List<String> here = new ArrayList<>(active.keySet());
                    if (active.getOrDefault("passage", 0) > 1) {
                        here.add("passage-overlap"); // two or more highlights: underlined, so both stay visible
                    }
                    here.sort(null); // in one order always, so that two drawings of the same marks compare equal
                    spans.add(here, b - previous);
                }
                closes.getOrDefault(b, List.of()).forEach(c -> active.computeIfPresent(c, (k, n) -> n > 1 ? n - 1 : null));
                opens.getOrDefault(b, List.of()).forEach(c -> active.merge(c, 1, Integer::sum));
                previous = b;
            }
            return spans.create();
        }
    }

    /**
     * A passage's style classes: "passage", then its support class (passage-supported, -partly, -unsupported or
     * -contradicts) and passage-selected when it is linked to the selected node. The page view draws with them too.
     */
    public static List<String> passageClasses(Passage p, List<Link> links, CaseSnapshot s, OutlineNode selected) {
        List<String> classes = new ArrayList<>();
        classes.add("passage");
        Set<SupportLevel> levels = new HashSet<>();
        boolean contradicts = false;
        boolean ofSelected = false;
        for (Link l : links) {
            SupportLevel lvl = s.support().get(l.nodeId());
            if (lvl != null) {
                levels.add(lvl);
            }
            contradicts |= l.role() == LinkRole.CONTRADICTS;
            ofSelected |= selected != null && l.nodeId() == selected.id();
        }
        if (contradicts || levels.contains(SupportLevel.CONTRADICTED)) {
            // red for a contradiction either way: the passage contradicts, or what it is linked to is contradicted
            classes.add("passage-contradicts");
        } else if (levels.contains(SupportLevel.SUPPORTED)) {
            classes.add("passage-supported");
        } else if (levels.contains(SupportLevel.PARTLY_SUPPORTED)) {
            classes.add("passage-partly");
        } else if (!links.isEmpty()) {
            classes.add("passage-unsupported");
        }
        if (ofSelected) {
            classes.add("passage-selected");
        }
        return classes;
    }
}
