package org.claimbench.ui.session;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.claimbench.ingest.Progress;

/**
 * Runs every task at once on the calling thread, for testing view models without a window: the work, then its
 * success or failure handler, before {@code run} returns. A task that fails hands its failure to the handler, as
 * the real runner does.
 */
public final class SyncTaskRunner implements TaskRunner {

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private volatile boolean cancelled;
    public int longTasks;
    /** What each task said it did, in the order they ran. */
    public final java.util.List<String> descriptions = new java.util.ArrayList<>();
    /** While true, tasks wait until {@link #release} runs them, in order: as if the worker were still busy. */
    public boolean hold;
    private final java.util.List<Runnable> held = new java.util.ArrayList<>();

    /** Runs the tasks held back, in the order they came, and runs the next ones at once again. */
    public void release() {
        hold = false;
        while (!held.isEmpty()) {
            held.remove(0).run();
        }
    }

    /** How many tasks wait for {@link #release}. */
    public int heldCount() {
        return held.size();
    }

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (hold) {
            held.add(() -> run(description, work, onSuccess, onFailure));
            return;
        }
        descriptions.add(description);
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public <T> void runLong(String description, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        longTasks++;
        run(description, () -> work.run(new Progress() {
            @Override
            public void update(String text, long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        }), onSuccess, onFailure);
        cancelled = false;
    }

    @Override
    public void cancel() {
        cancelled = true;
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    @Override
    public ReadOnlyBooleanProperty cancellableProperty() { return cancellable.getReadOnlyProperty(); }

    @Override
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    @Override
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
