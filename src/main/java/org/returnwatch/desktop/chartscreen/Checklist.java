package org.returnwatch.desktop.chartscreen;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * A searchable checklist: the search narrows what is shown, never what is ticked, so a series ticked
 * before a search stays on the chart while the user looks for another.
 */
public final class Checklist {
    private final ObservableList<ChartChoice> all = FXCollections.observableArrayList(
            c -> new javafx.beans.Observable[] {c.selectedProperty()});
    private final FilteredList<ChartChoice> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");

    Checklist() {
        search.addListener((o, a, b) -> shown.setPredicate(c -> c.matches(b)));
    }

    /** Replaces the choices, keeping ticked those whose ids are in {@code ticked}. */
    void setAll(List<ChartChoice> choices, Collection<UUID> ticked) {
        Set<UUID> keep = new HashSet<>(ticked);
        choices.forEach(c -> c.setSelected(keep.contains(c.id())));
        all.setAll(choices);
    }

    /** Ticks exactly these ids. */
    void select(Collection<UUID> ids) {
        Set<UUID> keep = new HashSet<>(ids);
        all.forEach(c -> c.setSelected(keep.contains(c.id())));
    }

    /** The ticked ids, in the list's order. */
    public List<UUID> selectedIds() {
        return all.stream().filter(ChartChoice::isSelected).map(ChartChoice::id).toList();
    }

    /** Every choice; fires an update when one is ticked or unticked. */
    public ObservableList<ChartChoice> all() {
        return all;
    }

    /** The choices that match the search. */
    public ObservableList<ChartChoice> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** Ticks or unticks the choice with this id, if it is in the list. */
    public void setSelected(UUID id, boolean value) {
        all.stream().filter(c -> c.id().equals(id)).forEach(c -> c.setSelected(value));
    }
}
