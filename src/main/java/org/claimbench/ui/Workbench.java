package org.claimbench.ui;

import org.claimbench.service.Services;
import org.claimbench.ui.backup.BackupViewModel;
import org.claimbench.ui.backup.StoreControl;
import org.claimbench.ui.casefiles.CaseFilesViewModel;
import org.claimbench.ui.compare.CompareViewModel;
import org.claimbench.ui.document.DocumentViewModel;
import org.claimbench.ui.evidence.EvidenceViewModel;
import org.claimbench.ui.importing.ImportViewModel;
import org.claimbench.ui.outline.OutlineViewModel;
import org.claimbench.ui.pages.PageViewModel;
import org.claimbench.ui.report.ReportViewModel;
import org.claimbench.ui.review.ReviewViewModel;
import org.claimbench.ui.search.SearchViewModel;
import org.claimbench.ui.session.CaseSession;
import org.claimbench.ui.session.Dialogs;
import org.claimbench.ui.session.DocumentCache;
import org.claimbench.ui.session.DragBoard;
import org.claimbench.ui.session.EditController;
import org.claimbench.ui.session.TaskRunner;
import org.claimbench.ui.wording.WordingViewModel;

/**
 * The view models of one window over one store, built and wired together once. The session and the edit controller
 * are shared; each pane or feature has its own view model.
 */
public record Workbench(CaseSession session, EditController edits, DragBoard drag, DocumentViewModel document,
                        OutlineViewModel outline, EvidenceViewModel evidence, WordingViewModel wording, ImportViewModel importing,
                        CaseFilesViewModel caseFiles, ReportViewModel report, BackupViewModel backup, SearchViewModel search,
                        PageViewModel pages, ReviewViewModel review, CompareViewModel compare) {

    public static Workbench create(Services services, TaskRunner tasks, Dialogs dialogs, StoreControl storeControl) {
        return create(services, tasks, dialogs, org.claimbench.service.UserSettings.load(null), storeControl);
    }

    public static Workbench create(Services services, TaskRunner tasks, Dialogs dialogs, org.claimbench.service.UserSettings settings,
                                   StoreControl storeControl) {
        CaseSession session = new CaseSession(services.cases(), tasks, dialogs, settings);
        EditController edits = new EditController(session);
        DocumentCache cache = new DocumentCache(services.documents(), services.wording());
        // the text pane first: the document of a case coming on show is read before its wording is screened
        DocumentViewModel document = new DocumentViewModel(session, edits, cache, services.editor());
        WordingViewModel wording = new WordingViewModel(session, edits, cache, services.editor());
        wording.onRulesChanged(document::reload);
        return new Workbench(session, edits, new DragBoard(), document,
                new OutlineViewModel(session, edits, services.editor(), services.outlineBuilder(), services.templates()),
                new EvidenceViewModel(session, edits, services.editor(), cache, wording),
                wording,
                new ImportViewModel(session, services.importer(), services.amendments()),
                new CaseFilesViewModel(session, edits, cache, services.archive(), services.demo(), services.qdpx(), services.annotations(),
                        services.qdpxImport(), services.annotationImport()),
                new ReportViewModel(session, services.reports()),
                new BackupViewModel(session, storeControl),
                new SearchViewModel(session, tasks, edits, cache, document),
                new PageViewModel(session, document, services.pages()),
                new ReviewViewModel(session, edits, services.amendments(), document),
                new CompareViewModel(session, services.amendments(), document));
    }
}
