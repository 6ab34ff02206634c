package org.returnwatch.desktop.links;

import static org.returnwatch.i18n.Localization.lang;

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
import org.returnwatch.app.RecordItem;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.desktop.task.Tasks;
import org.returnwatch.domain.LinkRelation;

/** The link picker: find any record by the words typed, choose it and the relation. */
public final class LinkPickerViewModel {
    private static final int PER_KIND = 15;

    /**
     * What the user picked; {@code from} is the part of the record the link starts from (a statistic's
     * figure), or null for the record itself.
     */
    public record Choice(RecordItem from, RecordItem target, LinkRelation relation, String note) {
        public Choice(RecordItem target, LinkRelation relation, String note) {
            this(null, target, relation, note);
        }
    }

    private final Session session;
    private final Tasks searches;
    private final UUID from;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<RecordItem> results = FXCollections.observableArrayList();
    private final ObjectProperty<RecordItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<LinkRelation> relation =
            new SimpleObjectProperty<>(this, "relation", LinkRelation.RELATED_TO);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final List<RecordItem> parts;
    private final ObjectProperty<RecordItem> origin = new SimpleObjectProperty<>(this, "origin");

    /** {@code from} is the record being linked, left out of the results. */
    public LinkPickerViewModel(Session session, TaskRunner runner, UUID from) {
        this(session, runner, from, List.of());
    }

    /** Links can also start from one of the record's {@code parts} (a statistic's figures). */
    public LinkPickerViewModel(Session session, TaskRunner runner, UUID from, List<RecordItem> parts) {
        this.session = session;
        this.searches = new Tasks(runner);
        this.from = from;
        this.parts = List.copyOf(parts);
        query.addListener((o, a, b) -> search());
    }

    public void search() {
        Workspace w = session.workspace();
        String q = query.get();
        searches.supersede();
        searches.run(lang("searching records"), () -> w.links().candidates(q, from, PER_KIND), results::setAll,
                e -> results.clear());
    }

    public BooleanBinding readyProperty() {
        return Bindings.isNotNull(selected).and(Bindings.isNotNull(relation));
    }

    public Choice choice() {
        return new Choice(origin.get(), selected.get(), relation.get(), note.get());
    }

    /** The parts a link can start from besides the record itself; empty for most records. */
    public List<RecordItem> parts() {
        return parts;
    }

    /** The part the link starts from, or null for the record itself. */
    public ObjectProperty<RecordItem> originProperty() {
        return origin;
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
