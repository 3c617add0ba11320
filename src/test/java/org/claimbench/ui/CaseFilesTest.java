package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimbench.domain.LegalCase;
import org.claimbench.domain.Party;
import org.junit.jupiter.api.Test;

/** Case files and case management in the window. */
class CaseFilesTest extends AppDriver {

    List<LegalCase> cases() throws Exception {
        return app.model().caseFiles().caseList();
    }

    @Test
    void exportThenOpenTheFileKeepingBothOrReplacing() throws Exception {
        Path file = dataDir.resolve("roe.claimcase");
        robot.interact(() -> app.model().caseFiles().exportCase(file));
        waitUntil(() -> Files.exists(file) && !app.model().session().tasks().busyProperty().get());
        assertEquals("Saved the case to " + file, app.model().session().noticeProperty().get());

        ImportFlowTest.FakeDialogs dialogs = new ImportFlowTest.FakeDialogs();
        app.model().session().setDialogs(dialogs);
        dialogs.choice = 0; // keep both, offered first
        robot.interact(() -> app.model().caseFiles().openCaseFile(file));
        waitUntil(() -> app.model().caseFiles().caseList().size() == 2);
        assertTrue(dialogs.lastQuestion.startsWith("This case is already here"), dialogs.lastQuestion);
        assertEquals("6 of 14 allegations have evidence, 1 contradicted", snapshot().coverage().toString());

        dialogs.choice = 1; // replace
        robot.interact(() -> app.model().caseFiles().openCaseFile(file));
        waitUntil(() -> "Opened roe.claimcase".equals(app.model().session().noticeProperty().get()) && !app.model().session().tasks().busyProperty().get());
        assertEquals(2, app.model().caseFiles().caseList().size());

        Path bad = dataDir.resolve("bad.claimcase");
        Files.writeString(bad, "not a zip");
        robot.interact(() -> app.model().caseFiles().openCaseFile(bad));
        waitUntil(() -> dialogs.lastError != null);
        assertTrue(dialogs.lastError.contains("not a ZIP archive"), dialogs.lastError);
    }

    @Test
    void anEncryptedCaseFileAsksForItsPasswordAndAgainWhenItIsWrong() throws Exception {
        Path file = dataDir.resolve("sealed.claimcase");
        robot.interact(() -> app.model().caseFiles().exportCase(file, "tide pool 42".toCharArray()));
        waitUntil(() -> Files.exists(file) && !app.model().session().tasks().busyProperty().get());
        assertTrue(org.claimbench.service.Sealed.isSealed(Files.readAllBytes(file)));

        ImportFlowTest.FakeDialogs dialogs = new ImportFlowTest.FakeDialogs();
        dialogs.passwords.add("not it at all");
        dialogs.passwords.add("tide pool 42");
        dialogs.choice = 0; // keep both, offered first
        app.model().session().setDialogs(dialogs);
        robot.interact(() -> app.model().caseFiles().openCaseFile(file));
        waitUntil(() -> app.model().caseFiles().caseList().size() == 2);
        assertTrue(dialogs.passwords.isEmpty(), "asked twice: the wrong password, then the right one");
        assertEquals(null, dialogs.lastError);
    }

    @Test
    void propertiesDuplicateDeleteAndRestore() throws Exception {
        robot.interact(() -> app.model().caseFiles().editCaseProperties("Roe v. Meridian", "Superior Court, San Mateo", "24-CIV-04417", null,
                List.of("Jane Roe 1", "Jane Roe 2"), List.of("Meridian Cloud, Inc.")));
        waitUntil(() -> snapshot().legalCase().title().equals("Roe v. Meridian"));
        assertEquals("ClaimBench \u2014 Roe v. Meridian", app.window().stage().getTitle());
        assertEquals(List.of("Meridian Cloud, Inc.", "Jane Roe 1", "Jane Roe 2"), snapshot().parties().stream().map(Party::name).toList());
        shortcutUndo();
        waitUntil(() -> snapshot().legalCase().title().startsWith("Roe v. Meridian Cloud"));

        robot.interact(() -> app.model().caseFiles().duplicateCase());
        waitUntil(() -> snapshot().legalCase().title().endsWith("(copy)"));
        long copy = snapshot().legalCase().id();
        assertEquals(14, snapshot().outline().stream().filter(n -> n.kind() == org.claimbench.domain.NodeKind.ALLEGATION).count());

        ImportFlowTest.FakeDialogs dialogs = new ImportFlowTest.FakeDialogs();
        dialogs.answer = true;
        app.model().session().setDialogs(dialogs);
        robot.clickOn("_File").clickOn("Delete case\u2026");
        waitUntil(() -> snapshot() != null && snapshot().legalCase().id() != copy && app.model().caseFiles().caseList().size() == 1);
        assertTrue(app.model().session().noticeProperty().get().startsWith("Deleted"));
        robot.clickOn("_File").clickOn("Restore deleted case");
        waitUntil(() -> app.model().caseFiles().caseList().size() == 2 && snapshot().legalCase().title().endsWith("(copy)"));
        assertEquals("6 of 14 allegations have evidence, 1 contradicted", snapshot().coverage().toString());
    }

    void shortcutUndo() {
        shortcut(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z);
    }
    @Test
    void theStoreIsRestoredFromABackupInsideTheWindowAndTheRestoreCanBeUndone() throws Exception {
        robot.interact(() -> app.model().backup().backupNow());
        waitUntil(() -> org.claimbench.store.Backups.list(dataDir).stream().anyMatch(p -> p.toString().endsWith("-manual.zip")));
        Path manual = org.claimbench.store.Backups.list(dataDir).stream().filter(p -> p.toString().endsWith("-manual.zip")).findFirst().orElseThrow();
        robot.interact(() -> app.model().caseFiles().newCase("Made after the backup"));
        waitUntil(() -> cases().stream().anyMatch(c -> c.title().equals("Made after the backup")));
        Workbench before = app.model();
        waitUntil(() -> !app.model().session().tasks().busyProperty().get()); // the menu item waits for work under way

        robot.clickOn("_File");
        robot.clickOn("#menu-restore-backup");
        waitUntil(() -> robot.lookup("#backup-list").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.claimbench.ui.backup.BackupViewModel.BackupChoice> list = robot.lookup("#backup-list").queryAs(javafx.scene.control.ListView.class);
        assertTrue(list.getItems().get(0).describe().contains("made by you"), list.getItems().get(0).describe());
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream().filter(b -> b.file().equals(manual)).findFirst().orElseThrow()));
        robot.clickOn("Restore");
        waitUntil(() -> robot.lookup(".dialog-pane").queryAll().stream().anyMatch(n -> ((javafx.scene.control.DialogPane) n).getContentText() != null
                && ((javafx.scene.control.DialogPane) n).getContentText().startsWith("Replace every case")));
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAll().stream()
                .filter(b -> "Restore".equals(((javafx.scene.control.Button) b).getText())).findFirst().orElseThrow());

        waitUntil(() -> app.model() != before && app.model().session().snapshotProperty().get() != null);
        waitUntil(() -> app.model().caseFiles().caseList().stream().noneMatch(c -> c.title().equals("Made after the backup"))
                && !app.model().caseFiles().caseList().isEmpty());
        assertTrue(app.model().session().noticeProperty().get().startsWith("Restored " + manual.getFileName()), app.model().session().noticeProperty().get());
        Path setAside = org.claimbench.store.Backups.list(dataDir).stream().filter(p -> p.toString().endsWith("-before-restore.zip"))
                .findFirst().orElseThrow();

        // the window works on the restored store: an edit is saved and undone
        robot.interact(() -> app.model().caseFiles().newCase("After the restore"));
        waitUntil(() -> app.model().caseFiles().caseList().stream().anyMatch(c -> c.title().equals("After the restore")));

        // and the restore is undone by restoring what it set aside
        Workbench restored = app.model();
        robot.interact(() -> app.model().backup().restoreBackup(org.claimbench.ui.backup.BackupViewModel.BackupChoice.of(setAside)));
        waitUntil(() -> app.model() != restored && app.model().caseFiles().caseList().stream().anyMatch(c -> c.title().equals("Made after the backup")));
    }

    @Test
    void aDamagedBackupIsRefusedInTheWindowAndTheStoreIsLeftAsItWas() throws Exception {
        Path bad = org.claimbench.store.Backups.folder(dataDir).resolve("claimbench-20260101-000000-manual.zip");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, "not a backup");
        int count = cases().size();
        Workbench before = app.model();
        robot.interact(() -> app.model().backup().restoreBackup(org.claimbench.ui.backup.BackupViewModel.BackupChoice.of(bad)));
        waitUntil(() -> app.model() != before && app.model().session().snapshotProperty().get() != null);
        waitUntil(() -> robot.lookup(".dialog-pane").queryAll().stream().anyMatch(n -> String.valueOf(((javafx.scene.control.DialogPane) n)
                .getContentText()).contains("nothing was changed")));
        assertEquals(count, app.model().caseFiles().caseList().size());
        assertTrue(org.claimbench.store.Backups.list(dataDir).stream().noneMatch(p -> p.toString().endsWith("-before-restore.zip")),
                "a refused backup sets nothing aside: the store was never replaced");
    }
}
