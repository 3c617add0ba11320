package org.claimbench.ui.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.ingest.CancelledException;
import org.claimbench.service.AmendmentService;
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

    /** The action that opens the review queue of carried highlights, in the dialog after an amended pleading's import. */
    public static final String REVIEW_NOW = "Review now";

    private final CaseSession session;
    private final ImportService importer;
    private final AmendmentService amendments;
    private Consumer<LayoutReading> layoutShower = r -> { };
    private Runnable reviewShower = () -> { };

    public ImportViewModel(CaseSession session, ImportService importer, AmendmentService amendments) {
        this.session = session;
        this.importer = importer;
        this.amendments = amendments;
    }

    /** What opens the review queue of carried highlights: the window sets it. */
    public void setReviewShower(Runnable shower) {
        reviewShower = Objects.requireNonNull(shower);
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
     * @param openCase  the title of the case on show, or null when none is (the file then starts a new case)
     * @param pleadings the complaints and amended complaints of the case on show, newest first: what the file may amend
     */
    public record Proposal(DocumentKind kind, boolean newCase, String openCase, List<Document> pleadings) {

        public Proposal {
            pleadings = List.copyOf(pleadings);
        }

        /**
         * The pleading a file of {@code kind} amends, or for an Answer answers, unless the user says otherwise: the
         * newest, for an amended complaint or an Answer.
         */
        public Document amendsFor(DocumentKind kind) {
            return (kind == DocumentKind.AMENDED_COMPLAINT || kind == DocumentKind.ANSWER) && !pleadings.isEmpty() ? pleadings.get(0) : null;
        }
    }

    /** Whether a file of {@code kind} may amend a pleading (the Import dialog then asks which). */
    public static boolean mayAmend(DocumentKind kind) {
        return kind == DocumentKind.COMPLAINT || kind == DocumentKind.AMENDED_COMPLAINT;
    }

    /** The complaints and amended complaints of the case on show, newest first. */
    public List<Document> pleadings() {
        CaseSnapshot s = session.current();
        return s == null ? List.of() : s.documents().stream().filter(d -> mayAmend(d.kind()))
                .sorted(java.util.Comparator.comparingInt(Document::position).reversed()).toList();
    }

    /** Looks at the start of {@code file} on the long lane, then hands the proposal to {@code then}. */
    public void propose(Path file, Consumer<Proposal> then) {
        CaseSnapshot s = session.current();
        DocumentKind usual = suggestedKind();
        boolean demo = s != null && org.claimbench.service.DemoCase.TITLE.equals(s.legalCase().title());
        List<Document> pleadings = pleadings();
        // on the long lane: a large file takes a moment to open, and edits need not wait for it
        session.tasks().runLong("Looking at " + file.getFileName(), progress -> ImportService.proposeKind(file), named -> {
            DocumentKind kind = named.orElse(usual);
            boolean pleading = kind == DocumentKind.COMPLAINT || kind == DocumentKind.AMENDED_COMPLAINT;
            // a complaint dropped on the demo case starts a case of its own; an exhibit goes with the case on show
            boolean newCase = s == null || (demo && (pleading || named.isEmpty()));
            then.accept(new Proposal(demo && !pleading && named.isEmpty() ? DocumentKind.COMPLAINT : kind, newCase,
                    s == null ? null : s.legalCase().title(), pleadings));
        }, session::fail);
    }

    /** The title of the case a file would go into, or null when none is open (a new case is made). */
    public String importTarget() {
        CaseSnapshot s = session.current();
        return s == null ? null : s.legalCase().title();
    }

    /** What an import did: the new document, its concerns, and, for an amended pleading, how its highlights came over. */
    private record Imported(Document document, List<String> concerns, List<String> notes, LayoutReading reading,
                            AmendmentService.Outcome carried, Exception carryFailure) {
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
        importFile(file, kind, title, newCase, null);
    }

    /**
     * As {@link #importFile(Path, DocumentKind, String, boolean)}; {@code amends} names the pleading of the open case this
     * one amends, or is null. The highlights of that pleading are then carried into the new one on the same task; the
     * status bar says how they came over, and when some wait for the user the review queue is offered.
     */
    public void importFile(Path file, DocumentKind kind, String title, boolean newCase, Long amends) {
        Long caseId = newCase ? null : session.caseId();
        boolean answer = kind == DocumentKind.ANSWER;
        Long related = caseId == null || !(mayAmend(kind) || answer) ? null : amends; // amended, or answered
        Long amended = answer ? null : related;
        String name = file.getFileName().toString();
        session.tasks().runLong("Importing " + name, progress -> {
            ImportService.Result r;
            try {
                r = importer.importChecked(caseId, file, kind, title, related, progress);
            } catch (ImportService.NoParagraphsException e) {
                throw new RefusedImport(e.getMessage(), LayoutReading.of(name, e.analysis()));
            }
            LayoutReading reading = r.concerns().isEmpty() ? null : LayoutReading.of(name, r.analysis());
            AmendmentService.Outcome carried = null;
            Exception carryFailure = null;
            if (amended != null) {
                progress.update("Carrying highlights\u2026", 0, 0);
                try {
                    carried = amendments.carry(amended, r.document().id());
                } catch (Exception e) {
                    carryFailure = e; // the document is imported all the same; the user is told what was not carried
                }
            }
            return new Imported(r.document(), r.concerns(), r.analysis().notes(), reading, carried, carryFailure);
        }, imported -> {
            long into = imported.document().caseId();
            session.open("Opening the case", () -> session.cases().open(into), Selection.document(imported.document().id()), s -> {
                session.say("Imported " + name + (imported.concerns().isEmpty() ? "" : " \u2014 check its structure")
                        + (imported.notes().isEmpty() ? "" : ". " + String.join(" ", imported.notes()))
                        + (imported.carried() == null ? "" : ". Carried " + imported.carried().summary())
                        + (answer ? ". " + answerSummary(s) : ""));
                if (!imported.concerns().isEmpty()) {
                    int choice = session.dialogs().choose("Check the structure of " + name, "ClaimBench imported " + name
                            + ", but its structure may not have been read as the page shows it:\n\n\u2022 "
                            + String.join("\n\u2022 ", imported.concerns()) + "\n\nCompare it with the original. The layout view shows "
                            + "how each printed line was read and why (View \u25b8 How the document was read\u2026).", SHOW_LAYOUT, "OK");
                    if (choice == 0) {
                        layoutShower.accept(imported.reading());
                    }
                }
                afterCarry(name, imported);
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

    /** "The Answer, paragraph by paragraph: 12 admitted, 20 denied" — or why it was not read against a complaint. */
    static String answerSummary(CaseSnapshot s) {
        if (s.responsesBySegment().isEmpty()) {
            return "The case has no complaint for this Answer to answer: import the complaint, then the Answer again";
        }
        List<String> parts = new java.util.ArrayList<>();
        org.claimbench.domain.Disputes.count(s.responsesBySegment().values()).forEach((st, n) -> {
            if (n > 0) {
                parts.add(n + " " + st.label());
            }
        });
        return "The Answer, paragraph by paragraph: " + String.join(", ", parts);
    }

    /** Says what could not be carried, or offers the review queue when carried highlights wait for the user. */
    private void afterCarry(String name, Imported imported) {
        if (imported.carryFailure() != null) {
            session.fail("The highlights were not carried into " + name, imported.carryFailure());
            return;
        }
        AmendmentService.Outcome o = imported.carried();
        if (o == null || o.waiting().isEmpty()) {
            return;
        }
        int n = o.waiting().size();
        String message = "The highlights of \u201c" + o.from().title() + "\u201d were carried into \u201c" + o.to().title()
                + "\u201d: " + o.summary() + ".\n\n" + n + (n == 1 ? " highlight was" : " highlights were") + " not carried as "
                + (n == 1 ? "it was" : "they were") + ": the words changed or were not found. "
                + (n == 1 ? "It waits" : "They wait") + " in the review queue (Edit \u25b8 Review waiting highlights\u2026) for you to "
                + "confirm the new words, select others, or drop " + (n == 1 ? "it." : "them.");
        if (session.dialogs().choose("Review waiting highlights", message, REVIEW_NOW, "Later") == 0) {
            reviewShower.run();
        }
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
