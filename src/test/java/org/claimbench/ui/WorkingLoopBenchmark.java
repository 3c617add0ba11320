package org.claimbench.ui;

import org.claimbench.ui.document.LoadedDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.claimbench.analysis.Anchors;
import org.claimbench.domain.ChecklistEntry;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.EvidenceBasis;
import org.claimbench.domain.EvidenceItem;
import org.claimbench.domain.EvidenceStatus;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.claimbench.domain.Weight;
import org.claimbench.ingest.FixturePdfs;
import org.claimbench.ingest.Progress;
import org.claimbench.service.ImportService;
import org.claimbench.store.Store;

/**
 * The working loop at scale: a case with a ~500-page complaint, 5,000 passages, 200 allegations and their
 * links and checklists, against an empty case, in the real window (headless Monocle). Prints a Markdown table.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:java -Dexec.mainClass=org.claimbench.ui.WorkingLoopBenchmark}
 */
public final class WorkingLoopBenchmark {

    private WorkingLoopBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1000-32");
        Path dir = Files.createTempDirectory("claimbench-bench");
        long big;
        long empty;
        int pages;
        try (Store store = Store.open(dir)) {
            empty = store.cases().create("Empty case", null, null, null).id();
            big = store.cases().create("Large case", null, null, null).id();
            var doc = new ImportService(store).importBytes(big, "long.pdf", FixturePdfs.longPleading(625), DocumentKind.COMPLAINT, null,
                    Progress.NONE);
            pages = store.documents().sourceLines(doc.id()).stream().mapToInt(l -> l.page()).max().orElse(0);
            fill(store, big, doc.id());
            store.cases().markOpened(empty); // the window starts on the empty case
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ClaimBenchApp app = new ClaimBenchApp(new AppOptions(dir.toString(), null));
        app.init();
        Platform.runLater(() -> app.start(new Stage()));
        waitFor(() -> app.model() != null && app.model().session().snapshotProperty().get() != null);

        List<Double> openEmpty = new ArrayList<>();
        List<Double> openBig = new ArrayList<>();
        List<Double> cpuEmpty = new ArrayList<>();
        List<Double> cpuBig = new ArrayList<>();
        for (int round = 0; round < OPEN_ROUNDS; round++) {
            openEmpty.add(open(app, empty));
            cpuEmpty.add(lastCpu);
            openBig.add(open(app, big));
            cpuBig.add(lastCpu);
        }
        List<Double> showText = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LoadedDocument d = app.model().document().loadedDocumentProperty().get();
            var v = d.view();
            // another reading of the document on show, as after a correction of its text: laid into the area anew
            var readAgain = new org.claimbench.service.DocumentView(v.document(), v.text(), v.segments(), v.lines(), v.counts(),
                    v.citations(), v.textSource(), v.uncertainWords(), v.corrections());
            LoadedDocument again = new LoadedDocument(readAgain, d.lineStarts(), d.gutter(), d.lineStyles(), d.styled(), d.flags(),
                    d.marks(), d.responses());
            showText.add(onFx(() -> app.window().documentPane().show(again)));
        }
        var services = org.claimbench.service.Services.of(storeFor(dir), null).cases();
        List<Double> snapshot = new ArrayList<>();
        List<Double> view = new ArrayList<>();
        long docId = app.model().document().loadedDocumentProperty().get().view().document().id();
        var importer = new org.claimbench.service.DocumentImporter(storeFor(dir));
        for (int i = 0; i < 7; i++) {
            long t0 = System.nanoTime();
            services.snapshot(big);
            long t1 = System.nanoTime();
            LoadedDocument.of(importer.view(docId));
            long t2 = System.nanoTime();
            snapshot.add((t1 - t0) / 1e6);
            view.add((t2 - t1) / 1e6);
        }
        List<Double> restyle = new ArrayList<>();
        List<Passage> onShow = app.model().session().snapshotProperty().get().passages().stream()
                .filter(p -> p.documentId() == docId).toList();
        for (int i = 0; i < 7; i++) {
            Passage p = onShow.get(i * 611 % onShow.size()); // another passage each time: its marks must be drawn anew
            restyle.add(onFx(() -> {
                app.model().session().selectedPassageProperty().set(p);
                app.window().documentPane().restyle();
            }));
        }
        List<Double> link = new ArrayList<>();
        List<Passage> passages = app.model().session().snapshotProperty().get().passages();
        List<OutlineNode> allegations = app.model().session().snapshotProperty().get().outline().stream()
                .filter(n -> n.kind() == NodeKind.ALLEGATION).toList();
        for (int i = 0; i < 7; i++) {
            Passage p = passages.get(i * 97);
            OutlineNode n = allegations.get(allegations.size() - 1 - i);
            int before = app.model().session().snapshotProperty().get().links().size();
            long t0 = System.nanoTime();
            Platform.runLater(() -> app.model().evidence().linkPassage(p, n));
            waitFor(() -> app.model().session().snapshotProperty().get().links().size() == before + 1);
            link.add((System.nanoTime() - t0) / 1e6);
        }
        int passageCount = app.model().session().snapshotProperty().get().passages().size();
        System.out.printf(Locale.ROOT, "| measure | empty case | large case (%d pages, %d passages) | large / empty |%n", pages, passageCount);
        System.out.println("|---|---:|---:|---:|");
        double e = median(openEmpty, OPEN_WARM_UP);
        double b = median(openBig, OPEN_WARM_UP);
        System.out.printf(Locale.ROOT, "| open the case and show its first screen | %.0f ms | %.0f ms | %.1f\u00d7 |%n", e, b, b / e);
        System.out.printf(Locale.ROOT, "| \u2026 the large case's first open in this window (one run: its text not yet read, laid out or shown) | %.0f ms | %.0f ms | %.1f\u00d7 |%n",
                e, openBig.get(0), openBig.get(0) / e);
        double ce = median(cpuEmpty, OPEN_WARM_UP);
        double cb = median(cpuBig, OPEN_WARM_UP);
        System.out.printf(Locale.ROOT, "| \u2026 processor time the open took (every thread of the program) | %.0f ms | %.0f ms | %.1f\u00d7 |%n", ce, cb, cb / ce);
        System.out.printf(Locale.ROOT, "| \u2026 of which: read the case (outline, passages, links, evidence) and roll up | | %.0f ms | |%n", median(snapshot));
        System.out.printf(Locale.ROOT, "| \u2026 of which: read the document's text and structure | | %.0f ms | |%n", median(view));
        System.out.printf(Locale.ROOT, "| \u2026 of which: a text read anew (as after a correction) laid into the text area, its highlights drawn anew | | %.0f ms | |%n", median(showText));
        System.out.printf(Locale.ROOT, "| select another passage: the panes follow and the highlights are drawn again | \u2014 | %.0f ms | \u2014 |%n", median(restyle));
        System.out.printf(Locale.ROOT, "| link a passage (saved, case re-read, redrawn) | \u2014 | %.0f ms | \u2014 |%n", median(link));
        Platform.runLater(app::stop);
        Platform.exit();
        System.exit(0);
    }

    private static Store shared;

    /** A second connection to the benchmark's store (the window holds the first; H2 allows both in one process). */
    static Store storeFor(Path dir) {
        if (shared == null) {
            shared = Store.open(dir);
        }
        return shared;
    }

    /** 200 allegations under 40 elements under 5 counts; 5,000 passages spread over the text, linked and checked. */
    static void fill(Store store, long caseId, long documentId) {
        fill(store, caseId, documentId, 5000);
    }

    /** The same outline, with {@code passageCount} passages spread over the text (other benchmarks use it too). */
    public static void fill(Store store, long caseId, long documentId, int passageCount) {
        String text = store.documents().text(documentId);
        var segments = store.documents().segments(documentId);
        var lines = store.documents().sourceLines(documentId);
        store.transaction(tx -> {
            List<OutlineNode> allegations = new ArrayList<>();
            for (int c = 0; c < 5; c++) {
                OutlineNode count = tx.outline().append(OutlineNode.of(caseId, null, 0, NodeKind.COUNT, "Count " + (c + 1)));
                for (int e = 0; e < 8; e++) {
                    OutlineNode element = tx.outline().append(OutlineNode.of(caseId, count.id(), 0, NodeKind.ELEMENT, "Element " + (e + 1)));
                    for (int a = 0; a < 5; a++) {
                        allegations.add(tx.outline().append(OutlineNode.of(caseId, element.id(), 0, NodeKind.ALLEGATION,
                                "Allegation " + allegations.size())));
                    }
                }
            }
            Random r = new Random(7);
            int step = text.length() / passageCount;
            for (int i = 0; i < passageCount; i++) {
                int start = i * step + r.nextInt(Math.max(1, step / 2));
                int end = Math.min(text.length(), start + 20 + r.nextInt(60));
                Passage p = tx.passages().insert(Anchors.passage(caseId, documentId, text, segments, lines, start, end, null));
                tx.passages().link(caseId, p.id(), allegations.get(i % allegations.size()).id(), LinkRole.ASSERTS);
            }
            for (OutlineNode a : allegations) {
                EvidenceItem item = tx.evidence().insertItem(new EvidenceItem(0, caseId, "Item for " + a.title(), EvidenceBasis.DOCUMENT,
                        null, null, null, null));
                tx.evidence().addEntry(new ChecklistEntry(0, caseId, a.id(), item.id(), 0,
                        a.id() % 3 == 0 ? EvidenceStatus.IN_HAND : EvidenceStatus.NEEDED, Weight.STRONG, false, null));
            }
            return null;
        });
    }

    /** From the request to the first screen laid out: the case read, its document loaded, text and highlights drawn. */
    static double open(ClaimBenchApp app, long caseId) throws Exception {
        return openWith(app, caseId, new AtomicLong());
    }

    /** The processor time, on every thread of the program, that the last {@link #open} took, in ms. */
    static double lastCpu;

    private static long processCpu() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    static double openWith(ClaimBenchApp app, long caseId, AtomicLong t0) throws Exception {
        long cpu0 = processCpu();
        Platform.runLater(() -> {
            t0.set(System.nanoTime());
            app.model().caseFiles().openCase(caseId);
        });
        waitFor(() -> {
            var s = app.model().session().snapshotProperty().get();
            var d = app.model().document().loadedDocumentProperty().get();
            return s != null && s.legalCase().id() == caseId && !app.model().session().tasks().busyProperty().get()
                    && (s.documents().isEmpty() ? d == null : d != null && d.view().document().caseId() == caseId);
        });
        laidOut(app.window().stage().getScene());
        double took = (System.nanoTime() - t0.get()) / 1e6;
        lastCpu = (processCpu() - cpu0) / 1e6;
        return took;
    }

    /**
     * Waits for the window's next frame to be laid out: the pulse that follows takes the styles and the layout of
     * whatever the open changed, as it does for the user, and nothing more.
     */
    static void laidOut(javafx.scene.Scene scene) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                done.countDown();
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no frame was laid out");
        }
    }

    static double onFx(Runnable r) throws Exception {
        AtomicLong took = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            r.run();
            took.set(System.nanoTime() - t0);
            done.countDown();
        });
        done.await(60, TimeUnit.SECONDS);
        return took.get() / 1e6;
    }

    static void waitFor(BooleanSupplier condition) throws Exception {
        long end = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < end) {
            boolean[] ok = new boolean[1];
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                ok[0] = condition.getAsBoolean();
                done.countDown();
            });
            done.await(60, TimeUnit.SECONDS);
            if (ok[0]) {
                return;
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("timed out");
    }

    /**
     * Opens of each case, one after the other, and how many of the first are left out: the compiler is still at work on
     * the code of an open for the first few (it takes more processor time then than the open itself).
     */
    static final int OPEN_ROUNDS = 12;
    static final int OPEN_WARM_UP = 4;

    static double median(List<Double> xs) {
        return median(xs, 2); // the first two rounds warm up
    }

    static double median(List<Double> xs, int warmUp) {
        List<Double> sorted = new ArrayList<>(xs.subList(warmUp, xs.size()));
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
