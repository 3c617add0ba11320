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

    /** The environment variables that name a store on a PostgreSQL server, its user and its password. */
    static final String DB_URL_ENV = "CLAIMBENCH_DB_URL";
    static final String DB_USER_ENV = "CLAIMBENCH_DB_USER";
    static final String DB_PASSWORD_ENV = org.claimbench.store.PgPass.PASSWORD_ENV;

    @Option(names = "--db-url", paramLabel = "URL",
            description = "Use the store on a PostgreSQL server (jdbc:postgresql://SERVER:5432/DATABASE) instead of the embedded one "
                    + "(default: $" + DB_URL_ENV + "). The password comes from $" + DB_PASSWORD_ENV + ", else the password file.")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER",
            description = "The user name on the PostgreSQL server (default: $" + DB_USER_ENV + ", else your login name).")
    String dbUser;

    @Option(names = "--db-password-file", paramLabel = "FILE",
            description = "A password file in PostgreSQL's pgpass format (host:port:database:user:password), readable by you alone "
                    + "(default: $PGPASSFILE, else ~/.pgpass).")
    Path dbPasswordFile;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** Where the environment is read from: the process's, or a test's. */
    java.util.function.UnaryOperator<String> env = System::getenv;

    /** The address of the server's store, from --db-url or its variable; null for the embedded store. */
    String serverUrl() {
        String url = dbUrl != null ? dbUrl : env.apply(DB_URL_ENV);
        return url == null || url.isBlank() ? null : url.strip();
    }

    /** Refuses a command that acts on the embedded store's files when a server's store is chosen. */
    void embeddedOnly(String what) {
        if (serverUrl() != null) {
            throw new IllegalArgumentException(what + " works on the embedded store in the data folder; the store on "
                    + org.claimbench.store.PostgresDatabase.of(serverUrl(), user(), null).description()
                    + " is looked after by the PostgreSQL server's own tools. Leave out --db-url (and " + DB_URL_ENV + ").");
        }
    }

    private String user() {
        String user = dbUser != null ? dbUser : env.apply(DB_USER_ENV);
        return user == null || user.isBlank() ? System.getProperty("user.name") : user.strip();
    }

    /** The password for the server: the file named, else the variable, else the default password file; none at all is allowed. */
    private char[] serverPassword(String url, String user) {
        if (dbPasswordFile != null) {
            if (!java.nio.file.Files.isRegularFile(dbPasswordFile)) {
                throw new IllegalArgumentException("There is no password file " + dbPasswordFile + ".");
            }
            return org.claimbench.store.PgPass.find(dbPasswordFile, url, user).orElseThrow(() -> new IllegalArgumentException(
                    "The password file " + dbPasswordFile + " has no line for " + user + " on that server and database."));
        }
        return org.claimbench.store.PgPass.lookup(env, url, user).orElse(null);
    }

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
        String url = serverUrl();
        if (url != null) {
            String user = user();
            return Store.open(org.claimbench.store.PostgresDatabase.of(url, user, serverPassword(url, user)));
        }
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
