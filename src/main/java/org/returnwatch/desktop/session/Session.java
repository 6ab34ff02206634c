package org.returnwatch.desktop.session;

import static org.returnwatch.i18n.Localization.lang;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.returnwatch.app.Workspace;

/**
 * Which database the windows work on and whether it is unlocked. Screens reach the database through
 * the workspace held here; locking drops every reference to it and hands it back to be closed.
 */
public final class Session {
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");

    public Session(Path initial) {
        file.set(initial);
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    /** The open database; throws when locked, which would be a bug in the caller. */
    public Workspace workspace() {
        Workspace w = workspace.get();
        if (w == null) {
            throw new IllegalStateException(lang("the database is locked"));
        }
        return w;
    }

    public boolean isUnlocked() {
        return workspace.get() != null;
    }

    public void unlocked(Workspace opened) {
        workspace.set(opened);
    }

    /** Switches to another file; the current database must have been closed first. */
    public void switchTo(Path other) {
        if (isUnlocked()) {
            throw new IllegalStateException(lang("lock before switching databases"));
        }
        file.set(other);
    }

    /** Forgets the open database and hands it back so the caller can close it off the UI thread. */
    public Workspace lock() {
        Workspace w = workspace.get();
        workspace.set(null);
        return w;
    }
}
