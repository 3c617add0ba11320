package org.claimbench.ui.common;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Puts text on the system clipboard. */
public final class Clipboards {

    private Clipboards() {
    }

    /** Plain text, and the same as HTML for the programs that take formatted text (null: plain text only). */
    public static void put(String plain, String html) {
        ClipboardContent content = new ClipboardContent();
        content.putString(plain);
        if (html != null) {
            content.putHtml(html);
        }
        Clipboard.getSystemClipboard().setContent(content);
    }
}
