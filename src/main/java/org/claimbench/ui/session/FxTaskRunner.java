package org.claimbench.ui.session;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.claimbench.ingest.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two lanes of {@link TaskRunner}, each a named daemon thread; results, errors and progress come back on the FX
 * thread. A failure is logged with its stack trace before it is handed to the caller.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService interactive = lane("claimbench-edits");
    private final ExecutorService long_ = lane("claimbench-long");
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger runningLong = new AtomicInteger();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private volatile boolean closed;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** What the long lane is doing, shown again once a short job of the interactive lane is done. */
    private String longMessage = "";

    private static ExecutorService lane(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((th, ex) -> LOG.error("Uncaught in {}", th.getName(), ex));
            return t;
        });
    }

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(interactive, description, false, p -> work.call(), onSuccess, onFailure);
    }

    @Override
    public <T> void runLong(String description, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(long_, description, true, work, onSuccess, onFailure);
    }

    private <T> void submit(ExecutorService lane, String description, boolean isLong, Work<T> work, Consumer<T> onSuccess,
                            Consumer<Throwable> onFailure) {
        if (closed) {
            // the window is closing, or moving to another store: work asked for by what was still arriving (a refresh's
            // result, say) is not started, rather than refused by a lane that is shut
            LOG.debug("Not started, the window is closing: {}", description);
            return;
        }
        running.incrementAndGet();
        if (isLong) {
            runningLong.incrementAndGet();
            cancellable.set(true);
        }
        busy.set(true);
        lane.submit(() -> {
            if (closed) {
                return; // the window is closing: work still queued is dropped, not started
            }
            Platform.runLater(() -> {
                message.set(description);
                if (isLong) {
                    longMessage = description;
                    progress.set(-1);
                }
            });
            if (isLong && !closed) {
                cancelRequested.set(false);
            }
            Progress reporter = isLong ? new Reporter() : Progress.NONE;
            try {
                T result = work.run(reporter);
                Platform.runLater(() -> {
                    done(isLong);
                    onSuccess.accept(result);
                });
            } catch (Throwable e) {
                LOG.warn("{} failed", description, e); // with its stack trace, to the log file: nothing is swallowed
                Platform.runLater(() -> {
                    done(isLong);
                    onFailure.accept(e);
                });
            }
        });
    }

    private void done(boolean isLong) {
        if (isLong && runningLong.decrementAndGet() == 0) {
            cancellable.set(false);
            longMessage = "";
            progress.set(-1);
        }
        if (running.decrementAndGet() == 0) {
            busy.set(false);
            message.set("");
            progress.set(-1);
        } else if (!isLong && runningLong.get() > 0) {
            message.set(longMessage);
        }
    }

    @Override
    public void cancel() {
        cancelRequested.set(true);
    }

    private final class Reporter implements Progress {
        private volatile long lastShown;

        @Override
        public void update(String text, long done, long total) {
            long now = System.nanoTime();
            boolean finalStep = total > 0 && done >= total;
            if (now - lastShown < 50_000_000L && !finalStep) {
                return; // at most twenty updates a second reach the FX thread
            }
            lastShown = now;
            double fraction = total > 0 ? (double) done / total : -1;
            Platform.runLater(() -> {
                longMessage = text;
                message.set(text);
                progress.set(fraction);
            });
        }

        @Override
        public boolean isCancelled() {
            return cancelRequested.get();
        }
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Asks running work to stop and waits for it a few seconds. It is never interrupted: an interrupt during a
     * read or write closes the database file under the store.
     */
    @Override
    public void close() {
        closed = true;
        cancelRequested.set(true);
        interactive.shutdown();
        long_.shutdown();
        try {
            interactive.awaitTermination(10, TimeUnit.SECONDS);
            long_.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
