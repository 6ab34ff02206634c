package org.returnwatch.desktop.protect;

import java.util.Optional;
import javafx.stage.Window;
import org.returnwatch.desktop.common.Controls;

/** The protection questions as real dialogs over one window. */
public final class FxPassphraseDialogs implements PassphraseDialogs {
    private final Window owner;

    public FxPassphraseDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<NewPassphrase> askNewPassphrase() {
        return Controls.styled(new ChangePassphraseDialog(owner)).showAndWait();
    }
}
