package org.claimbench.ui.common;

import java.io.File;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Shows a file chooser. The system's chooser is a window of the operating system that a test cannot drive, so a test of
 * the window answers in its place with {@link #answerWith}; everything else (the title, the filters, the last folder)
 * is set up as for the user.
 */
public final class FilePrompt {

    /** What a chooser answers: the file chosen, or null for Cancel. */
    @FunctionalInterface
    public interface Answer {
        File choose(FileChooser chooser, boolean save);
    }

    private static volatile Answer answer;

    private FilePrompt() {
    }

    /** For tests: answer every chooser with {@code a} instead of showing it (null: show the system's choosers again). */
    public static void answerWith(Answer a) {
        answer = a;
    }

    public static File open(FileChooser chooser, Window owner) {
        Answer a = answer;
        return a != null ? a.choose(chooser, false) : chooser.showOpenDialog(owner);
    }

    public static File save(FileChooser chooser, Window owner) {
        Answer a = answer;
        return a != null ? a.choose(chooser, true) : chooser.showSaveDialog(owner);
    }
}
