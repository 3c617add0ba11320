package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;

import org.claimbench.domain.ResponseStatus;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.claimbench.service.Services;
import org.claimbench.ui.session.Selection;
import org.claimbench.ui.session.WorkbenchFixture;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Reading the complaint against the Answer: the gutter's letters, the outline's marks and filter, the evidence pane's line. */
class AnswerFlowTest extends AppDriver {

    @Test
    void the_answer_shows_in_the_gutter_the_outline_and_the_evidence_pane() throws Exception {
        long caseId = snapshot().legalCase().id();
        long complaint = app.model().document().loadedDocumentProperty().get().view().document().id();
        // set up off the FX thread, where the store may be used
        WorkbenchFixture.readAnswer(Services.of(app.store(), dataDir), caseId, complaint,
                Map.of("16", ResponseStatus.ADMITTED, "29", ResponseStatus.DENIED, "39", ResponseStatus.NO_RESPONSE_REQUIRED)::get);
        robot.interact(() -> app.model().session().reload(Selection.KEEP));
        waitUntil(() -> app.model().document().loadedDocumentProperty().get().responses() != null);

        // the gutter: ¶ 29's letter, red, its words on hover
        var d = app.model().document().loadedDocumentProperty().get();
        Segment p29 = d.view().segments().stream().filter(s -> s.kind() == SegmentKind.NUMBERED_PARAGRAPH && "29".equals(s.label()))
                .findFirst().orElseThrow();
        robot.interact(() -> text().showParagraphAtTop(Math.max(0, d.lineOf(p29.start()) - 1)));
        waitUntil(() -> robot.lookup("#response-29").tryQuery().isPresent());
        Label letter = robot.lookup("#response-29").queryAs(Label.class);
        assertEquals("D", letter.getText());
        assertTrue(letter.getStyleClass().contains("response-denied"), letter.getStyleClass().toString());
        assertTrue(letter.getTooltip().getText().contains("\u201cDenied.\u201d"), letter.getTooltip().getText());
        // every letter is drawn whole, the widest ("N") too, whatever font stands in for the gutter's
        Segment p39 = d.view().segments().stream().filter(s -> s.kind() == SegmentKind.NUMBERED_PARAGRAPH && "39".equals(s.label()))
                .findFirst().orElseThrow();
        robot.interact(() -> text().showParagraphAtTop(Math.max(0, d.lineOf(p39.start()) - 1)));
        waitUntil(() -> robot.lookup("#response-39").tryQuery().isPresent());
        assertEquals("N", robot.lookup("#response-39").queryAs(Label.class).getText());
        List<String> cut = WaitForAsyncUtils.asyncFx(() -> ReadingComfortTest.clipped(text())).get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(List.of(), cut, "the gutter's numbers and letters are shown whole");

        // the outline: the mark beside the support level
        TreeCell<?> row = cell("\u00b6 29");
        assertTrue(labels(row).contains("\u2696 denied"), labels(row).toString());
        assertTrue(labels(cell("\u00b6 16")).contains("\u2713 admitted"));

        // the filter, by its key: only what the Answer disputes and nothing supports
        robot.clickOn("#outline-tree");
        shortcut(KeyCode.CONTROL, KeyCode.ALT, KeyCode.D);
        waitUntil(() -> app.model().outline().disputedUnsupportedOnlyProperty().get());
        waitUntil(() -> titles().stream().anyMatch(t -> t.startsWith("\u00b6 29")) && titles().stream().noneMatch(t -> t.startsWith("\u00b6 16")));
        assertTrue(titles().stream().noneMatch(t -> t.startsWith("\u00b6 39")), "no response required is no dispute: " + titles());

        // the evidence pane's line for the selected allegation
        robot.clickOn(cell("\u00b6 29"));
        waitUntil(() -> robot.lookup("#evidence-answer-line").queryAs(Label.class).isVisible());
        Label line = robot.lookup("#evidence-answer-line").queryAs(Label.class);
        assertEquals("Answer: denied (\u00b6 29)", line.getText());
        assertTrue(line.getStyleClass().contains("response-denied"));
        robot.clickOn("#evidence-answer-more");
        waitUntil(() -> robot.lookup("#evidence-answer-words").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#evidence-answer-words").queryAs(Label.class).getText().contains("\u201cDenied.\u201d"));

        shortcut(KeyCode.CONTROL, KeyCode.ALT, KeyCode.D);
        waitUntil(() -> titles().stream().anyMatch(t -> t.startsWith("\u00b6 16")));
        assertEquals(List.of(), ReadingComfortTest.clipped(app.window().evidencePane()), "the Answer's line is shown whole");
    }

    @Test
    void document_properties_of_the_answer_read_it_against_another_complaint_and_undo_puts_it_back() throws Exception {
        long caseId = snapshot().legalCase().id();
        long complaint = app.model().document().loadedDocumentProperty().get().view().document().id();
        Services services = Services.of(app.store(), dataDir);
        byte[] orchardText;
        try (var in = getClass().getResourceAsStream("/fixtures/orchard-complaint.txt")) {
            orchardText = in.readAllBytes();
        }
        // set up off the FX thread, where the store may be used
        long orchard = services.importer().importBytesChecked(caseId, "orchard.txt", orchardText, org.claimbench.domain.DocumentKind.COMPLAINT,
                "Orchard complaint", org.claimbench.ingest.OcrOptions.DEFAULT, null, org.claimbench.ingest.Progress.NONE).document().id();
        var answer = WorkbenchFixture.readAnswer(services, caseId, complaint, Map.of("16", ResponseStatus.ADMITTED, "29", ResponseStatus.DENIED)::get);
        robot.interact(() -> app.model().session().reload(Selection.KEEP));
        waitUntil(() -> snapshot().documents().stream().anyMatch(d -> d.id() == answer.id()));
        robot.interact(() -> app.model().session().selectedDocumentProperty().set(snapshot().documents().stream()
                .filter(d -> d.id() == answer.id()).findFirst().orElseThrow()));
        waitUntil(() -> app.model().document().loadedDocumentProperty().get() != null
                && app.model().document().loadedDocumentProperty().get().view().document().id() == answer.id());

        robot.clickOn("#document-text");
        shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
        waitUntil(() -> robot.lookup("#document-answers").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.claimbench.domain.Document> answers = robot.lookup("#document-answers").queryAs(javafx.scene.control.ComboBox.class);
        assertEquals(List.of(complaint, orchard), answers.getItems().stream().map(org.claimbench.domain.Document::id).toList(),
                "the case's complaints to choose from");
        assertEquals(complaint, answers.getValue().id(), "the complaint it answers is chosen");
        robot.interact(() -> answers.setValue(answers.getItems().get(1)));
        robot.clickOn("#document-short-name");
        shortcut(KeyCode.ENTER);
        waitUntil(() -> app.store().answers().answers(answer.id()).orElse(-1L) == orchard);
        assertEquals(17, app.store().answers().responses(answer.id()).size(), "read again against the orchard complaint's paragraphs");
        assertEquals(ResponseStatus.ADMITTED, app.store().answers().responses(answer.id()).get(15).status(), "¶ 16, from the Answer's own words");

        shortcut(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> app.store().answers().answers(answer.id()).orElse(-1L) == complaint);
        waitUntil(() -> snapshot().answers(answer.id()) == complaint);
    }

    private List<String> titles() {
        List<String> out = new java.util.ArrayList<>();
        var tree = tree();
        for (int r = 0; r < tree.getExpandedItemCount(); r++) {
            var item = tree.getTreeItem(r);
            if (item != null && item.getValue() != null) {
                out.add(item.getValue().title());
            }
        }
        return out;
    }

    private static List<String> labels(TreeCell<?> cell) {
        WaitForAsyncUtils.waitForFxEvents();
        return cell.lookupAll(".answer-mark").stream().map(n -> ((Label) n).getText()).toList();
    }
}
