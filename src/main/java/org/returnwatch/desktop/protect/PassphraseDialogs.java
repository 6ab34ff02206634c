package org.returnwatch.desktop.protect;

import java.util.Optional;

/** The questions of the window's protection: asked through this, so the flows can be tested with a fake. */
public interface PassphraseDialogs {

    /**
     * File → Change passphrase: the current passphrase and a new one typed twice, checked by
     * {@link NewPassphrase#problem}; empty on Cancel. The arrays are the caller's, to wipe once used.
     */
    Optional<NewPassphrase> askNewPassphrase();
}
