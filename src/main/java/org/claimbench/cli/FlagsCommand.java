package org.claimbench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.claimbench.service.WordingService;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "flags", mixinStandardHelpOptions = true,
        description = "List the wording flags of a stored case's pleadings, with the decisions made on them in the window. "
                + "The rules are the built-in ones with the data folder's lexicon.json on top.")
final class FlagsCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--case", required = true, paramLabel = "ID", description = "The case (see `claimbench cases`).")
    long caseId;

    @Option(names = "--verdict", paramLabel = "WHICH", description = "Only these: undecided, confirmed, dismissed or standing "
            + "(not dismissed). Default: all.")
    String verdict;

    @Option(names = "--json", description = "Print [{\"document\": …, \"paragraph\": …, \"kind\": …, \"text\": …, \"start\": …, "
            + "\"end\": …, \"verdict\": …, \"note\": …}, …].")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String which = verdict == null ? "all" : verdict.strip().toLowerCase(Locale.ROOT);
        if (!List.of("all", "undecided", "confirmed", "dismissed", "standing").contains(which)) {
            throw new IllegalArgumentException("Unknown verdict \"" + verdict + "\": use undecided, confirmed, dismissed or standing.");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            if (store.cases().find(caseId).isEmpty()) {
                throw new StoreException("Case " + caseId + " does not exist. `claimbench cases` lists the cases.");
            }
            WordingService wording = storeOptions.services(store).wording();
            List<WordingService.CaseFlag> flags = wording.flags(caseId, wording.screen()).stream()
                    .filter(f -> switch (which) {
                        case "undecided" -> f.decision() == null;
                        case "confirmed" -> f.decision() != null && f.decision().verdict() == org.claimbench.domain.FlagVerdict.CONFIRMED;
                        case "dismissed" -> f.decision() != null && f.decision().verdict() == org.claimbench.domain.FlagVerdict.DISMISSED;
                        case "standing" -> f.decision() == null || f.decision().verdict() != org.claimbench.domain.FlagVerdict.DISMISSED;
                        default -> true;
                    }).toList();
            if (json) {
                List<Map<String, Object>> rows = flags.stream().map(f -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("document", f.documentId());
                    m.put("paragraph", f.paragraph());
                    m.put("kind", f.flag().kind());
                    m.put("text", f.flag().text());
                    m.put("start", f.flag().start());
                    m.put("end", f.flag().end());
                    m.put("verdict", f.decision() == null ? null : f.decision().verdict().name().toLowerCase(Locale.ROOT));
                    m.put("note", f.decision() == null ? null : f.decision().note());
                    return m;
                }).toList();
                out.println(Json.MAPPER.writeValueAsString(rows));
            } else if (flags.isEmpty()) {
                out.println("No wording flags" + ("all".equals(which) ? "" : " that are " + which) + " in case " + caseId + ".");
            } else {
                for (WordingService.CaseFlag f : flags) {
                    out.printf("%-8s %-24s %-40s %s%n", f.paragraph() == null ? "" : "\u00b6 " + f.paragraph(),
                            f.flag().kind().replace('-', ' '), "\u201c" + f.flag().text() + "\u201d",
                            f.decision() == null ? "undecided" : f.decision().verdict().name().toLowerCase(Locale.ROOT));
                }
                long undecided = flags.stream().filter(f -> f.decision() == null).count();
                out.println(Plural.of(flags.size(), "flag") + ", " + undecided + " undecided.");
            }
        }
        out.flush();
        return 0;
    }
}
