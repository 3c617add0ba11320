package org.claimbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.LinkRole;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.Passage;
import org.claimbench.ingest.FixturePdfs;
import org.claimbench.ingest.Progress;
import org.claimbench.service.CaseSnapshot;
import org.claimbench.service.Edit;
import org.claimbench.service.ImportService;
import org.claimbench.service.Services;
import org.claimbench.store.Store;
import org.claimbench.store.TestPostgres;
import org.claimbench.ui.WorkingLoopBenchmark;

/**
 * The team store on PostgreSQL against the laptop store (embedded H2, in a temporary folder), in one run, through the
 * service layer as the window uses it: opening a case (reading its snapshot: outline, passages, links, evidence, roll-up),
 * reading its complaint's text and structure, and the link round trip (a passage linked to an allegation, then the
 * case read again). A small case (a 40-page complaint, 300 passages) and a large one (the working loop's: a ~500-page
 * complaint, 5,000 passages, 200 allegations). The PostgreSQL server is the tests' own, on this machine, over TCP on
 * 127.0.0.1. Prints a Markdown table: medians after warm-up runs, and PostgreSQL / H2.
 *
 * <p>Run: {@code mvn -q -o -Pbench test-compile && mvn -q -o -Pbench exec:java -Dexec.mainClass=org.claimbench.bench.TeamStoreBenchmark}
 */
public final class TeamStoreBenchmark {

    private static final int WARM_UP = 3;
    private static final int ROUNDS = 11;

    private TeamStoreBenchmark() {
    }

    /** One store with the two cases in it. */
    record Cases(Services services, long small, long smallDoc, long large, long largeDoc) {
    }

    public static void main(String[] args) throws Exception {
        byte[] smallPdf = FixturePdfs.longPleading(40);
        byte[] largePdf = FixturePdfs.longPleading(625);
        Path dir = Files.createTempDirectory("claimbench-teambench");
        Map<String, Map<String, Double>> figures = new LinkedHashMap<>();
        int[] counts = new int[4];
        Counting h2db = new Counting(org.claimbench.store.H2Database.file(dir, null));
        Counting pgdb = new Counting(TestPostgres.freshDatabase());
        Map<String, Counting> counters = Map.of("H2", h2db, "PostgreSQL", pgdb);
        Map<String, String> statements = new LinkedHashMap<>();
        try (Store h2 = Store.open(h2db); Store pg = Store.open(pgdb)) {
            Map<String, Cases> stores = new LinkedHashMap<>();
            stores.put("H2", fill(h2, smallPdf, largePdf, counts));
            stores.put("PostgreSQL", fill(pg, smallPdf, largePdf, counts));
            // how many statements (and commits) each step sends the database: on a server, each is a round trip
            for (Map.Entry<String, Cases> e : stores.entrySet()) {
                Counting n = counters.get(e.getKey());
                Cases c = e.getValue();
                Services sv = c.services();
                CaseSnapshot s = sv.cases().snapshot(c.large());
                long before = n.count();
                sv.cases().snapshot(c.large());
                long open = n.count() - before;
                OutlineNode allegation = s.outline().stream().filter(x -> x.kind() == NodeKind.ALLEGATION).findFirst().orElseThrow();
                before = n.count();
                Edit link = sv.editor().link(s.passages().get(1).id(), allegation.id(), LinkRole.CONTEXT);
                link.apply();
                long write = n.count() - before;
                link.revert();
                statements.put(e.getKey(), open + " to open the large case (read its snapshot), " + write
                        + " to make and write a link");
            }
            // alternate the stores round by round, so that a change in the machine's load falls on both alike
            Map<String, Map<String, List<Double>>> times = new LinkedHashMap<>();
            for (int round = 0; round < WARM_UP + ROUNDS; round++) {
                for (Map.Entry<String, Cases> e : stores.entrySet()) {
                    Map<String, List<Double>> t = times.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>());
                    measure(e.getValue(), round, round >= WARM_UP ? t : new LinkedHashMap<>());
                }
            }
            times.forEach((store, t) -> {
                Map<String, Double> m = new LinkedHashMap<>();
                t.forEach((what, xs) -> m.put(what, median(xs)));
                figures.put(store, m);
            });
        }
        System.out.printf(Locale.ROOT, "small case: %d pages, %d passages; large case: %d pages, %d passages; medians of %d runs after %d"
                + " warm-up runs%n%n", counts[0], counts[1], counts[2], counts[3], ROUNDS, WARM_UP);
        statements.forEach((store, n) -> System.out.println("statements and commits on " + store + ": " + n));
        System.out.println();
        System.out.println("| measure | H2 (laptop store) | PostgreSQL (team store) | PostgreSQL / H2 |");
        System.out.println("|---|---:|---:|---:|");
        for (String what : figures.get("H2").keySet()) {
            double h = figures.get("H2").get(what);
            double p = figures.get("PostgreSQL").get(what);
            System.out.printf(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f\u00d7 |%n", what, h, p, p / h);
        }
    }

    /** Imports both complaints into {@code store} and gives them their outline and passages. */
    static Cases fill(Store store, byte[] smallPdf, byte[] largePdf, int[] counts) throws Exception {
        Services services = Services.of(store, null);
        ImportService importer = new ImportService(store);
        long small = store.cases().create("Small case", null, null, null).id();
        Document smallDoc = importer.importBytes(small, "short.pdf", smallPdf, DocumentKind.COMPLAINT, null, Progress.NONE);
        WorkingLoopBenchmark.fill(store, small, smallDoc.id(), 300);
        long large = store.cases().create("Large case", null, null, null).id();
        Document largeDoc = importer.importBytes(large, "long.pdf", largePdf, DocumentKind.COMPLAINT, null, Progress.NONE);
        WorkingLoopBenchmark.fill(store, large, largeDoc.id(), 5000);
        counts[0] = pages(store, smallDoc.id());
        counts[1] = services.cases().snapshot(small).passages().size();
        counts[2] = pages(store, largeDoc.id());
        counts[3] = services.cases().snapshot(large).passages().size();
        return new Cases(services, small, smallDoc.id(), large, largeDoc.id());
    }

    static int pages(Store store, long documentId) {
        return store.documents().sourceLines(documentId).stream().mapToInt(l -> l.page()).max().orElse(0);
    }

    /** One round of every measure on one store; the figures go into {@code into}. */
    static void measure(Cases c, int round, Map<String, List<Double>> into) {
        Services s = c.services();
        time(into, "open the small case (read its snapshot)", () -> s.cases().snapshot(c.small()));
        time(into, "open the large case (read its snapshot)", () -> s.cases().snapshot(c.large()));
        time(into, "read the large case's complaint (text, structure)", () -> s.documents().view(c.largeDoc()));
        linkRoundTrip(s, c.small(), round, into, "link a passage in the small case, then read the case again");
        linkRoundTrip(s, c.large(), round, into, "link a passage in the large case, then read the case again");
    }

    /**
     * As the window does it: the edit made from the store as it is (the passage read, the link looked for), applied
     * (the link written, the case touched), and the case read again. Undone afterwards, outside the time.
     */
    static void linkRoundTrip(Services s, long caseId, int round, Map<String, List<Double>> into, String what) {
        CaseSnapshot before = s.cases().snapshot(caseId);
        List<Passage> passages = before.passages();
        Passage p = passages.get((round * 97) % passages.size());
        OutlineNode allegation = before.outline().stream().filter(n -> n.kind() == NodeKind.ALLEGATION).toList()
                .get(round % 17);
        long t0 = System.nanoTime();
        Edit e = s.editor().link(p.id(), allegation.id(), LinkRole.CONTEXT);
        e.apply();
        long t1 = System.nanoTime();
        s.cases().snapshot(caseId);
        long t2 = System.nanoTime();
        into.computeIfAbsent(what, k -> new ArrayList<>()).add((t2 - t0) / 1e6);
        into.computeIfAbsent("\u2026 of which: the link made and written (" + (what.contains("small") ? "small" : "large") + " case)", k -> new ArrayList<>()).add((t1 - t0) / 1e6);
        e.revert();
    }

    /**
     * A database whose connections count the statements prepared or created on them, and the commits and rollbacks:
     * on a server, each is a round trip at least.
     */
    static final class Counting implements org.claimbench.store.Database {
        private final org.claimbench.store.Database db;
        private final java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();

        Counting(org.claimbench.store.Database db) {
            this.db = db;
        }

        long count() {
            return count.get();
        }

        @Override
        public String description() {
            return db.description();
        }

        @Override
        public org.jooq.SQLDialect dialect() {
            return db.dialect();
        }

        @Override
        public org.jooq.conf.Settings settings() {
            return db.settings();
        }

        @Override
        public String user() {
            return db.user();
        }

        @Override
        public List<String> migrationLocations() {
            return db.migrationLocations();
        }

        @Override
        public java.sql.Connection connect() throws java.sql.SQLException {
            java.sql.Connection c = db.connect();
            return (java.sql.Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {java.sql.Connection.class}, (proxy, method, args) -> {
                        String m = method.getName();
                        if (m.equals("prepareStatement") || m.equals("createStatement") || m.equals("prepareCall") || m.equals("commit")
                                || m.equals("rollback")) {
                            count.incrementAndGet();
                        }
                        try {
                            return method.invoke(c, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Path folder() {
            return db.folder();
        }

        @Override
        public void backup(java.sql.Connection connection, Path target) throws java.sql.SQLException {
            db.backup(connection, target);
        }

        @Override
        public void close() {
            db.close();
        }
    }

    static void time(Map<String, List<Double>> into, String what, Runnable job) {
        long t0 = System.nanoTime();
        job.run();
        into.computeIfAbsent(what, k -> new ArrayList<>()).add((System.nanoTime() - t0) / 1e6);
    }

    static double median(List<Double> xs) {
        List<Double> sorted = new ArrayList<>(xs);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
