package org.claimbench.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

import org.claimbench.ingest.Progress;

/**
 * Runs work off the FX thread and hands the result back on it. Views and view models submit every store,
 * file and parsing job through here; they read control values before they submit, never inside the work.
 */
public interface TaskRunner {

    /** Work that reports progress and can be cancelled. */
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Like {@link #run}, for long work: its progress shows in the status bar, with a Cancel button. */
    <T> void runWithProgress(String description, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Asks the running cancellable job to stop. */
    void cancel();

    /** True while any job runs. */
    ReadOnlyBooleanProperty busyProperty();

    /** True while a job that can be cancelled runs. */
    ReadOnlyBooleanProperty cancellableProperty();

    /** 0–1 for a job that reports progress; -1 while it cannot say. */
    ReadOnlyDoubleProperty progressProperty();

    /** What the current job is doing, for the status bar. */
    ReadOnlyStringProperty messageProperty();
}
