package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.DialogPane;
import javafx.scene.control.PasswordField;

import org.claimbench.store.Store;
import org.claimbench.store.StoreKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starting on an encrypted store asks for the password, and again when it is wrong. */
class EncryptedStartTest {

    @TempDir
    Path dataDir;

    ClaimBenchApp app;
    final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    void enter(String password) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#password").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#password").write(password);
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void thePasswordIsAskedForAtStart() throws Exception {
        try (Store s = Store.open(dataDir)) {
            s.cases().list();
        }
        StoreKey.change(dataDir, null, "correct battery".toCharArray());

        FxToolkit.registerPrimaryStage();
        app = (ClaimBenchApp) FxToolkit.setupApplication(() -> new ClaimBenchApp(new AppOptions(dataDir.toString(), null)));
        enter("wrong battery");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").queryAll().stream()
                .anyMatch(n -> n instanceof DialogPane d && d.getHeaderText() != null && d.getHeaderText().contains("does not open")));
        assertTrue(robot.lookup("#password").queryAs(PasswordField.class).getText().isEmpty());
        enter("correct battery");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.model() != null && app.model().document().loadedDocumentProperty().get() != null);
        assertTrue(app.model().session().snapshotProperty().get().legalCase().title().startsWith("Roe v. Meridian"));
    }
}
