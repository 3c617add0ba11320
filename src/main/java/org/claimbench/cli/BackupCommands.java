package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimbench.store.Backups;
import org.claimbench.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code backup}, {@code backups} and {@code restore}. */
final class BackupCommands {

    private BackupCommands() {
    }

    @Command(name = "backup", mixinStandardHelpOptions = true, description = "Back up the store now and print the backup's path.")
    static final class Backup implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                spec.commandLine().getOut().println(Backups.backup(store, storeOptions.dataDirectory(), "manual"));
            }
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "backups", mixinStandardHelpOptions = true, description = "List the backups of the store, newest first.")
    static final class ListBackups implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            List<Path> all = Backups.list(storeOptions.dataDirectory());
            if (all.isEmpty()) {
                out.println("No backups in " + Backups.folder(storeOptions.dataDirectory()) + ".");
            }
            for (Path p : all) {
                long size = Files.size(p);
                out.printf("%s  %,d %s%n", p, size, Plural.noun(size, "byte", "bytes"));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "encrypt-store", mixinStandardHelpOptions = true,
            description = "Encrypt the store with a password (ClaimBench closed; the password from CLAIMBENCH_PASSWORD, or asked for).")
    static final class Encrypt implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            storeOptions.embeddedOnly("`claimbench encrypt-store`");
            char[] password = Passwords.getNew("New store password: ", "The store was not encrypted.");
            var said = storeOptions.whenFree(() -> org.claimbench.store.StoreKey.change(storeOptions.dataDirectory(), null, password));
            said.forEach(spec.commandLine().getErr()::println);
            spec.commandLine().getErr().println("Every start will ask for the store's password.");
            spec.commandLine().getErr().flush();
            return 0;
        }
    }

    @Command(name = "decrypt-store", mixinStandardHelpOptions = true,
            description = "Remove the store's encryption (ClaimBench closed; the current password from CLAIMBENCH_PASSWORD, or asked for).")
    static final class Decrypt implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            storeOptions.embeddedOnly("`claimbench decrypt-store`");
            char[] password = Passwords.get("Store password: ");
            var said = storeOptions.whenFree(() -> org.claimbench.store.StoreKey.change(storeOptions.dataDirectory(), password, null));
            said.forEach(spec.commandLine().getErr()::println);
            spec.commandLine().getErr().flush();
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Replace the store with a backup (ClaimBench must be closed). The store as it was is backed up first.")
    static final class Restore implements Callable<Integer> {
        @Parameters(paramLabel = "BACKUP", description = "A backup file (see `claimbench backups`).")
        Path backup;
        @Mixin
        StoreOptions storeOptions;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            storeOptions.embeddedOnly("`claimbench restore`");
            Path dir = storeOptions.dataDirectory();
            char[] password = org.claimbench.store.StoreKey.isEncrypted(dir) ? Passwords.get("Store password: ") : null;
            Path before = storeOptions.whenFree(() -> Backups.restore(dir, backup, password));
            spec.commandLine().getErr().println("Restored " + backup.getFileName() + "."
                    + (before == null ? "" : " The store as it was is in " + before + "."));
            spec.commandLine().getErr().flush();
            return 0;
        }
    }
}
