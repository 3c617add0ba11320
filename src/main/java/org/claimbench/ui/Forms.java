package org.claimbench.ui;

import javafx.geometry.Insets;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** The two-column form (labels, fields) that every dialog uses. */
final class Forms {

    private Forms() {
    }

    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // labels are never cut short
        g.getColumnConstraints().addAll(labels, new ColumnConstraints());
        return g;
    }
}
