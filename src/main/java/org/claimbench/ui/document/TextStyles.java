package org.claimbench.ui.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
            return view == o.view && flags == o.flags && sameMarks(snapshot, o.snapshot) && java.util.Objects.equals(selected, o.selected)
                    && java.util.Objects.equals(focused, o.focused) && length == o.length && hits.size() == o.hits.size()
                    && java.util.stream.IntStream.range(0, hits.size()).allMatch(i -> java.util.Arrays.equals(hits.get(i), o.hits.get(i)));
        }
    }

    private record Drawn(Inputs inputs, StyleSpans<Collection<String>> spans) {
    }

    /**
     * The drawings one text pane made last, kept for the next ask: a document read on a worker is drawn there, and the
     * text pane then asks again for the same inputs on the FX thread and gets that drawing rather than a second one.
     * Each text pane has its own, so that two windows do not take each other's.
     */
    public static final class Drawings {
        private volatile Drawn last;
        /**
         * The passages last classed. Selecting another passage, or searching, draws again with the same snapshot and
         * node: their classes are not worked out again for 5,000 passages.
         */
        private volatile PassageMarks classed;
        /** The last document laid out with its drawing, kept for the next time the same text gets the same drawing. */
        private volatile LoadedDocument marked;

        /** The drawing of {@code shown} for these inputs: the last one when they are the same. */
        public StyleSpans<Collection<String>> of(LoadedDocument shown, CaseSnapshot s, OutlineNode selected, Passage focused,
                                                 List<int[]> hits, int length) {
            Inputs in = new Inputs(shown.view(), shown.flags(), s, selected, focused, hits.stream().map(int[]::clone).toList(), length);
            Drawn before = last;
            if (before != null && before.inputs().same(in)) {
                return before.spans();
            }
            StyleSpans<Collection<String>> spans = draw(this, shown, s, selected, focused, hits, length);
            last = new Drawn(in, spans);
            return spans;
        }

        /** {@code d} with {@code spans} laid into its text: the last one laid out when it is the same text and drawing. */
        public LoadedDocument marked(LoadedDocument d, StyleSpans<Collection<String>> spans) {
            LoadedDocument before = marked;
            if (before != null && before.marks() == spans && before.view() == d.view() && before.flags() == d.flags()
                    && before.lineStyles() == d.lineStyles() && java.util.Arrays.equals(before.responses(), d.responses())) {
                return before; // a case opened again: laid out once
            }
            LoadedDocument made = d.marked(spans);
            marked = made;
            return made;
        }
    }

    private static StyleSpans<Collection<String>> draw(Drawings cache, LoadedDocument shown, CaseSnapshot s, OutlineNode selected, Passage focused,
                                                       List<int[]> hits, int length) {
        long docId = shown.view().document().id();
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
        PassageMarks passages = passageMarks(cache, s, docId, selected);
        for (int i = 0; i < passages.passages().size(); i++) {
            Passage p = passages.passages().get(i);
            List<String> classes = passages.classes().get(i);
            if (focused != null && focused.id() == p.id()) {
                classes = new ArrayList<>(classes);
                classes.add("passage-focused");
            }
            marks.add(p.start(), p.end(), classes);
        }
        return marks.spans();
    }

    /**
     * Whether two readings of a case give its texts the same marks: the same passages, links, support levels and flag
     * decisions. A case read again (opened again, or refreshed after an edit that touched none of them) then keeps its
     * drawing rather than working out 5,000 highlights anew; comparing them costs a small part of that.
     */
    static boolean sameMarks(CaseSnapshot a, CaseSnapshot b) {
        return a == b || a != null && b != null && a.legalCase().id() == b.legalCase().id() && a.passages().equals(b.passages())
                && a.links().equals(b.links()) && a.support().equals(b.support()) && a.flagDecisions().equals(b.flagDecisions());
    }

    /** The passages of a document with their classes, for one snapshot and one selected node; the focus is not in them. */
    private record PassageMarks(CaseSnapshot snapshot, long documentId, OutlineNode selected, List<Passage> passages,
                                List<List<String>> classes) {
    }

    private static PassageMarks passageMarks(Drawings cache, CaseSnapshot s, long docId, OutlineNode selected) {
        PassageMarks before = cache.classed;
        if (before != null && sameMarks(before.snapshot(), s) && before.documentId() == docId && java.util.Objects.equals(before.selected(), selected)) {
            return before;
        }
        Map<Long, List<Link>> linksByPassage = new HashMap<>();
        for (Link l : s.links()) {
            linksByPassage.computeIfAbsent(l.passageId(), k -> new ArrayList<>()).add(l);
        }
        List<Passage> passages = new ArrayList<>();
        List<List<String>> classes = new ArrayList<>();
        for (Passage p : s.passages()) {
            if (p.documentId() == docId) {
                passages.add(p);
                classes.add(List.copyOf(passageClasses(p, linksByPassage.getOrDefault(p.id(), List.of()), s, selected)));
            }
        }
        PassageMarks made = new PassageMarks(s, docId, selected, passages, classes);
        cache.classed = made;
        return made;
    }

    /**
     * The range {@code [from, to)} of the text whose classes differ between two drawings of the same text, or null when
     * none do; the whole text when their lengths differ. Redrawing only that range keeps a small change cheap.
     */
    static int[] changed(StyleSpans<Collection<String>> was, StyleSpans<Collection<String>> now) {
        List<int[]> stretches = changes(was, now);
        return stretches.isEmpty() ? null : new int[] {stretches.get(0)[0], stretches.get(stretches.size() - 1)[1]};
    }

    /**
     * The stretches {@code [from, to)} of the text whose classes differ between two drawings, in order, those less than
     * a line apart taken as one; none when none differ, the whole text when their lengths differ. Selecting another
     * passage changes two highlights, perhaps pages apart: only those two are redrawn, not the pages between them.
     */
    static List<int[]> changes(StyleSpans<Collection<String>> was, StyleSpans<Collection<String>> now) {
        if (was == now) {
            return List.of();
        }
        if (was == null || was.length() != now.length()) {
            return List.of(new int[] {0, now.length()});
        }
        List<int[]> found = new ArrayList<>();
        int i = 0;
        int j = 0;
        int endA = 0;
        int endB = 0;
        int pos = 0;
        while (i < was.getSpanCount() && j < now.getSpanCount()) {
            var sa = was.getStyleSpan(i);
            var sb = now.getStyleSpan(j);
            int limitA = endA + sa.getLength();
            int limitB = endB + sb.getLength();
            int next = Math.min(limitA, limitB);
            if (next > pos && !sa.getStyle().equals(sb.getStyle())) {
                int[] last = found.isEmpty() ? null : found.get(found.size() - 1);
                if (last != null && pos - last[1] < 80) {
                    last[1] = next;
                } else {
                    found.add(new int[] {pos, next});
                }
            }
            pos = next;
            if (limitA == pos) {
                i++;
                endA = limitA;
            }
            if (limitB == pos) {
                j++;
                endB = limitB;
            }
        }
        return found;
    }

    /**
     * Marks that open and close at character offsets, turned into spans of the classes in force. Each mark is two
     * events (its start and its end) in one array of longs, sorted once; the classes are counted in an array by number,
     * and each set of classes in force is made into its list once. A mark that is empty or ends past the text is left out.
     */
    static final class Marks {
        private final int length;
        /** The classes by number, and each distinct list of classes of a mark as the numbers of its classes. */
        private final Map<String, Integer> classIds = new HashMap<>();
        private final List<String> classNames = new ArrayList<>();
        private final Map<List<String>, Integer> markIds = new HashMap<>();
        private final List<int[]> markClasses = new ArrayList<>();
        /** Offset in the high half, the mark's number and 1 for an opening in the low half. */
        private long[] events = new long[256];
        private int count;

        Marks(int length) {
            this.length = length;
        }

        void add(int start, int end, List<String> classes) {
            if (end > length || end <= start || start < 0) {
                return;
            }
            Integer id = markIds.get(classes);
            if (id == null) {
                id = markClasses.size();
                int[] ids = new int[classes.size()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = classIds.computeIfAbsent(classes.get(i), c -> {
                        classNames.add(c);
                        return classNames.size() - 1;
                    });
                }
                markClasses.add(ids);
                markIds.put(List.copyOf(classes), id);
            }
            if (count + 2 > events.length) {
                events = java.util.Arrays.copyOf(events, events.length * 2);
            }
            events[count++] = (long) start << 32 | (long) id << 1 | 1;
            events[count++] = (long) end << 32 | (long) id << 1;
        }

        StyleSpans<Collection<String>> spans() {
            long[] ev = java.util.Arrays.copyOf(events, count);
            java.util.Arrays.sort(ev);
            int[] active = new int[classNames.size()];
            int passage = classIds.getOrDefault("passage", -1);
            // the list of classes for each set in force (the set as a bit mask while there are few enough classes)
            Map<Long, List<String>> lists = new HashMap<>();
            boolean masks = classNames.size() < 63;
            long mask = 0;
            StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
            int previous = 0;
            int i = 0;
            int b = 0;
            while (true) {
                if (b > previous) {
                    boolean overlap = passage >= 0 && active[passage] > 1; // two or more highlights: underlined, both visible
                    List<String> here = masks ? lists.computeIfAbsent(mask | (overlap ? 1L << 63 : 0), k -> listOf(active, overlap))
                            : listOf(active, overlap);
                    spans.add(here, b - previous);
                    previous = b;
                }
                while (i < count && (int) (ev[i] >>> 32) == b) {
                    int id = (int) ev[i] >>> 1;
                    int step = (ev[i] & 1) == 1 ? 1 : -1;
                    for (int c : markClasses.get(id)) {
                        active[c] += step;
                        if (masks) {
                            mask = active[c] > 0 ? mask | 1L << c : mask & ~(1L << c);
                        }
                    }
                    i++;
                }
                if (b >= length) {
                    break;
                }
                b = i < count ? (int) (ev[i] >>> 32) : length;
            }
            return spans.create();
        }

        /** The classes in force, "passage-overlap" with them when highlights overlap, in one order always. */
        private List<String> listOf(int[] active, boolean overlap) {
            List<String> here = new ArrayList<>();
            for (int c = 0; c < active.length; c++) {
                if (active[c] > 0) {
                    here.add(classNames.get(c));
                }
            }
            if (overlap) {
                here.add("passage-overlap");
            }
            here.sort(null); // so that two drawings of the same marks compare equal
            List<String> made = List.copyOf(here);
            List<String> known = LISTS.size() < 10_000 ? LISTS.putIfAbsent(made, made) : LISTS.get(made);
            return known != null ? known : made;
        }
    }

    /**
     * Each list of classes drawn, kept once: two drawings then share their lists, and comparing them (to redraw only
     * what changed) finds the same list rather than comparing its words. A case's marks make a few dozen such lists; a
     * bound keeps the store from growing past that should some text make many more.
     */
    private static final Map<List<String>, List<String>> LISTS = new java.util.concurrent.ConcurrentHashMap<>();

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
