package org.claimbench.ui.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Collection;
import java.util.List;

import org.claimbench.domain.Passage;
import org.claimbench.service.CaseSnapshot;
import org.claimbench.ui.session.WorkbenchFixture;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The marks of the text: drawn into the document off the FX thread, and redrawn only where they changed. */
class TextStylesTest {

    static StyleSpans<Collection<String>> spans(Object... lengthsAndClasses) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        for (int i = 0; i < lengthsAndClasses.length; i += 2) {
            b.add(List.of(((String) lengthsAndClasses[i + 1]).split(" ")).stream().filter(x -> !x.isEmpty()).toList(),
                    (Integer) lengthsAndClasses[i]);
        }
        return b.create();
    }

    @Test
    void the_same_marks_need_no_redrawing() {
        assertNull(TextStyles.changed(spans(10, "", 5, "passage", 20, ""), spans(10, "", 5, "passage", 20, "")));
    }

    @Test
    void only_the_stretch_whose_marks_changed_is_redrawn() {
        // a passage at 10..15 becomes supported; another at 40..45 is untouched
        var was = spans(10, "", 5, "passage", 25, "", 5, "passage", 5, "");
        var now = spans(10, "", 5, "passage passage-supported", 25, "", 5, "passage", 5, "");
        assertArrayEquals(new int[] {10, 15}, TextStyles.changed(was, now));
        // a new passage appears at 20..30, spans cut differently around it
        var added = spans(10, "", 5, "passage", 5, "", 10, "passage", 10, "", 5, "passage", 5, "");
        assertArrayEquals(new int[] {20, 30}, TextStyles.changed(was, added));
        // two changes far apart: everything between them is redrawn, once
        var both = spans(10, "", 5, "passage passage-selected", 25, "", 5, "passage passage-selected", 5, "");
        assertArrayEquals(new int[] {10, 45}, TextStyles.changed(was, both));
    }

    @Test
    void nothing_known_or_another_length_redraws_everything() {
        assertArrayEquals(new int[] {0, 30}, TextStyles.changed(null, spans(30, "")));
        assertArrayEquals(new int[] {0, 30}, TextStyles.changed(spans(31, ""), spans(30, "")));
    }

    final WorkbenchFixture f = new WorkbenchFixture();
    final TextStyles.Drawings drawings = new TextStyles.Drawings();

    @Test
    void a_passage_linked_to_a_contradicted_allegation_is_red_as_the_legend_says() {
        CaseSnapshot s = f.snapshot();
        long contradicted = s.support().entrySet().stream().filter(e -> e.getValue() == org.claimbench.domain.SupportLevel.CONTRADICTED)
                .map(java.util.Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError("the demo has a contradicted allegation"));
        Passage p = s.passages().get(0);
        var link = new org.claimbench.domain.Link(0, p.caseId(), p.id(), contradicted, org.claimbench.domain.LinkRole.ASSERTS, java.time.Instant.now());
        List<String> classes = TextStyles.passageClasses(p, List.of(link), s, null);
        assertEquals(true, classes.contains("passage-contradicts"), classes.toString());
        assertEquals(false, classes.contains("passage-unsupported"), classes.toString());
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void the_document_on_show_arrives_with_its_highlights_in_its_text() {
        LoadedDocument d = f.w.document().loadedDocumentProperty().get();
        CaseSnapshot s = f.snapshot();
        assertNotNull(d.marks(), "the marks are laid in on the worker");
        var expected = drawings.of(d, s, f.w.session().selectedNodeProperty().get(), f.w.session().selectedPassageProperty().get(),
                List.of(), d.view().text().length());
        assertNull(TextStyles.changed(d.marks(), expected), "with the case's marks as they are");
        Passage p = s.passages().stream().filter(x -> x.documentId() == d.view().document().id()).findFirst().orElseThrow();
        int line = d.lineOf(p.start());
        int inLine = p.start() - d.lineStarts()[line];
        Collection<String> at = d.styled().getParagraph(line).getStyleAtPosition(inLine + 1);
        assertEquals(true, at.contains("passage"), "the styled text carries the highlight: " + at);
        // every character of the text carries the classes the marks give it
        String text = d.view().text();
        int k = 0;
        int spanEnd = d.marks().getStyleSpan(0).getLength();
        for (int at2 = 0; at2 < text.length(); at2++) {
            while (at2 >= spanEnd) {
                spanEnd += d.marks().getStyleSpan(++k).getLength();
            }
            if (text.charAt(at2) != '\n') {
                int l = d.lineOf(at2);
                assertEquals(d.marks().getStyleSpan(k).getStyle(), d.styled().getParagraph(l).getStyleOfChar(at2 - d.lineStarts()[l]),
                        "at " + at2);
            }
        }
        // the text and the lines' own styles are those of the plain document
        LoadedDocument plain = LoadedDocument.of(d.view(), java.util.Map.of());
        assertEquals(plain.styled().getText(), d.styled().getText());
        assertEquals(plain.styled().getParagraph(line).getParagraphStyle(), d.styled().getParagraph(line).getParagraphStyle());
        assertSame(d, d.marked(spans(3, "")), "marks of another length are not laid in");
    }

    @Test
    void a_document_laid_out_to_be_marked_builds_its_styled_text_only_with_the_marks() {
        LoadedDocument d = f.w.document().loadedDocumentProperty().get();
        LoadedDocument bare = LoadedDocument.toMark(d.view(), java.util.Map.of());
        assertNull(bare.styled(), "no plain styled text is built to be thrown away");
        LoadedDocument marked = bare.marked(d.marks());
        assertEquals(d.styled().getText(), marked.styled().getText());
        int line = d.lineOf(d.view().segments().get(d.view().segments().size() / 2).start());
        assertEquals(d.styled().getParagraph(line).getParagraphStyle(), marked.styled().getParagraph(line).getParagraphStyle());
        assertEquals(d.styled().getParagraph(line).getStyleSpans(), marked.styled().getParagraph(line).getStyleSpans());
        // marks that do not fit the text are not laid in, and the text is still there to show
        LoadedDocument unmarked = bare.marked(spans(3, ""));
        assertNotNull(unmarked.styled());
        assertEquals(d.view().text(), unmarked.styled().getText());
        assertNull(unmarked.marks());
    }

    @Test
    void the_same_inputs_are_drawn_once_and_any_change_draws_again() {
        LoadedDocument d = f.w.document().loadedDocumentProperty().get();
        CaseSnapshot s = f.snapshot();
        int length = d.view().text().length();
        var first = drawings.of(d, s, null, null, List.of(), length);
        assertSame(first, drawings.of(d, s, null, null, List.of(), length), "asked again with the same inputs");
        assertSame(first, drawings.of(d.marked(first), s, null, null, List.of(), length), "the same text and flags, marked");
        Passage p = s.passages().stream().filter(x -> x.documentId() == d.view().document().id()).findFirst().orElseThrow();
        var focused = drawings.of(d, s, null, p, List.of(), length);
        org.junit.jupiter.api.Assertions.assertNotSame(first, focused);
        assertNotNull(TextStyles.changed(first, focused), "the focused passage is drawn");
        var hit = drawings.of(d, s, null, p, List.of(new int[] {0, 3}), length);
        org.junit.jupiter.api.Assertions.assertNotSame(focused, hit);
        assertArrayEquals(new int[] {0, 3}, TextStyles.changed(focused, hit), "a search hit is drawn");
        var otherHit = drawings.of(d, s, null, p, List.of(new int[] {0, 4}), length);
        assertArrayEquals(new int[] {3, 4}, TextStyles.changed(hit, otherHit), "hits compared by their places, not their arrays");
        CaseSnapshot again = f.stored(); // the same case read afresh (opened again, say): equal, but another snapshot
        org.junit.jupiter.api.Assertions.assertNotSame(s, again);
        assertSame(otherHit, drawings.of(d, again, null, p, List.of(new int[] {0, 4}), length), "its drawing is kept");
        // a link made since: the case read then is drawn anew
        long other = s.outline().stream().filter(n -> n.kind() == org.claimbench.domain.NodeKind.ALLEGATION
                && s.links().stream().noneMatch(l -> l.passageId() == p.id() && l.nodeId() == n.id())).findFirst().orElseThrow().id();
        f.store.transaction(tx -> tx.passages().link(f.caseId, p.id(), other, org.claimbench.domain.LinkRole.ASSERTS));
        var linked = drawings.of(d, f.stored(), null, p, List.of(new int[] {0, 4}), length);
        org.junit.jupiter.api.Assertions.assertNotSame(otherHit, linked, "a case whose links changed is drawn anew");
    }

    @Test
    void the_same_text_with_the_same_drawing_is_laid_out_once() {
        LoadedDocument d = f.w.document().loadedDocumentProperty().get();
        var drawing = drawings.of(d, f.snapshot(), null, null, List.of(), d.view().text().length());
        LoadedDocument once = drawings.marked(d, drawing);
        assertSame(once, drawings.marked(d, drawing), "laid out once");
        assertSame(once, drawings.marked(d.withResponses(d.responses()), drawing), "the same responses beside it too");
        org.junit.jupiter.api.Assertions.assertNotSame(once, drawings.marked(d, spans(drawing.length(), "passage")), "another drawing is laid out");
        org.junit.jupiter.api.Assertions.assertNotSame(once, new TextStyles.Drawings().marked(d, drawing), "each text pane keeps its own");
    }
}
