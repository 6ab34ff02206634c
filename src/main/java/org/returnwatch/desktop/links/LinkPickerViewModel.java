package org.returnwatch.desktop.links;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.returnwatch.desktop.common.RecordItem;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.LinkRelation;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.store.Store;

/** The link picker: find any record by the words typed, choose it and the relation. */
public final class LinkPickerViewModel {
    /** The kinds a link can join, in the order results are listed. */
    public static final List<RecordKind> LINKABLE = List.of(RecordKind.CASE, RecordKind.AGREEMENT, RecordKind.ACTOR,
            RecordKind.SERIES, RecordKind.SOURCE, RecordKind.INCIDENT);
    private static final int PER_KIND = 15;

    /** What the user picked. */
    public record Choice(RecordItem target, LinkRelation relation, String note) {
    }

    private final Session session;
    private final TaskRunner runner;
    private final UUID from;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<RecordItem> results = FXCollections.observableArrayList();
    private final ObjectProperty<RecordItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<LinkRelation> relation =
            new SimpleObjectProperty<>(this, "relation", LinkRelation.RELATED_TO);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private int generation;

    /** {@code from} is the record being linked, left out of the results. */
    public LinkPickerViewModel(Session session, TaskRunner runner, UUID from) {
        this.session = session;
        this.runner = runner;
        this.from = from;
        query.addListener((o, a, b) -> search());
    }

    public void search() {
        Store store = session.store();
        String q = query.get();
        int gen = ++generation;
        runner.run("searching records", () -> store.read(tx -> {
            List<RecordItem> found = new ArrayList<>();
            for (RecordKind k : LINKABLE) {
                for (DomainRecord r : store.repository(k).search(tx, q, 0, PER_KIND)) {
                    if (!r.id().equals(from)) {
                        found.add(RecordItem.of(r));
                    }
                }
            }
            return found;
        }), found -> {
            if (gen == generation) {
                results.setAll(found);
            }
        }, e -> results.clear());
    }

    public BooleanBinding readyProperty() {
        return Bindings.isNotNull(selected).and(Bindings.isNotNull(relation));
    }

    public Choice choice() {
        return new Choice(selected.get(), relation.get(), note.get());
    }

    public List<LinkRelation> relations() {
        return List.of(LinkRelation.values());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<RecordItem> results() {
        return results;
    }

    public ObjectProperty<RecordItem> selectedProperty() {
        return selected;
    }

    public ObjectProperty<LinkRelation> relationProperty() {
        return relation;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
