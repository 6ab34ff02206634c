package org.returnwatch.desktop.session;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.Store;

/**
 * Which database the window works on and whether it is unlocked. Screens read the store from
 * here; locking closes it and drops every reference to it.
 */
public final class Session {
    private final ReadOnlyObjectWrapper<DatabaseFile> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<Store> store = new ReadOnlyObjectWrapper<>(this, "store");

    public Session(DatabaseFile initial) {
        file.set(initial);
    }

    public ReadOnlyObjectProperty<DatabaseFile> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public DatabaseFile file() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Store> storeProperty() {
        return store.getReadOnlyProperty();
    }

    /** The open store; throws when locked, which would be a bug in the caller. */
    public Store store() {
        Store s = store.get();
        if (s == null) {
            throw new IllegalStateException("the database is locked");
        }
        return s;
    }

    public boolean isUnlocked() {
        return store.get() != null;
    }

    public void unlocked(Store opened) {
        store.set(opened);
    }

    /** Switches to another file; the current store must have been closed first. */
    public void switchTo(DatabaseFile other) {
        if (isUnlocked()) {
            throw new IllegalStateException("lock before switching databases");
        }
        file.set(other);
    }

    /** Forgets the store and hands it back so the caller can close it off the UI thread. */
    public Store lock() {
        Store s = store.get();
        store.set(null);
        return s;
    }
}
