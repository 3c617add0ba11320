package org.claimbench.ui.session;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class FxTaskRunnerTest {

    @Test
    void work_asked_for_once_the_runner_is_closed_is_not_started_and_nothing_is_thrown() {
        FxTaskRunner tasks = new FxTaskRunner();
        tasks.close();
        AtomicBoolean ran = new AtomicBoolean();
        tasks.run("Refreshing", () -> {
            ran.set(true);
            return null;
        }, r -> ran.set(true), e -> ran.set(true));
        tasks.runLong("Importing", p -> {
            ran.set(true);
            return null;
        }, r -> ran.set(true), e -> ran.set(true));
        assertFalse(ran.get());
        assertFalse(tasks.busyProperty().get(), "nothing counts as running");
    }
}
