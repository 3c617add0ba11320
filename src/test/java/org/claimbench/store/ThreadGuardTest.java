package org.claimbench.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.claimbench.ingest.Progress;
import org.claimbench.ingest.Readers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The window names its event thread as one that must never do store work or read a document; asked to, the store and
 * the readers refuse. (The window's own tests run with the rule on, so that any such call fails them.)
 */
class ThreadGuardTest {

    @AfterEach
    void lift() {
        Store.forbidWorkOn(t -> false);
        Readers.forbidWorkOn(t -> false);
    }

    @Test
    void the_store_refuses_work_on_a_forbidden_thread_and_does_it_on_any_other() throws Exception {
        try (Store store = Store.inMemory()) {
            Thread here = Thread.currentThread();
            Store.forbidWorkOn(t -> t == here);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.cases().list());
            assertTrue(e.getMessage().contains(here.getName()), e.getMessage());
            Thread worker = new Thread(() -> store.cases().list());
            Throwable[] failed = new Throwable[1];
            worker.setUncaughtExceptionHandler((t, x) -> failed[0] = x);
            worker.start();
            worker.join();
            assertTrue(failed[0] == null, String.valueOf(failed[0]));
            Store.forbidWorkOn(t -> false);
            assertDoesNotThrow(() -> store.cases().list());
        }
    }

    @Test
    void a_document_is_not_read_on_a_forbidden_thread() {
        Thread here = Thread.currentThread();
        Readers.forbidWorkOn(t -> t == here);
        byte[] text = "1. A paragraph.\n".getBytes(StandardCharsets.UTF_8);
        assertThrows(IllegalStateException.class, () -> Readers.read("a.txt", text, Progress.NONE));
        Readers.forbidWorkOn(t -> false);
        assertDoesNotThrow(() -> Readers.read("a.txt", text, Progress.NONE));
    }

    @Test
    void the_pages_of_an_original_are_not_opened_on_a_forbidden_thread() {
        Thread here = Thread.currentThread();
        Readers.forbidWorkOn(t -> t == here);
        byte[] pdf = org.claimbench.ingest.FixturePdfs.orchardPleading();
        assertThrows(IllegalStateException.class, () -> org.claimbench.ingest.OriginalPages.open(pdf, "application/pdf"));
        Readers.forbidWorkOn(t -> false);
        assertDoesNotThrow(() -> org.claimbench.ingest.OriginalPages.open(pdf, "application/pdf").close());
    }
}
