package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.claimbench.report.ReportOptions;
import org.claimbench.service.ReportService;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the allegation-versus-evidence report of a case as PDF, HTML, DOCX or CSV.")
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--case", required = true, paramLabel = "ID", description = "The case (see `claimbench cases`).")
    long caseId;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "pdf, html, docx or csv.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the report.")
    Path output;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "letter", description = "letter (default) or a4.")
    String paper;

    @Option(names = "--counts", split = ",", paramLabel = "ID", description = "Only these counts (outline node ids), comma-separated.")
    List<Long> counts;

    @Option(names = "--no-notes", description = "Leave the notes out.")
    boolean noNotes;

    @Option(names = "--outline-order", description = "Do not list the unsupported and contradicted allegations first.")
    boolean outlineOrder;

    @Option(names = {"--toc", "--table-of-contents"}, description = "Put a table of contents after the cover: the report's parts and "
            + "its counts, with their pages.")
    boolean tableOfContents;

    @Option(names = "--no-wording-flags", description = "Leave the wording flags out: the allegations' \"Wording:\" lines and the "
            + "count table's column of them.")
    boolean noWording;

    @Option(names = "--prepared-by", paramLabel = "NAME", description = "Who prepared the report, for its cover.")
    String preparedBy;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        org.claimbench.report.ReportFormat f = org.claimbench.report.ReportFormat.parse(format);
        ReportOptions.Paper p = switch (paper.trim().toLowerCase()) {
            case "a4" -> ReportOptions.Paper.A4;
            case "letter", "us-letter" -> ReportOptions.Paper.LETTER;
            default -> throw new IllegalArgumentException("Unknown paper size \"" + paper + "\": use letter or a4.");
        };
        ReportOptions options = ReportOptions.defaults().withPaper(p).withNotes(!noNotes).withUnsupportedFirst(!outlineOrder)
                .withTableOfContents(tableOfContents).withWording(!noWording).withPreparedBy(preparedBy).withCounts(counts == null ? Set.of() : new HashSet<>(counts));
        try (Store store = storeOptions.open()) {
            if (store.cases().find(caseId).isEmpty()) {
                throw new StoreException("Case " + caseId + " does not exist. `claimbench cases` lists the cases.");
            }
            storeOptions.services(store).reports().export(caseId, options, f, output);
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("Wrote " + output + " (" + Plural.of(Files.size(output), "byte") + ").");
        err.flush();
        return 0;
    }
}
