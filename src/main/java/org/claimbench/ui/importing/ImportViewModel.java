package org.claimbench.ui.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.ingest.CancelledException;
import org.claimbench.service.CaseSnapshot;
import org.claimbench.service.ImportService;
import org.claimbench.ui.session.CaseSession;
import org.claimbench.ui.session.Selection;

/**
 * Importing a file into the open case (or a new one), on the long lane with progress and cancel, so that the user
 * keeps working meanwhile; and the layout view of a document, read again from its original.
 */
public final class ImportViewModel {

    /** The action that opens the layout view, in the dialogs that offer it. */
    public static final String SHOW_LAYOUT = "Show how it was read";

    private final CaseSession session;
    private final ImportService importer;
    private Consumer<LayoutReading> layoutShower = r -> { };

    public ImportViewModel(CaseSession session, ImportService importer) {
        this.session = session;
        this.importer = importer;
    }

    /** Where a layout reading goes to be shown: the window sets it to open the layout view. */
    public void setLayoutShower(Consumer<LayoutReading> shower) {
        layoutShower = Objects.requireNonNull(shower);
    }

    /** The kind a file dropped into the open case most likely is: its first pleading is the complaint. */
    public DocumentKind suggestedKind() {
        CaseSnapshot s = session.current();
        boolean hasComplaint = s != null && s.documents().stream()
                .anyMatch(d -> d.kind() == DocumentKind.COMPLAINT || d.kind() == DocumentKind.AMENDED_COMPLAINT);
        return hasComplaint ? DocumentKind.EXHIBIT : DocumentKind.COMPLAINT;
    }

    /**
     * What the Import dialog proposes for a file: its kind, from its first pages when they name one, and whether it
     * starts a case of its own. A complaint is not put into the fictional demo case unless the user says so.
     *
     * @param openCase the title of the case on show, or null when none is (the file then starts a new case)
     */
    public record Proposal(DocumentKind kind, boolean newCase, String openCase) {
    }

    /** Looks at the start of {@code file} on the long lane, then hands the proposal to {@code then}. */
    public void propose(Path file, Consumer<Proposal> then) {
        CaseSnapshot s = session.current();
        DocumentKind usual = suggestedKind();
        boolean demo = s != null && org.claimbench.service.DemoCase.TITLE.equals(s.legalCase().title());
        // on the long lane: a large file takes a moment to open, and edits need not wait for it
        session.tasks().runLong("Looking at " + file.getFileName(), progress -> ImportService.proposeKind(file), named -> {
            DocumentKind kind = named.orElse(usual);
            boolean pleading = kind == DocumentKind.COMPLAINT || kind == DocumentKind.AMENDED_COMPLAINT;
            // a complaint dropped on the demo case starts a case of its own; an exhibit goes with the case on show
            boolean newCase = s == null || (demo && (pleading || named.isEmpty()));
            then.accept(new Proposal(demo && !pleading && named.isEmpty() ? DocumentKind.COMPLAINT : kind, newCase,
                    s == null ? null : s.legalCase().title()));
        }, session::fail);
    }

    /** The title of the case a file would go into, or null when none is open (a new case is made). */
    public String importTarget() {
        CaseSnapshot s = session.current();
        return s == null ? null : s.legalCase().title();
    }

    private record Imported(Document document, List<String> concerns, List<String> notes, LayoutReading reading) {
    }

    /** An import refused for want of numbered paragraphs, with the reading the user may look at. */
    private static final class RefusedImport extends Exception {
        private final transient LayoutReading reading;

        RefusedImport(String message, LayoutReading reading) {
            super(message);
            this.reading = reading;
        }
    }

    /**
     * Imports a file into the open case (or, with none open, into a new case titled {@code title}), then shows the
     * new document. The case is read again on the interactive lane, after any edit made meanwhile.
     */
    public void importFile(Path file, DocumentKind kind, String title) {
        importFile(file, kind, title, false);
    }

    /** As {@link #importFile(Path, DocumentKind, String)}; {@code newCase} puts the file in a case of its own. */
    public void importFile(Path file, DocumentKind kind, String title, boolean newCase) {
        Long caseId = newCase ? null : session.caseId();
        String name = file.getFileName().toString();
        session.tasks().runLong("Importing " + name, progress -> {
            try {
                ImportService.Result r = importer.importChecked(caseId, file, kind, title, progress);
                LayoutReading reading = r.concerns().isEmpty() ? null : LayoutReading.of(name, r.analysis());
                return new Imported(r.document(), r.concerns(), r.analysis().notes(), reading);
            } catch (ImportService.NoParagraphsException e) {
                throw new RefusedImport(e.getMessage(), LayoutReading.of(name, e.analysis()));
            }
        }, imported -> {
            long into = imported.document().caseId();
            session.open("Opening the case", () -> session.cases().open(into), Selection.document(imported.document().id()), s -> {
                session.say("Imported " + name + (imported.concerns().isEmpty() ? "" : " \u2014 check its structure")
                        + (imported.notes().isEmpty() ? "" : ". " + String.join(" ", imported.notes())));
                if (!imported.concerns().isEmpty()) {
                    int choice = session.dialogs().choose("Check the structure of " + name, "ClaimBench imported " + name
                            + ", but its structure may not have been read as the page shows it:\n\n\u2022 "
                            + String.join("\n\u2022 ", imported.concerns()) + "\n\nCompare it with the original. The layout view shows "
                            + "how each printed line was read and why (View \u25b8 How the document was read\u2026).", SHOW_LAYOUT, "OK");
                    if (choice == 0) {
                        layoutShower.accept(imported.reading());
                    }
                }
            });
        }, e -> {
            if (e instanceof CancelledException) {
                session.say("Import of " + name + " cancelled; nothing was kept");
            } else if (e instanceof RefusedImport refused) {
                if (session.dialogs().choose("Cannot import " + name, refused.getMessage() + "\n\nIf the document does number its "
                        + "paragraphs, the layout view shows how each printed line was read and why.", SHOW_LAYOUT, "OK") == 0) {
                    layoutShower.accept(refused.reading);
                }
            } else {
                session.fail("Cannot import " + name, e);
            }
        });
    }

    /**
     * View ▸ How the document was read…: a document read again from its stored original, on the long lane, and
     * shown line by line with the role each was given.
     */
    public void showLayoutOf(Document doc) {
        if (doc == null) {
            return;
        }
        String name = doc.fileName() != null ? doc.fileName() : doc.title();
        session.tasks().runLong("Reading " + name + " again", progress -> LayoutReading.of(name, importer.reread(doc.id(), progress)),
                reading -> layoutShower.accept(reading), e -> {
                    if (!(e instanceof CancelledException)) {
                        session.fail("Cannot show how " + name + " was read", e);
                    }
                });
    }

    public CaseSession session() {
        return session;
    }
}
