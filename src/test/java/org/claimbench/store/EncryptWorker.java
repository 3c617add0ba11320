package org.claimbench.store;

import java.nio.file.Path;

/**
 * Run in a separate process by {@code StoreEncryptionTest}: encrypts the store in {@code args[0]}, and stops dead
 * (as a kill would) when the change reaches the step named {@code args[1]}.
 */
public final class EncryptWorker {

    private EncryptWorker() {
    }

    public static void main(String[] args) {
        String stopAt = args[1];
        StoreKey.step = step -> {
            if (step.equals(stopAt)) {
                Runtime.getRuntime().halt(9);
            }
        };
        StoreKey.change(Path.of(args[0]), null, StoreEncryptionTest.PASSWORD);
        System.exit(0);
    }
}
