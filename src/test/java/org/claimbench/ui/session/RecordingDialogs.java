package org.claimbench.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dialogs that answer as told and remember what they were asked. */
public final class RecordingDialogs implements Dialogs {

    public final List<String> errors = new ArrayList<>();
    public final List<Throwable> failures = new ArrayList<>();
    public final List<String> choices = new ArrayList<>();
    /** The actions each {@link #choose} offered, in order. */
    public final List<List<String>> actions = new ArrayList<>();
    /** The index {@link #choose} answers with (-1: Cancel). */
    public int choice = -1;
    public boolean confirm = true;
    /** The titles of the confirmations asked for, in order. */
    public final List<String> confirmations = new ArrayList<>();
    public String text;
    public char[] password;

    @Override
    public void error(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void failure(String title, String message, Throwable cause) {
        errors.add(title + ": " + message);
        failures.add(cause);
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.ofNullable(text);
    }

    @Override
    public Optional<char[]> askPassword(String title, String prompt, boolean twice) {
        return Optional.ofNullable(password);
    }

    @Override
    public int choose(String title, String message, String... actions) {
        choices.add(title);
        this.actions.add(List.of(actions));
        return choice;
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        confirmations.add(title);
        return confirm;
    }
}
