package org.claimbench.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.claimbench.store.ActivityLog.Entry;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "activity", mixinStandardHelpOptions = true,
        description = "What was done in a case on a team store, by whom and when, oldest first.")
final class ActivityCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--case", required = true, paramLabel = "ID", description = "The case (see `claimbench cases`).")
    long caseId;

    @Option(names = "--json", description = "Print [{\"at\": …, \"user\": …, \"kind\": …, \"id\": …, \"action\": …, \"description\": …}, …].")
    boolean json;

    @Option(names = "--csv", description = "Print CSV: at,user,kind,id,action,description.")
    boolean csv;

    @Spec
    CommandSpec spec;

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    @Override
    public Integer call() throws Exception {
        if (json && csv) {
            throw new StoreException("Choose --json or --csv, not both.");
        }
        List<Entry> entries;
        try (Store store = storeOptions.open()) {
            if (store.activity().kept() && store.cases().find(caseId).isEmpty()) {
                throw new StoreException("There is no case " + caseId + " that you are a member of.");
            }
            entries = store.activity().list(caseId);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = entries.stream().map(e -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("at", e.at().toString());
                m.put("user", e.user());
                m.put("kind", e.rowKind());
                m.put("id", e.rowId());
                m.put("action", e.action().toLowerCase(Locale.ROOT));
                m.put("description", e.description());
                return m;
            }).toList();
            out.println(Json.MAPPER.writeValueAsString(rows));
        } else if (csv) {
            out.print("at,user,kind,id,action,description\r\n");
            for (Entry e : entries) {
                out.print(String.join(",", e.at().toString(), cell(e.user()), cell(e.rowKind()), e.rowId() == null ? "" : e.rowId().toString(),
                        e.action().toLowerCase(Locale.ROOT), cell(e.description())) + "\r\n");
            }
        } else if (entries.isEmpty()) {
            out.println("Nothing was logged in case " + caseId + ".");
        } else {
            for (Entry e : entries) {
                out.printf("%s  %s  %s %s %s%s%n", LOCAL.format(e.at().atZone(ZoneId.systemDefault())), e.user(),
                        e.action().toLowerCase(Locale.ROOT), e.rowKind(), e.rowId() == null ? "" : e.rowId(),
                        e.description() == null ? "" : ": " + e.description());
            }
        }
        out.flush();
        return 0;
    }

    /** A CSV cell: quoted when it holds a comma, quote or line break; a leading =, +, - or @ is kept from formulas. */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
