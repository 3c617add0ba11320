package org.claimbench.ui.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.ui.session.CaseSession;

/** The store's backups: list them, make one now, and go back to one. */
public final class BackupViewModel {

    /** One backup as the restore dialog lists it: when it was made, why, and its size. */
    public record BackupChoice(Path file, Instant made, String reason, long bytes) {

        private static final Pattern NAME = Pattern.compile("claimbench-(\\d{8}-\\d{6})-(.+?)(?:-\\d+)?\\.zip");

        /** "30 Nov 2026, 05:18 · hourly · 1.2 MB" in the local time zone. */
        public String describe() {
            String when = made == null ? file.getFileName().toString()
                    : DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault()).format(made);
            String why = switch (reason) {
                case "hourly" -> "hourly";
                case "daily" -> "on start";
                case "manual" -> "made by you";
                case "before-restore" -> "the store as it was before a restore";
                default -> reason.startsWith("before-v") ? "before an update of the store" : reason;
            };
            return when + " \u00b7 " + why + " \u00b7 " + String.format(Locale.ENGLISH, "%.1f MB", bytes / 1e6);
        }

        /** A backup file, described by its name (made when, why) and size. File work: off the FX thread. */
        public static BackupChoice of(Path file) {
            Matcher m = NAME.matcher(file.getFileName().toString());
            Instant made = null;
            String reason = "backup";
            if (m.matches()) {
                made = LocalDateTime.parse(m.group(1), DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")).toInstant(ZoneOffset.UTC);
                reason = m.group(2);
            }
            long bytes;
            try {
                bytes = Files.size(file);
            } catch (IOException e) {
                bytes = 0;
            }
            return new BackupChoice(file, made, reason, bytes);
        }
    }

    private final CaseSession session;
    private final StoreControl store;

    public BackupViewModel(CaseSession session, StoreControl store) {
        this.session = session;
        this.store = store;
    }

    /** Lists the backups (newest first) off the FX thread; {@code then} runs on it. */
    public void listBackups(Consumer<List<BackupChoice>> then) {
        session.tasks().run("Reading the backups", () -> store.backups().stream().map(BackupChoice::of).toList(), then, session::fail);
    }

    public void backupNow() {
        session.tasks().runLong("Backing up", progress -> store.backupNow(), p -> session.say("Backed up the store to " + p), session::fail);
    }

    /** Replaces the whole store with a backup; the window is built again on it. */
    public void restoreBackup(BackupChoice b) {
        store.restore(b.file());
    }

    // ---- the team store ----------------------------------------------------------------------------

    /** The team store on show ("DATABASE on HOST:PORT as USER"), or null on the laptop's own store. */
    public String server() {
        return store.server();
    }

    /** The team store last connected to, {url, user}, to offer again; or null. */
    public String[] lastServer() {
        return store.lastServer();
    }

    /** Shows the team store the user named in place of the store on show; a refusal changes nothing. */
    public void connect(TeamStoreDialog.Login login) {
        store.connect(login.url(), login.user(), login.password());
    }

    /** Back from the team store to the laptop's own store. */
    public void useLaptopStore() {
        store.useLaptopStore();
    }
}
