package org.returnwatch.desktop.chartscreen;

import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One line of a checklist on the Charts screen: a series or an agreement, ticked or not. */
public final class ChartChoice {
    private final UUID id;
    private final String label;
    private final String searchText;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");

    public ChartChoice(UUID id, String label) {
        this.id = id;
        this.label = label;
        this.searchText = label.toLowerCase(Locale.ROOT);
    }

    public UUID id() {
        return id;
    }

    public String label() {
        return label;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    public void setSelected(boolean value) {
        selected.set(value);
    }

    /** True if every word of the query occurs in the label, in any order and case. */
    boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return label;
    }
}
