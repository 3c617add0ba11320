package org.claimbench.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs work off the FX thread and hands the result back on it. Views and view models submit every store,
 * file and parsing job through here; they read control values before they submit, never inside the work.
 */
public interface TaskRunner {

    <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** True while any job runs. */
    ReadOnlyBooleanProperty busyProperty();

    /** What the current job is doing, for the status bar. */
    ReadOnlyStringProperty messageProperty();
}
