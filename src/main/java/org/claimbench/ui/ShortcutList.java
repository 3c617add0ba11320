package org.claimbench.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Help ▸ Keyboard shortcuts (F1). */
final class ShortcutList {

    private ShortcutList() {
    }

    static final String[][] SHORTCUTS = {
            {"Ctrl+N", "New case"}, {"Ctrl+O", "Open case"}, {"Ctrl+I", "Import a document (or drop files on the window)"},
            {"Ctrl+Q", "Quit"},
            {"Ctrl+Z", "Undo"}, {"Ctrl+Shift+Z, Ctrl+Y", "Redo"},
            {"Ctrl+H", "Highlight the selected text"}, {"Ctrl+L", "Link the selection or highlight to the selected node"},
            {"Ctrl+Shift+L", "Link to… (choose the node from a list)"}, {"Ctrl+Shift+A", "New allegation from selection"},
            {"Ctrl+Shift+E", "Edit the note of the highlight at the caret"}, {"Ctrl+Shift+D", "Delete the highlight at the caret"},
            {"Ctrl+F", "Find; Enter and Shift+Enter for next and previous, Esc to close"},
            {"Ctrl+1 / 2 / 3", "Move to the text / the outline / the checklist"},
            {"Ctrl+Alt+C / E / A", "New count / element / allegation"}, {"Insert", "New node under the selected one (outline)"},
            {"F2, Enter", "Edit the selected node (outline) or item (checklist)"}, {"Delete", "Delete the selected node or item"},
            {"Alt+\u2191 / Alt+\u2193", "Move the node or item up or down"},
            {"Alt+\u2192 / Alt+\u2190", "Move the node under the one above / out of its parent"},
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
            {"Ctrl+Shift+I", "Document properties: file, pages, how its text was obtained"},
            {"F7 / Shift+F7", "Next / previous word recognised with little confidence (scans)"},
            {"Ctrl+Shift+W", "Correct the recognised words selected or at the caret (scans)"}, {"F1", "This list"}};

    static void show(Window owner) {
        StringBuilder sb = new StringBuilder();
        for (String[] s : SHORTCUTS) {
            sb.append(String.format("%-22s %s%n", s[0], s[1]));
        }
        TextArea list = new TextArea(sb.toString());
        list.setEditable(false);
        list.setStyle("-fx-font-family: monospace;");
        list.setPrefSize(640, 460);
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts (Cmd for Ctrl on macOS)");
        a.getDialogPane().setContent(list);
        a.show();
    }
}
