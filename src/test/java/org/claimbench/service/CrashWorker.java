package org.claimbench.service;

import java.nio.file.Path;

import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.EvidenceBasis;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.EvidenceStatus;
import org.claimbench.domain.Weight;
import org.claimbench.ingest.FixturePdfs;
import org.claimbench.ingest.Progress;
import org.claimbench.store.Store;

/**
 * Run in a separate process by {@code CrashSafetyTest}, which kills it: either a burst of edits, each reported
 * on stdout after it is committed, or an import of a long PDF.
 */
public final class CrashWorker {

    private CrashWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        try (Store store = Store.open(dir)) {
            long caseId = store.cases().list().get(0).id();
            if (args[0].equals("edits")) {
                CaseEditor editor = new CaseEditor(store);
                long nodeId = store.outline().nodes(caseId).stream().filter(n -> n.title().startsWith("\u00b6 18")).findFirst().orElseThrow().id();
                long docId = store.documents().list(caseId).get(0).id();
                String text = store.documents().text(docId);
                for (int i = 0; ; i++) {
                    editor.addEvidence(nodeId, new EvidenceItem(0, caseId, "Burst item " + i, EvidenceBasis.DOCUMENT, null, null, null, null),
                            EvidenceStatus.NEEDED, Weight.WEAK, null, null).apply();
                    int start = (i * 37) % (text.length() - 20);
                    editor.highlight(docId, start, start + 10, null).apply();
                    System.out.println("committed " + i);
                    System.out.flush();
                }
            } else {
                byte[] pdf = FixturePdfs.longPleading(625);
                System.out.println("importing");
                System.out.flush();
                new ImportService(store).importBytes(caseId, "long.pdf", pdf, DocumentKind.EXHIBIT, null, new Progress() {
                    @Override
                    public void update(String message, long done, long total) {
                        if (message.equals("Saving")) {
                            System.out.println("saving");
                            System.out.flush();
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                });
                System.out.println("imported");
                System.out.flush();
            }
        }
    }
}
