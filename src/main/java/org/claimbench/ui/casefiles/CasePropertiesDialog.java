package org.claimbench.ui.casefiles;

import org.claimbench.ui.session.CaseSession;

import org.claimbench.ui.common.Forms;

import java.util.Arrays;
import java.util.List;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.claimbench.domain.Party;
import org.claimbench.domain.PartyRole;
import org.claimbench.service.CaseSnapshot;

/** The caption data of a case: title, court, case number, parties (one a line) and notes. */
public final class CasePropertiesDialog {

    private CasePropertiesDialog() {
    }

    public static void edit(Window owner, CaseFilesViewModel model, CaseSession session) {
        CaseSnapshot s = session.current();
        if (s == null) {
            return;
        }
        var c = s.legalCase();
        TextField title = new TextField(c.title());
        title.setId("case-title");
        title.setPrefColumnCount(36);
        TextField court = new TextField(c.court() == null ? "" : c.court());
        TextField number = new TextField(c.caseNumber() == null ? "" : c.caseNumber());
        TextArea plaintiffs = Forms.area("case-plaintiffs", names(s.parties(), PartyRole.PLAINTIFF));
        TextArea defendants = Forms.area("case-defendants", names(s.parties(), PartyRole.DEFENDANT));
        TextArea notes = Forms.area("case-notes", c.notes());
        GridPane g = Forms.grid();
        g.addRow(0, new Label("Title"), title);
        g.addRow(1, new Label("Court"), court);
        g.addRow(2, new Label("Case number"), number);
        g.addRow(3, new Label("Plaintiffs"), plaintiffs);
        g.addRow(4, new Label("Defendants"), defendants);
        g.addRow(5, new Label("Notes"), notes);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Case properties");
        d.setHeaderText("Case properties \u2014 one party a line");
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(title.textProperty().isEmpty());
        d.setOnShown(e -> javafx.application.Platform.runLater(title::requestFocus));
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.editCaseProperties(title.getText().strip(),
                Forms.blankToNull(court.getText()), Forms.blankToNull(number.getText()), Forms.blankToNull(notes.getText()),
                lines(plaintiffs.getText()), lines(defendants.getText())));
    }

    private static String names(List<Party> parties, PartyRole role) {
        return String.join("\n", parties.stream().filter(p -> p.role() == role).map(Party::name).toList());
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
