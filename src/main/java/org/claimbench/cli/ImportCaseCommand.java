package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.claimbench.service.CaseArchive;
import org.claimbench.service.ImportService;
import org.claimbench.service.QdpxImport;
import org.claimbench.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-case", mixinStandardHelpOptions = true,
        description = {"Add the case of a .claimcase file to the store and print its id;",
                "or make a new case of a REFI-QDA project (.qdpx) from QualCoder, MAXQDA, ATLAS.ti or NVivo."})
final class ImportCaseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The .claimcase or .qdpx file.")
    Path file;

    @Option(names = "--replace", description = "If the store already has this case, replace it (default: keep both). A .claimcase file only.")
    boolean replace;

    @Option(names = "--levels", paramLabel = "KINDS", description = "For a .qdpx file: what each depth of its codes becomes, such as "
            + "count,element,allegation (the default; a flat list of codes: allegation, under one count named after the project).")
    String levels;

    @Option(names = "--json", description = "For a .qdpx file: print what was made and what was not imported as JSON (see docs/formats.md).")
    boolean json;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    record QdpxJson(long caseId, String title, String levels, int documents, int nodes, int passages, int links, int notes,
                    List<String> notImported) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        byte[] bytes = ImportService.readFile(file);
        String name = file.getFileName().toString();
        if (isQdpx(name, bytes)) {
            return qdpx(name, bytes, out);
        }
        if (levels != null || json) {
            throw new ParameterException(spec.commandLine(), (levels != null ? "--levels" : "--json") + " is for a REFI-QDA project (.qdpx); "
                    + name + " is read as a .claimcase file.");
        }
        long id;
        CaseArchive.Checked checked;
        try (Store store = storeOptions.open()) {
            char[] password = org.claimbench.service.Sealed.isSealed(bytes) ? Passwords.get("Password for " + file.getFileName() + ": ") : null;
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

    /**
     * Whether a file is a REFI-QDA project: named .qdpx, or a ZIP (not sealed) that names project.qde and no case-file
     * manifest.
     */
    static boolean isQdpx(String name, byte[] bytes) {
        if (name.toLowerCase(Locale.ROOT).endsWith(".qdpx")) {
            return true;
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            return false;
        }
        return contains(bytes, "project.qde") && !contains(bytes, "manifest.json");
    }

    /** Whether an entry name (ASCII) appears in the archive's bytes, as every local header and the directory hold it. */
    private static boolean contains(byte[] bytes, String name) {
        byte[] n = name.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + n.length <= bytes.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (bytes[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private int qdpx(String name, byte[] bytes, PrintWriter out) throws Exception {
        if (replace) {
            throw new ParameterException(spec.commandLine(), "--replace is for a .claimcase file: a REFI-QDA project always becomes a new case.");
        }
        QdpxImport.Levels chosen;
        try {
            chosen = levels == null ? null : QdpxImport.Levels.parse(levels);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--levels: " + e.getMessage());
        }
        QdpxImport.Project project = QdpxImport.read(name, bytes);
        QdpxImport.Levels used = chosen == null ? project.defaultLevels() : chosen;
        QdpxImport.Result r;
        try (Store store = storeOptions.open()) {
            r = storeOptions.services(store).qdpxImport().store(name, project, used);
        }
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(new QdpxJson(r.caseId(), r.title(), used.toString(), r.documents(), r.nodes(),
                    r.passages(), r.links(), r.notes(), r.notImported())));
            out.flush();
            return 0;
        }
        out.println(r.caseId());
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.println("Imported \u201c" + r.title() + "\u201d (codes read as " + used + "): " + r.summary() + ".");
        if (!r.notImported().isEmpty()) {
            err.println("Not imported:");
            r.notImported().forEach(s -> err.println("  " + s));
        }
        err.flush();
        return 0;
    }
}
