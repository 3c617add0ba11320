package org.claimbench.ui.casefiles;



import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;

import org.claimbench.domain.LegalCase;

/** A simple case picker: the cases, most recently opened first; open one, start a new one, or add the demo. */
public final class CasePicker {

    static final ButtonType OPEN = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType NEW = new ButtonType("New case\u2026", ButtonBar.ButtonData.LEFT);
    static final ButtonType DEMO = new ButtonType("Add demo case", ButtonBar.ButtonData.LEFT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private CasePicker() {
    }

    public static void show(Window owner, CaseFilesViewModel model) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Open case");
        d.setHeaderText("Choose a case");
        ListView<LegalCase> list = new ListView<>(model.caseList());
        list.setId("case-list");
        list.setPrefSize(600, 340);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(LegalCase c, boolean empty) {
                super.updateItem(c, empty);
                // enough to tell two cases apart, even two copies of one case: number, court, when made and changed
                setText(empty || c == null ? null
                        : c.title() + (c.caseNumber() == null ? "" : "  \u00b7  " + c.caseNumber()) + "\n"
                        + (c.court() == null ? "" : c.court() + "  \u00b7  ") + "made " + DAY.format(c.created()) + ", changed "
                        + WHEN.format(c.updated()));
                setTooltip(empty || c == null || c.notes() == null ? null : new javafx.scene.control.Tooltip(c.notes()));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                d.setResult(OPEN);
                d.close();
            }
        });
        if (!model.caseList().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        d.getDialogPane().setContent(list);
        d.getDialogPane().getButtonTypes().addAll(NEW, DEMO, OPEN, ButtonType.CANCEL);
        for (ButtonType b : d.getDialogPane().getButtonTypes()) {
            // each button as wide as its words: the dialog grows rather than cut "Add demo case" short
            javafx.scene.control.Button button = (javafx.scene.control.Button) d.getDialogPane().lookupButton(b);
            ButtonBar.setButtonUniformSize(button, false);
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        d.getDialogPane().lookupButton(OPEN).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        model.refreshCaseList();
        d.showAndWait().ifPresent(b -> {
            if (b == OPEN && list.getSelectionModel().getSelectedItem() != null) {
                model.openCase(list.getSelectionModel().getSelectedItem().id());
            } else if (b == NEW) {
                askNewCase(model);
            } else if (b == DEMO) {
                model.addDemoCase();
            }
        });
    }

    /** Asks for the new case's title; OK with none makes an "Untitled case", Cancel makes nothing. */
    public static void askNewCase(CaseFilesViewModel model) {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog();
        d.setTitle("New case");
        d.setHeaderText("Title of the new case (for example \u201cDoe v. Acme Corp.\u201d)");
        d.getEditor().setId("new-case-title");
        d.getEditor().setPromptText(CaseFilesViewModel.UNTITLED);
        d.showAndWait().ifPresent(model::newCase);
    }
}
