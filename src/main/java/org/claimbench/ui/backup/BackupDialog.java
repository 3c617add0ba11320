package org.claimbench.ui.backup;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Window;

import org.claimbench.ui.session.Dialogs;

/** File ▸ Restore from backup…: the backups listed; the one chosen replaces the store once the user confirms. */
public final class BackupDialog {

    private BackupDialog() {
    }

    public static void show(Window owner, BackupViewModel model, Dialogs dialogs) {
        model.listBackups(list -> {
            if (list.isEmpty()) {
                Alert a = new Alert(Alert.AlertType.INFORMATION, "There are no backups yet. ClaimBench makes one when it starts "
                        + "(once a day) and every hour; File \u25b8 Back up now makes one at once.");
                a.initOwner(owner);
                a.setTitle("Restore from backup");
                a.setHeaderText("Restore from backup");
                a.show();
                return;
            }
            ListView<BackupViewModel.BackupChoice> view = new ListView<>();
            view.setId("backup-list");
            view.getItems().setAll(list);
            view.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(BackupViewModel.BackupChoice b, boolean empty) {
                    super.updateItem(b, empty);
                    setText(empty || b == null ? null : b.describe());
                }
            });
            view.getSelectionModel().selectFirst();
            view.setPrefSize(520, 260);
            Dialog<BackupViewModel.BackupChoice> d = new Dialog<>();
            d.initOwner(owner);
            d.setTitle("Restore from backup");
            d.setHeaderText("Choose the backup to go back to. It replaces the whole store \u2014 every case \u2014 as it was then.\n"
                    + "The store as it is now is backed up first, so you can come back to it the same way.");
            ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
            d.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CANCEL);
            d.getDialogPane().setContent(view);
            d.getDialogPane().lookupButton(restore).disableProperty().bind(view.getSelectionModel().selectedItemProperty().isNull());
            view.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && view.getSelectionModel().getSelectedItem() != null) {
                    ((Button) d.getDialogPane().lookupButton(restore)).fire();
                }
            });
            d.setResultConverter(b -> b == restore ? view.getSelectionModel().getSelectedItem() : null);
            d.setOnShown(e -> Platform.runLater(view::requestFocus));
            d.showAndWait().ifPresent(b -> {
                if (dialogs.confirm("Restore from backup", "Replace every case in the store with the backup of " + b.describe()
                        + "?\nWhat you did since then is set aside in a backup of the store as it is now.", "Restore")) {
                    model.restoreBackup(b);
                }
            });
        });
    }
}
