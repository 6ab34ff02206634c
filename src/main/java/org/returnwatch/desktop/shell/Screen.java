package org.returnwatch.desktop.shell;

import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * What every place of the window is to the shell. Each screen implements all of it; the commands
 * it does not support are simply not in its {@link #commands()}, and the shell disables them and
 * says why, instead of running something that does nothing.
 */
public interface Screen {

    /** Shown (after unlocking, or switching to it): reads what it shows. */
    void activate();

    /** Shows one record it holds: a case, an agreement; on the Charts screen, a statistic to draw. */
    void open(UUID id);

    /** True while something typed has not been saved. */
    ReadOnlyBooleanProperty dirtyProperty();

    /** Asks about unsaved changes, then runs {@code proceed} if leaving is fine. */
    void leave(Runnable proceed);

    /**
     * Drops everything it holds (on lock, or when its window closes): the screen is then discarded,
     * and answers still on their way from the database must not bring records back into it.
     */
    void forget();

    /** The record commands it supports (New, Save, Delete …), each with when it can run. */
    ScreenCommands commands();

    /** What its list shows, for File → Export; empty when it lists no records. */
    Optional<ShownRecords> shown();

    /** The unsaved edits on its form, kept as a draft when the window locks; empty when nothing is unsaved. */
    default Optional<Unsaved> unsaved() {
        return Optional.empty();
    }

    /** Opens the record ({@code recordId} null: a new one) with a draft's edits on its form, not saved yet. */
    default void restoreDraft(java.util.UUID recordId, java.util.Map<String, String> fields) {
    }
}
