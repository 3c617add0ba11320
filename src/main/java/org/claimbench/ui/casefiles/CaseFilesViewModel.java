package org.claimbench.ui.casefiles;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.claimbench.domain.LegalCase;
import org.claimbench.service.AnnotationExport;
import org.claimbench.service.AnnotationImport;
import org.claimbench.service.AtomicFiles;
import org.claimbench.service.CaseArchive;
import org.claimbench.service.CaseService;
import org.claimbench.service.CaseSnapshot;
import org.claimbench.service.DemoCase;
import org.claimbench.service.Edit;
import org.claimbench.service.ImportService;
import org.claimbench.service.QdpxExport;
import org.claimbench.service.QdpxImport;
import org.claimbench.service.Sealed;
import org.claimbench.ui.session.CaseSession;
import org.claimbench.ui.session.DocumentCache;
import org.claimbench.ui.session.EditController;
import org.claimbench.ui.session.Selection;

/** Cases as wholes: the list of cases, open, new, duplicate, delete and restore, properties, and case files. */
public final class CaseFilesViewModel {

    private final CaseSession session;
    private final EditController edits;
    private final CaseService cases;
    private final CaseArchive archive;
    private final DocumentCache cache;
    private final DemoCase demo;
    private final QdpxExport qdpx;
    private final AnnotationExport annotations;
    private final QdpxImport qdpxImport;
    private final AnnotationImport annotationImport;
    private final ObservableList<LegalCase> caseList = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Edit> deletedCase = new ReadOnlyObjectWrapper<>();
    private String deletedTitle;
    private Runnable reviewShower = () -> { };

    public CaseFilesViewModel(CaseSession session, EditController edits, DocumentCache cache, CaseArchive archive, DemoCase demo,
                              QdpxExport qdpx, AnnotationExport annotations, QdpxImport qdpxImport, AnnotationImport annotationImport) {
        this.qdpx = qdpx;
        this.qdpxImport = qdpxImport;
        this.annotationImport = annotationImport;
        this.annotations = annotations;
        this.session = session;
        this.cache = cache;
        this.edits = edits;
        this.cases = session.cases();
        this.archive = archive;
        this.demo = demo;
        session.onShown(s -> refreshCaseList());
    }

    /** What opens the review queue when the user asks for it after importing web annotations. */
    public void setReviewShower(Runnable shower) {
        reviewShower = java.util.Objects.requireNonNull(shower);
    }

    public void refreshCaseList() {
        session.tasks().run("Reading cases", cases::cases, caseList::setAll, session::fail);
    }

    /** Opens the most recently opened case, if there is one. */
    public void openMostRecent() {
        session.open("Opening the last case", () -> {
            List<LegalCase> all = cases.cases();
            if (all.isEmpty()) {
                return null;
            }
            long caseId = all.get(0).id();
            Long placed = session.placeOf(caseId).documentId(); // the settings may be read from any thread
            cache.readAhead(() -> cases.opening(caseId, placed));
            return cases.open(caseId);
        }, Selection.KEEP, s -> { });
    }

    /**
     * Opens a case; its document is read beside it rather than after it is shown. The read starts first: what the panes
     * show ahead of the case (the text it showed last) takes the FX thread for a while, and the read does not wait for it.
     */
    public void openCase(long caseId) {
        Long placed = session.placeOf(caseId).documentId();
        session.open("Opening case", () -> {
            cache.readAhead(() -> cases.opening(caseId, placed));
            return cases.open(caseId);
        }, Selection.KEEP, s -> { });
        session.opening(caseId, placed); // told before the case is shown: a result comes back on this thread, later
    }

    /** The title a new case gets when none is given. */
    public static final String UNTITLED = "Untitled case";

    /** A new, empty case, shown at once; a blank title makes it an "Untitled case" (rename it in its properties). */
    public void newCase(String title) {
        String named = title == null || title.isBlank() ? UNTITLED : title.strip();
        session.open("Creating case", () -> cases.open(cases.create(named).id()), Selection.KEEP,
                s -> session.say(named.equals(UNTITLED) ? "Made \u201cUntitled case\u201d: File \u25b8 Case properties\u2026 renames it"
                        : "Made \u201c" + named + "\u201d: import its complaint to start (File \u25b8 Import\u2026)"));
    }

    public void addDemoCase() {
        session.open("Adding the demo case", () -> cases.open(demo.install()), Selection.KEEP, s -> { });
    }

    public void editCaseProperties(String title, String court, String caseNumber, String notes, List<String> plaintiffs,
                                   List<String> defendants) {
        Long caseId = session.caseId();
        if (caseId != null) {
            edits.perform(made -> cases.editProperties(caseId, title, court, caseNumber, notes, plaintiffs, defendants));
        }
    }

    public void duplicateCase() {
        Long caseId = session.caseId();
        if (caseId != null) {
            session.open("Duplicating the case", () -> cases.open(cases.duplicate(caseId)), Selection.KEEP,
                    s -> session.say("Made a copy: " + s.legalCase().title()));
        }
    }

    private record Deleted(Edit edit, CaseSnapshot next) {
    }

    /** Deletes the open case (the caller has asked); File ▸ Restore deleted case brings it back until the window closes. */
    public void deleteCase() {
        CaseSnapshot s = session.current();
        if (s == null) {
            return;
        }
        long caseId = s.legalCase().id();
        String title = s.legalCase().title();
        session.tasks().run("Deleting the case", () -> {
            Edit e = cases.delete(caseId);
            e.apply();
            List<LegalCase> rest = cases.cases();
            return new Deleted(e, rest.isEmpty() ? null : cases.open(rest.get(0).id()));
        }, d -> {
            deletedTitle = title;
            deletedCase.set(d.edit());
            if (d.next() != null) {
                session.show(d.next(), Selection.KEEP);
            } else {
                session.clear();
                refreshCaseList();
            }
            session.say("Deleted \u201c" + title + "\u201d \u2014 File \u25b8 Restore deleted case brings it back");
        }, session::fail);
    }

    public void restoreDeletedCase() {
        Edit e = deletedCase.get();
        if (e == null) {
            return;
        }
        session.open("Restoring the case", () -> {
            e.revert();
            return cases.open(cases.cases().get(0).id()); // the restored case was opened last
        }, Selection.KEEP, snap -> {
            deletedCase.set(null);
            session.say("Restored \u201c" + deletedTitle + "\u201d");
        });
    }

    public ReadOnlyObjectProperty<Edit> deletedCaseProperty() {
        return deletedCase.getReadOnlyProperty();
    }

    // ---- case files ----------------------------------------------------------------------------------

    /** Writes the open case to a .claimcase file, whole or not at all, sealed with {@code password} when one is given. */
    public void exportCase(Path target, char[] password) {
        Long caseId = session.caseId();
        if (caseId == null) {
            return;
        }
        session.tasks().runLong("Writing the case file", progress -> {
            byte[] plain = archive.export(caseId);
            byte[] bytes = password == null || password.length == 0 ? plain : Sealed.seal(plain, password);
            AtomicFiles.write(target, "The case file", bytes);
            return target;
        }, path -> session.say("Saved the case to " + path), session::fail);
    }

    public void exportCase(Path target) {
        exportCase(target, null);
    }

    /** Writes the open case as a REFI-QDA project (.qdpx), for QualCoder, MAXQDA, ATLAS.ti or NVivo; whole or not at all. */
    public void exportQdpx(Path target) {
        exportFor(target, "Writing the REFI-QDA project", "The REFI-QDA project", qdpx::export);
    }

    /** Writes the open case's passages as W3C web annotations (JSON-LD); whole or not at all. */
    public void exportAnnotations(Path target) {
        exportFor(target, "Writing the web annotations", "The web annotations", annotations::export);
    }

    private interface Exporter {
        byte[] export(long caseId) throws java.io.IOException;
    }

    private void exportFor(Path target, String doing, String what, Exporter exporter) {
        Long caseId = session.caseId();
        if (caseId == null) {
            return;
        }
        session.tasks().runLong(doing, progress -> {
            AtomicFiles.write(target, what, exporter.export(caseId));
            return target;
        }, path -> session.say("Exported the case to " + path), session::fail);
    }

    /** Asks, on the FX thread, what each depth of a project's codes becomes, having shown what will not be imported. */
    @FunctionalInterface
    public interface LevelsQuestion {
        java.util.Optional<QdpxImport.Levels> ask(String name, QdpxImport.Project project);
    }

    /**
     * Makes a new case of a REFI-QDA project (.qdpx): reads and checks it on the long lane, asks what its codes become,
     * stores it in one transaction, and opens it. A refused file is explained and changes nothing; the new case goes,
     * like any other, with File ▸ Delete case.
     */
    public void importQdpx(Path file, LevelsQuestion question) {
        String name = file.getFileName().toString();
        session.tasks().runLong("Reading " + name, progress -> {
                    progress.update("Reading " + name, 0, 2);
                    byte[] bytes = ImportService.readFile(file);
                    progress.update("Checking " + name, 1, 2);
                    return QdpxImport.read(name, bytes);
                },
                project -> question.ask(name, project).ifPresent(levels -> storeQdpx(name, project, levels)),
                e -> session.dialogs().error("Cannot import " + name, CaseSession.messageOf(e)));
    }

    private void storeQdpx(String name, QdpxImport.Project project, QdpxImport.Levels levels) {
        session.tasks().runLong("Importing " + name, progress -> {
                    progress.checkCancelled(); // nothing is stored until here, and then all at once
                    progress.update("Storing " + project.sources().size() + " sources and " + project.selectionCount() + " selections", 0, 1);
                    return qdpxImport.store(name, project, levels);
                }, r ->
                session.open("Opening the imported case", () -> cases.open(r.caseId()), Selection.KEEP,
                        s -> session.say("Imported " + name + ": " + r.summary() + (r.notImported().isEmpty() ? ""
                                : "; " + r.notImported().size() + " other items were not imported (listed before the import)"))),
                e -> session.dialogs().error("Cannot import " + name, CaseSession.messageOf(e)));
    }

    /**
     * Places a file of web annotations on a document of the open case: read and placed on the long lane, then stored as
     * one undoable edit (Edit ▸ Undo takes them all back): the exact and moved ones as highlights, those whose words
     * changed, or that were not found, as items of the review queue, which the closing message offers to open.
     */
    public void importAnnotations(Path file, long documentId) {
        String name = file.getFileName().toString();
        if (session.caseId() == null) {
            return;
        }
        session.tasks().runLong("Reading " + name, progress -> {
                    progress.update("Reading " + name, 0, 2);
                    byte[] bytes = ImportService.readFile(file);
                    progress.update("Finding the annotations' words", 1, 2);
                    return annotationImport.plan(name, bytes, documentId);
                },
                plan -> edits.perform(made -> annotationImport.edit(plan), edit -> told(plan)),
                e -> session.dialogs().error("Cannot import " + name, CaseSession.messageOf(e)));
    }

    private void told(AnnotationImport.Plan plan) {
        int queued = plan.queued().size();
        boolean changed = plan.stored().size() + queued > 0;
        session.say(plan.summary() + " \u2014 " + plan.stored().size() + " highlights added to \u201c" + plan.documentTitle() + "\u201d, "
                + queued + " to the review queue" + (changed ? " (Edit \u25b8 Undo takes them back)" : ""));
        List<String> others = plan.notImported();
        String rest = others.isEmpty() ? "" : "\n\nNot imported:\n\u2022 " + String.join("\n\u2022 ", others);
        if (queued > 0) {
            String message = plan.summary() + ". " + (queued == 1 ? "One annotation's words" : queued + " annotations' words")
                    + " changed or were not found. " + (queued == 1 ? "It waits" : "They wait") + " in the review queue (Edit \u25b8 "
                    + "Review waiting highlights\u2026) for you to confirm the words offered, select others, or drop "
                    + (queued == 1 ? "it" : "them") + ":\n\n\u2022 " + String.join("\n\u2022 ", plan.queued().stream()
                    .map(AnnotationImport.Placed::describe).toList()) + rest;
            if (session.dialogs().choose("Web annotations to review", message, org.claimbench.ui.importing.ImportViewModel.REVIEW_NOW,
                    "Later") == 0) {
                reviewShower.run();
            }
        } else if (!others.isEmpty()) {
            session.dialogs().inform("Web annotations not imported", plan.summary() + ". These were not added:\n\n\u2022 "
                    + String.join("\n\u2022 ", others));
        }
    }

    private record CheckedFile(CaseArchive.Checked checked, boolean exists) {
    }

    /**
     * Opens a .claimcase file: checks it, asks whether to replace a case that is already here or keep both, stores it
     * and shows it. A bad file is explained and changes nothing.
     */
    public void openCaseFile(Path file) {
        openCaseFile(file, null);
    }

    private void openCaseFile(Path file, char[] password) {
        String name = file.getFileName().toString();
        session.tasks().runLong("Reading " + name, progress -> {
            var checked = CaseArchive.read(name, ImportService.readFile(file), password);
            return new CheckedFile(checked, archive.existing(checked).isPresent());
        }, f -> {
            CaseArchive.Existing mode = CaseArchive.Existing.KEEP_BOTH;
            if (f.exists()) {
                // keeping both is offered first, as the default: replacing throws away what was done here since
                int choice = session.dialogs().choose("This case is already here", "\u201c" + f.checked().caseJson().title()
                        + "\u201d is already in ClaimBench. Keep both, or replace the case here with the version in " + name + "?",
                        "Keep both", "Replace");
                if (choice < 0) {
                    return;
                }
                mode = choice == 1 ? CaseArchive.Existing.REPLACE : CaseArchive.Existing.KEEP_BOTH;
            }
            String opened = "Opened " + name + (f.checked().changed().isEmpty() ? "" : ". " + String.join(" ", f.checked().changed()));
            if (mode == CaseArchive.Existing.REPLACE) {
                replaceWith(f.checked(), name, opened);
                return;
            }
            session.open("Adding the case", () -> cases.open(archive.store(f.checked(), CaseArchive.Existing.KEEP_BOTH)), Selection.KEEP,
                    snap -> session.say(opened));
        }, e -> {
            boolean locked = e instanceof CaseArchive.PasswordNeeded || password != null && CaseSession.messageOf(e).contains("password");
            if (locked) {
                // ask (again): a wrong password changes nothing, and may be tried once more
                session.dialogs().askPassword("Encrypted case file", password == null ? name + " is encrypted. Enter its password."
                        : "That password did not open " + name + ". Try again.", false).ifPresent(p -> openCaseFile(file, p));
            } else {
                session.dialogs().error("Cannot open " + name, CaseSession.messageOf(e));
            }
        });
    }

    private record Replaced(Edit deletion, String title, CaseSnapshot shown) {
    }

    /**
     * Replaces the case here with a file's version, once the user has said so a second time. The case that was here
     * goes where a deleted case goes, so File ▸ Restore deleted case brings it back.
     */
    private void replaceWith(CaseArchive.Checked checked, String name, String opened) {
        String title = checked.caseJson().title();
        if (!session.dialogs().confirm("Replace \u201c" + title + "\u201d?", "The case here, with everything done to it since "
                + name + " was written, is set aside. File \u25b8 Restore deleted case brings it back.", "Replace")) {
            return;
        }
        session.tasks().run("Replacing the case", () -> {
            LegalCase here = archive.existing(checked).orElse(null);
            Edit deletion = here == null ? null : cases.delete(here.id());
            if (deletion != null) {
                deletion.apply();
            }
            try {
                return new Replaced(deletion, here == null ? title : here.title(),
                        cases.open(archive.store(checked, CaseArchive.Existing.KEEP_BOTH)));
            } catch (RuntimeException e) {
                if (deletion != null) {
                    deletion.revert(); // the file could not be stored: the case here comes back as it was
                }
                throw e;
            }
        }, r -> {
            if (r.deletion() != null) {
                deletedTitle = r.title();
                deletedCase.set(r.deletion());
            }
            session.show(r.shown(), Selection.KEEP);
            session.say(opened + (r.deletion() == null ? "" : " \u2014 the case it replaced: File \u25b8 Restore deleted case"));
        }, session::fail);
    }

    public CaseSession session() {
        return session;
    }

    public ObservableList<LegalCase> caseList() {
        return caseList;
    }
}
