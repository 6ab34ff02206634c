package org.returnwatch.cli;

/** A command that cannot go on; its message is the one line printed on standard error. */
public class CommandFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CommandFailedException(String message) {
        super(message);
    }
}
