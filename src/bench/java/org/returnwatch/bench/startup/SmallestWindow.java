package org.returnwatch.bench.startup;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.returnwatch.desktop.common.StartMarks;

/**
 * The reference of the start-up benchmark: the smallest JavaFX window, a label in a stage, launched
 * as ReturnWatch is (a launcher class that is not the Application, on the same class path), marking
 * its first frame the way ReturnWatch does.
 */
public final class SmallestWindow {
    private SmallestWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Shown.class, args);
    }

    /** The application itself. */
    public static final class Shown extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("ReturnWatch"), 400, 200));
            stage.setTitle("Smallest window");
            stage.show();
            StartMarks.markAfterNextFrame("window-shown");
        }
    }
}
