package org.claimbench.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.claimbench.service.CaseService;
import org.claimbench.service.DocumentView;
import org.claimbench.service.Services;
import org.claimbench.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The document a case opens on is read beside the case, once. */
class DocumentCacheTest {

    private final Store store = Store.inMemory();
    private final Services services = Services.of(store, null);
    private final long caseId = services.demo().install();
    private final DocumentCache cache = new DocumentCache(services.documents(), services.wording());

    @AfterEach
    void close() {
        store.close();
    }

    private long complaint() {
        return store.documents().list(caseId).stream().filter(d -> d.kind().isPleading()).findFirst().orElseThrow().id();
    }

    @Test
    void twoAskingForALongPleadingsFlagsOrIncorporationsAtOnceWorkThemOutOnce() throws Exception {
        long big = services.cases().create("Long case").id();
        var doc = new org.claimbench.service.ImportService(store).importBytes(big, "long.pdf", org.claimbench.ingest.FixturePdfs.longPleading(150),
                org.claimbench.domain.DocumentKind.COMPLAINT, null, org.claimbench.ingest.Progress.NONE);
        DocumentView v = cache.view(doc.id());
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = two.submit(() -> {
                go.await();
                return cache.flags(v, 1);
            });
            var second = two.submit(() -> {
                go.await();
                return cache.flags(v, 1);
            });
            go.countDown();
            var a = first.get(60, TimeUnit.SECONDS);
            assertTrue(!a.isEmpty(), "the long pleading has flags");
            assertSame(a, second.get(60, TimeUnit.SECONDS), "one screening, its flags handed to both");
            assertSame(a, cache.flags(v, 1), "and kept");
            java.util.concurrent.CountDownLatch again = new java.util.concurrent.CountDownLatch(1);
            var one = two.submit(() -> {
                again.await();
                return cache.incorporation(v);
            });
            var other = two.submit(() -> {
                again.await();
                return cache.incorporation(v);
            });
            again.countDown();
            assertSame(one.get(60, TimeUnit.SECONDS), other.get(60, TimeUnit.SECONDS), "what the counts incorporate, worked out once too");
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void aDocumentReadAheadIsNotReadAgain() throws Exception {
        long doc = complaint();
        cache.readAhead(() -> services.cases().opening(caseId, doc)).get(30, TimeUnit.SECONDS);
        assertTrue(store.documents().delete(doc));
        DocumentView v = cache.view(doc); // the store no longer has it: only the read ahead can give it
        assertEquals(doc, v.document().id());
        assertSame(v, cache.view(doc));
    }

    @Test
    void aFailedReadAheadIsReportedByTheReadThatNeedsIt() throws Exception {
        cache.readAhead(() -> Optional.of(new CaseService.Opening(987_654L, 0))).get(30, TimeUnit.SECONDS);
        assertThrows(RuntimeException.class, () -> cache.view(987_654L));
    }

    @Test
    void aCaseOpensOnTheDocumentLastReadThereOrElseItsFirst() {
        var docs = store.documents().list(caseId);
        long last = docs.get(docs.size() - 1).id();
        assertEquals(last, services.cases().opening(caseId, last).orElseThrow().documentId());
        assertEquals(docs.get(0).id(), services.cases().opening(caseId, 123_456L).orElseThrow().documentId());
        assertEquals(docs.get(0).id(), services.cases().opening(caseId, null).orElseThrow().documentId());
        assertTrue(services.cases().opening(caseId, null).orElseThrow().defendants() > 0);
        long empty = services.cases().create("Nothing filed yet").id();
        assertTrue(services.cases().opening(empty, null).isEmpty());
    }
}
