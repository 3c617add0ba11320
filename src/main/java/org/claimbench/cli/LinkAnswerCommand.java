package org.claimbench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.claimbench.domain.Disputes;
import org.claimbench.domain.ResponseStatus;
import org.claimbench.service.Unchanged;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "link-answer", mixinStandardHelpOptions = true,
        description = "Read a stored Answer against another complaint of its case: every numbered paragraph of that complaint gets "
                + "its response again, from the responses the Answer pleads. The window's Edit \u25b8 Undo does not reach it; run "
                + "the command again with the complaint it answered before.")
final class LinkAnswerCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "ANSWER_ID", description = "The Answer (a document id, as `import` printed it).")
    long answerId;

    @Option(names = "--answers", required = true, paramLabel = "DOCUMENT_ID",
            description = "The complaint or amended complaint of the same case that the Answer answers.")
    long complaintId;

    @Option(names = "--json", description = "Print {\"document\": …, \"answers\": …, \"responses\": {\"admitted\": …, …}}.")
    boolean json;

    @Spec
    CommandSpec spec;

    record Result(long document, long answers, Map<String, Integer> responses) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<ResponseStatus, Integer> counts;
        try (Store store = storeOptions.open()) {
            if (store.documents().find(answerId).isEmpty()) {
                throw new StoreException("Document " + answerId + " does not exist.");
            }
            try {
                storeOptions.services(store).editor().answerAgainst(answerId, complaintId).apply();
            } catch (Unchanged u) {
                err.println(u.getMessage() + " Nothing was changed.");
            }
            counts = Disputes.count(store.answers().responses(answerId));
        }
        if (json) {
            Map<String, Integer> r = new LinkedHashMap<>();
            counts.forEach((k, v) -> r.put(k.name().toLowerCase(Locale.ROOT).replace('_', '-'), v));
            out.println(Json.MAPPER.writeValueAsString(new Result(answerId, complaintId, r)));
        } else {
            out.println("Document " + answerId + " read against document " + complaintId + ": " + ImportCommand.describe(counts) + ".");
        }
        out.flush();
        err.flush();
        return 0;
    }
}
