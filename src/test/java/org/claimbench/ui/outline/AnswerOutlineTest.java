package org.claimbench.ui.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.ResponseStatus;
import org.claimbench.domain.SupportLevel;
import org.claimbench.ui.session.WorkbenchFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The outline with the Answer read: what it says of each allegation, and the filter for the disputed ones nothing supports. */
class AnswerOutlineTest {

    final WorkbenchFixture f = new WorkbenchFixture();
    final OutlineViewModel vm = f.w.outline();

    static final Map<String, ResponseStatus> SAID = Map.of("16", ResponseStatus.ADMITTED, "17", ResponseStatus.ADMITTED_IN_PART,
            "29", ResponseStatus.DENIED, "30", ResponseStatus.WITHOUT_KNOWLEDGE, "39", ResponseStatus.NO_RESPONSE_REQUIRED);

    @AfterEach
    void close() {
        f.close();
    }

    OutlineNode allegation(String paragraph) {
        return f.node(NodeKind.ALLEGATION, "\u00b6 " + paragraph + " ");
    }

    @Test
    void without_an_answer_nothing_is_marked_and_the_filter_keeps_everything() {
        assertFalse(vm.answerRead());
        assertNull(vm.answerOf(allegation("29").id()));
        vm.disputedUnsupportedOnlyProperty().set(true);
        assertNull(vm.keptByAnswer(), "with no Answer read the filter hides nothing");
    }

    @Test
    void each_allegation_shows_what_the_answer_says_of_it() {
        f.readAnswer(SAID::get);
        assertTrue(vm.answerRead());
        assertEquals(ResponseStatus.ADMITTED, vm.answerOf(allegation("16").id()).status());
        assertFalse(vm.answerOf(allegation("16").id()).disputed());
        assertEquals("admitted (\u00b6 16)", vm.answerOf(allegation("16").id()).describe());
        assertEquals(ResponseStatus.DENIED, vm.answerOf(allegation("29").id()).status());
        assertTrue(vm.answerOf(allegation("29").id()).disputed());
        assertEquals("denied (\u00b6 29)", vm.answerOf(allegation("29").id()).describe());
        assertEquals("\u2696 in part", AnswerMarks.badge(vm.answerOf(allegation("17").id()).status()));
        assertEquals("\u2713 admitted", AnswerMarks.badge(ResponseStatus.ADMITTED));
        assertNull(AnswerMarks.badge(vm.answerOf(allegation("39").id()).status()), "no response required is neither a dispute nor an admission");
        var s = f.snapshot();
        assertSame(f.w.session().answers().answered(s), f.w.session().answers().answered(s), "worked out once per snapshot");
    }

    @Test
    void disputed_and_unsupported_keeps_only_those_allegations_with_what_holds_them() {
        f.readAnswer(SAID::get);
        assertNull(vm.keptByAnswer(), "off: every node is kept");
        vm.disputedUnsupportedOnlyProperty().set(true);
        Set<Long> kept = vm.keptByAnswer();
        OutlineNode denied = allegation("29");
        OutlineNode unknown = allegation("30");
        assertEquals(SupportLevel.UNSUPPORTED, f.snapshot().support().get(denied.id()));
        assertTrue(kept.contains(denied.id()) && kept.contains(unknown.id()), "denied, and without knowledge, with nothing to support them");
        assertTrue(kept.contains(denied.parentId()), "with the element it proves");
        OutlineNode element = f.snapshot().outline().stream().filter(n -> n.id() == denied.parentId()).findFirst().orElseThrow();
        assertTrue(kept.contains(element.parentId()), "and the count");
        assertFalse(kept.contains(allegation("16").id()), "admitted");
        assertFalse(kept.contains(allegation("39").id()), "no response required: not in dispute");
        OutlineNode part = allegation("17");
        assertEquals(f.snapshot().support().get(part.id()) == SupportLevel.UNSUPPORTED, kept.contains(part.id()),
                "admitted in part is a dispute, kept only while nothing supports it");
        assertFalse(kept.contains(allegation("13").id()), "the Answer says nothing of \u00b6 13");
        vm.disputedUnsupportedOnlyProperty().set(false);
        assertNull(vm.keptByAnswer());
    }
}
