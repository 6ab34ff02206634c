package org.returnwatch.desktop.action;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** What an action does and when it can: the view model's half of an {@link AppAction}. */
public final class Command {
    private final BooleanProperty executable = new SimpleBooleanProperty(this, "executable", true);
    private Runnable handler = () -> { };

    public BooleanProperty executableProperty() {
        return executable;
    }

    public void setHandler(Runnable handler) {
        this.handler = handler;
    }

    public void execute() {
        if (executable.get()) {
            handler.run();
        }
    }
}
