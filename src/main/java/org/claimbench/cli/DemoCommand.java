package org.claimbench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.claimbench.service.DemoCase;
import org.claimbench.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true, description = "Add the demo case to the store and print its id.")
final class DemoCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long id;
        try (Store store = storeOptions.open()) {
            id = storeOptions.services(store).demo().install();
        }
        out.println(id); // once the store is closed and its file synced
        out.flush();
        return 0;
    }
}
