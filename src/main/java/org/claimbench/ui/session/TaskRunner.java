package org.claimbench.ui.session;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

import org.claimbench.ingest.Progress;

/**
 * Runs work off the FX thread and hands the result back on it, in two lanes:
 * <ul>
 * <li>the <b>interactive lane</b> ({@link #run}): edits and reads, one after another in the order they were asked
 * for, so that nothing is reordered;</li>
 * <li>the <b>long lane</b> ({@link #runLong}): import, recognition, report and export, with progress and cancel. It
 * runs beside the interactive lane, so the user keeps working while a long file is read.</li>
 * </ul>
 * Views and view models read control values before they submit, never inside the work.
 */
public interface TaskRunner {

    /** Work that reports progress and can be cancelled. */
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Interactive lane: {@code onSuccess} or {@code onFailure} runs on the FX thread when the work is done. */
    <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Long lane: its progress shows in the status bar, with a Cancel button. */
    <T> void runLong(String description, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Asks the running long work to stop. */
    void cancel();

    /** True while any work runs, in either lane. */
    ReadOnlyBooleanProperty busyProperty();

    /** True while work of the long lane runs (it can be cancelled). */
    ReadOnlyBooleanProperty cancellableProperty();

    /** 0–1 for long work that reports progress; -1 while it cannot say. */
    ReadOnlyDoubleProperty progressProperty();

    /** What the current work is doing, for the status bar. */
    ReadOnlyStringProperty messageProperty();
}
