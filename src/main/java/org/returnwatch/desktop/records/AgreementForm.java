package org.returnwatch.desktop.records;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.AgreementKind;
import org.returnwatch.domain.AgreementStatus;
import org.returnwatch.domain.Disclosure;
import org.returnwatch.domain.FuzzyDateParser;
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
    private final ObservableList<StatusRow> history =
            FXCollections.observableArrayList(r -> new Observable[] {r.status, r.date, r.note});
    private final ChildTable<StatusRow> table = new ChildTable<>("Status history", history, List.of(
            new ChildTable.Column<>("Status", r -> r.status, List.of(AgreementStatus.values())),
            new ChildTable.Column<>("Date", r -> r.date, List.of()),
            new ChildTable.Column<>("Note", r -> r.note, List.of())),
            StatusRow::new, r -> r.date.get() == null ? null : FormText.dateProblem(r.date.get()));

    /** One step of the status history, as edited. */
    public static final class StatusRow {
        public final ObjectProperty<AgreementStatus> status = new SimpleObjectProperty<>(AgreementStatus.PROPOSED);
        public final StringProperty date = FormText.text();
        public final StringProperty note = FormText.text();
    }

    @Override
    public RecordKind kind() {
        return RecordKind.AGREEMENT;
    }

    @Override
    public String noun() {
        return "agreement";
    }

    @Override
    public List<FormField> fields() {
        return List.of(FormField.required("Title", title),
                FormField.choice("Kind", agreementKind, List.of(AgreementKind.values())),
                FormField.area("Parties (one per line)", parties),
                FormField.choice("Published or secret", disclosure, List.of(Disclosure.values())),
                FormField.area("Summary", summary));
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
        history.setAll(a.statusHistory().stream().map(s -> {
            StatusRow r = new StatusRow();
            r.status.set(s.status());
            r.date.set(s.date().toText());
            r.note.set(FormText.orEmpty(s.note()));
            return r;
        }).toList());
    }

    @Override
    public Agreement blank() {
        return new Agreement(UUID.randomUUID(), null, 0, "New agreement", null, null, null, null, null);
    }

    @Override
    public Agreement build(UUID id, Reference ref, long version) {
        List<StatusChange> steps = history.stream()
                .map(r -> new StatusChange(r.status.get(), FuzzyDateParser.parse(r.date.get()), r.note.get())).toList();
        return new Agreement(id, ref, version, title.get(), agreementKind.get(), FormText.splitLines(parties.get()),
                disclosure.get(), summary.get(), steps);
    }
}
