package org.returnwatch.desktop.unlock;

import static org.returnwatch.i18n.Localization.lang;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.returnwatch.desktop.common.SecretFields;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.desktop.unlock.UnlockViewModel.Mode;

/** The passphrase screen shown before the database is open. */
public final class UnlockView extends StackPane {
    private final UnlockViewModel vm;
    private final PasswordField first = new PasswordField();
    private final PasswordField second = new PasswordField();

    public UnlockView(UnlockViewModel vm) {
        this.vm = vm;
        getStyleClass().add("unlock");
        Label heading = new Label();
        heading.getStyleClass().add(Theme.TITLE_2);
        heading.setWrapText(true);
        heading.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.modeProperty().get()) {
            case CREATE -> lang("Create a new database");
            case UNLOCK -> lang("Unlock ReturnWatch");
            case CHECKING -> lang("Opening…");
        }, vm.modeProperty()));
        Label file = new Label();
        file.textProperty().bind(vm.fileNameProperty());
        file.getStyleClass().addAll(Theme.TEXT_MUTED, Theme.TEXT_SMALL);
        file.setWrapText(true);

        first.setId("passphrase");
        first.setPromptText(lang("Passphrase"));
        second.setId("passphrase-repeat");
        second.setPromptText(lang("The same passphrase again"));
        // a prompt disappears once typed into: a screen reader needs a name that stays
        first.setAccessibleText(lang("Passphrase"));
        second.setAccessibleText(lang("The same passphrase again"));
        first.textProperty().addListener(o -> vm.updateStrength(first.getCharacters()));
        var creating = vm.modeProperty().isEqualTo(Mode.CREATE);
        second.visibleProperty().bind(creating);
        second.managedProperty().bind(creating);

        Label strength = new Label();
        strength.setId("strength");
        strength.textProperty().bind(Bindings.createStringBinding(() -> {
            PassphraseStrength s = vm.strengthProperty().get();
            return s == PassphraseStrength.EMPTY ? "" : lang("Strength: {0}", s.hint());
        }, vm.strengthProperty()));
        strength.visibleProperty().bind(creating);
        strength.managedProperty().bind(creating);
        strength.getStyleClass().add(Theme.TEXT_SMALL);

        Label warning = new Label(lang("Nobody can recover this passphrase, not even the people who made ReturnWatch. "
                + "If it is forgotten, the records in this database are lost. Choose a phrase of several words "
                + "and keep it somewhere safe."));
        warning.setGraphic(new FontIcon("mdmz-warning"));
        warning.setWrapText(true);
        warning.getStyleClass().add(Theme.WARNING);
        warning.visibleProperty().bind(creating);
        warning.managedProperty().bind(creating);

        Label message = new Label();
        message.setId("unlock-message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        // progress reads as plain text, a refusal as an error
        message.styleProperty().bind(Bindings.when(vm.workingProperty()).then("").otherwise(
                "-fx-text-fill: -color-danger-fg;"));

        Button go = new Button();
        go.setId("unlock-button");
        go.setDefaultButton(true);
        go.getStyleClass().add(Theme.ACCENT);
        go.textProperty().bind(Bindings.when(creating).then(lang("Create database")).otherwise(lang("Unlock")));
        go.setGraphic(new FontIcon("mdal-lock_open"));
        go.disableProperty().bind(vm.workingProperty().or(vm.modeProperty().isEqualTo(Mode.CHECKING)));
        go.setOnAction(e -> submit());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(vm.workingProperty());

        VBox card = new VBox(12, heading, file, first, second, strength, warning, message,
                new HBox(12, go, progress));
        card.getStyleClass().add("unlock-card");
        card.setMaxSize(460, USE_PREF_SIZE);
        card.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(card);
        vm.modeProperty().addListener((o, a, b) -> first.requestFocus());
    }

    /** Copies the characters out of the fields into arrays the view model wipes, then empties the fields. */
    private void submit() {
        char[] p = SecretFields.take(first);
        char[] r = vm.modeProperty().get() == Mode.CREATE ? SecretFields.take(second) : null;
        SecretFields.wipe(first, second);
        vm.submit(p, r);
    }

    public void focusPassphrase() {
        first.requestFocus();
    }
}
