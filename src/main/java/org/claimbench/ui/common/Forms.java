package org.claimbench.ui.common;

import javafx.geometry.Insets;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** The two-column form (labels, fields) that every dialog uses. */
public final class Forms {

    private Forms() {
    }

    public static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // labels are never cut short
        g.getColumnConstraints().addAll(labels, new ColumnConstraints());
        return g;
    }

    /** A text area of three wrapped lines, for a note or a list of names. */
    public static javafx.scene.control.TextArea area(String id, String text) {
        javafx.scene.control.TextArea a = new javafx.scene.control.TextArea(text == null ? "" : text);
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(3);
        a.setPrefColumnCount(40);
        return a;
    }

    /** A field's text, stripped; null when it is blank. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
