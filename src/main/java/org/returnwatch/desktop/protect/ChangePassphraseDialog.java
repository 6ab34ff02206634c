package org.returnwatch.desktop.protect;

import static org.returnwatch.i18n.Localization.lang;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.returnwatch.desktop.common.Controls;
import org.returnwatch.desktop.common.FormControls;
import org.returnwatch.desktop.common.SecretFields;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.desktop.unlock.PassphraseStrength;

/**
 * File → Change passphrase: the current passphrase, and the new one twice, with the strength hint
 * of the first start. Change stays disabled, with the reason under the fields, until the new one is
 * long enough and typed the same twice. The fields are wiped as the dialog closes.
 */
final class ChangePassphraseDialog extends Dialog<NewPassphrase> {

    ChangePassphraseDialog(Window owner) {
        initOwner(owner);
        setTitle(lang("Change passphrase"));
        setHeaderText(null);
        PasswordField current = field("passphrase-current", lang("Current passphrase"));
        PasswordField fresh = field("passphrase-new", lang("New passphrase"));
        PasswordField repeated = field("passphrase-new-repeat", lang("New passphrase again"));
        Label intro = Controls.wrapping(lang("The database is encrypted anew under the new passphrase; this takes a "
                + "moment, during which the window is locked. Nobody can recover a lost passphrase. Backups made "
                + "before keep the old one."));
        intro.setMaxWidth(460);
        Label strength = new Label();
        strength.setId("passphrase-new-strength");
        strength.getStyleClass().add(Theme.TEXT_SMALL);
        strength.textProperty().bind(Bindings.createStringBinding(() -> {
            PassphraseStrength s = PassphraseStrength.of(fresh.getCharacters());
            return s == PassphraseStrength.EMPTY ? "" : lang("Strength: {0}", s.hint());
        }, fresh.lengthProperty(), fresh.textProperty()));
        StringBinding problem = Bindings.createStringBinding(() -> {
            String p = NewPassphrase.problem(current.getCharacters(), fresh.getCharacters(), repeated.getCharacters());
            return p == null ? "" : p;
        }, current.textProperty(), fresh.textProperty(), repeated.textProperty());
        Label why = Controls.wrapping("");
        why.setId("passphrase-change-problem");
        why.setMaxWidth(460);
        why.getStyleClass().add(Theme.TEXT_MUTED);
        why.textProperty().bind(problem);
        GridPane grid = FormControls.grid();
        grid.addRow(0, FormControls.label(lang("Current passphrase")), current);
        grid.addRow(1, FormControls.label(lang("New passphrase")), fresh);
        grid.addRow(2, FormControls.label(lang("New passphrase again")), repeated);
        getDialogPane().setContent(new VBox(10, intro, grid, strength, why));
        ButtonType change = new ButtonType(lang("Change passphrase"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(change, ButtonType.CANCEL);
        getDialogPane().lookupButton(change).disableProperty().bind(problem.isNotEmpty());
        setResultConverter(b -> {
            NewPassphrase typed = b == change
                    ? new NewPassphrase(SecretFields.take(current), SecretFields.take(fresh)) : null;
            SecretFields.wipe(current, fresh, repeated);
            return typed;
        });
        Platform.runLater(current::requestFocus);
    }

    private static PasswordField field(String id, String prompt) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(24);
        return f;
    }
}
