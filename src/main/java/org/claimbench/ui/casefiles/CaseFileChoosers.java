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

    /** File ▸ Export ▸ REFI-QDA project…: a .qdpx file for QualCoder, MAXQDA, ATLAS.ti or NVivo. */
    public static void exportQdpx(Window owner, CaseFilesViewModel model, CaseSession session) {
        File f = chooseTarget(owner, session, "Export a REFI-QDA project", "REFI-QDA projects", "qdpx");
        if (f != null) {
            model.exportQdpx(f.toPath());
        }
    }

    /** File ▸ Export ▸ Web annotations…: the passages as W3C web annotations (JSON-LD). */
    public static void exportAnnotations(Window owner, CaseFilesViewModel model, CaseSession session) {
        File f = chooseTarget(owner, session, "Export web annotations", "Web annotations (JSON-LD)", "jsonld");
        if (f != null) {
            model.exportAnnotations(f.toPath());
        }
    }

    /** A file to save to, in the last folder used, named after the case, with {@code extension} added when missing. */
    private static File chooseTarget(Window owner, CaseSession session, String title, String kind, String extension) {
        CaseSnapshot s = session.current();
        if (s == null) {
            return null;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*." + extension));
        chooser.setInitialFileName(s.legalCase().title().replaceAll("[\\\\/:*?\"<>|]", "").trim() + "." + extension);
        File f = LastFolder.remember(org.claimbench.ui.common.FilePrompt.save(LastFolder.in(chooser, session.settings()), owner), session.settings());
        return f == null || f.getName().endsWith("." + extension) ? f : new File(f.getParentFile(), f.getName() + "." + extension);
    }

    /** File ▸ Import ▸ REFI-QDA project…: a .qdpx file becomes a new case, once the user has said what its codes become. */
    public static void importQdpx(Window owner, CaseFilesViewModel model) {
        File f = chooseSource(owner, model.session(), "Import a REFI-QDA project", "REFI-QDA projects", "*.qdpx");
        if (f != null) {
            model.importQdpx(f.toPath(), (name, project) -> QdpxImportDialog.ask(owner, name, project));
        }
    }

    /** File ▸ Import ▸ Web annotations…: W3C web annotations placed on the document on show. */
    public static void importAnnotations(Window owner, CaseFilesViewModel model, org.claimbench.domain.Document onShow) {
        if (onShow == null) {
            return;
        }
        File f = chooseSource(owner, model.session(), "Import web annotations onto “" + onShow.title() + "”",
                "Web annotations (JSON-LD)", "*.jsonld", "*.json");
        if (f != null) {
            model.importAnnotations(f.toPath(), onShow.id());
        }
    }

    private static File chooseSource(Window owner, CaseSession session, String title, String kind, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(kind, patterns), new FileChooser.ExtensionFilter("All files", "*"));
        return LastFolder.remember(org.claimbench.ui.common.FilePrompt.open(LastFolder.in(chooser, session.settings()), owner), session.settings());
    }

    public static void confirmDelete(CaseFilesViewModel model, CaseSession session) {
        CaseSnapshot s = session.current();
        if (s != null && session.dialogs().confirm("Delete case", "Delete \u201c" + s.legalCase().title() + "\u201d with all its "
                + "documents, outline and evidence? Until you quit, File \u25b8 Restore deleted case brings it back.", "Delete")) {
            model.deleteCase();
        }
    }
}
