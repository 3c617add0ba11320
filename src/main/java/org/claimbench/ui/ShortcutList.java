package org.claimbench.ui;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Help ▸ Keyboard shortcuts (F1). */
final class ShortcutList {

    private ShortcutList() {
    }

    static final String[][] SHORTCUTS = {
            {"Ctrl+N", "New case"}, {"Ctrl+O", "Open case"}, {"Ctrl+I", "Import a document (or drop files on the window)"},
            {"Ctrl+Q", "Quit"},
            {"Ctrl+Z", "Undo"}, {"Ctrl+Shift+Z, Ctrl+Y", "Redo"},
            {"Ctrl+Shift+C", "Copy the selection as a quotation with its cite (\u201c\u2026\u201d Compl. \u00b6 12, 3:4\u20139.)"},
            {"Ctrl+H", "Highlight the selected text"}, {"Ctrl+L", "Link the selection or highlight to the selected node"},
            {"Ctrl+Shift+L", "Link to… (choose the node from a list)"}, {"Ctrl+Shift+A", "New allegation from selection"},
            {"Ctrl+Shift+E", "Edit the note of the highlight at the caret"}, {"Ctrl+Shift+D", "Delete the highlight at the caret"},
            {"Ctrl+F", "Find; Enter and Shift+Enter for next and previous, Esc to close"},
            {"Ctrl+Shift+F", "Search every document of the case; Enter searches, \u2193 to the hits, Enter shows one, Esc closes"},
            {"Ctrl+Shift+H", "Review the highlights carried into an amended complaint; Enter confirms, Delete drops, Esc closes"},
            {"Ctrl+1 / 2 / 3", "Move to the text / the outline / the checklist"},
            {"Ctrl+Alt+2 / 3", "Hide or show the outline pane / the evidence pane"},
            {"Alt+F / E / V / O / W / R / H", "Open the File / Edit / View / Outline / Wording / Report / Help menu"},
            {"Ctrl+plus / minus / 0", "Larger / smaller / actual size text (or Ctrl with the mouse wheel)"},
            {"Ctrl+Alt+C / E / A", "New count / element / allegation"}, {"Insert", "New node under the selected one (outline)"},
            {"F2, Enter", "Edit the selected node (outline) or item (checklist)"}, {"Delete", "Delete the selected node or item"},
            {"Alt+\u2191 / Alt+\u2193", "Move the node or item up or down"},
            {"Alt+\u2192 / Alt+\u2190", "Move the node under the one above / out of its parent"},
            {"Ctrl+Alt+D", "Outline: only the allegations the Answer disputes that nothing supports yet, or every node again"},
            {"Ctrl+E", "Add evidence to the selected node"}, {"Space", "Tick or untick the checklist item"},
            {"1 \u2026 7", "Set the item's status: needed, cited, exhibit attached, in hand, requested, unavailable, contradicted"},
            {"Ctrl+Shift+B", "Build the outline from the pleaded counts"},
            {"Ctrl+Shift+T", "Apply an element template to the selected count"},
            {"F8 / Shift+F8", "Next / previous wording flag of the document"},
            {"Ctrl+Shift+Y / N / U", "Confirm / dismiss / take back the decision on the flag at the caret"},
            {"Ctrl+Shift+R", "Review the document's wording flags in a list (Y, N, U there)"},
            {"Ctrl+Shift+P / Ctrl+P", "Preview / print the report"},
            {"Ctrl+U", "Show or hide the original page beside the text (Page Up / Page Down turn its pages)"},
            {"Ctrl+Shift+K", "How the document was read: each printed line's role and why"},
            {"Ctrl+Shift+I", "Document properties: short name for cites, file, pages, how its text was obtained"},
            {"Ctrl+Alt+M", "Compare the amended complaint with the version it amends; there Enter shows a row in the text, Ctrl+E exports the redline"},
            {"F7 / Shift+F7", "Next / previous word recognised with little confidence (scans)"},
            {"Ctrl+Shift+W", "Correct the recognised words selected or at the caret (scans)"}, {"F1", "This list"}};

    static void show(Window owner) {
        // two columns, the descriptions wrapping, in a scrolled pane: no line is cut at the dialog's edge
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setId("shortcut-list");
        grid.setHgap(16);
        grid.setVgap(4);
        grid.setPadding(new javafx.geometry.Insets(8));
        javafx.scene.layout.ColumnConstraints keys = new javafx.scene.layout.ColumnConstraints();
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints what = new javafx.scene.layout.ColumnConstraints();
        what.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        what.setFillWidth(true);
        grid.getColumnConstraints().addAll(keys, what);
        for (int row = 0; row < SHORTCUTS.length; row++) {
            javafx.scene.control.Label key = new javafx.scene.control.Label(SHORTCUTS[row][0]);
            key.setStyle("-fx-font-weight: bold;");
            key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.control.Label description = new javafx.scene.control.Label(SHORTCUTS[row][1]);
            description.setWrapText(true);
            description.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(row, key, description);
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(720, 520);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts (Cmd for Ctrl on macOS)");
        a.getDialogPane().setContent(scroll);
        a.setResizable(true);
        a.show();
    }
}
