package org.returnwatch.desktop.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.returnwatch.domain.Campaign;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.ImmigrationStatus;
import org.returnwatch.domain.Outcome;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.RiskLevel;
import org.returnwatch.domain.TargetCategory;

/** The editable fields of a case, as properties the form binds to. */
public final class CaseFields {
    public final StringProperty name = new SimpleStringProperty(this, "name", "");
    public final StringProperty nativeName = new SimpleStringProperty(this, "nativeName", "");
    /** One alias per line. */
    public final StringProperty aliases = new SimpleStringProperty(this, "aliases", "");
    public final BooleanProperty pseudonymous = new SimpleBooleanProperty(this, "pseudonymous");
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
    public final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(this, "outcome", Outcome.UNKNOWN);
    public final ObjectProperty<RiskLevel> riskLevel = new SimpleObjectProperty<>(this, "riskLevel", RiskLevel.UNKNOWN);
    public final BooleanProperty contextual = new SimpleBooleanProperty(this, "contextual");
    public final StringProperty summary = new SimpleStringProperty(this, "summary", "");

    /** Every property, for noticing edits. */
    public List<Observable> all() {
        return List.of(name, nativeName, aliases, pseudonymous, role, originCountry, residenceCountry, residenceCity,
                immigrationStatus, targetCategory, accusation, amount, campaign, outcome, riskLevel, contextual,
                summary);
    }

    /** What is wrong with a name, or null: the only field a case cannot do without. */
    public static String nameProblem(String text) {
        return text == null || text.isBlank() ? "A case needs a name (a pseudonym such as \"John Doe-1\" will do)."
                : null;
    }

    public void load(Case c) {
        name.set(c.name());
        nativeName.set(text(c.nativeName()));
        aliases.set(String.join("\n", c.aliases()));
        pseudonymous.set(c.pseudonymous());
        role.set(text(c.role()));
        originCountry.set(text(c.originCountry()));
        residenceCountry.set(text(c.residenceCountry()));
        residenceCity.set(text(c.residenceCity()));
        immigrationStatus.set(c.immigrationStatus());
        targetCategory.set(c.targetCategory());
        accusation.set(text(c.accusation()));
        amount.set(text(c.amount()));
        campaign.set(c.campaign());
        outcome.set(c.outcome());
        riskLevel.set(c.riskLevel());
        contextual.set(c.contextual());
        summary.set(text(c.summary()));
    }

    /** The case as the form now stands; throws IllegalArgumentException when a field is wrong. */
    public Case build(UUID id, Reference ref, long version) {
        List<String> aliasList = aliases.get() == null ? List.of() : Arrays.asList(aliases.get().split("\\R"));
        return new Case(id, ref, version, name.get(), nativeName.get(), aliasList, pseudonymous.get(), role.get(),
                originCountry.get(), residenceCountry.get(), residenceCity.get(), immigrationStatus.get(),
                targetCategory.get(), accusation.get(), amount.get(), campaign.get(), outcome.get(), riskLevel.get(),
                contextual.get(), summary.get());
    }

    /** The fields in which two versions of a case differ, for the conflict dialog. */

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
