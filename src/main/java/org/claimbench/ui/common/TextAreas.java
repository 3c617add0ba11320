package org.claimbench.ui.common;

import java.util.function.Consumer;

import javafx.beans.value.ObservableValue;

import org.fxmisc.richtext.GenericStyledArea;

/**
 * The text areas of the text pane. It shows one at a time and keeps one for each document it showed lately, with its
 * text laid out. Whatever follows the text (the page view, the reader's place, the selection) listens to every area,
 * and acts only on the one on show.
 */
public interface TextAreas {

    /** The area on show. */
    GenericStyledArea<?, ?, ?> onShow();

    /** The area on show, as it changes. */
    ObservableValue<? extends GenericStyledArea<?, ?, ?>> onShowProperty();

    /** Runs {@code wiring} on every area: the ones made already now, the ones made later as they are made. */
    void each(Consumer<GenericStyledArea<?, ?, ?>> wiring);
}
