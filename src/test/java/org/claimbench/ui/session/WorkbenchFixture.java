package org.claimbench.ui.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.domain.Document;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.service.CaseSnapshot;
import org.claimbench.service.Services;
import org.claimbench.store.Store;
import org.claimbench.ui.Workbench;
import org.claimbench.ui.backup.StoreControl;

/**
 * The window's view models on an in-memory store holding the demo case, with tasks run at once on the test's
 * thread: no window, no toolkit. Close it after the test.
 */
public final class WorkbenchFixture implements AutoCloseable {

    public final Store store;
    public final Services services;
    public final SyncTaskRunner tasks = new SyncTaskRunner();
    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final List<Path> restored = new ArrayList<>();
    public final List<Path> backups = new ArrayList<>();
    public final Workbench w;
    public final long caseId;

    public WorkbenchFixture() {
        this(null);
    }

    /** With {@code dataDir} as the data folder (for the user's rules and templates); null for none. */
    public WorkbenchFixture(Path dataDir) {
        this(Store.inMemory(), dataDir);
    }

    /** On {@code store} (a team store's, say), which gets the demo case; the fixture closes it. */
    public WorkbenchFixture(Store store, Path dataDir) {
        this.store = store;
        services = Services.of(store, dataDir);
        caseId = services.demo().install();
        w = Workbench.create(services, tasks, dialogs, new StoreControl() {
            @Override
            public List<Path> backups() {
                return backups;
            }

            @Override
            public Path backupNow() {
                Path p = Path.of("claimbench-20261201-101500-manual.zip");
                backups.add(0, p);
                return p;
            }

            @Override
            public void restore(Path backup) {
                restored.add(backup);
            }
        });
        w.caseFiles().openCase(caseId);
    }

    public CaseSnapshot snapshot() {
        return w.session().current();
    }

    /** The case as the store has it now, read afresh. */
    public CaseSnapshot stored() {
        return services.cases().snapshot(caseId);
    }

    public Document complaint() {
        return snapshot().documents().stream().filter(d -> d.kind().isPleading()).findFirst().orElseThrow();
    }

    public OutlineNode node(NodeKind kind, String titleStart) {
        return snapshot().outline().stream().filter(n -> n.kind() == kind && n.title().startsWith(titleStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " starts with " + titleStart));
    }

    public OutlineNode firstAllegation() {
        return snapshot().outline().stream().filter(n -> n.kind() == NodeKind.ALLEGATION).findFirst().orElseThrow();
    }

    /** What an Answer says of a paragraph, as the test's Answer words it. */
    public static String sentence(org.claimbench.domain.ResponseStatus status) {
        return switch (status) {
            case ADMITTED -> "Admitted.";
            case ADMITTED_IN_PART -> "Admitted only that Meridian assigned an account executive; otherwise denied.";
            case DENIED -> "Denied.";
            case WITHOUT_KNOWLEDGE -> "Defendant lacks knowledge or information sufficient to form a belief, and therefore denies.";
            case NO_RESPONSE_REQUIRED -> "This paragraph states a legal conclusion to which no response is required.";
            case NOT_ANSWERED -> "";
        };
    }

    /**
     * Reads an Answer to the demo complaint, as the import will once it parses Answers: each numbered paragraph gets
     * {@code statusOf.apply(label)} (null: the Answer says nothing of it), worded by {@link #sentence}, and the case is
     * read again. Returns the Answer document.
     */
    public Document readAnswer(java.util.function.Function<String, org.claimbench.domain.ResponseStatus> statusOf) {
        Document answer = readAnswer(services, caseId, complaint().id(), statusOf);
        w.session().reload(Selection.KEEP);
        return answer;
    }

    /** {@link #readAnswer(java.util.function.Function)} in any store, without reading the case again: off the FX thread. */
    public static Document readAnswer(Services services, long caseId, long complaintId,
                                      java.util.function.Function<String, org.claimbench.domain.ResponseStatus> statusOf) {
        Store store = services.store();
        List<String> labels = new ArrayList<>();
        for (org.claimbench.domain.Segment s : store.documents().segments(complaintId)) {
            if (s.kind() == org.claimbench.domain.SegmentKind.NUMBERED_PARAGRAPH && !labels.contains(s.label())) {
                labels.add(s.label());
            }
        }
        StringBuilder words = new StringBuilder("ANSWER\n\n");
        for (String l : labels) {
            var st = statusOf.apply(l);
            if (st != null && st != org.claimbench.domain.ResponseStatus.NOT_ANSWERED) {
                words.append(l).append(". ").append(sentence(st)).append("\n\n");
            }
        }
        Document answer;
        try {
            answer = services.importer().importBytesChecked(caseId, "answer.txt", words.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    org.claimbench.domain.DocumentKind.ANSWER, "Answer", org.claimbench.ingest.OcrOptions.DEFAULT, null,
                    org.claimbench.ingest.Progress.NONE).document();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        String text = store.documents().text(answer.id());
        store.answers().setAnswers(answer.id(), complaintId);
        List<org.claimbench.domain.AnswerResponse> responses = new ArrayList<>();
        for (String l : labels) {
            var st = statusOf.apply(l);
            if (st == null || st == org.claimbench.domain.ResponseStatus.NOT_ANSWERED) {
                responses.add(new org.claimbench.domain.AnswerResponse(l, org.claimbench.domain.ResponseStatus.NOT_ANSWERED, -1, -1, null, null,
                        null, null));
                continue;
            }
            String said = l + ". " + sentence(st);
            int at = text.indexOf("\n" + said) + 1;
            if (at <= 0) {
                throw new AssertionError("the Answer's text lacks " + said + ":\n" + text);
            }
            int start = at + l.length() + 2;
            responses.add(new org.claimbench.domain.AnswerResponse(l, st, start, start + sentence(st).length(), null, null,
                    st == org.claimbench.domain.ResponseStatus.ADMITTED_IN_PART ? "that Meridian assigned an account executive" : null,
                    "numbered"));
        }
        store.answers().deleteResponses(answer.id()); // what the import read, replaced by the responses set here
        store.answers().insertResponses(answer.id(), complaintId, responses);
        return answer;
    }

    @Override
    public void close() {
        store.close();
    }

    /** A stretch of 30 characters of the complaint on show that no passage touches yet. */
    public int[] freeStretch() {
        String text = w.document().loadedDocumentProperty().get().view().text();
        long docId = w.document().loadedDocumentProperty().get().view().document().id();
        for (int start = text.length() / 2; start < text.length() - 40; start += 7) {
            int s = start;
            boolean free = snapshot().passages().stream().noneMatch(p -> p.documentId() == docId && p.end() > s && p.start() < s + 30);
            if (free && !text.substring(s, s + 30).isBlank()) {
                return new int[] {s, s + 30};
            }
        }
        throw new AssertionError("no free text");
    }
}
