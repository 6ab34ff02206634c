package org.returnwatch.store;

import java.time.Duration;
import org.returnwatch.i18n.Phrase;

/** A passphrase tried before the wait after too many wrong ones has passed; nothing was tried. */
public class UnlockDelayedException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final transient Duration delay;

    public UnlockDelayedException(Phrase message, Duration delay) {
        super(message);
        this.delay = delay;
    }

    public Duration delay() {
        return delay;
    }
}
