package org.returnwatch.desktop.dialog;

import static org.returnwatch.i18n.Localization.lang;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.returnwatch.desktop.common.Controls;
import org.returnwatch.desktop.common.SecretFields;

/** Asks for the open database's passphrase again; the answer is handed over as characters, never kept. */
public final class PassphraseDialog extends Dialog<char[]> {

    public PassphraseDialog(String title, String message, Window owner) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(null);
        Label intro = Controls.wrapping(message);
        intro.setMaxWidth(440);
        PasswordField field = new PasswordField();
        field.setId("passphrase-again");
        field.setPromptText(lang("Passphrase"));
        getDialogPane().setContent(new VBox(10, intro, field));
        ButtonType go = new ButtonType(lang("Continue"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(go, ButtonType.CANCEL);
        getDialogPane().lookupButton(go).disableProperty().bind(field.lengthProperty().isEqualTo(0));
        setResultConverter(b -> {
            char[] typed = b == go ? SecretFields.take(field) : null;
            SecretFields.wipe(field);
            return typed;
        });
        Platform.runLater(field::requestFocus);
    }
}
