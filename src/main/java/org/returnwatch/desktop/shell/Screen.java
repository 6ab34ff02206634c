package org.returnwatch.desktop.shell;

import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;

/** What the shell's commands need from the screen on show. */
public interface Screen {

    /** Loads (or reloads) the screen after unlocking or switching to it. */
    void activate();

    /** Opens one record of this screen's kind. */
    void open(UUID id);

    void newRecord();

    void save();

    void cancel();

    void duplicate();

    void delete();

    void link();

    void back();

    /** True while a record is open on screen, not only the list. */
    ReadOnlyBooleanProperty recordOpenProperty();

    /** True while a record is selected or open: what Delete and Link act on. */
    ReadOnlyBooleanProperty hasRecordProperty();

    ReadOnlyBooleanProperty dirtyProperty();

    /** Asks about unsaved changes, then runs {@code proceed} if leaving is fine. */
    void leave(Runnable proceed);

    /** What the screen's list shows, for File → Export; null when it shows no records (the charts). */
    default ShownRecords shown() {
        return null;
    }

    /**
     * Drops every record the screen holds, on lock: the screen is then discarded, and answers
     * still on their way from the database must not bring records back into it.
     */
    default void forget() {
    }
}
