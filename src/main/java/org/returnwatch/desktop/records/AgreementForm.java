package org.returnwatch.desktop.records;

import static org.returnwatch.i18n.Localization.lang;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.returnwatch.app.RecordItem;
import org.returnwatch.app.SourceDates;
import org.returnwatch.desktop.common.ChildTable;
import org.returnwatch.desktop.common.FormText;
import org.returnwatch.desktop.common.StepRow;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.AgreementKind;
import org.returnwatch.domain.AgreementStatus;
import org.returnwatch.domain.Disclosure;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.StatusChange;

/** An agreement with its status history, which is saved with it. */
public final class AgreementForm implements RecordForm<Agreement> {
    final StringProperty title = FormText.text();
    final ObjectProperty<AgreementKind> agreementKind = new SimpleObjectProperty<>(AgreementKind.OTHER);
    final StringProperty parties = FormText.text();
    final ObjectProperty<Disclosure> disclosure = new SimpleObjectProperty<>(Disclosure.UNKNOWN);
    final StringProperty summary = FormText.text();
    private final ObservableList<StepRow<AgreementStatus>> history = StepRow.list();
    /** The sources a step can name; read with the agreement. */
    private final ObservableList<RecordItem> sources = FXCollections.observableArrayList();
    private SourceDates sourceDates = SourceDates.NONE;
    private final ChildTable<StepRow<AgreementStatus>> table = StepRow.table(
            lang("Status history, in the order the sources give"), lang("Status"), history,
                    List.of(AgreementStatus.values()),
            sources, () -> new StepRow<>(AgreementStatus.PROPOSED, () -> sourceDates));

    @Override
    public void useSources(List<RecordItem> readSources, SourceDates dates) {
        sources.setAll(readSources);
        sourceDates = dates;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.AGREEMENT;
    }

    @Override
    public String noun() {
        return lang("agreement");
    }

    @Override
    public List<FormField> fields() {
        return List.of(FormField.required(lang("Title"), title),
                FormField.choice(lang("Kind"), agreementKind, List.of(AgreementKind.values())),
                FormField.area(lang("Parties (one per line)"), parties),
                FormField.choice(lang("Published or secret"), disclosure, List.of(Disclosure.values())),
                FormField.area(lang("Summary"), summary));
    }

    @Override
    public Optional<ChildTable<?>> children() {
        return Optional.of(table);
    }

    @Override
    public void load(Agreement a) {
        title.set(a.title());
        agreementKind.set(a.agreementKind());
        parties.set(FormText.lines(a.parties()));
        disclosure.set(a.disclosure());
        summary.set(FormText.orEmpty(a.summary()));
        history.setAll(a.statusHistory().stream().map(step -> {
            StepRow<AgreementStatus> r = new StepRow<>(step.status(), () -> sourceDates);
            r.load(step.status(), step.date(), step.note(), step.attribution(), sources);
            return r;
        }).toList());
    }

    @Override
    public Agreement blank() {
        return new Agreement(UUID.randomUUID(), null, 0, lang("New agreement"), null, null, null, null, null);
    }

    @Override
    public Agreement build(UUID id, Reference ref, long version) {
        List<StatusChange> steps = history.stream()
                .map(r -> new StatusChange(r.value.get(), r.when(), r.note.get(), r.attribution())).toList();
        return new Agreement(id, ref, version, title.get(), agreementKind.get(), FormText.splitLines(parties.get()),
                disclosure.get(), summary.get(), steps);
    }
}
