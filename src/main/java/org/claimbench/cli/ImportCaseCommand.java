package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.claimbench.service.CaseArchive;
import org.claimbench.service.ImportService;
import org.claimbench.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-case", mixinStandardHelpOptions = true,
        description = "Add the case of a .claimcase file to the store and print its id.")
final class ImportCaseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The .claimcase file.")
    Path file;

    @Option(names = "--replace", description = "If the store already has this case, replace it (default: keep both).")
    boolean replace;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        byte[] bytes = ImportService.readFile(file);
        long id;
        CaseArchive.Checked checked;
        try (Store store = storeOptions.open()) {
            char[] password = org.claimbench.service.Sealed.isSealed(bytes) ? Passwords.get("Password for " + file.getFileName() + ": ") : null;
            String name = file.getFileName().toString();
            checked = CaseArchive.read(name, bytes, password);
            id = storeOptions.services(store).archive().importChecked(name, checked, replace ? CaseArchive.Existing.REPLACE : CaseArchive.Existing.KEEP_BOTH);
        }
        // only now, with the store closed and its file synced
        out.println(id);
        out.flush();
        checked.changed().forEach(spec.commandLine().getErr()::println);
        spec.commandLine().getErr().flush();
        return 0;
    }
}
