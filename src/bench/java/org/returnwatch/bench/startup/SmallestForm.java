package org.returnwatch.bench.startup;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.returnwatch.desktop.common.StartMarks;

/**
 * The least a window that asks for a passphrase needs: a heading, a password field, a button and a
 * progress indicator in JavaFX's own style, with none of ReturnWatch's code. Launched as the smallest
 * window is, it shows how much of the distance between that label and ReturnWatch's first frame any
 * passphrase screen pays.
 */
public final class SmallestForm {
    private SmallestForm() {
    }

    public static void main(String[] args) {
        Application.launch(Shown.class, args);
    }

    /** The application itself. */
    public static final class Shown extends Application {
        @Override
        public void start(Stage stage) {
            PasswordField passphrase = new PasswordField();
            passphrase.setPromptText("Passphrase");
            Button unlock = new Button("Unlock");
            unlock.setDefaultButton(true);
            ProgressIndicator progress = new ProgressIndicator();
            progress.setVisible(false);
            VBox form = new VBox(12, new Label("Unlock ReturnWatch"), passphrase, new HBox(12, unlock, progress));
            stage.setScene(new Scene(form, 400, 200));
            stage.setTitle("Smallest passphrase form");
            stage.show();
            StartMarks.markAfterNextFrame("window-shown");
        }
    }
}
