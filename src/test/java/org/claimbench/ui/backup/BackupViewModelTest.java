package org.claimbench.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.ui.session.WorkbenchFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackupViewModelTest {

    final WorkbenchFixture f = new WorkbenchFixture();
    final BackupViewModel vm = f.w.backup();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void a_backup_made_now_is_listed_and_described_and_the_one_chosen_is_restored() {
        vm.backupNow();
        assertTrue(f.w.session().noticeProperty().get().startsWith("Backed up the store to"));
        List<BackupViewModel.BackupChoice> listed = new ArrayList<>();
        vm.listBackups(listed::addAll);
        assertEquals(1, listed.size());
        assertEquals("manual", listed.get(0).reason());
        assertTrue(listed.get(0).describe().contains("made by you"), listed.get(0).describe());
        vm.restoreBackup(listed.get(0));
        assertEquals(List.of(Path.of("claimbench-20261201-101500-manual.zip")), f.restored);
    }

    @Test
    void a_file_named_otherwise_is_still_listed_by_its_name() {
        BackupViewModel.BackupChoice b = BackupViewModel.BackupChoice.of(Path.of("old-copy.zip"));
        assertEquals("backup", b.reason());
        assertTrue(b.describe().startsWith("old-copy.zip"));
    }
}
