package org.returnwatch.work;

/** The user cancelled a long operation; whatever it was writing was discarded. */
public class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled; nothing was written");
    }
}
