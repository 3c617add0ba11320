package org.claimbench.cli;

import java.nio.file.Path;

import org.claimbench.store.Store;

/**
 * Run in a separate process by {@code StoreWaitTest}: opens the store in {@code args[0]}, says "open", and holds it
 * until its standard input is closed.
 */
public final class StoreHolder {

    private StoreHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(Path.of(args[0]))) {
            store.cases().list();
            System.out.println("open");
            System.out.flush();
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}
