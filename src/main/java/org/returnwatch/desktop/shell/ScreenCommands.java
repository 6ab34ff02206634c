package org.returnwatch.desktop.shell;

import static org.returnwatch.i18n.Localization.lang;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.value.ObservableBooleanValue;
import org.returnwatch.desktop.action.AppAction;

/** The record commands one screen supports: what each does there, and when it can. */
public final class ScreenCommands {
    /** What the shell sends to the screen: the actions of the Edit menu and the toolbar. */
    public static final java.util.Set<AppAction> RECORD_ACTIONS = java.util.EnumSet.of(AppAction.NEW_RECORD,
            AppAction.SAVE, AppAction.CANCEL, AppAction.DUPLICATE, AppAction.DELETE, AppAction.LINK, AppAction.BACK);

    /** For a command a screen can always run. */
    public static final ObservableBooleanValue ALWAYS = new javafx.beans.property.ReadOnlyBooleanWrapper(true)
            .getReadOnlyProperty();

    /** One supported command. */
    public record Entry(Runnable action, ObservableBooleanValue enabled) {
    }

    private final Map<AppAction, Entry> entries;

    private ScreenCommands(Map<AppAction, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Entry> get(AppAction action) {
        return Optional.ofNullable(entries.get(action));
    }

    public boolean supports(AppAction action) {
        return entries.containsKey(action);
    }

    /** Collects a screen's commands. */
    public static final class Builder {
        private final Map<AppAction, Entry> entries = new EnumMap<>(AppAction.class);

        public Builder on(AppAction action, Runnable run, ObservableBooleanValue enabled) {
            if (!RECORD_ACTIONS.contains(action)) {
                throw new IllegalArgumentException(lang("{0} is the window's, not a screen's", action));
            }
            entries.put(action, new Entry(run, enabled));
            return this;
        }

        public ScreenCommands build() {
            return new ScreenCommands(entries);
        }
    }
}
