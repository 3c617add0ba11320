package org.claimbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.claimbench.service.CaseArchive;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Write a case to a .claimcase file, to open on another computer.")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--case", required = true, paramLabel = "ID", description = "The case (see `claimbench cases`).")
    long caseId;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The .claimcase file to write.")
    Path output;

    @Option(names = "--encrypt", description = "Seal the file with a password (from CLAIMBENCH_PASSWORD, or asked for).")
    boolean encrypt;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // asked before the case is read, so that two passwords that differ stop the command before it does anything
        char[] password = encrypt ? Passwords.getNew("Password for the case file: ", "The case file was not written.") : null;
        byte[] bytes;
        try (Store store = storeOptions.open()) {
            if (store.cases().find(caseId).isEmpty()) {
                throw new StoreException("Case " + caseId + " does not exist. `claimbench cases` lists the cases.");
            }
            bytes = storeOptions.services(store).archive().export(caseId);
        }
        if (password != null) {
            bytes = org.claimbench.service.Sealed.seal(bytes, password);
        }
        org.claimbench.service.AtomicFiles.write(output, "The case file", bytes);
        spec.commandLine().getErr().println("Wrote " + output + " (" + Plural.of(bytes.length, "byte") + ").");
        spec.commandLine().getErr().flush();
        return 0;
    }
}
