package org.returnwatch.desktop.protect;

import static org.returnwatch.i18n.Localization.key;
import static org.returnwatch.i18n.Localization.lang;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/**
 * File → Lock when idle…: how many minutes without input lock the windows, kept as the user's
 * preference (a number, nothing about any record). "Never" is allowed only after a warning.
 */
public final class IdleChoice {
    private static final String KEY = "lockAfterMinutes";
    private static final String NEVER = key("never (not recommended)");
    private static final List<Integer> MINUTES = List.of(1, 2, 5, 10, 15, 30, 60);

    private IdleChoice() {
    }

    /** The minutes chosen before, 0 for never, the default when none was chosen. */
    public static int savedMinutes() {
        return preferences().getInt(KEY, IdleLock.DEFAULT_MINUTES);
    }

    /** Asks, saves and returns the new idle time (empty when the user cancelled; null inside: never). */
    public static Optional<Optional<Duration>> ask(Window owner, Duration current) {
        List<String> choices = new java.util.ArrayList<>(MINUTES.stream().map(IdleChoice::words).toList());
        choices.add(lang(NEVER));
        String now = current == null ? lang(NEVER) : current.toMinutes() >= 1 && current.toSeconds() % 60 == 0
                ? words((int) current.toMinutes()) : words(IdleLock.DEFAULT_MINUTES);
        ChoiceDialog<String> d = new ChoiceDialog<>(now, choices);
        d.initOwner(owner);
        d.setTitle(lang("Lock when idle"));
        d.setHeaderText(lang("Lock every window after this long without keyboard or mouse input:"));
        d.setContentText(lang("Lock after"));
        if (d.getDialogPane().lookup(".combo-box") instanceof javafx.scene.control.ComboBox<?> box) {
            box.setAccessibleText(lang("Lock after"));
        }
        Optional<String> picked = d.showAndWait();
        if (picked.isEmpty()) {
            return Optional.empty();
        }
        if (picked.get().equals(lang(NEVER))) {
            ButtonType keep = new ButtonType(lang("Never lock by itself"), ButtonBar.ButtonData.OK_DONE);
            Alert warn = new Alert(Alert.AlertType.WARNING, lang("A window left open shows every record it holds to "
                    + "whoever sits down at the computer. Only choose this on a computer no one else can reach."),
                    keep, ButtonType.CANCEL);
            warn.initOwner(owner);
            warn.setHeaderText(null);
            if (warn.showAndWait().filter(b -> b == keep).isEmpty()) {
                return Optional.empty();
            }
            preferences().putInt(KEY, 0);
            return Optional.of(Optional.empty());
        }
        int minutes = MINUTES.get(choices.indexOf(picked.get()));
        preferences().putInt(KEY, minutes);
        return Optional.of(Optional.of(Duration.ofMinutes(minutes)));
    }

    private static String words(int minutes) {
        return minutes == 1 ? lang("1 minute") : lang("{0} minutes", minutes);
    }

    private static Preferences preferences() {
        return Preferences.userNodeForPackage(IdleChoice.class);
    }
}
