package org.returnwatch.desktop.cases;

import static org.returnwatch.i18n.Localization.lang;

import java.util.List;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.returnwatch.app.RecordItem;
import org.returnwatch.app.SourceDates;
import org.returnwatch.desktop.common.ChildTable;
import org.returnwatch.desktop.common.FormText;
import org.returnwatch.desktop.common.StepRow;
import org.returnwatch.domain.Campaign;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseKind;
import org.returnwatch.domain.ImmigrationStatus;
import org.returnwatch.domain.Outcome;
import org.returnwatch.domain.OutcomeChange;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.RiskLevel;
import org.returnwatch.domain.TargetCategory;

/** The editable fields of a case, as properties the form binds to, and its outcome history's rows. */
public final class CaseFields {
    public final StringProperty name = new SimpleStringProperty(this, "name", "");
    public final StringProperty nativeName = new SimpleStringProperty(this, "nativeName", "");
    /** One alias per line. */
    public final StringProperty aliases = new SimpleStringProperty(this, "aliases", "");
    public final BooleanProperty pseudonymous = new SimpleBooleanProperty(this, "pseudonymous");
    public final ObjectProperty<CaseKind> caseKind = new SimpleObjectProperty<>(this, "caseKind", CaseKind.INDIVIDUAL);
    /** One nationality (passport held) per line. */
    public final StringProperty nationalities = new SimpleStringProperty(this, "nationalities", "");
    public final StringProperty role = new SimpleStringProperty(this, "role", "");
    public final StringProperty originCountry = new SimpleStringProperty(this, "originCountry", "");
    public final StringProperty residenceCountry = new SimpleStringProperty(this, "residenceCountry", "");
    public final StringProperty residenceCity = new SimpleStringProperty(this, "residenceCity", "");
    public final ObjectProperty<ImmigrationStatus> immigrationStatus =
            new SimpleObjectProperty<>(this, "immigrationStatus", ImmigrationStatus.UNKNOWN);
    public final ObjectProperty<TargetCategory> targetCategory =
            new SimpleObjectProperty<>(this, "targetCategory", TargetCategory.UNKNOWN);
    public final StringProperty accusation = new SimpleStringProperty(this, "accusation", "");
    public final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    public final ObjectProperty<Campaign> campaign = new SimpleObjectProperty<>(this, "campaign", Campaign.UNKNOWN);
    private final ObservableList<StepRow<Outcome>> outcomes = StepRow.list();
    /** The sources an outcome step can name; read with the case. */
    private final ObservableList<RecordItem> sources = FXCollections.observableArrayList();
    private SourceDates sourceDates = SourceDates.NONE;
    private final ChildTable<StepRow<Outcome>> outcomeTable = StepRow.table(lang(
            "What became of them, in the order the "
            + "sources give (the last is the case's outcome)"), lang("Outcome"), outcomes, List.of(Outcome.values()),
            sources,
            () -> new StepRow<>(Outcome.UNKNOWN, () -> sourceDates));
    public final ObjectProperty<RiskLevel> riskLevel = new SimpleObjectProperty<>(this, "riskLevel", RiskLevel.UNKNOWN);
    public final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    /** Status, date opened and holder. */
    public final CaseworkFields casework = new CaseworkFields();
    /** The team's caseworkers, read with the case. */
    private List<String> team = List.of();

    /** Every property, for noticing edits. */
    public List<Observable> all() {
        List<Observable> out = new java.util.ArrayList<>(List.of(name, nativeName, aliases, pseudonymous, caseKind,
                role, originCountry, residenceCountry, residenceCity, nationalities, immigrationStatus,
                targetCategory, accusation, amount, campaign, riskLevel, summary));
        out.addAll(casework.all());
        return out;
    }

    /** Every property by its name ("residenceCity"), as a draft kept at a lock names them. */
    public java.util.Map<String, javafx.beans.property.Property<?>> byName() {
        java.util.Map<String, javafx.beans.property.Property<?>> out = new java.util.LinkedHashMap<>();
        for (Observable o : all()) {
            out.put(((javafx.beans.property.Property<?>) o).getName(), (javafx.beans.property.Property<?>) o);
        }
        return out;
    }

    /** What is wrong with a name, or null: the only field a case cannot do without. */
    public static String nameProblem(String text) {
        return text == null || text.isBlank()
                ? lang("A case needs a name (a pseudonym such as \"John Doe-1\" will do).")
                : null;
    }

    public void load(Case c) {
        name.set(c.name());
        nativeName.set(text(c.nativeName()));
        aliases.set(String.join("\n", c.aliases()));
        pseudonymous.set(c.pseudonymous());
        caseKind.set(c.caseKind());
        nationalities.set(String.join("\n", c.nationalities()));
        role.set(text(c.role()));
        originCountry.set(text(c.originCountry()));
        residenceCountry.set(text(c.residenceCountry()));
        residenceCity.set(text(c.residenceCity()));
        immigrationStatus.set(c.immigrationStatus());
        targetCategory.set(c.targetCategory());
        accusation.set(text(c.accusation()));
        amount.set(text(c.amount()));
        campaign.set(c.campaign());
        outcomes.setAll(c.outcomeHistory().stream().map(o -> {
            StepRow<Outcome> r = new StepRow<>(o.outcome(), () -> sourceDates);
            r.load(o.outcome(), o.date(), o.note(), o.attribution(), sources);
            return r;
        }).toList());
        riskLevel.set(c.riskLevel());
        summary.set(text(c.summary()));
        casework.load(c, team);
    }

    /** The case as the form now stands; throws IllegalArgumentException when a field is wrong. */
    public Case build(UUID id, Reference ref, long version) {
        for (StepRow<Outcome> r : outcomes) {
            if (r.problem() != null) {
                throw new IllegalArgumentException(lang("Outcome {0}: {1}", r.date.get(), r.problem()));
            }
        }
        List<OutcomeChange> history = outcomes.stream().map(r -> new OutcomeChange(r.value.get(), r.when(),
                r.note.get(), r.attribution())).toList();
        List<String> caseworkProblems = casework.problems();
        if (!caseworkProblems.isEmpty()) {
            throw new IllegalArgumentException(caseworkProblems.get(0));
        }
        return casework.applyTo(new Case(id, ref, version, name.get(), nativeName.get(),
                FormText.splitLines(aliases.get()),
                pseudonymous.get(), caseKind.get(), role.get(), originCountry.get(), residenceCountry.get(),
                residenceCity.get(), FormText.splitLines(nationalities.get()), immigrationStatus.get(),
                targetCategory.get(), accusation.get(), amount.get(), campaign.get(), history, riskLevel.get(),
                summary.get()));
    }

    /** Problems of the outcome history's rows, one per line. */
    public List<String> outcomeProblems() {
        return outcomeTable.problems();
    }

    /** Problems of the status, date opened and holder, one per line. */
    public List<String> caseworkProblems() {
        return casework.problems();
    }

    /** The names a case can be given to, read with the case (before {@link #load}). */
    public void useTeam(List<String> names) {
        team = List.copyOf(names);
    }

    /** The outcome history as a table of rows the form edits. */
    public ChildTable<StepRow<Outcome>> outcomeTable() {
        return outcomeTable;
    }

    /** The sources an outcome step can name, and when each was published (for "July this year"). */
    public void useSources(List<RecordItem> readSources, SourceDates dates) {
        sources.setAll(readSources);
        sourceDates = dates;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
