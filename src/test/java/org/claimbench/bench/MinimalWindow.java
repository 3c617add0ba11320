package org.claimbench.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The baseline for start-up: the smallest JavaFX window, which prints "first-window-ms=N" (since the JVM started)
 * once laid out, and quits. Started the same way as ClaimBench, from a plain launcher class.
 */
public final class MinimalWindow {

    private MinimalWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("Hello"), 400, 200);
            stage.setScene(scene);
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    long ms = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.err.println("first-window-ms=" + ms);
                    Platform.exit();
                }
            });
            stage.show();
        }
    }
}
