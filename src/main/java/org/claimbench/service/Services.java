package org.claimbench.service;

import java.nio.file.Path;
import java.util.Objects;

import org.claimbench.store.Store;

/**
 * Every service of one store, built once, in one place, and shared by whoever drives them: the window and each
 * command of the command line. No service builds another; each gets what it uses here, by its constructor.
 *
 * @param dataDir the data folder, where the user's wording rules and templates live; null for a store without one
 */
public record Services(Store store, Path dataDir, CaseService cases, CaseArchive archive, DocumentImporter documents,
                       ImportService importer, OutlineBuilder outlineBuilder, CaseEditor editor, WordingService wording,
                       TemplateService templates, ReportService reports, DemoCase demo,
                       PageService pages, AmendmentService amendments,
                       QdpxExport qdpx, AnnotationExport annotations, QdpxImport qdpxImport,
                       AnnotationImport annotationImport) {

    public Services {
        Objects.requireNonNull(store, "store");
    }

    /** The services of {@code store}, whose data folder is {@code dataDir} (null: none, for an in-memory store). */
    public static Services of(Store store, Path dataDir) {
        CaseArchive archive = new CaseArchive(store);
        CaseService cases = new CaseService(store, archive);
        CaseEditor editor = new CaseEditor(store);
        WordingService wording = new WordingService(store, dataDir);
        AmendmentService amendments = new AmendmentService(store);
        return new Services(store, dataDir, cases, archive, new DocumentImporter(store), new ImportService(store),
                new OutlineBuilder(store), editor, wording, new TemplateService(store, dataDir, editor),
                new ReportService(store, cases, wording, amendments), new DemoCase(store), new PageService(store), amendments,
                new QdpxExport(store, cases), new AnnotationExport(store, cases), new QdpxImport(store), new AnnotationImport(store));
    }
}
