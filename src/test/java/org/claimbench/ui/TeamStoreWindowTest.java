package org.claimbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.TextField;

import org.claimbench.domain.LegalCase;
import org.claimbench.store.PostgresDatabase;
import org.claimbench.store.Store;
import org.claimbench.store.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * File ▸ Connect to team store…, against a real PostgreSQL server: the window shows the team's cases and says where
 * it is, an edit lands on the server, a refused login leaves the window on the store it had, and File ▸ Use the laptop
 * store goes back.
 */
class TeamStoreWindowTest extends AppDriver {

    void fileMenu(String id) throws Exception {
        waitUntil(() -> !app.model().session().tasks().busyProperty().get());
        robot.clickOn("_File");
        waitUntil(() -> shown(id) != null);
        robot.clickOn(shown(id), org.testfx.robot.Motion.VERTICAL_FIRST);
    }

    javafx.scene.Node shown(String id) {
        return robot.lookup((javafx.scene.Node n) -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing() && n.isVisible() && id.substring(1).equals(n.getId())).tryQuery().orElse(null);
    }

    void fill(String id, String text) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> f.setText(text));
    }

    static String database(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    List<String> titlesOnServer(String url) {
        try (Store s = Store.open(PostgresDatabase.of(url, TestPostgres.USER, TestPostgres.PASSWORD.toCharArray()))) {
            return s.cases().list().stream().map(LegalCase::title).sorted().toList();
        }
    }

    void connect(String url, String password) throws Exception {
        fileMenu("#menu-connect-team");
        waitUntil(() -> robot.lookup("#team-host").tryQuery().isPresent());
        fill("#team-host", "127.0.0.1");
        fill("#team-port", String.valueOf(TestPostgres.port()));
        fill("#team-database", database(url));
        fill("#team-user", TestPostgres.USER);
        fill("#team-password", password);
        robot.clickOn("OK");
    }

    @Test
    void the_window_moves_to_the_team_store_and_back() throws Exception {
        String url = TestPostgres.freshUrl();
        try (Store s = Store.open(PostgresDatabase.of(url, TestPostgres.USER, TestPostgres.PASSWORD.toCharArray()))) {
            s.cases().create("Harbor Freight Claims", null, null, null);
        }
        String demoTitle = snapshot().legalCase().title();
        assertFalse(app.window().stage().getTitle().contains("team store"), app.window().stage().getTitle());
        javafx.scene.control.Menu file = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0);
        assertTrue(item(file, "menu-use-laptop").isDisable(), "already on the laptop store");
        assertFalse(item(file, "menu-backup-now").isDisable());

        // a wrong password: said, and the window stays on the laptop store
        ImportFlowTest.FakeDialogs dialogs = new ImportFlowTest.FakeDialogs();
        app.model().session().setDialogs(dialogs);
        connect(url, "not-the-password");
        waitUntil(() -> dialogs.lastError != null);
        assertTrue(dialogs.lastError.startsWith("The team store did not open: The PostgreSQL server at 127.0.0.1:" + TestPostgres.port()
                + " refused the user claimbench with that password."), dialogs.lastError);
        assertTrue(dialogs.lastError.endsWith("The window goes on with the store it had."), dialogs.lastError);
        assertEquals(demoTitle, snapshot().legalCase().title());
        assertFalse(app.window().stage().getScene().getRoot().isDisabled(), "the window is usable again");

        connect(url, TestPostgres.PASSWORD);
        waitUntil(() -> app.model().session().current() != null
                && app.model().session().current().legalCase().title().equals("Harbor Freight Claims"));
        String title = app.window().stage().getTitle();
        assertTrue(title.startsWith("ClaimBench \u2014 Harbor Freight Claims \u2014 team store claimbench@127.0.0.1:" + TestPostgres.port()), title);
        assertEquals(List.of("Harbor Freight Claims"), titlesOnServer(url), "no demo case is put on a team's store");

        // an edit made in the window lands on the server
        robot.interact(() -> app.model().caseFiles().newCase("Second matter"));
        waitUntil(() -> titlesOnServer(url).contains("Second matter"));

        fileMenu("#menu-use-laptop");
        waitUntil(() -> app.model().session().current() != null && app.model().session().current().legalCase().title().equals(demoTitle));
        assertFalse(app.window().stage().getTitle().contains("team store"), app.window().stage().getTitle());
        assertEquals(List.of("Harbor Freight Claims", "Second matter"), titlesOnServer(url));
    }

    @Test
    void the_window_starts_on_a_team_store_named_on_its_command_line() throws Exception {
        String url = TestPostgres.freshUrl();
        try (Store s = Store.open(PostgresDatabase.of(url, TestPostgres.USER, TestPostgres.PASSWORD.toCharArray()))) {
            s.cases().create("Pier 9 Dispute", null, null, null);
        }
        org.testfx.api.FxToolkit.cleanupApplication(app);
        org.testfx.api.FxToolkit.cleanupStages();
        AppOptions options = AppOptions.parse(List.of("--data-dir", dataDir.toString(), "--db-url", url),
                name -> name.equals("CLAIMBENCH_DB_USER") ? TestPostgres.USER : null);
        assertEquals(url, options.dbUrl());
        assertEquals(TestPostgres.USER, options.serverUser());
        startWithPasswordFile(options);
        assertEquals("Pier 9 Dispute", app.model().session().current().legalCase().title());
        assertTrue(app.window().stage().getTitle().contains("team store claimbench@127.0.0.1:" + TestPostgres.port()),
                app.window().stage().getTitle());
        javafx.scene.control.Menu file = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0);
        assertFalse(item(file, "menu-use-laptop").isDisable(), "the way back to the laptop store is offered");
        assertTrue(item(file, "menu-backup-now").isDisable(), "a team store is backed up on its server");
        assertTrue(item(file, "menu-restore-backup").isDisable());
    }

    @Test
    void another_users_change_shows_at_once_with_the_selection_kept() throws Exception {
        String url = TestPostgres.freshUrl();
        long caseId;
        long countOne;
        try (Store s = Store.open(PostgresDatabase.of(url, TestPostgres.USER, TestPostgres.PASSWORD.toCharArray()))) {
            caseId = s.cases().create("Pier 9 Dispute", null, null, null).id();
            countOne = s.outline().append(org.claimbench.domain.OutlineNode.of(caseId, null, 0,
                    org.claimbench.domain.NodeKind.COUNT, "Count I")).id();
        }
        org.testfx.api.FxToolkit.cleanupApplication(app);
        org.testfx.api.FxToolkit.cleanupStages();
        AppOptions options = AppOptions.parse(List.of("--data-dir", dataDir.toString(), "--db-url", url, "--db-user", TestPostgres.USER),
                name -> null);
        startWithPasswordFile(options);
        javafx.scene.control.Label store = robot.lookup("#status-store").queryAs(javafx.scene.control.Label.class);
        assertEquals("Team store " + database(url) + " (" + TestPostgres.USER + ")", store.getText());
        assertTrue(store.getTooltip().getText().startsWith("The cases are kept in the team store " + TestPostgres.USER + "@127.0.0.1:"
                + TestPostgres.port() + "/" + database(url)), store.getTooltip().getText());

        var count = app.model().session().current().outline().stream().filter(n -> n.id() == countOne).findFirst().orElseThrow();
        robot.interact(() -> app.model().session().selectedNodeProperty().set(count));
        waitUntil(() -> !app.model().session().tasks().busyProperty().get());
        Thread.sleep(1_000); // the window's listener is under way
        try (Store other = Store.open(PostgresDatabase.of(url, TestPostgres.USER, TestPostgres.PASSWORD.toCharArray()))) {
            other.outline().append(org.claimbench.domain.OutlineNode.of(caseId, null, 1, org.claimbench.domain.NodeKind.COUNT,
                    "Count II \u2014 Negligence"));
        }
        waitUntil(() -> app.model().session().current().outline().stream().anyMatch(n -> n.title().startsWith("Count II")));
        waitUntil(() -> app.model().session().noticeProperty().get().contains("shown as it is now"));
        assertTrue(app.model().session().noticeProperty().get().startsWith(TestPostgres.USER + " added an outline node \u201cCount II "
                + "\u2014 Negligence\u201d at "), app.model().session().noticeProperty().get());
        assertEquals(countOne, app.model().session().selectedNodeProperty().get().id(), "the reader's selection stays");

        // the line that brings the news is cut: said in the status bar, and mended
        try (var admin = java.sql.DriverManager.getConnection(url, TestPostgres.USER, TestPostgres.PASSWORD)) {
            admin.createStatement().execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN %'");
        }
        waitUntil(() -> store.getText().endsWith("connection lost, trying again"));
        waitUntil(() -> !store.getText().contains("connection lost"));
    }

    /** Starts the window with {@code options}, the password in the user's own password file, as psql reads it. */
    void startWithPasswordFile(AppOptions options) throws Exception {
        String home = System.getProperty("user.home");
        java.nio.file.Path pgpass = dataDir.resolve(".pgpass");
        java.nio.file.Files.writeString(pgpass, "127.0.0.1:" + TestPostgres.port() + ":*:" + TestPostgres.USER + ":" + TestPostgres.PASSWORD + "\n");
        java.nio.file.Files.setPosixFilePermissions(pgpass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        System.setProperty("user.home", dataDir.toString());
        try {
            app = (ClaimBenchApp) org.testfx.api.FxToolkit.setupApplication(() -> new ClaimBenchApp(options));
            waitUntil(() -> app.model() != null && app.model().session().current() != null);
        } finally {
            System.setProperty("user.home", home);
        }
    }

    static javafx.scene.control.MenuItem item(javafx.scene.control.Menu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError("no item " + id));
    }
}
