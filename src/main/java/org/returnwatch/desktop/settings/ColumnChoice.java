package org.returnwatch.desktop.settings;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The columns a user hid in a table (the case list's Columns menu), kept as the user's preference from one
 * start to the next: the columns' fixed names, nothing about any record.
 */
public final class ColumnChoice {
    static final String KEY = "hidden-columns.";
    private final Preferences preferences;

    /** @param preferences where the choice is kept (the user's node; a throw-away node in tests) */
    public ColumnChoice(Preferences preferences) {
        this.preferences = preferences;
    }

    public static ColumnChoice user() {
        return new ColumnChoice(Preferences.userNodeForPackage(ColumnChoice.class));
    }

    /** The names of the columns hidden in {@code table}; none until the user hides one. */
    public Set<String> hidden(String table) {
        String saved = preferences.get(KEY + table, "");
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(saved.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
        return names;
    }

    public void save(String table, Collection<String> hidden) {
        preferences.put(KEY + table, String.join(",", hidden));
        try {
            // written at once, so a window closed by a crash or a power cut still opens with the choice
            preferences.flush();
        } catch (BackingStoreException e) {
            // kept in memory and written at exit; a lost choice of columns costs nothing but a click
        }
    }
}
