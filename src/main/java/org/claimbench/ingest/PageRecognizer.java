package org.claimbench.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Recognises the page images of a document, on as many threads as asked (one per core by default), each with an
 * engine and its own copy of the document, taking the next page not yet taken until none is left. The pages come
 * back in page order whatever order they were finished in. Progress is reported page by page, and a cancel is
 * honoured between pages: then nothing comes back but {@link CancelledException}.
 */
final class PageRecognizer {

    /** The resolution pages of a PDF are rendered at to be recognised. */
    static final int DPI = 300;

    /** A page as an image: grey, one byte a pixel, and the resolution it was scanned or rendered at. */
    record Scan(BufferedImage gray, double dpi) {
    }

    /** The page images of one document, as one thread reads them. */
    interface Scans extends AutoCloseable {
        /** The image of page {@code index} (from 0); an image that cannot be read is refused with what to do. */
        Scan scan(int index) throws IngestException;

        @Override
        void close() throws IOException;
    }

    /** Opens the document's page images afresh, for a thread of its own. */
    interface Opener {
        Scans open() throws IOException;
    }

    private PageRecognizer() {
    }

    /**
     * The pages at {@code indices} (from 0), recognised, numbered {@code index + 1}. {@code threads} is the most
     * threads used; fewer when there are fewer pages.
     */
    static List<PageText> recognise(Opener opener, List<Integer> indices, TextRecognizer.Engine engine, LanguageData.Found data,
                                   Progress progress, int threads)
            throws IngestException {
        int n = indices.size();
        PageText[] done = new PageText[n];
        if (n == 0) {
            return List.of();
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        int workers = Math.max(1, Math.min(threads, n));
        progress.update("Recognising page 1 of " + n, 0, n);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "claimbench-ocr");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    work(opener, indices, engine, data, progress, done, next, finished, stop);
                    return null;
                }));
            }
            IngestException failure = null;
            for (Future<Void> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    stop.set(true);
                    Throwable c = e.getCause();
                    IngestException ie = c instanceof IngestException x ? x
                            : c instanceof LinkageError ? new IngestException("Scanned pages cannot be recognised on this computer: the "
                                    + "recognition engine's native library did not load (" + c.getMessage() + "). ClaimBench brings it for "
                                    + "Linux and Windows on x86-64 and for macOS; on another system, import a copy with a text layer.", c)
                            : new IngestException("A page image could not be recognised (" + c + ").", c);
                    if (failure == null || failure instanceof CancelledException && !(ie instanceof CancelledException)) {
                        failure = ie;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stop.set(true);
                    throw new CancelledException();
                }
            }
            if (failure != null) {
                throw failure;
            }
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
        } finally {
            pool.shutdownNow();
        }
        return List.of(done);
    }

    private static void work(Opener opener, List<Integer> indices, TextRecognizer.Engine factory, LanguageData.Found data,
                             Progress progress, PageText[] done,
                             AtomicInteger next, AtomicInteger finished, AtomicBoolean stop) throws IngestException, IOException {
        try (TextRecognizer engine = factory.open(data); Scans scans = opener.open()) {
            while (!stop.get()) {
                if (progress.isCancelled()) {
                    stop.set(true);
                    throw new CancelledException();
                }
                int k = next.getAndIncrement();
                if (k >= indices.size()) {
                    return;
                }
                int index = indices.get(k);
                Scan scan = scans.scan(index);
                BufferedImage white = PaperGrain.whiten(scan.gray());
                double skew = Deskew.angle(white);
                boolean turn = Math.abs(skew) >= Deskew.LEAST;
                BufferedImage straight = turn ? Deskew.rotate(white, skew) : white;
                int dpi = (int) Math.round(scan.dpi());
                List<TextRecognizer.Line> lines = engine.recognise(straight, dpi);
                done[k] = RecognisedPage.of(index + 1, lines, straight.getWidth(), straight.getHeight(), scan.dpi(), turn ? skew : 0);
                report(progress, finished, indices.size());
            }
        } catch (IngestException | IOException | RuntimeException e) {
            stop.set(true);
            throw e;
        }
    }

    /** Counts a page and reports it, together, so that the count never goes back. */
    private static void report(Progress progress, AtomicInteger finished, int total) {
        synchronized (finished) {
            int k = finished.incrementAndGet();
            progress.update(k < total ? "Recognising page " + (k + 1) + " of " + total : "Recognised " + total + " of " + total + " pages",
                    k, total);
        }
    }
}
