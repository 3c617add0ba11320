package org.claimbench.ui;

import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Dialogs as JavaFX alerts, owned by the main window. */
public final class FxDialogs implements Dialogs {

    private final Window owner;

    public FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public void error(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("error-dialog");
        alert.show();
    }

    @Override
    public Optional<char[]> askPassword(String title, String prompt, boolean twice) {
        javafx.scene.control.Dialog<char[]> d = new javafx.scene.control.Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(prompt);
        javafx.scene.control.PasswordField first = new javafx.scene.control.PasswordField();
        first.setId("password");
        javafx.scene.control.PasswordField again = new javafx.scene.control.PasswordField();
        again.setId("password-again");
        javafx.scene.layout.GridPane g = Forms.grid();
        g.addRow(0, new javafx.scene.control.Label("Password"), first);
        if (twice) {
            g.addRow(1, new javafx.scene.control.Label("Again"), again);
        }
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        var ok = d.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK);
        if (twice) {
            ok.disableProperty().bind(first.textProperty().isNotEqualTo(again.textProperty())
                    .or(first.textProperty().length().greaterThan(0).and(first.textProperty().length().lessThan(8))));
        } else {
            ok.disableProperty().bind(first.textProperty().isEmpty());
        }
        d.setResultConverter(b -> b == javafx.scene.control.ButtonType.OK ? first.getText().toCharArray() : null);
        d.setOnShown(e -> javafx.application.Platform.runLater(first::requestFocus));
        return d.showAndWait();
    }

    @Override
    public int choose(String title, String message, String... actions) {
        java.util.List<javafx.scene.control.ButtonType> buttons = new java.util.ArrayList<>();
        for (String a : actions) {
            buttons.add(new javafx.scene.control.ButtonType(a, javafx.scene.control.ButtonBar.ButtonData.OTHER));
        }
        buttons.add(javafx.scene.control.ButtonType.CANCEL);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, buttons.toArray(new javafx.scene.control.ButtonType[0]));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().map(buttons::indexOf).filter(i -> i < actions.length).orElse(-1);
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        javafx.scene.control.ButtonType yes = new javafx.scene.control.ButtonType(action, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, javafx.scene.control.ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(prompt);
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }
}
