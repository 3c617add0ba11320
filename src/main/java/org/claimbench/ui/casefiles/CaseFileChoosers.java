package org.claimbench.ui.casefiles;

import org.claimbench.ui.common.LastFolder;

import java.io.File;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.claimbench.service.CaseSnapshot;
import org.claimbench.ui.session.CaseSession;

/** The file choosers and questions of File ▸ Open case file, Export case and Delete case. */
public final class CaseFileChoosers {

    private CaseFileChoosers() {
    }

    public static void open(Window owner, CaseFilesViewModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a case file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ClaimBench case files", "*.claimcase"));
        File f = LastFolder.remember(LastFolder.in(chooser, model.session().settings()).showOpenDialog(owner), model.session().settings());
        if (f != null) {
            model.openCaseFile(f.toPath());
        }
    }

    public static void export(Window owner, CaseFilesViewModel model, CaseSession session) {
        CaseSnapshot s = session.current();
        if (s == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the case");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ClaimBench case files", "*.claimcase"));
        chooser.setInitialFileName(s.legalCase().title().replaceAll("[\\\\/:*?\"<>|]", "").trim() + ".claimcase");
        File f = LastFolder.remember(LastFolder.in(chooser, session.settings()).showSaveDialog(owner), session.settings());
        if (f != null) {
            File target = f.getName().endsWith(".claimcase") ? f : new File(f.getParentFile(), f.getName() + ".claimcase");
            session.dialogs().askPassword("Export case", "Encrypt the file with a password? Leave both fields empty for none. "
                    + "Without the password, nobody (including you) can open the file.", true)
                    .ifPresent(password -> model.exportCase(target.toPath(), password));
        }
    }

    public static void confirmDelete(CaseFilesViewModel model, CaseSession session) {
        CaseSnapshot s = session.current();
        if (s != null && session.dialogs().confirm("Delete case", "Delete \u201c" + s.legalCase().title() + "\u201d with all its "
                + "documents, outline and evidence? Until you quit, File \u25b8 Restore deleted case brings it back.", "Delete")) {
            model.deleteCase();
        }
    }
}
