package org.returnwatch.desktop.action;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What an action does and when it can: the view model's half of an {@link AppAction}. When it
 * cannot run where the user is, {@link #unavailableProperty()} says why, for tooltips and the
 * status bar, so that a key that does nothing never does so silently.
 */
public final class Command {
    private final BooleanProperty executable = new SimpleBooleanProperty(this, "executable", true);
    private final StringProperty unavailable = new SimpleStringProperty(this, "unavailable", "");
    private Runnable handler = () -> { };

    public BooleanProperty executableProperty() {
        return executable;
    }

    /** Why the action is not offered on the screen on show; empty where it is. */
    public StringProperty unavailableProperty() {
        return unavailable;
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
