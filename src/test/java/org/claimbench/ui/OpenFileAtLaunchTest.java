package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.claimbench.service.CaseArchive;
import org.claimbench.service.DemoCase;
import org.claimbench.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** {@code claimbench FILE.claimcase} (what a double-click runs) opens the window on that case. */
class OpenFileAtLaunchTest {

    @TempDir
    Path dir;

    ClaimBenchApp app;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aCaseFileNamedAtLaunchIsOpened() throws Exception {
        Path file = dir.resolve("from-a-colleague.claimcase");
        try (Store other = Store.inMemory()) {
            long id = new DemoCase(other).install();
            other.cases().updateCaption(id, "Case from a colleague", null, null, null);
            Files.write(file, new CaseArchive(other).export(id));
        }
        AppOptions options = AppOptions.parse(List.of("--data-dir", dir.resolve("store").toString(), file.toString()));
        assertEquals(file, options.caseFile());
        FxToolkit.registerPrimaryStage();
        app = (ClaimBenchApp) FxToolkit.setupApplication(() -> new ClaimBenchApp(options));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.model() != null && app.model().session().snapshotProperty().get() != null
                && app.model().session().snapshotProperty().get().legalCase().title().equals("Case from a colleague"));
    }
}
