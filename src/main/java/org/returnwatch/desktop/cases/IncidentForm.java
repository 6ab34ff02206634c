package org.returnwatch.desktop.cases;

import static org.returnwatch.i18n.Localization.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.returnwatch.app.RecordItem;
import org.returnwatch.app.SourceDates;
import org.returnwatch.desktop.common.FormText;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.FuzzyDateParser;
import org.returnwatch.domain.HostStateRole;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.PressuredParty;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;

/**
 * One incident of the timeline being edited; {@code original} is null for one not saved yet. Its main
 * tactic and perpetrator come first; others, and the people it was aimed at, are lists beside them.
 */
public final class IncidentForm {
    private final UUID id;
    private final Incident original;
    public final StringProperty date = new SimpleStringProperty(this, "date", "unknown");
    public final StringProperty country = new SimpleStringProperty(this, "country", "");
    public final StringProperty place = new SimpleStringProperty(this, "place", "");
    /** A tactic code from the tactic list. */
    public final ObjectProperty<String> tactic = new SimpleObjectProperty<>(this, "tactic");
    /** Tactic codes used besides the main one. */
    public final ObservableList<String> otherTactics = FXCollections.observableArrayList();
    public final ObjectProperty<RecordItem> perpetrator = new SimpleObjectProperty<>(this, "perpetrator");
    /** Actors who took part besides the main perpetrator. */
    public final ObservableList<RecordItem> otherPerpetrators = FXCollections.observableArrayList();
    /** Who the act was aimed at: the target, a relative, a lawyer … */
    public final ObservableList<PressuredParty> pressured = FXCollections.observableArrayList();
    public final ObjectProperty<HostStateRole> hostStateRole =
            new SimpleObjectProperty<>(this, "hostStateRole", HostStateRole.UNKNOWN);
    public final StringProperty description = new SimpleStringProperty(this, "description", "");
    /** The source a relative date ("July this year") was said in: the date is read against its publication. */
    public final ObjectProperty<RecordItem> saidIn = new SimpleObjectProperty<>(this, "saidIn");
    private final Supplier<SourceDates> dates;
    private final StringBinding shownDate;
    private final BooleanBinding relativeDate;

    private IncidentForm(UUID id, Incident original, Supplier<SourceDates> dates) {
        this.id = id;
        this.original = original;
        this.dates = dates;
        this.shownDate = Bindings.createStringBinding(() -> FuzzyDateParser.tryParse(date.get(), said())
                .map(org.returnwatch.i18n.DateWords::show).orElse(FuzzyDateParser.isRelative(date.get())
                        ? lang("(choose the source that says it)") : lang("(date not understood)")), date, saidIn);
        this.relativeDate = Bindings.createBooleanBinding(() -> FuzzyDateParser.isRelative(date.get()), date);
    }

    public static IncidentForm blank(String firstTactic) {
        return blank(firstTactic, () -> SourceDates.NONE);
    }

    /** @param dates when the sources were published, to read a relative date against */
    public static IncidentForm blank(String firstTactic, Supplier<SourceDates> dates) {
        IncidentForm f = new IncidentForm(UUID.randomUUID(), null, dates);
        f.tactic.set(firstTactic);
        return f;
    }

    public static IncidentForm of(Incident i, Map<UUID, RecordItem> actors) {
        return of(i, actors, () -> SourceDates.NONE);
    }

    /** @param actors the actors by id, for the incident's perpetrators */
    public static IncidentForm of(Incident i, Map<UUID, RecordItem> actors, Supplier<SourceDates> dates) {
        IncidentForm f = new IncidentForm(i.id(), i, dates);
        f.date.set(FormText.editable(i.date()));
        f.country.set(i.country() == null ? "" : i.country());
        f.place.set(i.place() == null ? "" : i.place());
        f.tactic.set(i.tactic());
        f.otherTactics.setAll(i.tactics().subList(1, i.tactics().size()));
        List<RecordItem> perpetrators = i.perpetratorIds().stream().map(id -> actors.getOrDefault(id,
                new RecordItem(RecordKind.ACTOR, id, null, lang("(missing actor)")))).toList();
        f.perpetrator.set(perpetrators.isEmpty() ? null : perpetrators.get(0));
        f.otherPerpetrators.setAll(perpetrators.isEmpty() ? List.of() : perpetrators.subList(1, perpetrators.size()));
        f.pressured.setAll(i.pressured());
        f.hostStateRole.set(i.hostStateRole());
        f.description.set(i.description() == null ? "" : i.description());
        return f;
    }

    /** A new, unsaved incident with the same contents: for duplicating a case. */
    public IncidentForm copy() {
        IncidentForm f = new IncidentForm(UUID.randomUUID(), null, dates);
        f.date.set(date.get());
        f.saidIn.set(saidIn.get());
        f.country.set(country.get());
        f.place.set(place.get());
        f.tactic.set(tactic.get());
        f.otherTactics.setAll(otherTactics);
        f.perpetrator.set(perpetrator.get());
        f.otherPerpetrators.setAll(otherPerpetrators);
        f.pressured.setAll(pressured);
        f.hostStateRole.set(hostStateRole.get());
        f.description.set(description.get());
        return f;
    }

    /** What is wrong with a typed date, or null. */
    public static String dateProblem(String text) {
        return FormText.dateProblem(text);
    }

    /** What is wrong with {@code text} as this incident's date, a relative one read against its source. */
    public String problemOfDate(String text) {
        return FormText.dateProblem(text, said());
    }

    /** What is wrong with this incident, or null. */
    public String problem() {
        String d = FormText.dateProblem(date.get(), said());
        if (d != null) {
            return d;
        }
        if (tactic.get() == null) {
            return lang("An incident needs a tactic.");
        }
        return perpetrator.get() == null && !otherPerpetrators.isEmpty()
                ? lang("Choose the main perpetrator before the others.") : null;
    }

    public List<Observable> all() {
        return List.of(date, saidIn, country, place, tactic, otherTactics, perpetrator, otherPerpetrators, pressured,
                hostStateRole, description);
    }

    /** The incident as edited, at the given base version (the version it was read at). */
    public Incident build(UUID caseId, long version) {
        Reference ref = original == null ? null : original.ref();
        List<String> tactics = new ArrayList<>();
        tactics.add(tactic.get());
        tactics.addAll(otherTactics);
        List<UUID> perpetrators = new ArrayList<>();
        if (perpetrator.get() != null) {
            perpetrators.add(perpetrator.get().id());
        }
        otherPerpetrators.forEach(a -> perpetrators.add(a.id()));
        return new Incident(id, ref, version, caseId, FormText.date(date.get(), said()), country.get(), place.get(),
                tactics, perpetrators, List.copyOf(pressured), hostStateRole.get(), description.get());
    }

    /** True for an incident not saved yet or edited since it was read. */
    public boolean changed(UUID caseId) {
        return original == null || !build(caseId, original.version()).equals(original);
    }

    public UUID id() {
        return id;
    }

    public Incident original() {
        return original;
    }

    public StringBinding shownDateProperty() {
        return shownDate;
    }

    /** True while the typed date is relative ("July this year"), so the form asks which source says it. */
    public BooleanBinding relativeDateProperty() {
        return relativeDate;
    }

    private FuzzyDate said() {
        return dates.get().of(saidIn.get());
    }

    /** Sort key for keeping the timeline in date order while editing; unreadable dates last. */
    public FuzzyDate sortDate() {
        return FuzzyDateParser.tryParse(date.get(), said()).orElse(FuzzyDate.UNKNOWN);
    }
}
