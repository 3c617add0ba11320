package org.claimbench.cli;

import java.nio.file.Path;

import org.claimbench.store.DataDirectory;
import org.claimbench.store.Store;

import picocli.CommandLine.Option;

/** The option every command shares: where the store is. */
public final class StoreOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the case store (default: $CLAIMBENCH_HOME, else the system's application-data folder).")
    String dataDir;

    Path dataDirectory() {
        return DataDirectory.resolve(dataDir);
    }

    Store open() {
        Path dir = dataDirectory();
        return Store.open(dir, org.claimbench.store.StoreKey.isEncrypted(dir) ? Passwords.get("Store password: ", false) : null);
    }
}
