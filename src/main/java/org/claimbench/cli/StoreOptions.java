package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.claimbench.store.DataDirectory;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;
import org.claimbench.store.StoreKey;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options every command shares: where the store is, and how long to wait for it while another ClaimBench has it. */
public final class StoreOptions {

    /** How long a command waits for a store that another ClaimBench holds, unless told otherwise. */
    static final int DEFAULT_WAIT_SECONDS = 30;
    /** How often a waiting command tries the store again. */
    private static final long RETRY_MILLIS = 200;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the case store (default: $CLAIMBENCH_HOME, else the system's application-data folder).")
    String dataDir;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "" + DEFAULT_WAIT_SECONDS,
            description = "While another ClaimBench window or command has the store, wait up to this long for it (default: ${DEFAULT-VALUE}; 0: fail at once).")
    int waitSeconds = DEFAULT_WAIT_SECONDS;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    Path dataDirectory() {
        return DataDirectory.resolve(dataDir);
    }

    private PrintWriter err() {
        return mixee == null ? new PrintWriter(System.err, true) : mixee.commandLine().getErr();
    }

    /** The services of an open store, with this data folder's wording rules and templates. */
    org.claimbench.service.Services services(Store store) {
        return org.claimbench.service.Services.of(store, dataDirectory());
    }

    /** Opens the store, waiting while another ClaimBench has it; says what was cleaned up on the way. */
    Store open() {
        Path dir = dataDirectory();
        tell(StoreKey.recover(dir));
        char[] password = StoreKey.isEncrypted(dir) ? Passwords.get("Store password: ") : null;
        Store store = whenFree(() -> Store.open(dir, password));
        tell(store.recovered());
        return store;
    }

    private void tell(java.util.List<String> lines) {
        lines.forEach(err()::println);
        err().flush();
    }

    /**
     * Runs {@code work}, which needs the store to itself, again and again while another ClaimBench has the store, for
     * up to {@code --wait} seconds; says once that it is waiting.
     */
    <T> T whenFree(Supplier<T> work) {
        if (waitSeconds < 0) {
            throw new IllegalArgumentException("--wait takes a number of seconds, 0 or more.");
        }
        long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
        boolean told = false;
        while (true) {
            try {
                return work.get();
            } catch (Store.InUse e) {
                if (System.nanoTime() - deadline >= 0) {
                    throw new StoreException(waitSeconds == 0
                            ? e.getMessage() + " Or let the command wait for it with --wait SECONDS."
                            : "The store in " + dataDirectory() + " was still in use by another ClaimBench window or command after "
                              + Plural.of(waitSeconds, "second")
                              + ". Close it, or run the command again with a longer --wait.", e);
                }
                if (!told) {
                    err().println("Waiting for the store, which another ClaimBench command or window holds… (up to " + waitSeconds
                            + " s; --wait SECONDS sets how long)");
                    err().flush();
                    told = true;
                }
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
