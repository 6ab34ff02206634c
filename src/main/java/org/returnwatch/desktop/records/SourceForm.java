package org.returnwatch.desktop.records;

import static org.returnwatch.i18n.Localization.lang;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.returnwatch.desktop.common.FormText;
import org.returnwatch.domain.FuzzyDateParser;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.Reliability;
import org.returnwatch.domain.Source;
import org.returnwatch.domain.SourceKind;

/** A source document. */
public final class SourceForm implements RecordForm<Source> {
    final StringProperty title = FormText.text();
    final StringProperty publisher = FormText.text();
    final StringProperty author = FormText.text();
    final StringProperty published = FormText.text();
    final StringProperty url = FormText.text();
    final ObjectProperty<SourceKind> sourceKind = new SimpleObjectProperty<>(SourceKind.OTHER);
    final ObjectProperty<Reliability> reliability = new SimpleObjectProperty<>(Reliability.UNKNOWN);
    final StringProperty note = FormText.text();

    @Override
    public RecordKind kind() {
        return RecordKind.SOURCE;
    }

    @Override
    public String noun() {
        return lang("source");
    }

    @Override
    public List<FormField> fields() {
        return List.of(FormField.required(lang("Title"), title), FormField.text(lang("Publisher"), publisher),
                FormField.text(lang("Author"), author), FormField.checked(lang("Published"), published,
                        FormText::dateProblem),
                FormField.text(lang("Address (URL)"), url),
                        FormField.choice(lang("Kind"), sourceKind, List.of(SourceKind.values())),
                FormField.choice(lang("Reliability"), reliability, List.of(Reliability.values())),
                FormField.area(lang("Note"), note));
    }

    @Override
    public void load(Source s) {
        title.set(s.title());
        publisher.set(FormText.orEmpty(s.publisher()));
        author.set(FormText.orEmpty(s.author()));
        published.set(FormText.editable(s.published()));
        url.set(FormText.orEmpty(s.url()));
        sourceKind.set(s.sourceKind());
        reliability.set(s.reliability());
        note.set(FormText.orEmpty(s.note()));
    }

    @Override
    public Source blank() {
        return new Source(UUID.randomUUID(), null, 0, lang("New source"), null, null, null, null, null, null, null);
    }

    @Override
    public Source build(UUID id, Reference ref, long version) {
        return new Source(id, ref, version, title.get(), publisher.get(), author.get(),
                FuzzyDateParser.parse(published.get()), url.get(), sourceKind.get(), reliability.get(), note.get());
    }
}
