package org.claimbench.ui.common;

import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

import org.claimbench.ui.session.Dialogs;

/** Dialogs as JavaFX alerts, owned by the main window. */
public final class FxDialogs implements Dialogs {

    private final Window owner;
    private final java.nio.file.Path logFolder;
    private final java.util.function.Consumer<String> showDocument;

    /**
     * @param logFolder    the folder of the log file, offered by a failure's dialog; null when there is no log file
     * @param showDocument opens a folder with the desktop's own application
     */
    public FxDialogs(Window owner, java.nio.file.Path logFolder, java.util.function.Consumer<String> showDocument) {
        this.owner = owner;
        this.logFolder = logFolder;
        this.showDocument = showDocument;
    }

    @Override
    public void failure(String title, String message, Throwable cause) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("error-dialog");
        if (cause != null) {
            java.io.StringWriter trace = new java.io.StringWriter();
            cause.printStackTrace(new java.io.PrintWriter(trace));
            javafx.scene.control.TextArea details = new javafx.scene.control.TextArea(trace.toString());
            details.setId("error-details");
            details.setEditable(false);
            details.setWrapText(false);
            details.setPrefSize(640, 240);
            javafx.scene.control.Label where = new javafx.scene.control.Label(logFolder == null ? "These details went to the console too."
                    : "These details are in the log file too, in " + logFolder + ".");
            where.setWrapText(true);
            javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(6, where, details);
            javafx.scene.layout.VBox.setVgrow(details, javafx.scene.layout.Priority.ALWAYS);
            alert.getDialogPane().setExpandableContent(box); // behind "Show Details"
        }
        if (logFolder != null) {
            javafx.scene.control.ButtonType open = new javafx.scene.control.ButtonType("Open log folder",
                    javafx.scene.control.ButtonBar.ButtonData.HELP);
            alert.getButtonTypes().add(open);
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(open)).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                e.consume(); // the dialog stays open
                showDocument.accept(logFolder.toUri().toString());
            });
        }
        alert.show();
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
        for (int i = 0; i < actions.length; i++) {
            // the first action is the default one: Enter chooses it
            buttons.add(new javafx.scene.control.ButtonType(actions[i], i == 0 ? javafx.scene.control.ButtonBar.ButtonData.OK_DONE
                    : javafx.scene.control.ButtonBar.ButtonData.OTHER));
        }
        buttons.add(javafx.scene.control.ButtonType.CANCEL);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, buttons.toArray(new javafx.scene.control.ButtonType[0]));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().map(buttons::indexOf).filter(i -> i < actions.length).orElse(-1);
    }

    @Override
    public void inform(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, javafx.scene.control.ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.showAndWait();
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
