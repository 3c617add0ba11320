package org.claimbench.ui.report;

import org.claimbench.ui.common.Forms;
import org.claimbench.ui.common.Labels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.claimbench.domain.OutlineNode;
import org.claimbench.report.ReportOptions;

/** What the report includes: which counts, the notes, the wording flags, a table of contents, the order, the paper and who prepared it. */
final class ReportOptionsDialog {

    private ReportOptionsDialog() {
    }

    static Optional<ReportOptions> ask(Window owner, String action, List<OutlineNode> counts, ReportOptions last) {
        Dialog<ReportOptions> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Report");
        d.setHeaderText("The allegation-versus-evidence report");
        List<CheckBox> boxes = new ArrayList<>();
        VBox countBox = new VBox(4);
        for (OutlineNode c : counts) {
            CheckBox b = new CheckBox(c.title());
            b.setSelected(last.countIds().isEmpty() || last.countIds().contains(c.id()));
            b.setUserData(c.id());
            boxes.add(b);
            countBox.getChildren().add(b);
        }
        CheckBox notes = new CheckBox("Include the notes");
        notes.setId("report-notes");
        notes.setSelected(last.includeNotes());
        CheckBox first = new CheckBox("List the unsupported and contradicted allegations first");
        first.setId("report-unsupported-first");
        first.setSelected(last.unsupportedFirst());
        CheckBox wording = new CheckBox("Show the wording flags of each allegation");
        wording.setId("report-wording");
        wording.setSelected(last.includeWording());
        CheckBox contents = new CheckBox("Begin with a table of contents");
        contents.setId("report-toc");
        contents.setSelected(last.tableOfContents());
        ChoiceBox<ReportOptions.Paper> paper = Labels.choice("report-paper", ReportOptions.Paper.values(), last.paper(),
                ReportOptions.Paper::label);
        TextField preparedBy = new TextField(last.preparedBy() == null ? "" : last.preparedBy());
        preparedBy.setId("report-prepared-by");
        preparedBy.setPromptText("Your name, for the cover");
        GridPane g = Forms.grid();
        g.addRow(0, new Label("Counts"), countBox);
        g.addRow(1, new Label("Contents"), new VBox(4, notes, first, wording, contents));
        g.addRow(2, new Label("Paper"), paper);
        g.addRow(3, new Label("Prepared by"), preparedBy);
        d.getDialogPane().setContent(g);
        ButtonType go = new ButtonType(action, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        d.setResultConverter(b -> {
            if (b != go) {
                return null;
            }
            Set<Long> ids = new HashSet<>();
            boxes.stream().filter(CheckBox::isSelected).forEach(x -> ids.add((Long) x.getUserData()));
            Set<Long> chosen = ids.size() == boxes.size() ? Set.of() : ids;
            return last.withCounts(chosen).withNotes(notes.isSelected()).withUnsupportedFirst(first.isSelected())
                    .withWording(wording.isSelected()).withTableOfContents(contents.isSelected())
                    .withPaper(paper.getValue()).withPreparedBy(Forms.blankToNull(preparedBy.getText()))
                    .withDate(java.time.LocalDate.now());
        });
        return d.showAndWait();
    }
}
