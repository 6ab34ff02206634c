package org.returnwatch.desktop.cases;

import static org.returnwatch.i18n.Localization.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.returnwatch.app.CaseStory;
import org.returnwatch.app.RecordItem;
import org.returnwatch.app.SourceDates;
import org.returnwatch.domain.ActorKind;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Tactic;

/**
 * A case's timeline as its form edits it: the incidents in date order, those added, changed and
 * removed since the case was read, and the choices an incident's row offers (tactics, perpetrators,
 * sources). Every edit is reported to the case's form, which saves the timeline with the case.
 */
public final class CaseTimeline {
    private final ObservableList<IncidentForm> incidents = FXCollections.observableArrayList(
            f -> new Observable[] {f.date});
    private final SortedList<IncidentForm> timeline =
            new SortedList<>(incidents, Comparator.comparing(IncidentForm::sortDate));
    private final List<Incident> removed = new ArrayList<>();
    private final ObservableList<Tactic> tactics = FXCollections.observableArrayList();
    private final ObservableList<RecordItem> actors = FXCollections.observableArrayList();
    private final ObservableList<RecordItem> sources = FXCollections.observableArrayList();
    /** What sort of party each actor is: the perpetrator pickers list them grouped by it. */
    private Map<UUID, ActorKind> actorKinds = Map.of();
    /** When each source was published: a relative incident date is read against the source it names. */
    private SourceDates sourceDates = SourceDates.NONE;
    /** A change listener, not an invalidation one: those stay silent until someone reads the value. */
    private final ChangeListener<Object> changed;
    private final ListChangeListener<Object> listChanged;
    private final Runnable edited;

    CaseTimeline(Runnable edited) {
        this.edited = edited;
        this.changed = (o, a, b) -> edited.run();
        this.listChanged = c -> edited.run();
    }

    /** Shows the case's incidents as read, with the choices their rows offer; nothing is edited yet. */
    void show(CaseStory l) {
        sourceDates = l.sourceDates();
        tactics.setAll(l.tactics());
        actorKinds = l.actorKinds();
        actors.setAll(byKindThenName(l.actorsById().values()));
        sources.setAll(l.sources());
        replace(l.incidents().stream().map(i -> IncidentForm.of(i, l.actorsById(), this::sourceDates)).toList());
        removed.clear();
    }

    /** Puts these rows in place of the present ones (copies, for a duplicated case). */
    void replace(List<IncidentForm> forms) {
        incidents.forEach(this::unwatch);
        incidents.setAll(forms);
        incidents.forEach(this::watch);
    }

    /** Copies of every row, for a new case made from this one. */
    List<IncidentForm> copies() {
        return incidents.stream().map(IncidentForm::copy).toList();
    }

    /** Drops every row and choice (on lock). */
    void clear() {
        replace(List.of());
        removed.clear();
        List.of(tactics, actors, sources).forEach(List::clear);
    }

    /** Forgets what was removed: a new, unsaved case removes nothing stored. */
    void forgetRemoved() {
        removed.clear();
    }

    IncidentForm add() {
        return added(IncidentForm.blank(tactics.isEmpty() ? null : tactics.get(0).code(), this::sourceDates));
    }

    IncidentForm duplicate(IncidentForm f) {
        return added(f.copy());
    }

    private IncidentForm added(IncidentForm f) {
        watch(f);
        incidents.add(f);
        edited.run();
        return f;
    }

    void remove(IncidentForm f) {
        if (f.original() != null) {
            removed.add(f.original());
        }
        unwatch(f);
        incidents.remove(f);
        edited.run();
    }

    /** What keeps an incident from being saved, one line per incident, in date order. */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        for (IncidentForm f : timeline) {
            String p = f.problem();
            if (p != null) {
                out.add(lang("Incident {0}: {1}", f.shownDateProperty().get(), p));
            }
        }
        return out;
    }

    /** Sorts the rows into incidents to add and to update, against the versions read. */
    void collect(UUID caseId, Map<UUID, Long> baseVersions, List<Incident> toInsert, List<Incident> toUpdate) {
        for (IncidentForm f : incidents) {
            Long base = baseVersions.get(f.id());
            if (base == null) {
                toInsert.add(f.build(caseId, 0));
            } else if (f.changed(caseId)) {
                toUpdate.add(f.build(caseId, base));
            }
        }
    }

    List<Incident> removed() {
        return removed;
    }

    String tacticLabel(String code) {
        return tactics.stream().filter(t -> Objects.equals(t.code(), code)).map(t -> lang(t.label())).findFirst()
                .orElse(code == null ? "" : code);
    }

    /** The kind of party {@code actor} is, or null for one not known. */
    ActorKind actorKind(RecordItem actor) {
        return actor == null ? null : actorKinds.get(actor.id());
    }

    /** Agencies, then officials, organisations …, each group in the alphabetical order of the language shown. */
    private List<RecordItem> byKindThenName(java.util.Collection<RecordItem> all) {
        java.text.Collator names = java.text.Collator.getInstance(org.returnwatch.i18n.Localization.locale());
        Comparator<RecordItem> byKind = Comparator.comparing(a -> actorKinds.getOrDefault(a.id(),
                ActorKind.ORGANISATION));
        return all.stream().sorted(byKind.thenComparing(RecordItem::title, names)).toList();
    }

    SortedList<IncidentForm> timeline() {
        return timeline;
    }

    ObservableList<Tactic> tactics() {
        return tactics;
    }

    ObservableList<RecordItem> actors() {
        return actors;
    }

    ObservableList<RecordItem> sources() {
        return sources;
    }

    private SourceDates sourceDates() {
        return sourceDates;
    }

    private void watch(IncidentForm f) {
        f.all().forEach(p -> listen(p, changed, listChanged));
    }

    private void unwatch(IncidentForm f) {
        for (Observable p : f.all()) {
            if (p instanceof ObservableValue<?> v) {
                v.removeListener(changed);
            } else if (p instanceof ObservableList<?> l) {
                l.removeListener(listChanged);
            }
        }
    }

    /** Calls the listener that fits: a value's change listener or a list's. */
    static void listen(Observable p, ChangeListener<Object> onValue, ListChangeListener<Object> onList) {
        if (p instanceof ObservableValue<?> v) {
            v.addListener(onValue);
        } else if (p instanceof ObservableList<?> l) {
            l.addListener(onList);
        }
    }
}
