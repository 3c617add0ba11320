package org.claimbench.ui.document;

import java.util.List;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import org.claimbench.domain.Passage;

/**
 * The text's context menu: flag decisions at the caret, then copy and copy with cite, highlight, link, allegation, note,
 * correction and find.
 */
final class TextMenu {

    private TextMenu() {
    }

    static ContextMenu of(DocumentPane pane) {
        MenuItem copy = new MenuItem("Copy");
        copy.setId("context-copy");
        copy.setOnAction(e -> pane.textArea().copy());
        MenuItem copyWithCite = new MenuItem("Copy with cite");
        copyWithCite.setId("context-copy-with-cite");
        copyWithCite.setOnAction(e -> pane.copyWithCite());
        MenuItem highlight = new MenuItem("Highlight");
        highlight.setOnAction(e -> pane.highlightSelection());
        MenuItem link = new MenuItem("Link to selected node");
        link.setOnAction(e -> pane.linkToSelectedNode());
        MenuItem linkTo = new MenuItem("Link to\u2026");
        linkTo.setOnAction(e -> pane.linkWithPicker());
        MenuItem allegation = new MenuItem("New allegation from selection");
        allegation.setOnAction(e -> pane.newAllegationFromSelection());
        MenuItem note = new MenuItem("Edit note\u2026");
        note.setOnAction(e -> pane.editNote());
        MenuItem extent = new MenuItem("Make highlight cover the selection");
        extent.setOnAction(e -> pane.changeExtent());
        MenuItem delete = new MenuItem("Delete highlight");
        delete.setOnAction(e -> pane.deleteHighlight());
        MenuItem find = new MenuItem("Find\u2026");
        find.setOnAction(e -> pane.showFind());
        MenuItem correct = new MenuItem("Correct recognised text\u2026");
        correct.setId("context-correct-text");
        correct.setOnAction(e -> pane.correctRecognisedText());
        MenuItem confirm = new MenuItem("Confirm flag");
        confirm.setId("context-confirm-flag");
        confirm.setOnAction(e -> pane.decideFlag(org.claimbench.domain.FlagVerdict.CONFIRMED));
        MenuItem dismiss = new MenuItem("Dismiss flag");
        dismiss.setId("context-dismiss-flag");
        dismiss.setOnAction(e -> pane.decideFlag(org.claimbench.domain.FlagVerdict.DISMISSED));
        MenuItem undecide = new MenuItem("Take back decision on flag");
        undecide.setOnAction(e -> pane.decideFlag(null));
        SeparatorMenuItem flagSeparator = new SeparatorMenuItem();
        ContextMenu menu = new ContextMenu(confirm, dismiss, undecide, flagSeparator, copy, copyWithCite, new SeparatorMenuItem(),
                highlight, link, linkTo, allegation, new SeparatorMenuItem(), note, extent, delete, new SeparatorMenuItem(), correct, find);
        menu.setOnHidden(e -> pane.menuClosed());
        menu.setOnShowing(e -> {
            var f = pane.flagAtCaret();
            var v = f == null || pane.session().snapshotProperty().get() == null ? null
                    : pane.session().snapshotProperty().get().decisions().verdict(pane.shown().view().document().id(), f);
            String what = f == null ? "" : ": " + f.label();
            confirm.setText("Confirm flag" + what);
            dismiss.setText("Dismiss flag" + what);
            for (MenuItem m : List.of(confirm, dismiss, undecide, flagSeparator)) {
                m.setVisible(f != null);
            }
            confirm.setDisable(v == org.claimbench.domain.FlagVerdict.CONFIRMED);
            dismiss.setDisable(v == org.claimbench.domain.FlagVerdict.DISMISSED);
            undecide.setDisable(v == null);
            boolean selection = pane.textArea().getSelection().getLength() > 0;
            Passage p = pane.passageAtCaret();
            copy.setDisable(!selection);
            copyWithCite.setDisable(!selection);
            highlight.setDisable(!selection);
            allegation.setDisable(!selection);
            link.setDisable((!selection && p == null) || pane.session().selectedNodeProperty().get() == null);
            linkTo.setDisable(!selection && p == null);
            note.setDisable(p == null);
            delete.setDisable(p == null);
            extent.setDisable(!selection || pane.session().selectedPassageProperty().get() == null);
            correct.setVisible(pane.shown() != null && pane.shown().view().correctable());
        });
        return menu;
    }
}
