package org.claimbench.ui.backup;

import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * File ▸ Connect to team store…: the server, its port, the database and the user, and the password (kept for this
 * connection only; a password file or CLAIMBENCH_DB_PASSWORD spares typing it). OK is offered once a server and a
 * database are named.
 */
public final class TeamStoreDialog {

    private TeamStoreDialog() {
    }

    /** What the user filled in. */
    public record Login(String url, String user, char[] password) {
    }

    /** The JDBC address of a database on a PostgreSQL server. */
    static String url(String host, String port, String database) {
        String p = port == null || port.isBlank() ? "5432" : port.strip();
        return "jdbc:postgresql://" + host.strip() + ":" + p + "/" + database.strip();
    }

    /** {host, port, database} of an address made by {@link #url}; blanks for anything else. */
    static String[] parts(String url) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*").matcher(url == null ? "" : url);
        return m.matches() ? new String[] {m.group(1), m.group(2) == null ? "5432" : m.group(2), m.group(3)} : new String[] {"", "5432", ""};
    }

    public static Optional<Login> ask(Window owner, String[] last) {
        Dialog<Login> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Connect to team store");
        d.setHeaderText("A case store on your team's PostgreSQL server. Your laptop's own store stays as it is; "
                + "File \u25b8 Use the laptop store goes back to it.");
        String[] was = parts(last == null ? null : last[0]);
        TextField host = field("team-host", was[0], "db.example.org");
        TextField port = field("team-port", was[1], "5432");
        TextField database = field("team-database", was[2], "claimbench");
        TextField user = field("team-user", last == null || last[1] == null ? System.getProperty("user.name") : last[1], "your user name");
        PasswordField password = new PasswordField();
        password.setId("team-password");
        password.setPromptText("from the password file when left empty");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Server"), host);
        grid.addRow(1, new Label("Port"), port);
        grid.addRow(2, new Label("Database"), database);
        grid.addRow(3, new Label("User"), user);
        grid.addRow(4, new Label("Password"), password);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        var ok = d.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(host.textProperty().isEmpty().or(database.textProperty().isEmpty()).or(user.textProperty().isEmpty())
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> !port.getText().strip().matches("\\d{0,5}"), port.textProperty())));
        d.setResultConverter(b -> b == ButtonType.OK ? new Login(url(host.getText(), port.getText(), database.getText()), user.getText().strip(),
                password.getText().isEmpty() ? null : password.getText().toCharArray()) : null);
        javafx.application.Platform.runLater(host::requestFocus);
        return d.showAndWait();
    }

    private static TextField field(String id, String value, String prompt) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(24);
        return f;
    }
}
