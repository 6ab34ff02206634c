package org.returnwatch.desktop.dialog;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.returnwatch.desktop.task.Progress;

/**
 * A long operation under way: its progress and a Cancel button. Cancel (or closing the dialog) asks
 * the work to stop; the dialog stays until the work has stopped, so the user sees when nothing more
 * will be written.
 */
public final class ProgressDialog extends Dialog<Void> {
    private boolean finished;

    public ProgressDialog(Progress progress, Window owner) {
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle(progress.title());
        setHeaderText(progress.title());
        ProgressBar bar = new ProgressBar();
        bar.setId("progress-bar");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(progress.fractionProperty());
        Label text = new Label();
        text.setId("progress-text");
        text.textProperty().bind(progress.textProperty());
        getDialogPane().setContent(new VBox(10, bar, text));
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL);
        javafx.scene.Node cancel = getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("progress-cancel");
        cancel.disableProperty().bind(progress.cancellingProperty());
        cancel.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            progress.cancel();
        });
        setOnCloseRequest(e -> {
            if (!finished) {
                e.consume();
                progress.cancel();
            }
        });
    }

    /** The work has ended: the dialog may close now. */
    public void finish() {
        finished = true;
        close();
    }
}
