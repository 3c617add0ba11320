package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.claimbench.ui.common.FilePrompt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** File ▸ Export and File ▸ Import for a REFI-QDA project and for web annotations, clicked as a user would. */
class ExchangeMenusTest extends AppDriver {

    @AfterEach
    void systemChoosersAgain() {
        FilePrompt.answerWith(null);
    }

    /** Every chooser answers {@code file}, and says it was asked. */
    void choose(Path file, boolean save) {
        FilePrompt.answerWith((chooser, asSave) -> {
            assertEquals(save, asSave, chooser.getTitle());
            return file.toFile();
        });
    }

    void menu(String submenu, String id) throws Exception {
        waitUntil(() -> !app.model().session().tasks().busyProperty().get());
        robot.clickOn("_File");
        waitUntil(() -> shown(submenu) != null);
        // straight down the menu, then across: a diagonal passes over other items' sub-menus, which close and open menus
        robot.moveTo(shown(submenu), org.testfx.robot.Motion.VERTICAL_FIRST);
        robot.clickOn(shown(submenu), org.testfx.robot.Motion.VERTICAL_FIRST);
        waitUntil(() -> shown(id) != null);
        robot.clickOn(shown(id), org.testfx.robot.Motion.HORIZONTAL_FIRST);
    }

    /** The node on show with these words, or this "#id" (the menus' items are in a pop-up window); null if none. */
    javafx.scene.Node shown(String what) {
        return robot.lookup((javafx.scene.Node n) -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()
                && n.isVisible() && (what.startsWith("#") ? what.substring(1).equals(n.getId())
                : n instanceof javafx.scene.control.Labeled l && what.equals(l.getText()))).tryQuery().orElse(null);
    }

    @Test
    void a_case_goes_out_and_comes_back_through_the_file_menu() throws Exception {
        ImportFlowTest.FakeDialogs dialogs = new ImportFlowTest.FakeDialogs();
        app.model().session().setDialogs(dialogs);
        long demo = snapshot().legalCase().id();
        int demoPassages = snapshot().passages().size();

        Path qdpx = dataDir.resolve("roe.qdpx");
        choose(qdpx, true);
        menu("Export", "#menu-export-qdpx");
        waitUntil(() -> Files.exists(qdpx) && !app.model().session().tasks().busyProperty().get());
        assertEquals("Exported the case to " + qdpx, app.model().session().noticeProperty().get());

        Path json = dataDir.resolve("roe.jsonld");
        choose(json, true);
        menu("Export", "#menu-export-annotations");
        waitUntil(() -> Files.exists(json) && !app.model().session().tasks().busyProperty().get());

        choose(qdpx, false);
        menu("Import", "#menu-import-qdpx");
        waitUntil(() -> robot.lookup("#qdpx-import-ok").tryQuery().isPresent());
        assertTrue(robot.lookup("#qdpx-not-imported").tryQuery().isPresent(), "what will not be imported is listed");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.claimbench.domain.NodeKind> top = robot.lookup("#qdpx-level-1").queryAs(javafx.scene.control.ComboBox.class);
        assertEquals(org.claimbench.domain.NodeKind.COUNT, top.getValue(), "the usual levels are offered");
        robot.interact(() -> top.setValue(org.claimbench.domain.NodeKind.ELEMENT)); // the counts become elements of one count
        robot.clickOn("#qdpx-import-ok");
        waitUntil(() -> app.model().caseFiles().caseList().size() == 2 && snapshot().legalCase().id() != demo
                && app.model().document().loadedDocumentProperty().get() != null);
        assertEquals(demoPassages, snapshot().passages().size(), "every passage came back");
        assertEquals(1, snapshot().outline().stream().filter(n -> n.parentId() == null).count(), "one count, named after the project");
        assertEquals(org.claimbench.domain.NodeKind.COUNT, snapshot().outline().stream().filter(n -> n.parentId() == null).findFirst().orElseThrow().kind());
        assertTrue(app.model().session().noticeProperty().get().startsWith("Imported roe.qdpx: "), app.model().session().noticeProperty().get());

        long onShow = app.model().document().loadedDocumentProperty().get().view().document().id();
        long onIt = snapshot().passages().stream().filter(p -> p.documentId() == onShow).count();
        choose(json, false);
        menu("Import", "#menu-import-annotations");
        waitUntil(() -> snapshot().passages().size() == demoPassages + onIt && !app.model().session().tasks().busyProperty().get());
        assertTrue(app.model().session().noticeProperty().get().contains(onIt + " exact"), app.model().session().noticeProperty().get());
        assertEquals(null, dialogs.lastError);

        shortcut(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z);
        waitUntil(() -> snapshot().passages().size() == demoPassages);
    }

    @Test
    void a_file_that_is_not_a_project_is_explained_and_changes_nothing() throws Exception {
        ImportFlowTest.FakeDialogs dialogs = new ImportFlowTest.FakeDialogs();
        app.model().session().setDialogs(dialogs);
        Path bad = dataDir.resolve("bad.qdpx");
        Files.writeString(bad, "not a project");
        choose(bad, false);
        menu("Import", "#menu-import-qdpx");
        waitUntil(() -> dialogs.lastError != null);
        assertTrue(dialogs.lastError.contains("bad.qdpx is not a REFI-QDA project"), dialogs.lastError);
        assertEquals(1, app.model().caseFiles().caseList().size());
        File none = null;
        FilePrompt.answerWith((chooser, save) -> none); // cancelled: nothing happens
        menu("Import", "#menu-import-annotations");
        assertEquals(1, app.model().caseFiles().caseList().size());
    }
}
