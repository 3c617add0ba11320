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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, description = {"Write a case to a .claimcase file, to open on another computer;",
        "or as a REFI-QDA project (--format qdpx) or W3C web annotations (--format annotations), for other tools."})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--case", required = true, paramLabel = "ID", description = "The case (see `claimbench cases`).")
    long caseId;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "claimcase",
            description = "claimcase (the default: the whole case, to open in ClaimBench), qdpx (a REFI-QDA project, "
                    + "for QualCoder, MAXQDA, ATLAS.ti, NVivo) or annotations (W3C web annotations, JSON-LD).")
    String format;

    @Option(names = "--encrypt", description = "Seal the file with a password (from CLAIMBENCH_PASSWORD, or asked for).")
    boolean encrypt;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String f = format.trim().toLowerCase(java.util.Locale.ROOT);
        if (!f.equals("claimcase") && !f.equals("qdpx") && !f.equals("annotations")) {
            throw new ParameterException(spec.commandLine(), "Unknown export format \u201c" + format
                    + "\u201d: use claimcase, qdpx or annotations.");
        }
        if (encrypt && !f.equals("claimcase")) {
            throw new ParameterException(spec.commandLine(), "--encrypt seals a .claimcase file only; a REFI-QDA project "
                    + "and web annotations are written unsealed, for other programs to read.");
        }
        if (!f.equals("claimcase")) {
            return other(f);
        }
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

    /** Writes a REFI-QDA project or the web annotations. */
    private int other(String f) throws Exception {
        boolean qdpx = f.equals("qdpx");
        byte[] bytes;
        try (Store store = storeOptions.open()) {
            if (store.cases().find(caseId).isEmpty()) {
                throw new StoreException("Case " + caseId + " does not exist. `claimbench cases` lists the cases.");
            }
            var services = storeOptions.services(store);
            bytes = qdpx ? services.qdpx().export(caseId) : services.annotations().export(caseId);
        }
        org.claimbench.service.AtomicFiles.write(output, qdpx ? "The REFI-QDA project" : "The web annotations", bytes);
        spec.commandLine().getErr().println("Wrote " + output + " (" + Plural.of(bytes.length, "byte") + ").");
        spec.commandLine().getErr().flush();
        return 0;
    }
}
