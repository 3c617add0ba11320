package org.claimbench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.claimbench.domain.LegalCase;
import org.claimbench.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "cases", mixinStandardHelpOptions = true, description = "List the cases of the store, the most recently opened first.")
final class CasesCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--json", description = "Print [{\"id\": …, \"title\": …}, …].")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            List<LegalCase> cases = store.cases().list();
            if (json) {
                List<Map<String, Object>> rows = cases.stream().map(c -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", c.id());
                    m.put("title", c.title());
                    m.put("court", c.court());
                    m.put("caseNumber", c.caseNumber());
                    m.put("updated", c.updated().toString());
                    return m;
                }).toList();
                out.println(Json.MAPPER.writeValueAsString(rows));
            } else if (cases.isEmpty()) {
                out.println("No cases in " + store.description() + ". `claimbench demo` adds the demo case.");
            } else {
                for (LegalCase c : cases) {
                    out.printf("%5d  %s%s%n", c.id(), c.title(), c.caseNumber() == null ? "" : "  (" + c.caseNumber() + ")");
                }
            }
        }
        out.flush();
        return 0;
    }
}
