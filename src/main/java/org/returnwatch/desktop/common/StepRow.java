package org.returnwatch.desktop.common;

import static org.returnwatch.i18n.Localization.lang;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.returnwatch.app.RecordItem;
import org.returnwatch.app.SourceDates;
import org.returnwatch.domain.Attribution;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.RecordKind;

/**
 * One step of a history as a form edits it (an agreement's status, a case's outcome): the value, its
 * date, a note, who claims it and in which source, where.
 */
public final class StepRow<E> {
    public final ObjectProperty<E> value = new SimpleObjectProperty<>();
    public final StringProperty date = new SimpleStringProperty("");
    public final StringProperty note = new SimpleStringProperty("");
    public final StringProperty claimedBy = new SimpleStringProperty("");
    public final ObjectProperty<RecordItem> source = new SimpleObjectProperty<>();
    public final StringProperty locator = new SimpleStringProperty("");
    private final Supplier<SourceDates> dates;

    public StepRow(E first) {
        this(first, () -> SourceDates.NONE);
    }

    /** @param dates when the sources were published: a relative date is read against its step's source */
    public StepRow(E first, Supplier<SourceDates> dates) {
        value.set(first);
        this.dates = dates;
    }

    /** A list of rows whose edits are announced, so the form notices them. */
    public static <E> ObservableList<StepRow<E>> list() {
        return FXCollections.observableArrayList(r -> new Observable[] {r.value, r.date, r.note, r.claimedBy,
            r.source, r.locator});
    }

    /** The columns of a history table: {@code what} names the value column ("Status", "Outcome"). */
    public static <E> ChildTable<StepRow<E>> table(String title, String what, ObservableList<StepRow<E>> rows,
                                                   List<E> values, ObservableList<RecordItem> sources,
                                                   Supplier<StepRow<E>> newRow) {
        return new ChildTable<>(title, rows, List.of(
                new ChildTable.Column<>(what, r -> r.value, values),
                new ChildTable.Column<>(lang("Date"), r -> r.date, List.of()),
                new ChildTable.Column<>(lang("Note"), r -> r.note, List.of()),
                new ChildTable.Column<>(lang("Claimed by"), r -> r.claimedBy, List.of()),
                new ChildTable.Column<>(lang("Source"), r -> r.source, sources, s -> ((RecordItem) s).title()),
                new ChildTable.Column<>(lang("Where"), r -> r.locator, List.of())),
                newRow, StepRow::problem);
    }

    /** Fills the row from a stored step; its source is found among {@code sources} by id. */
    public void load(E stored, FuzzyDate when, String text, Attribution by, List<RecordItem> sources) {
        value.set(stored);
        date.set(FormText.editable(when));
        note.set(text == null ? "" : text);
        claimedBy.set(by.claimedBy() == null ? "" : by.claimedBy());
        source.set(by.sourceId() == null ? null : sources.stream().filter(s -> s.id().equals(by.sourceId()))
                .findFirst().orElse(new RecordItem(RecordKind.SOURCE, by.sourceId(), null, lang("(source)"))));
        locator.set(by.locator() == null ? "" : by.locator());
    }

    /** What is wrong with the step, or null. */
    public String problem() {
        String d = date.get() == null ? null : FormText.dateProblem(date.get(), said());
        if (d != null) {
            return d;
        }
        if (source.get() == null && locator.get() != null && !locator.get().isBlank()) {
            return "\"" + locator.get() + lang("\" is a place in a source; choose the source too.");
        }
        return null;
    }

    /** The step's date; "July this year" is read against its source's publication and marked inferred. */
    public FuzzyDate when() {
        return FormText.date(date.get(), said());
    }

    private FuzzyDate said() {
        return dates.get().of(source.get());
    }

    public Attribution attribution() {
        return new Attribution(claimedBy.get(), source.get() == null ? null : source.get().id(), locator.get());
    }
}
