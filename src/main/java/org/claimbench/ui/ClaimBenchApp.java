package org.claimbench.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Alert;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;

import javax.imageio.ImageIO;

import org.claimbench.service.DemoCase;
import org.claimbench.service.Services;
import org.claimbench.ui.backup.StoreControl;
import org.claimbench.ui.common.FxDialogs;
import org.claimbench.ui.outline.OutlineSelection;
import org.claimbench.ui.session.FxTaskRunner;
import org.claimbench.store.Backups;
import org.claimbench.store.DataDirectory;
import org.claimbench.store.StoreKey;
import org.claimbench.store.Store;

import atlantafx.base.theme.PrimerLight;

/**
 * The composition root of the window: opens the store (off the FX thread, in {@link #init}), builds the
 * services, the view model and the window, and closes everything on exit.
 */
public final class ClaimBenchApp extends Application {

    private static final String FX_THREAD = "JavaFX Application Thread";

    private AppOptions options;
    private Store store;
    private FxTaskRunner tasks;
    private String startupError;
    private MainWindow window;
    private Workbench model;
    private java.nio.file.Path dataDir;
    /** How the user left the window, read in {@code init()}, off the FX thread. */
    private org.claimbench.service.UserSettings settings = org.claimbench.service.UserSettings.load(null);
    private java.util.concurrent.ScheduledExecutorService backups;
    /** The password of an encrypted store, once it has opened it; null for a plain store. */
    private char[] password;

    public ClaimBenchApp() {
    }

    /** For tests: a window on the given options. */
    public ClaimBenchApp(AppOptions options) {
        this.options = options;
    }

    public static void launchWindow(String[] args) {
        org.claimbench.store.DataDirectory.sendLogTo(
                org.claimbench.store.DataDirectory.resolve(AppOptions.parse(java.util.List.of(args)).dataDir()), "claimbench.log");
        Application.launch(ClaimBenchApp.class, args);
    }

    /** What was cleaned up on opening the store, left by an interrupted encryption; shown in the status bar. */
    private final java.util.List<String> recovered = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void init() {
        if (options == null) {
            options = AppOptions.parse(getParameters() == null ? java.util.List.of() : getParameters().getRaw());
        }
        dataDir = DataDirectory.resolve(options.dataDir());
        settings = org.claimbench.service.UserSettings.load(dataDir);
        // first: an encryption that was killed may have left the store encrypted without its marker, or the reverse
        recovered.addAll(StoreKey.recover(dataDir));
        if (options.dbUrl() != null || !StoreKey.isEncrypted(dataDir)) {
            // the store opens beside the window's start: the shell shows at once, and the case fills it when it arrives
            Thread opener = new Thread(() -> opening.complete(openStore(null)), "claimbench-open");
            opener.setDaemon(true);
            opener.start();
        } else {
            opening.complete(null); // an encrypted store waits for its password, asked for in start()
        }
    }

    /** Done when the store has opened (or failed to: then with the message to show); null when it waits for a password. */
    private final java.util.concurrent.CompletableFuture<String> opening = new java.util.concurrent.CompletableFuture<>();

    /** Opens the store and starts its backups; off the FX thread. Returns the error to show, or null. */
    private String openStore(char[] password) {
        try {
            if (options.dbUrl() != null) {
                store = openServer(options, password);
                startupError = null;
                return null; // a team store is backed up on its server
            }
            store = Store.open(dataDir, password);
            recovered.addAll(store.recovered());
            startBackups(store);
            startupError = null;
            return null;
        } catch (Store.WrongPassword | org.claimbench.store.PostgresDatabase.LoginRefused e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            startupError = e.getMessage();
            return startupError;
        }
    }

    /** Asks for the store's password until it opens the store, or the user gives up. */
    private void unlockThenShow(Stage stage, String problem) {
        java.util.Optional<char[]> password = new FxDialogs(null, null, url -> { }).askPassword("ClaimBench",
                problem != null ? problem : options.dbUrl() != null ? "Enter the password of " + options.serverUser() + " for the team store."
                        : "The store in " + dataDir + " is encrypted. Enter its password.", false);
        if (password.isEmpty()) {
            Platform.exit();
            return;
        }
        Thread opener = new Thread(() -> {
            String error = openStore(password.get());
            if (store != null) {
                this.password = password.get(); // kept to reopen the store after a restore
            }
            Platform.runLater(() -> {
                if (store != null) {
                    show(stage);
                } else if (startupError != null) {
                    fail(startupError);
                } else {
                    unlockThenShow(stage, error);
                }
            });
        }, "claimbench-unlock");
        opener.setDaemon(true);
        opener.start();
    }

    private void fail(String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.setTitle("ClaimBench cannot start");
        a.setHeaderText("The case store could not be opened");
        a.showAndWait();
        Platform.exit();
    }

    @Override
    public void start(Stage stage) {
        // the event thread never touches the store or parses a file: asked to, it refuses, and the mistake shows
        org.claimbench.store.Store.forbidWorkOn(t -> t.getName().equals(FX_THREAD) && Platform.isFxApplicationThread());
        org.claimbench.ingest.Readers.forbidWorkOn(t -> t.getName().equals(FX_THREAD) && Platform.isFxApplicationThread());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        if (!opening.isDone() || store != null) {
            showShell(stage);
        }
        opening.whenComplete((error, thrown) -> Platform.runLater(() -> {
            if (startupError != null) {
                fail(startupError);
            } else if (store == null) {
                unlockThenShow(stage, null); // start() has returned; the prompt follows
            } else {
                show(stage);
            }
        }));
    }

    /**
     * The window's shell, shown while the store opens: the window at its size with a word on what it is doing. The
     * real window replaces its content a moment later.
     */
    private void showShell(Stage stage) {
        javafx.scene.control.Label note = new javafx.scene.control.Label("Opening the case store\u2026");
        note.setId("startup-shell");
        javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(note);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(new javafx.scene.Scene(root, Math.min(1440, screen.getWidth()), Math.min(880, screen.getHeight())));
        stage.titleProperty().unbind();
        stage.setTitle("ClaimBench");
        stage.show();
        if (options.startupTiming()) {
            printAfterLayout(stage, "first-window-ms", false);
        }
    }

    /** Prints "{@code label}=N" (ms since the JVM started) once the stage's scene has been laid out. */
    private static void printAfterLayout(Stage stage, String label, boolean thenExit) {
        javafx.scene.Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                long ms = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                System.err.println(label + "=" + ms);
                if (thenExit) {
                    Platform.exit();
                }
            }
        });
    }

    /** Builds the window and shows it; the first time, also opens what the command line asked for. */
    private void show(Stage stage) {
        build(stage);
        stage.show();
        if (!recovered.isEmpty()) {
            model.session().say(String.join(" ", recovered));
        }
        if (options.caseFile() != null) {
            model.caseFiles().openCaseFile(options.caseFile()); // double-clicked, or named on the command line
        } else {
            model.caseFiles().openMostRecent();
        }
        if (options.screenshot() != null) {
            takeScreenshotWhenReady(stage, options.screenshot());
        }
        if (options.startupTiming()) {
            reportFirstWindow(stage);
        }
    }

    private void build(Stage stage) {
        tasks = new FxTaskRunner();
        // first of all on the worker, so that everything after it finds the demo case in a store that was empty
        Store opened = store;
        Services services = Services.of(store, dataDir);
        java.nio.file.Path logFolder = DataDirectory.logFolder();
        FxDialogs dialogs = new FxDialogs(stage, logFolder, url -> getHostServices().showDocument(url));
        if (options.dbUrl() == null) { // a team's store gets no demo: everyone on the team would see it
            tasks.run("Preparing the demo case", () -> services.demo().installIfEmpty(), installed -> { },
                    e -> dialogs.failure("The demo case could not be added", e.getMessage(), e));
        }
        model = Workbench.create(services, tasks, dialogs, settings, new StoreControl() {
            @Override
            public java.util.List<Path> backups() {
                return Backups.list(dataDir);
            }

            @Override
            public Path backupNow() {
                return Backups.backup(opened, dataDir, "manual");
            }

            @Override
            public void restore(Path backup) {
                restoreBackup(stage, backup);
            }

            @Override
            public String server() {
                return options.dbUrl() == null ? null : opened.description();
            }

            @Override
            public String[] lastServer() {
                String url = options.dbUrl() != null ? options.dbUrl() : settings.get(TEAM_URL, null);
                return url == null ? null : new String[] {url, options.dbUrl() != null ? options.serverUser() : settings.get(TEAM_USER, null)};
            }

            @Override
            public void connect(String url, String user, char[] password) {
                switchStore(stage, options.onServer(url, user), password);
            }

            @Override
            public void useLaptopStore() {
                switchStore(stage, options.onServer(null, null), ClaimBenchApp.this.password);
            }
        });
        window = new MainWindow(stage, model, logFolder, url -> getHostServices().showDocument(url));
        if (options.dbUrl() != null) {
            model.session().setStoreName("team store " + opened.description());
            watch = opened.watch(new org.claimbench.ui.session.TeamChanges(model.session(), model.edits(), Platform::runLater));
        }
    }

    /** The other users' changes to the team store on show, heard until the store closes; null on the laptop store. */
    private AutoCloseable watch;

    private void stopWatching() {
        if (watch != null) {
            try {
                watch.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(ClaimBenchApp.class).warn("Could not stop listening to the team store", e);
            }
            watch = null;
        }
    }

    /** The laptop store's backups: the day's first beside the window (a large store takes a while), then hourly. */
    private void startBackups(Store opened) {
        backups = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "claimbench-backup");
            t.setDaemon(true);
            return t;
        });
        backups.execute(() -> {
            if (Backups.due(dataDir, java.time.Duration.ofDays(1))) {
                backup(opened, "daily");
            }
        });
        backups.scheduleWithFixedDelay(() -> backup(opened, "hourly"), 1, 1, java.util.concurrent.TimeUnit.HOURS);
    }

    private static final String TEAM_URL = "team.url";
    private static final String TEAM_USER = "team.user";

    /** The store on a team's server: the password given, else CLAIMBENCH_DB_PASSWORD, else the password file. */
    private static Store openServer(AppOptions o, char[] password) {
        char[] pw = password != null ? password : org.claimbench.store.PgPass.lookup(System::getenv, o.dbUrl(), o.serverUser()).orElse(null);
        return Store.open(org.claimbench.store.PostgresDatabase.of(o.dbUrl(), o.serverUser(), pw));
    }

    /**
     * Shows another store (a team's, or the laptop's own) in place of this one. The new store opens first, on a thread
     * of its own; if it cannot, the message says why and the window goes on with the store it had. Then work under way
     * finishes, the old store closes and the window is built again on the new one.
     */
    private void switchStore(Stage stage, AppOptions next, char[] password) {
        stage.getScene().getRoot().setDisable(true);
        String where = next.dbUrl() == null ? "the laptop store" : "the team store";
        model.session().say("Opening " + where + "\u2026");
        Thread worker = new Thread(() -> {
            Store opened;
            try {
                opened = next.dbUrl() != null ? openServer(next, password) : Store.open(dataDir, password);
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    stage.getScene().getRoot().setDisable(false);
                    model.session().say("");
                    model.session().dialogs().error(next.dbUrl() == null ? "The laptop store did not open" : "The team store did not open",
                            e.getMessage() + " The window goes on with the store it had.");
                });
                return;
            }
            stopBackups();
            stopWatching();
            tasks.close();
            store.close();
            store = opened;
            options = next;
            if (next.dbUrl() == null) {
                startBackups(opened);
            } else {
                settings.set(TEAM_URL, next.dbUrl()); // offered again next time; the password is never kept
                settings.set(TEAM_USER, next.serverUser());
            }
            Platform.runLater(() -> {
                new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream().filter(w -> w != stage).forEach(javafx.stage.Window::hide);
                double width = stage.getWidth();
                double height = stage.getHeight();
                build(stage);
                stage.setWidth(width);
                stage.setHeight(height);
                model.caseFiles().openMostRecent();
                model.session().say(next.dbUrl() == null ? "On the laptop store again" : "On the team store " + opened.description()
                        + ": File \u25b8 Use the laptop store goes back");
            });
        }, "claimbench-switch-store");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * Closes the store (running work finishes first), restores the backup, opens the store again and builds a new
     * window on it. If the restore is refused the store is reopened as it was, and the message says why.
     */
    private void restoreBackup(Stage stage, Path backup) {
        double width = stage.getWidth();
        double height = stage.getHeight();
        // the windows beside the main one (the list of flags, a report preview) belong to the store being replaced
        new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream().filter(w -> w != stage).forEach(javafx.stage.Window::hide);
        stage.getScene().getRoot().setDisable(true);
        stage.titleProperty().unbind();
        stage.setTitle("ClaimBench \u2014 restoring " + backup.getFileName());
        FxTaskRunner old = tasks;
        Thread worker = new Thread(() -> {
            String refused = null;
            Path before = null;
            stopBackups();
            old.close();
            store.close();
            store = null;
            try {
                before = Backups.restore(dataDir, backup, password);
            } catch (RuntimeException e) {
                refused = e.getMessage();
                org.slf4j.LoggerFactory.getLogger(ClaimBenchApp.class).warn("Restoring {} was refused", backup, e);
            }
            String openError = openStore(password);
            String why = refused;
            Path kept = before;
            Platform.runLater(() -> {
                if (store == null) {
                    fail(openError);
                    return;
                }
                build(stage);
                stage.setWidth(width);
                stage.setHeight(height);
                model.caseFiles().openMostRecent();
                if (why != null) {
                    model.session().dialogs().error("The backup was not restored", why);
                } else {
                    model.session().say("Restored " + backup.getFileName() + (kept == null ? "" : "; the store as it was is kept as "
                            + kept.getFileName() + " (File \u25b8 Restore from backup\u2026 goes back to it)"));
                }
            });
        }, "claimbench-restore");
        worker.setDaemon(true);
        worker.start();
    }

    private void stopBackups() {
        if (backups != null) {
            backups.shutdown(); // a backup under way finishes: an interrupt would close the database file under it
            try {
                backups.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            backups = null;
        }
    }

    /** Prints "case-shown-ms=N" (since the JVM started) once the window with the case's text is laid out, and quits. */
    private void reportFirstWindow(Stage stage) {
        model.document().loadedDocumentProperty().addListener((obs, o, d) -> {
            if (d != null) {
                printAfterLayout(stage, "case-shown-ms", true);
            }
        });
    }

    public MainWindow window() {
        return window;
    }

    /** The store open now: for tests that set up in it what the window cannot make yet. */
    org.claimbench.store.Store store() {
        return store;
    }

    /** The view models of the window. */
    public Workbench model() {
        return model;
    }

    private void takeScreenshotWhenReady(Stage stage, Path file) {
        model.document().loadedDocumentProperty().addListener((obs, o, d) -> {
            if (d == null) {
                return;
            }
            OutlineSelection.selectFirstAllegationWithEvidence(model.session());
            PauseTransition wait = new PauseTransition(Duration.seconds(1.5));
            wait.setOnFinished(e -> {
                WritableImage image = stage.getScene().snapshot(null);
                try {
                    Path parent = file.toAbsolutePath().getParent();
                    if (parent != null) {
                        Files.createDirectories(parent);
                    }
                    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
                } catch (IOException ex) {
                    System.err.println("Cannot write the screenshot " + file + ": " + ex.getMessage());
                }
                Platform.exit();
            });
            wait.play();
        });
    }

    private void backup(Store store, String reason) {
        try {
            Backups.backup(store, dataDir, reason);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ClaimBenchApp.class).warn("Scheduled backup failed", e);
        }
    }

    @Override
    public void stop() {
        stopBackups();
        stopWatching();
        settings.close();
        if (tasks != null) {
            tasks.close();
        }
        if (store != null) {
            store.close();
        }
    }
}
