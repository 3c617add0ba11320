package org.claimbench.ui;

import org.claimbench.ui.session.Dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;

import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.ingest.FixturePdfs;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Import a complaint into a new case, see it structured, and seed the outline from its counts. */
class ImportFlowTest extends AppDriver {

    @TempDir
    Path files;

    @Test
    void importAComplaintIntoANewCaseAndBuildTheOutlineFromItsCounts() throws Exception {
        Path pdf = files.resolve("roe-complaint.pdf");
        Files.write(pdf, FixturePdfs.pleadingPaper());
        robot.interact(() -> app.model().caseFiles().newCase("Roe v. Meridian (working copy)"));
        waitUntil(() -> app.model().session().snapshotProperty().get() != null
                && app.model().session().snapshotProperty().get().legalCase().title().startsWith("Roe v. Meridian (working"));
        assertEquals(DocumentKind.COMPLAINT, app.model().importing().suggestedKind());

        robot.interact(() -> app.model().importing().importFile(pdf, DocumentKind.COMPLAINT, null));
        waitUntil(() -> app.model().document().loadedDocumentProperty().get() != null
                && "roe-complaint.pdf".equals(app.model().document().loadedDocumentProperty().get().view().document().fileName()));

        @SuppressWarnings("unchecked")
        ComboBox<Document> chooser = robot.lookup("#document-chooser").queryAs(ComboBox.class);
        assertEquals(1, chooser.getItems().size());
        StyleClassedTextArea text = robot.lookup("#document-text").queryAs(StyleClassedTextArea.class);
        assertTrue(text.getText().contains("Meridian assigned QuickPost a dedicated account executive"));
        assertEquals("Imported roe-complaint.pdf", robot.lookup("#status-job").queryAs(Label.class).getText());

        // the caret on ¶ 16 reports its paragraph and its page:line on the pleading paper
        int at = text.getText().indexOf("On August 15, 2016");
        robot.interact(() -> text.moveTo(at));
        assertTrue(app.model().document().locationProperty().get().matches("\u00b6 16 \u00b7 page \\d+:\\d+"), app.model().document().locationProperty().get());

        robot.clickOn("_Outline").clickOn("Build from counts");
        waitUntil(() -> app.model().session().snapshotProperty().get().outline().size() == 3);
        @SuppressWarnings("unchecked")
        TreeView<OutlineNode> tree = robot.lookup("#outline-tree").queryAs(TreeView.class);
        assertEquals(3, tree.getRoot().getChildren().size());
        OutlineNode first = tree.getRoot().getChildren().get(0).getValue();
        assertEquals("FIRST CAUSE OF ACTION \u2014 Beneficiary Liability, 18 U.S.C. \u00a7 1595", first.title());
        assertEquals("18 U.S.C. \u00a7 1595", first.legalBasis());
        assertTrue(first.body().contains("Incorporates \u00b6\u00b6 1\u201330"), first.body());

        assertTrue(text.getText().contains("Meridian assigned QuickPost"), "the text stays on show after the outline changes");
        assertEquals("roe-complaint.pdf", chooser.getValue().fileName());

        // a second run adds nothing, and leaves nothing to undo of its own
        robot.clickOn("_Outline").clickOn("Build from counts");
        waitUntil(() -> robot.lookup("#status-job").queryAs(Label.class).getText().startsWith("No new counts"));
        assertEquals(3, app.model().session().snapshotProperty().get().outline().size());

        // the build is undone as one step, and redone with the same counts
        List<Long> ids = app.model().session().snapshotProperty().get().outline().stream().map(OutlineNode::id).toList();
        assertEquals("Undo Build from counts", app.model().edits().undoStack().undoLabelProperty().get());
        robot.interact(() -> app.model().edits().undo());
        waitUntil(() -> app.model().session().snapshotProperty().get().outline().isEmpty());
        robot.interact(() -> app.model().edits().redo());
        waitUntil(() -> app.model().session().snapshotProperty().get().outline().size() == 3);
        assertEquals(ids, app.model().session().snapshotProperty().get().outline().stream().map(OutlineNode::id).toList());
    }

    @Test
    void aBadFileIsExplainedAndNothingIsAdded() throws Exception {
        Path fake = files.resolve("complaint.pdf");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(fake))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        FakeDialogs dialogs = new FakeDialogs();
        app.model().session().setDialogs(dialogs);
        int before = app.model().session().documents().size();
        robot.interact(() -> app.model().importing().importFile(fake, DocumentKind.EXHIBIT, null));
        waitUntil(() -> dialogs.lastError != null);
        assertTrue(dialogs.lastError.startsWith("Cannot import complaint.pdf: "), dialogs.lastError);
        assertTrue(dialogs.lastError.contains("has the name of a PDF document, but what it holds is a Word document (DOCX)"),
                dialogs.lastError);
        assertEquals(before, app.model().session().documents().size());
    }

    @Test
    void textUnderAPdfsNameIsReadAsTextAndTheStatusBarSaysSo() throws Exception {
        Path text = files.resolve("docket-export.pdf");
        Files.writeString(text, "EXHIBIT C\n\n1. The shipment left the dock on May 3.\n2. It arrived on May 9.\n");
        int before = app.model().session().documents().size();
        robot.interact(() -> app.model().importing().importFile(text, DocumentKind.EXHIBIT, null));
        waitUntil(() -> app.model().session().documents().size() == before + 1);
        String notice = app.model().session().noticeProperty().get();
        assertTrue(notice.startsWith("Imported docket-export.pdf"), notice);
        assertTrue(notice.contains("read as text"), notice);
    }

    @Test
    void aLongImportCanBeCancelled() throws Exception {
        Path pdf = files.resolve("long.pdf");
        Files.write(pdf, FixturePdfs.longPleading(1250)); // about 1,000 pages: long enough to cancel
        int before = app.model().session().documents().size();
        robot.interact(() -> app.model().importing().importFile(pdf, DocumentKind.EXHIBIT, null));
        waitUntil(() -> robot.lookup("#status-cancel").query().isVisible());
        robot.clickOn("#status-cancel");
        waitUntil(() -> !app.model().session().tasks().busyProperty().get());
        assertTrue(robot.lookup("#status-job").queryAs(Label.class).getText().contains("cancelled"),
                robot.lookup("#status-job").queryAs(Label.class).getText());
        assertEquals(before, app.model().session().documents().size());
    }

    @Test
    void editsGoOnWhileALongImportRuns() throws Exception {
        Path pdf = files.resolve("long.pdf");
        Files.write(pdf, FixturePdfs.longPleading(1250)); // about 1,000 pages
        robot.interact(() -> app.model().importing().importFile(pdf, DocumentKind.EXHIBIT, null));
        waitUntil(() -> app.model().session().tasks().cancellableProperty().get());
        robot.interact(() -> app.model().outline().addNode(org.claimbench.domain.NodeKind.COUNT, "Count IX \u2014 Conversion"));
        waitUntil(() -> snapshot().outline().stream().anyMatch(n -> n.title().equals("Count IX \u2014 Conversion")));
        assertTrue(app.model().session().tasks().cancellableProperty().get(), "the edit was saved and shown while the import ran");
        assertTrue(app.model().edits().undoStack().canUndoProperty().get(), "and it can be undone at once");
        robot.interact(() -> app.model().session().tasks().cancel());
        waitUntil(() -> !app.model().session().tasks().busyProperty().get());
        assertTrue(snapshot().outline().stream().anyMatch(n -> n.title().equals("Count IX \u2014 Conversion")));
    }

    static final class FakeDialogs implements Dialogs {
        volatile String lastError;

        @Override
        public void error(String title, String message) {
            lastError = title + ": " + message;
        }

        volatile String lastQuestion;
        volatile boolean answer;
        volatile int choice = -1;
        final java.util.Deque<String> passwords = new java.util.concurrent.ConcurrentLinkedDeque<>();

        @Override
        public java.util.Optional<char[]> askPassword(String title, String prompt, boolean twice) {
            String p = passwords.poll();
            return p == null ? java.util.Optional.empty() : java.util.Optional.of(p.toCharArray());
        }

        @Override
        public int choose(String title, String message, String... actions) {
            lastQuestion = title + ": " + message;
            return choice;
        }

        @Override
        public boolean confirm(String title, String message, String action) {
            lastQuestion = title + ": " + message;
            return answer;
        }

        @Override
        public java.util.Optional<String> askText(String title, String prompt, String initial) {
            return java.util.Optional.empty();
        }
    }
}
