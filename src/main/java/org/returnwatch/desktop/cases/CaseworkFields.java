package org.returnwatch.desktop.cases;

import static org.returnwatch.i18n.Localization.key;
import static org.returnwatch.i18n.Localization.lang;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseStatus;

/**
 * A case's casework on its form: status (a closed case says why), the day it was opened (typed as
 * 2025-03-10), and the caseworker who holds it, chosen from the team's list.
 */
public final class CaseworkFields {
    /** What the date field says when a case recorded before the date was kept has none. */
    public static final String OPENED_UNKNOWN = key("Not known: the case was recorded before ReturnWatch kept the "
            + "date a case was opened, or imported without it. Type it if you know it.");
    public final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>(this, "status", CaseStatus.OPEN);
    public final StringProperty closeReason = new SimpleStringProperty(this, "closeReason", "");
    public final StringProperty opened = new SimpleStringProperty(this, "opened", "");
    /** Empty for nobody. */
    public final StringProperty holder = new SimpleStringProperty(this, "holder", "");
    /** The names the holder can be chosen from: the team, and the present holder if no longer on it. */
    private final ObservableList<String> holders = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper openedNote = new ReadOnlyStringWrapper(this, "openedNote", "");

    List<Observable> all() {
        return List.of(status, closeReason, opened, holder);
    }

    void load(Case c, List<String> team) {
        List<String> names = new ArrayList<>();
        names.add("");
        names.addAll(team);
        if (c.holder() != null && !team.contains(c.holder())) {
            names.add(c.holder());
        }
        holders.setAll(names);
        status.set(c.status());
        closeReason.set(c.closeReason() == null ? "" : c.closeReason());
        opened.set(c.opened() == null ? "" : c.opened().toString());
        holder.set(c.holder() == null ? "" : c.holder());
        openedNote.set(c.opened() == null && c.ref() != null ? lang(OPENED_UNKNOWN) : "");
    }

    /** What keeps the casework from being saved, one per line. */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        if (status.get() == CaseStatus.CLOSED && closeReason.get().isBlank()) {
            out.add(lang("A closed case needs a reason: say why it was closed."));
        }
        String p = openedProblem(opened.get());
        if (p != null) {
            out.add(p);
        }
        return out;
    }

    /** What is wrong with the date typed as the day the case was opened, or null. */
    public static String openedProblem(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text.strip());
            return d.isAfter(LocalDate.now()) ? lang("Date opened: {0} is in the future.", d) : null;
        } catch (DateTimeParseException e) {
            return lang("Date opened: \"{0}\" is not a date written as 2025-03-10.", text.strip());
        }
    }

    /** The case with the casework the form shows; the problems are checked first. */
    Case applyTo(Case c) {
        String d = opened.get() == null ? "" : opened.get().strip();
        return c.withCasework(status.get(), closeReason.get(), d.isEmpty() ? null : LocalDate.parse(d),
                holder.get());
    }

    public ObservableList<String> holders() {
        return holders;
    }

    /** Said under the date when it is not known. */
    public ReadOnlyStringProperty openedNoteProperty() {
        return openedNote.getReadOnlyProperty();
    }
}
