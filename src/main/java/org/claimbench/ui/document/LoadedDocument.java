package org.claimbench.ui.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.claimbench.domain.Segment;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.claimbench.domain.SegmentKind;
import org.claimbench.service.DocumentView;

/**
 * A document ready for the text pane: where each text line starts, the gutter label and the style class of
 * each line, and for a complaint an Answer answers, the response beside each numbered paragraph ({@code responses}
 * by line, null when the document has none). Built off the FX thread. One made by {@link #toMark} has no styled text
 * until it is {@link #marked}; the text pane is only ever handed one that has.
 */
public record LoadedDocument(DocumentView view, int[] lineStarts, String[] gutter, String[] lineStyles,
                             ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> styled,
                             List<org.claimbench.analysis.WordingScreen.Flag> flags,
                             StyleSpans<Collection<String>> marks, ResponseGutter.Mark[] responses) {

    /**
     * The same document with {@code spans} (highlights, flags, marks) laid into its styled text, so that the text area
     * takes text and marks in one step. Built off the FX thread; {@link #marks()} says which marks are in.
     */
    public LoadedDocument marked(StyleSpans<Collection<String>> spans) {
        String text = view.text();
        if (spans.length() != text.length()) {
            return styled != null ? this : new LoadedDocument(view, lineStarts, gutter, lineStyles, plain(text, lineStarts, lineStyles),
                    flags, null, responses);
        }
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> builder =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), List.of(), lineStarts.length);
        // one walk through the spans, cutting them at the line ends (a newline takes one character of a span)
        int span = 0;
        int left = spans.getSpanCount() == 0 ? 0 : spans.getStyleSpan(0).getLength();
        for (int i = 0; i < lineStarts.length; i++) {
            int end = i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : text.length();
            Collection<String> par = lineStyles[i] == null ? List.<String>of() : List.of(lineStyles[i]);
            int need = end - lineStarts[i];
            if (need == 0) {
                builder.addParagraph("", List.<String>of(), par);
            } else {
                StyleSpansBuilder<Collection<String>> line = new StyleSpansBuilder<>();
                while (need > 0) {
                    while (left == 0) {
                        left = spans.getStyleSpan(++span).getLength();
                    }
                    int take = Math.min(need, left);
                    line.add(spans.getStyleSpan(span).getStyle(), take);
                    need -= take;
                    left -= take;
                }
                builder.addParagraph(text.substring(lineStarts[i], end), line.create(), par);
            }
            if (i + 1 < lineStarts.length) { // the newline
                while (left == 0) {
                    left = spans.getStyleSpan(++span).getLength();
                }
                left--;
            }
        }
        return new LoadedDocument(view, lineStarts, gutter, lineStyles, builder.build(), flags, spans, responses);
    }

    /**
     * Whether {@code other} shows what this shows, its marks aside: the same reading of the text (so the same lines,
     * gutter and line styles) and the same responses beside its paragraphs. A text area holding one holds the other,
     * once the marks that differ are drawn.
     */
    public boolean sameTextAs(LoadedDocument other) {
        return other == this || other != null && other.view == view && java.util.Arrays.equals(other.responses, responses)
                && java.util.Arrays.equals(other.lineStyles, lineStyles) && java.util.Arrays.equals(other.gutter, gutter);
    }

    /** The same document with the Answer's response beside each numbered paragraph it answers (by line; null: none). */
    public LoadedDocument withResponses(ResponseGutter.Mark[] byLine) {
        return new LoadedDocument(view, lineStarts, gutter, lineStyles, styled, flags, marks, byLine);
    }

    public static LoadedDocument of(DocumentView view) {
        return of(view, Map.of());
    }

    /** With the wording screen's flags of a pleading's numbered paragraphs ({@code screen} null: none). */
    public static LoadedDocument of(DocumentView view, org.claimbench.analysis.WordingScreen screen, int defendants) {
        return of(view, screen == null || !view.document().kind().isComplaint() ? Map.of()
                : screen.screen(view.text(), view.segments(), defendants));
    }

    /** With the flags the wording screen already found, by segment ordinal. */
    public static LoadedDocument of(DocumentView view, Map<Integer, List<org.claimbench.analysis.WordingScreen.Flag>> flagsByOrdinal) {
        return laidOut(view, flagsByOrdinal, true);
    }

    /**
     * The document's lines, gutter and line styles, without its styled text ({@link #styled()} is null): only to be
     * {@link #marked} at once, which builds the styled text with the marks in it. Building the plain one as well, to
     * throw it away, took as long as the marking on a long pleading read for the first time.
     */
    public static LoadedDocument toMark(DocumentView view, Map<Integer, List<org.claimbench.analysis.WordingScreen.Flag>> flagsByOrdinal) {
        return laidOut(view, flagsByOrdinal, false);
    }

    private static LoadedDocument laidOut(DocumentView view, Map<Integer, List<org.claimbench.analysis.WordingScreen.Flag>> flagsByOrdinal,
                                          boolean styledText) {
        String text = view.text();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        int[] lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        String[] gutter = new String[lineStarts.length];
        String[] styles = new String[lineStarts.length];
        for (Segment s : view.segments()) {
            int first = lineOf(lineStarts, s.start());
            int last = lineOf(lineStarts, Math.max(s.start(), s.end() - 1));
            if (s.kind() == SegmentKind.NUMBERED_PARAGRAPH) {
                gutter[first] = s.label();
            }
            String style = styleOf(s.kind());
            for (int l = first; l <= last && style != null; l++) {
                styles[l] = style;
            }
            if ((s.kind() == SegmentKind.PRAYER || s.kind() == SegmentKind.JURY_DEMAND) && isHeading(text, lineStarts, first)) {
                styles[first] = "seg-heading";
            }
        }
        List<org.claimbench.analysis.WordingScreen.Flag> flags = new ArrayList<>();
        flagsByOrdinal.values().forEach(flags::addAll);
        return new LoadedDocument(view, lineStarts, gutter, styles, styledText ? plain(text, lineStarts, styles) : null,
                List.copyOf(flags), null, null);
    }

    /** The whole styled text without marks, built off the FX thread and handed to the text area in one step. */
    private static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> plain(String text, int[] lineStarts, String[] styles) {
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> builder =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), List.of(), lineStarts.length);
        for (int i = 0; i < lineStarts.length; i++) {
            int end = i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : text.length();
            builder.addParagraph(text.substring(lineStarts[i], end), List.<String>of(), styles[i] == null ? List.<String>of() : List.of(styles[i]));
        }
        return builder.build();
    }

    /** "PRAYER FOR RELIEF", "DEMAND FOR JURY TRIAL": a short line in capitals. */
    private static boolean isHeading(String text, int[] lineStarts, int line) {
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
        String t = text.substring(lineStarts[line], end).strip();
        return !t.isEmpty() && t.length() < 60 && t.equals(t.toUpperCase(java.util.Locale.ROOT));
    }

    static String styleOf(SegmentKind kind) {
        return switch (kind) {
            case CAPTION -> "seg-caption";
            case HEADING -> "seg-heading";
            case COUNT_HEADING -> "seg-count";
            case PRAYER, JURY_DEMAND -> "seg-prayer";
            case SIGNATURE -> "seg-signature";
            case NUMBERED_PARAGRAPH -> "seg-paragraph";
            case FOOTNOTE -> "seg-footnote";
            case OTHER -> null;
        };
    }

    /** What the text pane's header says of it: "Complaint · 42 ¶ · 12 pages", and how its text was recognised. */
    public String summary() {
        int paragraphs = view.numberedParagraphCount();
        int pages = view.lines().isEmpty() ? 0 : view.lines().get(view.lines().size() - 1).page();
        return view.document().kind().label() + (paragraphs > 0 ? " \u00b7 " + paragraphs + " \u00b6" : "")
                + (pages > 0 ? " \u00b7 " + pages + (pages == 1 ? " page" : " pages") : "") + recognitionSummary(view);
    }

    /** " · recognised: 6 of 6 pages, 14 uncertain words", or nothing for text read from the file itself. */
    static String recognitionSummary(org.claimbench.service.DocumentView v) {
        if (!v.textSource().recognised()) {
            return "";
        }
        int uncertain = v.uncertainWords().size();
        int corrected = v.corrections().size();
        return " \u00b7 recognised: " + v.textSource().pagesRecognised() + " of " + v.textSource().pages() + " pages, " + uncertain
                + (uncertain == 1 ? " uncertain word" : " uncertain words") + (corrected == 0 ? "" : ", " + corrected
                + (corrected == 1 ? " correction" : " corrections"));
    }

    /** The text line (0-based) holding {@code offset}. */
    public int lineOf(int offset) {
        return lineOf(lineStarts, offset);
    }

    static int lineOf(int[] lineStarts, int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
