package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.claimbench.domain.Comparison;
import org.claimbench.service.AmendmentService;
import org.claimbench.service.ImportService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two versions of a pleading (a complaint and its amended complaint): which paragraphs were kept, "
                + "renumbered, changed, split, merged, added or removed, with the words that changed; which counts and parties "
                + "came or went.")
final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version.")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The version that amends it.")
    Path after;

    @Option(names = "--json", description = "Print the whole comparison as JSON (see docs/formats.md).")
    boolean json;

    @Option(names = "--all", description = "Also list the paragraphs that did not change.")
    boolean all;

    @Mixin
    OcrCliOptions ocr;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        var progress = OcrCliOptions.reporting(spec.commandLine().getErr());
        ImportService.Analysis old = ImportService.analyze(before.getFileName().toString(), ImportService.readFile(before), ocr.options(), progress);
        ImportService.Analysis now = ImportService.analyze(after.getFileName().toString(), ImportService.readFile(after), ocr.options(), progress);
        Comparison c = AmendmentService.compare(old.parsed(), now.parsed());
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(ComparisonJson.of(before.getFileName().toString(), after.getFileName().toString(), c)));
        } else {
            print(out, c, all);
        }
        out.flush();
        return 0;
    }

    static void print(PrintWriter out, Comparison c, boolean all) {
        out.println(c.summary());
        for (var r : c.rows()) {
            if (!r.numbered() || (!all && r.kind() == org.claimbench.domain.AmendmentKind.UNCHANGED)) {
                continue;
            }
            out.println(String.format("%-10s %s \u2192 %s", ComparisonJson.name(r.kind()), ComparisonJson.where(r.oldLabels()),
                    ComparisonJson.where(r.newLabels())));
            if (!r.kind().sameWords() && !r.diff().isEmpty()) {
                StringBuilder line = new StringBuilder();
                for (var op : r.diff()) {
                    switch (op.op()) {
                        case EQUAL -> line.append(c.after().text(), op.newStart(), op.newEnd());
                        case DELETE -> line.append("[-").append(c.before().text(), op.oldStart(), op.oldEnd()).append("-]");
                        case INSERT -> line.append("{+").append(c.after().text(), op.newStart(), op.newEnd()).append("+}");
                    }
                    line.append(' ');
                }
                out.println("    " + line.toString().replaceAll("\\s+", " ").strip());
            }
        }
        for (var cc : c.counts()) {
            if (!all && cc.kind() == org.claimbench.domain.CountChangeKind.UNCHANGED && !cc.againstChanged()) {
                continue;
            }
            String was = cc.before() == null ? "" : cc.before().label() + " " + nz(cc.before().title());
            String is = cc.after() == null ? "" : cc.after().label() + " " + nz(cc.after().title());
            out.println("count " + cc.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + (was.isBlank() ? is : is.isBlank() ? was
                    : was + " \u2192 " + is) + (cc.againstAdded().isEmpty() ? "" : "; now also against " + String.join(", ", cc.againstAdded()))
                    + (cc.againstDropped().isEmpty() ? "" : "; no longer against " + String.join(", ", cc.againstDropped())));
        }
        for (var p : c.parties()) {
            out.println(p.party().role().name().toLowerCase(java.util.Locale.ROOT) + " " + p.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + ": " + p.party().name());
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
